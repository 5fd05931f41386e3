#!/usr/bin/env node
/**
 * `enrichkit` launcher (what `npm run generate|check|validate` run). Plain JavaScript: on an unchanged tree,
 * `generate`, `check` and `validate` answer from the render cache (scripts/lib/fast-check.mjs) without loading tsx,
 * zod or a renderer. Otherwise — or with `--no-cache` — it registers tsx in this process and runs the full command
 * (scripts/enrichkit.ts), which prints diffs and, when it finds no rule error, records a new manifest.
 * `--explain` prints to stderr whether the cache answered and why not.
 */
import { fileURLToPath } from "node:url";
import { CACHED_COMMANDS, PENDING_SLOT, tryRenderCache } from "./lib/fast-check.mjs";

/**
 * Packages the full pipeline always loads, imported before tsx is registered: loaded through tsx's hooks they cost
 * ~2× (every file of zod and the remark stack crosses to the hooks thread); afterwards tsx finds them in the module
 * cache. A performance hint only: a name no longer used costs its load time, a missing one is skipped.
 */
const PRELOAD = [
  "zod",
  "citty",
  "unified",
  "remark-parse",
  "remark-stringify",
  "remark-gfm",
  "diff",
  "p-limit",
  "undici",
];
const toolRoot = fileURLToPath(new URL("..", import.meta.url));
const say = (text) => process.stderr.write(`enrichkit: render cache ${text}\n`);

let attempt;
try {
  attempt = tryRenderCache({ argv: process.argv.slice(2), root: process.cwd(), toolRoot });
} catch (error) {
  // The cache is an optimisation: an unreadable tree or cache folder means the full command decides.
  const argv = process.argv.slice(2);
  attempt = {
    hit: false,
    reason: `unavailable (${error instanceof Error ? error.message : String(error)})`,
    argv: argv.filter((a) => a !== "--no-cache" && a !== "--explain"),
    explain: argv.includes("--explain"),
  };
}

if (attempt.hit) {
  if (attempt.explain) say(`hit: ${attempt.reason}`);
  process.stdout.write(attempt.output);
  process.exitCode = 0;
} else {
  if (attempt.explain) say(`miss: ${attempt.reason}; running the full command`);
  process.argv = [process.argv[0], process.argv[1], ...attempt.argv];
  if (CACHED_COMMANDS.includes(process.argv[2]))
    await Promise.all(PRELOAD.map((name) => import(name).catch(() => undefined)));
  // Both hooks, as `node --import tsx` registers them: a .ts definition outside a `"type": "module"` package is
  // loaded through the CommonJS hook. The ESM hook also reports every file the full run imports.
  const [esm, cjs] = await Promise.all([import("tsx/esm/api"), import("tsx/cjs/api")]);
  const imported = attempt.pending?.imported;
  cjs.register();
  esm.register(imported ? { onImport: (url) => imported.add(url) } : {});
  if (attempt.pending) globalThis[PENDING_SLOT] = { ...attempt.pending, explain: attempt.explain };
  await import("./enrichkit.ts");
}
