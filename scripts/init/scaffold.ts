/**
 * `enrichkit init`: a new integration scaffolded from the reference's shape — definition, vendor client stub with
 * its Zod schema, enrich/mapping, error catalogue, fixtures, mock vendor, a test, the SDD narrative files — whose
 * `generate`, `check` and tests pass as soon as it is written.
 *
 * How the new project reaches Enrichkit: its package.json lists `enrichkit` as a `file:` dependency of this checkout
 * and its scripts run `tsx node_modules/enrichkit/scripts/enrichkit.ts <command> --app app/src/app.ts`. `init`
 * links `node_modules/{enrichkit,zod,tsx,vitest,typescript,@types/node}` (and their `.bin` entries) to this checkout, as `npm link` would,
 * so nothing is downloaded; `npm install` recreates the same dependencies later.
 */
import { randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, rename, rm, rmdir, symlink, writeFile } from "node:fs/promises";
import path from "node:path";
import type { IndicatorType } from "../../lib/define-app.js";
import { snakeCase } from "../rules/package-name-format.js";

/** The Enrichkit checkout this module belongs to. */
export const ENRICHKIT_ROOT = path.resolve(import.meta.dirname, "..", "..");
const TEMPLATES = path.join(import.meta.dirname, "templates");

/** Indicator types `init` accepts, with a worked example and the pattern that recognises each (most specific first). */
export const INDICATOR_KINDS: readonly { type: IndicatorType; example: string; pattern: string }[] = [
  { type: "URL", example: "http://phish.example.org/login", pattern: String.raw`/^https?:\/\/\S+$/i` },
  { type: "EmailAddress", example: "phisher@example.org", pattern: String.raw`/^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i` },
  { type: "CIDR", example: "198.51.100.0/24", pattern: String.raw`/^[0-9a-f.:]+\/\d{1,3}$/i` },
  { type: "Address", example: "198.51.100.7", pattern: String.raw`/^(\d{1,3}\.){3}\d{1,3}$|^[0-9a-f]*:[0-9a-f:]+$/i` },
  {
    type: "File",
    example: "44d88612fea8a8f36de82e1278abb02f",
    pattern: `/^([a-f0-9]{32}|[a-f0-9]{40}|[a-f0-9]{64})$/i`,
  },
  { type: "ASN", example: "AS64500", pattern: String.raw`/^AS\d+$/i` },
  { type: "Host", example: "malware.example.net", pattern: String.raw`/^(?=.{1,253}$)([a-z0-9-]+\.)+[a-z]{2,}$/i` },
  { type: "Registry Key", example: "HKEY_LOCAL_MACHINE\\Software\\Evil", pattern: String.raw`/^HKEY_[A-Z_]+\\.+$/` },
  { type: "User Agent", example: "EvilBot/1.0", pattern: String.raw`/^[\w.-]+\/[\w.]+/` },
  { type: "Mutex", example: "Global\\EvilMutex", pattern: String.raw`/^\S+$/` },
];

/** A usage problem: nothing was written. Commands exit 2. */
export class InitError extends Error {
  override name = "InitError";
}

/** Raw answers (flags or prompts). */
export interface InitAnswers {
  vendor?: string;
  product?: string;
  slug?: string;
  types?: string;
}

/** Validated options. */
export interface InitOptions {
  vendor: string;
  product: string;
  slug: string;
  types: IndicatorType[];
  /** Fixed in tests; a fresh UUID otherwise. */
  appId?: string;
}

const NAME = /^[A-Za-z0-9][A-Za-z0-9 .-]{0,39}$/;
const SLUG = /^[a-z][a-z0-9]{1,15}$/;

/** Every problem with the answers (empty = valid), so one run reports them all. */
export function validateAnswers(answers: InitAnswers): { options?: InitOptions; problems: string[] } {
  const problems: string[] = [];
  const vendor = answers.vendor?.trim() ?? "";
  const product = answers.product?.trim() ?? "";
  const slug = answers.slug?.trim() ?? "";
  for (const [flag, value] of [
    ["--vendor", vendor],
    ["--product", product],
  ] as const) {
    if (!NAME.test(value))
      problems.push(
        `${flag} "${value}" must be 1–40 letters, digits, spaces, dots or dashes, starting with a letter or digit (e.g. "Acme")`,
      );
  }
  if (!SLUG.test(slug))
    problems.push(
      `--slug "${slug}" must be 2–16 lower-case letters and digits starting with a letter (the output prefix, e.g. "acme" → acme.results.rating)`,
    );
  const wanted = (answers.types ?? "")
    .split(",")
    .map((t) => t.trim())
    .filter(Boolean);
  const types: IndicatorType[] = [];
  for (const w of wanted) {
    const kind = INDICATOR_KINDS.find(
      (k) => k.type.toLowerCase().replace(/\s/g, "") === w.toLowerCase().replace(/\s/g, ""),
    );
    if (!kind)
      problems.push(
        `--types: "${w}" is not an indicator type (one of ${INDICATOR_KINDS.map((k) => k.type).join(", ")})`,
      );
    else if (!types.includes(kind.type)) types.push(kind.type);
  }
  if (wanted.length === 0)
    problems.push(
      `--types needs at least one indicator type, e.g. "Address,Host" (one of ${INDICATOR_KINDS.map((k) => k.type).join(", ")})`,
    );
  return problems.length ? { problems } : { options: { vendor, product, slug, types }, problems };
}

