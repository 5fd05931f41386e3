import { describe, expect, it } from "vitest";
import {
  embeddedVariables,
  formatPlaybookVariable,
  isPlaybookVariable,
  parsePlaybookVariable,
  resolveEmbedded,
  serializeVariableValue,
} from "./playbook-variable.js";

describe("playbook variables", () => {
  it.each([
    [
      "#App:1234:vt.response.json.raw!String",
      { origin: "App", jobId: 1234, key: "vt.response.json.raw", type: "String" },
    ],
    [
      "#Trigger:5009:trg.action.item!String",
      { origin: "Trigger", jobId: 5009, key: "trg.action.item", type: "String" },
    ],
    ["#App:7:list[0]-x_y!TCEntityArray", { origin: "App", jobId: 7, key: "list[0]-x_y", type: "TCEntityArray" }],
  ])("parses %s", (text, want) => {
    expect(parsePlaybookVariable(text)).toEqual(want);
    expect(formatPlaybookVariable(parsePlaybookVariable(text)!)).toBe(text);
    expect(isPlaybookVariable(text)).toBe(true);
  });

  it.each(["#App:x:key!String", "#App:1:key!Nope", "App:1:key!String", "#App:1:key", "prefix #App:1:k!String"])(
    "rejects %s",
    (text) => {
      expect(parsePlaybookVariable(text)).toBeUndefined();
    },
  );

  it("finds and resolves embedded variables (one level) and \\s", async () => {
    const text = "ip #App:1:a!String\\sand #App:2:b!String, gone #App:3:c!String.";
    expect(embeddedVariables(text)).toEqual(["#App:1:a!String", "#App:2:b!String", "#App:3:c!String"]);
    const values: Record<string, unknown> = { "#App:1:a!String": "1.2.3.4", "#App:2:b!String": 42 };
    const missing: string[] = [];
    const out = await resolveEmbedded(
      text,
      async (v) => values[v],
      (v) => missing.push(v),
    );
    expect(out).toBe("ip 1.2.3.4 and 42, gone .");
    expect(missing).toEqual(["#App:3:c!String"]);
  });

  it.each([
    ["String", "abc", '"abc"'],
    ["String", true, '"true"'],
    ["String", 7, '"7"'],
    ["StringArray", ["a", null, 3], '["a",null,"3"]'],
    ["Binary", Buffer.from("hi"), '"aGk="'],
    ["KeyValueArray", [{ key: "k", value: "v" }], '[{"key":"k","value":"v"}]'],
    ["TCEntity", { id: "1", type: "Host", value: "x.example" }, '{"id":"1","type":"Host","value":"x.example"}'],
  ])("stores a %s value as JSON", (type, value, want) => {
    expect(serializeVariableValue(type, value)).toBe(want);
  });

  it("does not write null, undefined or a non-array for an array type", () => {
    expect(serializeVariableValue("String", null)).toBeUndefined();
    expect(serializeVariableValue("String", undefined)).toBeUndefined();
    expect(serializeVariableValue("StringArray", "x")).toBeUndefined();
    expect(serializeVariableValue("KeyValueArray", { key: "k" })).toBeUndefined();
  });
});
