/** `packageStep`: the installable `dist/package/<packageName>.tcx` (see scripts/package/tcx.ts). */
import path from "node:path";
import type { BuildStep } from "../lib/types.js";
import { writeTcx } from "../package/tcx.js";

/** Folder of the package under `dist/`. */
export const PACKAGE_SUBDIR = "package";

/** Builds the .tcx; an earlier package of this app in the folder must keep the same top folder. */
export const packageStep: BuildStep = {
  id: "package",
  title: "App package (.tcx)",
  run: async (ctx) => {
    const started = performance.now();
    const built = await writeTcx(ctx.model, ctx.root, path.join(ctx.dist, PACKAGE_SUBDIR));
    ctx.log(`sha256 ${built.sha256}`);
    return [
      {
        path: path.relative(ctx.root, built.path).split(path.sep).join("/"),
        bytes: built.bytes,
        ms: performance.now() - started,
      },
    ];
  },
};