const kebab = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

/** "Address", "Address and Host", "Address, Host and File". */
function listText(items: readonly string[], last = "and"): string {
  return items.length < 2 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} ${last} ${items.at(-1)}`;
}

/** The derived names of the new app. */
export function namesOf(o: InitOptions) {
  const displayName = `${o.vendor} ${o.product} Enrichment`;
  return { displayName, packageName: `${snakeCase(displayName)}_v1`, host: `${kebab(o.vendor)}.example` };
}

function actionsCode(o: InitOptions): string {
  const q = JSON.stringify;
  return o.types
    .map((type) => {
      const kind = INDICATOR_KINDS.find((k) => k.type === type)!;
      return [
        "    {",
        `      name: ${q(`Enrich ${type}`)},`,
        `      indicatorTypes: [${q(type)}],`,
        `      description: ${q(`Look up a ${type} in ${o.product}: score, tags and link.`)},`,
        `      calls: [{ method: "GET", path: ${q(`/indicators/${kebab(type)}/{value}`)}, purpose: ${q(`${type} report`)}, expectedStatus: [200, 404] }],`,
        `      example: { indicator: ${q(kind.example)}, fixture: ${q(`${kebab(type)}-example`)} },`,
        "    },",
      ].join("\n");
    })
    .join("\n");
}

function patternsCode(o: InitOptions): string {
  return INDICATOR_KINDS.filter((k) => o.types.includes(k.type))
    .map((k) => `  [${JSON.stringify(k.type)}, ${k.pattern}],`)
    .join("\n");
}

/** Placeholder → value for the templates. */
export function placeholders(
  o: InitOptions,
  enrichkitRef: string,
  versions: Record<string, string>,
): Record<string, string> {
  const { displayName, packageName, host } = namesOf(o);
  const article = /^[AEIOU]/i.test(o.types[0] ?? "") ? "an" : "a";
  return {
    __DISPLAY_NAME__: displayName,
    __PACKAGE_NAME__: packageName,
    __APP_ID__: o.appId ?? randomUUID(),
    __VENDOR__: o.vendor,
    __PRODUCT__: o.product,
    __SLUG__: o.slug,
    __HOST__: host,
    __TYPES_TEXT__: listText(o.types),
    __TYPES_OR__: `${article} ${listText(o.types, "or")}`,
    __TYPES_JSON__: JSON.stringify(o.types),
    __ACTION_NAMES__: listText(o.types.map((t) => `Enrich ${t}`)),
    __ACTIONS__: actionsCode(o),
    __PATTERNS__: patternsCode(o),
    __ENRICHKIT__: enrichkitRef,
    __TSX_VERSION__: versions.tsx ?? "*",
    __VITEST_VERSION__: versions.vitest ?? "*",
    __ZOD_VERSION__: versions.zod ?? "*",
    __TYPESCRIPT_VERSION__: versions.typescript ?? "*",
    __TYPES_NODE_VERSION__: versions["@types/node"] ?? "*",
  };
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/__[A-Z_]+__/g, (key) => {
    if (!(key in values)) throw new Error(`template placeholder ${key} has no value`);
    return values[key]!;
  });
}

/** Narrative sections the SDD merges (scripts/rules/narrative-present.ts), with a starting paragraph each. */
function narrativeFiles(o: InitOptions): { path: string; contents: string }[] {
  const { displayName } = namesOf(o);
  const sections: Record<string, string> = {
    summary: `${displayName} enriches ${listText(o.types)} indicators on demand with ${o.product}. TODO: say who uses it and why.`,
    scope: `In scope: on-demand lookups of ${listText(o.types)} indicators. Out of scope: feeds, submissions. TODO: confirm.`,
    alternatives: `TODO: the alternatives considered (e.g. a feed or a Component) and why this design was chosen.`,
    "mapping-rationale": `The ${o.product} score maps to ThreatConnect's threat rating and confidence as the mapping table shows. TODO: justify the thresholds.`,
    privacy: `Only the indicator value and the API key leave ThreatConnect, to ${o.product}. TODO: link ${o.vendor}'s data-handling policy.`,
    risks: `TODO: the risks (quota exhaustion, false positives) and their mitigations.`,
    questions: `TODO: the open questions for the ThreatConnect reviewer.`,
    "manual-qa": `TODO: the manual QA steps run on the partner sandbox, with their results.`,
    support: `${o.vendor} supports the integration. TODO: contact, hours and escalation path.`,
  };
  return Object.entries(sections)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([name, text]) => ({ path: `solution-design/narrative/${name}.md`, contents: `${text}\n` }));
}

