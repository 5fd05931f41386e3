import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { classifyIndicator, vtIndicatorKinds } from "./indicators.js";
import { errorResponseSchema, fileReportSchema, ipAddressReportSchema, vtSchemas } from "./schemas.js";

const fixturesDir = new URL("../../fixtures/", import.meta.url);
const fixtures = readdirSync(fixturesDir)
  .filter((n) => n.endsWith(".json"))
  .map((name) => ({ name, ...JSON.parse(readFileSync(new URL(name, fixturesDir), "utf8")) }));

/** Schema name for a fixture from its request path, e.g. `/files/…` → FileReport. */
function schemaFor(path: string): keyof typeof vtSchemas {
  const kind = Object.values(vtIndicatorKinds).find((k) => path.startsWith(`/${k.collection}/`));
  if (!kind) throw new Error(`no collection for ${path}`);
  return kind.schema;
}

/**
 * Paths of object fields (and the root) that carry no `.describe()`. Wrapped schemas (optional, nullable, array
 * items, record values) are searched for nested objects but need no description of their own.
 */
function undescribed(schema: z.ZodType, path: string, needsText = true, out: string[] = []): string[] {
  if (needsText && !schema.description) out.push(path);
  const def = (schema as unknown as { _zod: { def: Record<string, unknown> } })._zod.def;
  if (def.type === "object") {
    for (const [key, child] of Object.entries(def.shape as Record<string, z.ZodType>)) {
      undescribed(child, `${path}.${key}`, true, out);
    }
  } else if (def.type === "optional" || def.type === "nullable") {
    undescribed(def.innerType as z.ZodType, path, false, out);
  } else if (def.type === "array") {
    undescribed(def.element as z.ZodType, `${path}[]`, false, out);
  } else if (def.type === "record") {
    undescribed(def.valueType as z.ZodType, `${path}.*`, false, out);
  }
  return out;
}

describe("fixtures against the schemas", () => {
  const ok = fixtures.filter((f) => f.status === 200 && !f.name.includes("schema-mismatch"));

  it("has the fixtures the app's action examples name", () => {
    const names = fixtures.map((f) => f.name);
    for (const want of [
      "ip_address-198.51.100.7.json",
      "domain-malware.example.net.json",
      "url-phish.example.org.json",
      "file-44d88612fea8a8f36de82e1278abb02f.json",
    ]) {
      expect(names).toContain(want);
    }
    expect(ok.length).toBeGreaterThanOrEqual(6);
  });

  it.each(ok.map((f) => [f.name, f] as const))("%s parses as its report schema", (_name, fixture) => {
    const result = vtSchemas[schemaFor(fixture.request.path)].safeParse(fixture.body);
    expect(result.error?.issues ?? []).toEqual([]);
  });

  it.each(ok.map((f) => [f.name, f] as const))("%s: request id matches the indicator type", (_name, fixture) => {
    const [, collection, id] = fixture.request.path.split("/");
    const kind = Object.entries(vtIndicatorKinds).find(([, k]) => k.collection === collection);
    const text = kind?.[0] === "URL" ? Buffer.from(id, "base64url").toString("utf8") : id;
    expect(classifyIndicator(text)).toBe(kind?.[0]);
  });

  it("the file fixture is an MD5 request answered with the SHA-256 id, 8 stats keys and a null result", () => {
    const file = fixtures.find((f) => f.name.startsWith("file-"));
    const parsed = fileReportSchema.parse(file.body);
    expect(parsed.data.id).toBe(parsed.data.attributes.sha256);
    expect(parsed.data.id).toMatch(/^[0-9a-f]{64}$/);
    expect(Object.keys(parsed.data.attributes.last_analysis_stats ?? {})).toHaveLength(8);
    expect(Object.values(parsed.data.attributes.last_analysis_results ?? {}).some((r) => r.result === null)).toBe(true);
  });

  it("the URL fixture's data.id is 64 hex and differs from the base64url request id", () => {
    const url = fixtures.find((f) => f.name.startsWith("url-"));
    expect(url.body.data.id).toMatch(/^[0-9a-f]{64}$/);
    expect(url.request.path).toBe(`/urls/${Buffer.from(url.body.data.attributes.url).toString("base64url")}`);
  });

  it("the schema-mismatch fixture fails at the stats path", () => {
    const bad = fixtures.find((f) => f.name.includes("schema-mismatch"));
    const result = ipAddressReportSchema.safeParse(bad.body);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].path).toEqual(["data", "attributes", "last_analysis_stats", "malicious"]);
  });

  it("error fixtures parse as ErrorResponse", () => {
    const errors = fixtures.filter((f) => f.status !== 200);
    expect(errors.length).toBeGreaterThan(0);
    for (const f of errors) expect(errorResponseSchema.parse(f.body).error.code).toBe("NotFoundError");
  });
});

describe("schema rules", () => {
  const ipBody = (attributes: unknown) => ({ data: { id: "192.0.2.1", type: "ip_address", attributes } });

  it("keeps unknown attributes (VirusTotal adds fields over time)", () => {
    const parsed = ipAddressReportSchema.parse(ipBody({ brand_new_field: { x: 1 } }));
    expect((parsed.data.attributes as Record<string, unknown>).brand_new_field).toEqual({ x: 1 });
  });

  it("requires the envelope's id, type and attributes", () => {
    expect(ipAddressReportSchema.safeParse({ data: { id: "x", type: "ip_address" } }).success).toBe(false);
    expect(ipAddressReportSchema.safeParse({ data: { id: "x", type: "domain", attributes: {} } }).success).toBe(false);
    expect(ipAddressReportSchema.safeParse({ error: { code: "NotFoundError", message: "" } }).success).toBe(false);
  });

  it("allows a null engine result for files only", () => {
    const engine = { category: "undetected", engine_name: "E", method: "blacklist", result: null };
    expect(ipAddressReportSchema.safeParse(ipBody({ last_analysis_results: { E: engine } })).success).toBe(false);
    const file = { data: { id: "a".repeat(64), type: "file", attributes: { last_analysis_results: { E: engine } } } };
    expect(fileReportSchema.safeParse(file).success).toBe(true);
  });

  it("accepts extra integer file stats and rejects non-integers", () => {
    const file = (stats: unknown) => ({
      data: { id: "a".repeat(64), type: "file", attributes: { last_analysis_stats: stats } },
    });
    const base = { harmless: 0, malicious: 1, suspicious: 0, timeout: 0, undetected: 2 };
    expect(fileReportSchema.safeParse(file({ ...base, "new-key": 3 })).success).toBe(true);
    expect(fileReportSchema.safeParse(file({ ...base, "new-key": "3" })).success).toBe(false);
    expect(fileReportSchema.safeParse(file({ ...base, malicious: 1.5 })).success).toBe(false);
  });

  it.each(Object.entries(vtSchemas))("%s: every field is described and it converts to JSON Schema", (_name, schema) => {
    expect(undescribed(schema, "$")).toEqual([]);
    expect(JSON.stringify(z.toJSONSchema(schema, { unrepresentable: "any" }))).toContain('"description"');
  });
});
