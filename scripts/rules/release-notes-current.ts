/** Release notes exist for the current `programVersion` (partner docs item 2: change log; checklist C03). */
import { error, type Rule } from "./rule.js";

const id = "release-notes-current";

/** Rule `release-notes-current`. */
export const releaseNotesCurrent: Rule = {
  id,
  description: "releaseNotes has a non-empty entry for the current programVersion.",
  check: ({ model }) => {
    const current = model.releaseNotes.find((r) => r.version === model.programVersion);
    return current?.notes.some((n) => n.trim())
      ? []
      : [
          error(
            id,
            `${model.source}#/releaseNotes`,
            `no release notes for version ${model.programVersion}`,
            `add { version: "${model.programVersion}", notes: ["…"] } to releaseNotes`,
          ),
        ];
  },
};