function fixtureFiles(o: InitOptions): { path: string; contents: string }[] {
  const { host } = namesOf(o);
  return o.types.map((type) => {
    const kind = INDICATOR_KINDS.find((k) => k.type === type)!;
    const body = {
      data: {
        indicator: kind.example,
        type: kebab(type),
        score: 87,
        tags: ["malware", `${o.slug}-example`],
        link: `https://${host}/indicators/${kebab(type)}/${encodeURIComponent(kind.example)}`,
      },
    };
    const fixture = { request: { type, value: kind.example }, status: 200, body };
    return { path: `app/fixtures/${kebab(type)}-example.json`, contents: `${JSON.stringify(fixture, null, 2)}\n` };
  });
}

async function templateFiles(dir = TEMPLATES, prefix = ""): Promise<string[]> {
  const entries = await readdir(path.join(dir, prefix), { withFileTypes: true });
  const out: string[] = [];
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...(await templateFiles(dir, rel)));
    else if (e.name.endsWith(".tmpl")) out.push(rel);
  }
  return out;
}

/** Every file of the new project (paths relative to it), sorted. `enrichkitRef` is the `file:` path to Enrichkit. */
export async function scaffoldFiles(
  o: InitOptions,
  enrichkitRef: string,
): Promise<{ path: string; contents: string }[]> {
  const pkg = JSON.parse(await readFile(path.join(ENRICHKIT_ROOT, "package.json"), "utf8")) as {
    devDependencies?: Record<string, string>;
    dependencies?: Record<string, string>;
  };
  const versions = { ...pkg.dependencies, ...pkg.devDependencies };
  const values = placeholders(o, enrichkitRef, versions);
  const files: { path: string; contents: string }[] = [];
  for (const rel of await templateFiles()) {
    const target = rel.replace(/\.tmpl$/, "").replace(/^gitignore$/, ".gitignore");
    files.push({ path: target, contents: fill(await readFile(path.join(TEMPLATES, rel), "utf8"), values) });
  }
  files.push(...fixtureFiles(o), ...narrativeFiles(o));
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Throws `InitError` unless `dir` is missing or an empty directory. */
export async function assertEmptyTarget(dir: string): Promise<void> {
  if (!existsSync(dir)) return;
  const entries = await readdir(dir).catch(() => {
    throw new InitError(`${dir} exists and is not a directory; choose a new folder`);
  });
  if (entries.length)
    throw new InitError(
      `${dir} is not empty (${entries.length} entries); init writes only into a new or empty folder, nothing was written`,
    );
}

/** Dependencies linked from this checkout: package name → path inside Enrichkit. */
const LINKS: Record<string, string> = {
  enrichkit: ".",
  zod: "node_modules/zod",
  tsx: "node_modules/tsx",
  vitest: "node_modules/vitest",
  typescript: "node_modules/typescript",
  "@types/node": "node_modules/@types/node",
  ".bin/tsx": "node_modules/.bin/tsx",
  ".bin/vitest": "node_modules/.bin/vitest",
  ".bin/tsc": "node_modules/.bin/tsc",
};

/** Links the new project's dependencies to this checkout (relative links, like npm's for `file:` dependencies). */
export async function linkDependencies(dir: string, enrichkitRoot = ENRICHKIT_ROOT): Promise<string[]> {
  const made: string[] = [];
  for (const [name, inside] of Object.entries(LINKS)) {
    const link = path.join(dir, "node_modules", name);
    await mkdir(path.dirname(link), { recursive: true });
    await symlink(path.relative(path.dirname(link), path.join(enrichkitRoot, inside)), link);
    made.push(`node_modules/${name}`);
  }
  return made;
}

/** What `init` did. */
export interface InitResult {
  dir: string;
  files: string[];
  links: string[];
}

/**
 * Writes the project into `dir` (missing or empty). Files are staged in a sibling folder and renamed into place,
 * so a failure leaves nothing behind. `link: false` skips the dependency links (run `npm install` instead).
 */
export async function initProject(dir: string, options: InitOptions, { link = true } = {}): Promise<InitResult> {
  const target = path.resolve(dir);
  await assertEmptyTarget(target);
  const ref = path.relative(target, ENRICHKIT_ROOT).split(path.sep).join("/") || ".";
  const files = await scaffoldFiles(options, ref);
  await mkdir(path.dirname(target), { recursive: true });
  const staging = await mkdtemp(path.join(path.dirname(target), `.${path.basename(target)}.init-`));
  try {
    for (const f of files) {
      const file = path.join(staging, ...f.path.split("/"));
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, f.contents);
    }
    if (existsSync(target)) await rmdir(target);
    await rename(staging, target);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
  const links = link ? await linkDependencies(target) : [];
  return { dir: target, files: files.map((f) => f.path), links };
}
