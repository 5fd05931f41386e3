/**
 * `reference/troubleshooting.md`: every message the app can write to `message.tc` (the app's error catalogue plus
 * the platform layer's), with the exit code, cause and fix, and the exit codes themselves.
 */
import type { RootContent } from "mdast";
import { type ErrorDef, ExitCode } from "../../../lib/define-app.js";
import * as platformErrorsModule from "../../../lib/platform/errors.js";
import { code, heading, paragraph, table, text } from "../../lib/mdast.js";
import type { AppModel, GeneratedFile } from "../../lib/types.js";
import { REFERENCE_DIR, renderPage } from "./_page.js";

/**
 * The platform layer's catalogue (param file, params, KV store, signals): `platformErrors` exported by
 * `lib/platform/errors.ts`. Read optionally so the docs build before the runtime exports it; `[]` until then.
 */
export function platformErrors(): readonly ErrorDef[] {
  const list = (platformErrorsModule as Record<string, unknown>).platformErrors;
  return Array.isArray(list) ? (list as ErrorDef[]) : [];
}

const EXIT_MEANING: Record<number, string> = {
  [ExitCode.Success]: "Success: the playbook continues on the Success path.",
  [ExitCode.Failure]: "Failure: the playbook takes the Fail path; ThreatConnect may retry the run.",
  [ExitCode.FailNoRetry]: "Failure, do not retry: the playbook takes the Fail path and the run is not retried.",
};

function errorSection(title: string, errors: readonly ErrorDef[]): RootContent[] {
  return [
    heading(2, title),
    ...errors.flatMap((e) => [
      heading(3, e.class),
      table(
        ["Field", "Detail"],
        [
          ["message.tc", [code(e.message)]],
          ["When", e.match],
          ["Exit code", `${e.exitCode}${e.retryable ? " (transient: retried before it is reported)" : ""}`],
          ["Cause", e.cause],
          ["Fix", e.fix],
        ],
      ),
    ]),
  ];
}

/** Renders the troubleshooting page; `platform` defaults to the runtime's catalogue. */
export function renderTroubleshootingPage(
  model: AppModel,
  platform: readonly ErrorDef[] = platformErrors(),
): GeneratedFile {
  return renderPage(
    model,
    `${REFERENCE_DIR}/troubleshooting.md`,
    { title: "Troubleshooting", sidebar_label: "Troubleshooting" },
    [
      paragraph([
        text("When a run fails, the playbook's Fail path and the job log show the app's last message ("),
        code("message.tc"),
        text("). Find it below; "),
        code("{placeholders}"),
        text(" stand for the indicator, the status code or the vendor's own message."),
      ]),
      heading(2, "Exit codes"),
      table(
        ["Exit code", "Meaning"],
        Object.entries(EXIT_MEANING).map(([codeValue, meaning]) => [[code(codeValue)], meaning]),
      ),
      ...errorSection(`${model.vendor.product} errors`, model.errors),
      ...(platform.length ? errorSection("Platform errors", platform) : []),
    ],
  );
}
