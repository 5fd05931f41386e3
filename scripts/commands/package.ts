/**
 * `enrichkit package [--bundle-node] [--app path] [--previous old.tcx] [--out dist/package]`: builds the `.tcx`.
 * `--inspect file.tcx` reads a package instead and lists its top folder and entries.
 * Exit 0 built, 1 rule errors or a package problem (nothing written), 2 the definition does not load.
 */
import path from "node:path";
import { defineCommand } from "citty";
import { hasErrors, prepare } from "../lib/pipeline.js";
import { PackageError, readTcx, writeTcx } from "../package/tcx.js";
import { appArg, printProblems, withExitCodes } from "./validate.js";

/** Default output folder, relative to the root. */
export const PACKAGE_DIR = "dist/package";

async function inspect(file: string): Promise<number> {
  const tcx = await readTcx(file);
  process.stdout.write(`${path.basename(file)}: ${tcx.installJson.displayName} ${tcx.installJson.programVersion}\n`);
  for (const [name, data] of [...tcx.files].sort(([a], [b]) => (a < b ? -1 : 1))) {
    process.stdout.write(`  ${tcx.top}/${name}  ${data.length} bytes\n`);
  }
  return 0;
}

export default defineCommand({
  meta: {
    name: "package",
    description: "Build the installable .tcx (install.json, layout.json, README, run.py, app.js)",
  },
  args: {
    ...appArg,
    "bundle-node": { type: "boolean", description: "Ship the current Node binary as node/bin/node" },
    previous: {
      type: "string",
      description: "Comma-separated earlier .tcx files; the top folder must not change within a major",
      valueHint: "file.tcx",
    },
    out: { type: "string", description: "Output folder", default: PACKAGE_DIR, valueHint: "dir" },
    inspect: {
      type: "string",
      description: "Read a .tcx and list its entries instead of building",
      valueHint: "file.tcx",
    },
  },
  run: ({ args }) =>
    withExitCodes(async () => {
      try {
        if (args.inspect) return await inspect(args.inspect);
        const root = process.cwd();
        const { model, problems } = await prepare({ root, appPath: args.app, samples: false });
        if (hasErrors(problems)) {
          printProblems(problems);
          process.stdout.write("No package was built. Fix the errors above and run again.\n");
          return 1;
        }
        const built = await writeTcx(model, root, path.resolve(root, args.out), {
          bundleNode: args["bundle-node"] ? process.execPath : undefined,
          previous: args.previous
            ? args.previous
                .split(",")
                .map((p) => p.trim())
                .filter(Boolean)
            : [],
        });
        for (const entry of built.entries) process.stdout.write(`  ${entry}\n`);
        process.stdout.write(`${path.relative(root, built.path)}  ${built.bytes} bytes  sha256 ${built.sha256}\n`);
        return 0;
      } catch (error) {
        if (!(error instanceof PackageError)) throw error;
        process.stderr.write(`enrichkit package: ${error.message}\n`);
        return 1;
      }
    }),
});
