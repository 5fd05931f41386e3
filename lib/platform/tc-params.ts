/**
 * The platform's `tc_*` params (threatconnect.md §3.2), read from the flat param-file object into one typed config.
 * TcEx 4 names are primary; the TcEx 3 `tc_playbook_db_*` aliases are accepted when the new name is absent.
 */
import { z } from "zod";
import { AppError } from "./errors.js";
import { type LogLevel, logLevels, parseLogLevel } from "./logger.js";

/** Legacy name → TcEx 4 name. */
export const legacyTcParams: Readonly<Record<string, string>> = {
  tc_playbook_db_type: "tc_kvstore_type",
  tc_playbook_db_context: "tc_playbook_kvstore_context",
  tc_playbook_db_path: "tc_kvstore_host",
  tc_playbook_db_port: "tc_kvstore_port",
};

/** Params whose values are secrets wherever they appear. */
export const secretTcParams = ["tc_token", "tc_api_secret_key", "tc_proxy_password", "tc_kvstore_pass"] as const;

const bool = z.preprocess((v) => (typeof v === "string" ? v.trim().toLowerCase() === "true" : v), z.boolean());
const port = z.coerce.number().int().min(1).max(65_535);
const text = z.coerce.string();

const tcParamsSchema = z.object({
  tc_action: text.optional(),
  tc_kvstore_type: z.enum(["Redis", "TCKeyValueAPI", "Mock"]).default("Redis"),
  tc_kvstore_host: text.default("localhost"),
  tc_kvstore_port: port.default(6379),
  tc_kvstore_user: text.optional(),
  tc_kvstore_pass: text.optional(),
  tc_kvstore_tls_enabled: bool.default(false),
  tc_kvstore_tls_port: port.optional(),
  tc_playbook_kvstore_id: z.coerce.number().int().min(0).default(0),
  tc_playbook_kvstore_context: text.optional(),
  tc_playbook_out_variables: z
    .union([text, z.array(text)])
    .default("")
    .transform((v) => (Array.isArray(v) ? v : v.split(",")).map((s) => s.trim()).filter(Boolean)),
  tc_log_path: text.optional(),
  tc_log_file: text.default("app.log"),
  tc_log_level: z.preprocess(
    (v) => (v === undefined || v === null || v === "" ? "info" : (parseLogLevel(v) ?? v)),
    z.enum(logLevels as [LogLevel, ...LogLevel[]], { error: "must be one of trace, debug, info, warning, error" }),
  ),
  tc_log_max_bytes: z.coerce.number().int().positive().default(10_485_760),
  tc_log_backup_count: z.coerce.number().int().min(0).default(25),
  tc_log_curl: bool.default(false),
  tc_in_path: text.optional(),
  tc_out_path: text.optional(),
  tc_temp_path: text.optional(),
  tc_proxy_host: text.optional(),
  tc_proxy_port: port.optional(),
  tc_proxy_username: text.optional(),
  tc_proxy_password: text.optional(),
  tc_proxy_external: bool.default(false),
  tc_proxy_tc: bool.default(false),
  tc_token: text.optional(),
  tc_api_path: text.optional(),
});

export type TcParams = z.output<typeof tcParamsSchema>;

/** Copies legacy names onto their TcEx 4 names when those are missing. */
export function applyLegacyTcParams(raw: Record<string, unknown>): Record<string, unknown> {
  const out = { ...raw };
  for (const [legacy, current] of Object.entries(legacyTcParams)) {
    if (out[current] === undefined && out[legacy] !== undefined) out[current] = out[legacy];
  }
  return out;
}

/** Parses the `tc_*` params; a bad value is an `AppError` naming the param. */
export function parseTcParams(raw: Record<string, unknown>): TcParams {
  const result = tcParamsSchema.safeParse(applyLegacyTcParams(raw));
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = String(issue.path[0] ?? "tc_*");
  throw new AppError("PlatformParamInvalid", `Invalid platform param ${field}: ${issue.message}.`, {
    hint: "tc_* params are set by ThreatConnect; locally, check the emulator's inputs file.",
  });
}

/** The proxy for third-party calls, when `tc_proxy_external` asks for it. */
export function externalProxy(
  tc: TcParams,
): { host: string; port: number; username?: string; password?: string } | undefined {
  if (!tc.tc_proxy_external) return undefined;
  if (!tc.tc_proxy_host || !tc.tc_proxy_port) {
    throw new AppError(
      "PlatformParamInvalid",
      "Invalid platform param tc_proxy_host: tc_proxy_external is true but the proxy host or port is missing.",
      {
        hint: "Set the proxy in ThreatConnect's system settings, or turn off the external proxy.",
      },
    );
  }
  return {
    host: tc.tc_proxy_host,
    port: tc.tc_proxy_port,
    username: tc.tc_proxy_username,
    password: tc.tc_proxy_password,
  };
}
