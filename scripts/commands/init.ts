/**
 * `enrichkit init <dir> --vendor "Acme" --product "Intel" --slug acme --types Address,Host [--no-link]`: scaffolds a
 * new integration (see scripts/init/scaffold.ts). Missing answers are asked for on a terminal; without one they
 * are a usage error. Exit 0 written, 2 bad usage (invalid answers, non-empty folder: nothing written).
 */
import path from "node:path";
import { createInterface } from "node:readline/promises";
import { defineCommand } from "citty";
import {
  INDICATOR_KINDS,
  type InitAnswers,
  InitError,
  initProject,
  namesOf,
  validateAnswers,
} from "../init/scaffold.js";
import { withExitCodes } from "./validate.js";

const QUESTIONS: { key: keyof InitAnswers; text: string }[] = [
  { key: "vendor", text: "Vendor (company) name, e.g. Acme" },
  { key: "product", text: "Product name, e.g. Intel" },
  { key: "slug", text: "Output slug (lower case), e.g. acme" },
  { key: "types", text: `Indicator types, comma-separated (${INDICATOR_KINDS.map((k) => k.type).join(", ")})` },
];

/** Fills missing answers by asking on the terminal. */
async function ask(answers: InitAnswers): Promise<InitAnswers> {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    const filled = { ...answers };
    for (const q of QUESTIONS) if (!filled[q.key]) filled[q.key] = await rl.question(`${q.text}: `);
    return filled;
  } finally {
    rl.close();
  }
}

export default defineCommand({
  meta: {
    name: "init",
    description:
      "Scaffold a new integration from the reference (definition, client stub, fixtures, mock, tests, narrative)",
  },
  args: {
    dir: { type: "positional", description: "New (or empty) folder for the project", required: true },
    vendor: { type: "string", description: "Vendor (company) name", valueHint: "name" },
    product: { type: "string", description: "Product name", valueHint: "name" },
    slug: { type: "string", description: "Output variable prefix, lower case", valueHint: "slug" },
    types: { type: "string", description: "Indicator types, comma-separated", valueHint: "Address,Host" },
    link: {
      type: "boolean",
      description: "Link node_modules to this Enrichkit checkout (--no-link: run npm install yourself)",
      default: true,
    },
  },
  run: ({ args }) =>
    withExitCodes(async () => {
      let answers: InitAnswers = { vendor: args.vendor, product: args.product, slug: args.slug, types: args.types };
      const missing = QUESTIONS.filter((q) => !answers[q.key]);
      if (missing.length && process.stdin.isTTY) answers = await ask(answers);
      const { options, problems } = validateAnswers(answers);
      if (!options) {
        for (const p of problems) process.stderr.write(`enrichkit init: ${p}\n`);
        process.stderr.write("Nothing was written.\n");
        return 2;
      }
      try {
        const result = await initProject(args.dir, options, { link: args.link });
        const rel = path.relative(process.cwd(), result.dir) || ".";
        process.stdout.write(
          `Created ${namesOf(options).displayName} in ${rel}/ (${result.files.length} files${result.links.length ? `, ${result.links.length} dependency links` : ""}).\n`,
        );
        process.stdout.write(
          `Next: cd ${rel} && ${result.links.length ? "" : "npm install && "}npm run generate && npm run check && npm test\n`,
        );
        return 0;
      } catch (error) {
        if (!(error instanceof InitError)) throw error;
        process.stderr.write(`enrichkit init: ${error.message}\n`);
        return 2;
      }
    }),
});
