/**
 * tcex validate: every layout display clause is a valid SQL WHERE expression over the install.json param names,
 * evaluated like TcEx does: SQLite, one row whose columns are the params, values as text, Booleans seeded with
 * their default as 'true'/'false', double quotes stripped first (threatconnect.md §2). Uses the `sqlite3` CLI;
 * all clauses go through one process.
 */
import { spawnSync } from "node:child_process";
import { sqlString } from "../lib/model.js";
import { error, type Rule, type RuleContext, warning } from "./rule.js";

const id = "display-clause-sql";

/** A display clause and where it sits in layout.json. */
interface Clause {
  clause: string;
  location: string;
}

function clausesOf({ layoutJson, layoutPath }: RuleContext): Clause[] {
  const inputs = layoutJson.inputs.flatMap((s, si) =>
    s.parameters.map((p, pi) => ({
      clause: p.display,
      location: `${layoutPath}#/inputs/${si}/parameters/${pi}/display`,
    })),
  );
  const outputs = layoutJson.outputs.map((o, oi) => ({
    clause: o.display,
    location: `${layoutPath}#/outputs/${oi}/display`,
  }));
  return [...inputs, ...outputs].filter((c): c is Clause => typeof c.clause === "string" && c.clause !== "");
}

const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;

function seedValue(p: RuleContext["installJson"]["params"][number]): string {
  if (p.type === "Boolean") return sqlString(String(p.default === true));
  return sqlString(typeof p.default === "string" ? p.default : "");
}

/** The SQL script: table + row, then one SELECT per clause on its own line (line = 3 + clause index). */
export function displayClauseScript(ctx: RuleContext, clauses: readonly string[]): string {
  const params = ctx.installJson.params;
  const lines = [
    `CREATE TABLE p (${params.map((p) => `${quoteIdent(p.name)} TEXT`).join(", ")});`,
    `INSERT INTO p VALUES (${params.map(seedValue).join(", ")});`,
    ...clauses.map(
      (c, i) => `SELECT ${i}, CASE WHEN (${c.replaceAll('"', "").replace(/\s+/g, " ")}) THEN 1 ELSE 0 END FROM p;`,
    ),
  ];
  return `${lines.join("\n")}\n`;
}

/** Results by script text: the evaluation is a pure function of the script, and one pipeline run asks several times. */
const evaluated = new Map<string, Map<number, string>>();

/** SQLite's error message for each failing clause index. */
export function evaluateClauses(ctx: RuleContext, clauses: readonly string[]): Map<number, string> | undefined {
  const script = displayClauseScript(ctx, clauses);
  const known = evaluated.get(script);
  if (known) return new Map(known);
  const run = spawnSync("sqlite3", ["-batch", ":memory:"], { input: script, encoding: "utf8", timeout: 5_000 });
  if (run.error) return undefined;
  const failures = new Map<number, string>();
  for (const m of run.stderr.matchAll(/line (\d+): (.+)/g)) {
    failures.set(Number(m[1]) - 3, m[2]!.trim());
  }
  evaluated.set(script, failures);
  return new Map(failures);
}

/** Rule `display-clause-sql`. */
export const displayClauseSql: Rule = {
  id,
  description: "Every layout display clause is a valid SQLite WHERE expression over the param names (tcex validate).",
  check: (ctx) => {
    const clauses = clausesOf(ctx);
    // A ';' would let one clause end the statement and start another; TcEx runs a single expression.
    const bad = clauses.filter((c) => c.clause.includes(";"));
    const ok = clauses.filter((c) => !c.clause.includes(";"));
    const problems = bad.map((c) =>
      error(
        id,
        c.location,
        `display clause "${c.clause}" contains ";"`,
        "a display clause is one WHERE expression, e.g. tc_action in ('Enrich Host')",
      ),
    );
    const failures = evaluateClauses(
      ctx,
      ok.map((c) => c.clause),
    );
    if (!failures) {
      return [
        ...problems,
        warning(
          id,
          ctx.layoutPath,
          "sqlite3 was not found; display clauses were not evaluated",
          "install it: apt-get install sqlite3",
        ),
      ];
    }
    for (const [i, message] of failures) {
      const c = ok[i];
      if (c) {
        problems.push(
          error(
            id,
            c.location,
            `display clause "${c.clause}" is not valid SQL: ${message}`,
            "use param names and quoted strings, e.g. tc_action in ('Enrich Host')",
          ),
        );
      }
    }
    return problems;
  },
};
