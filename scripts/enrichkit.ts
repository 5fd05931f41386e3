#!/usr/bin/env -S node --import=tsx
/**
 * `enrichkit` — one thin module per command, loaded lazily (citty). Commands decide exit codes:
 * 0 clean, 1 drift or rule errors (or a failed app run), 2 bad usage or a crash.
 */
import { defineCommand, runMain } from "citty";

const main = defineCommand({
  meta: {
    name: "enrichkit",
    description: "Build a ThreatConnect On-Demand Enrichment integration and its deliverables from one definition.",
  },
  subCommands: {
    generate: () => import("./commands/generate.js").then((m) => m.default),
    check: () => import("./commands/check.js").then((m) => m.default),
    validate: () => import("./commands/validate.js").then((m) => m.default),
    build: () => import("./commands/build.js").then((m) => m.default),
    package: () => import("./commands/package.js").then((m) => m.default),
    run: () => import("./commands/run.js").then((m) => m.default),
    init: () => import("./commands/init.js").then((m) => m.default),
    bench: () => import("./commands/bench.js").then((m) => m.default),
  },
});

process.on("uncaughtException", (error) => {
  process.stderr.write(`enrichkit: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
});

await runMain(main).catch((error: unknown) => {
  process.stderr.write(`enrichkit: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
});
