/**
 * The playbook KV store (threatconnect.md §3.3): a Redis hash keyed by `tc_playbook_kvstore_context`, one field per
 * full variable, JSON values. Reads resolve input variables; writes go only to requested output variables.
 */
import { Redis } from "ioredis";
import { AppError } from "./errors.js";
import type { TcParams } from "./tc-params.js";

export interface KvStore {
  /** The JSON-decoded value, or undefined when the field is absent. */
  read(variable: string): Promise<unknown>;
  /** Writes fields (already JSON text) in one round trip. */
  writeMany(entries: Readonly<Record<string, string>>): Promise<void>;
  close(): Promise<void>;
}

/** Connects to Redis; an unreachable server is an `AppError` naming host and port. */
export async function connectRedisKvStore(tc: TcParams): Promise<KvStore> {
  const context = tc.tc_playbook_kvstore_context;
  if (!context) {
    throw new AppError(
      "PlatformParamInvalid",
      "Invalid platform param tc_playbook_kvstore_context: missing, so there is no playbook context.",
      {
        hint: "The platform sets it for every playbook run; locally, `enrichkit run` does.",
      },
    );
  }
  const port = tc.tc_kvstore_tls_enabled ? (tc.tc_kvstore_tls_port ?? tc.tc_kvstore_port) : tc.tc_kvstore_port;
  const where = `${tc.tc_kvstore_host}:${port}`;
  const redis = new Redis({
    host: tc.tc_kvstore_host,
    port,
    db: tc.tc_playbook_kvstore_id,
    username: tc.tc_kvstore_user || undefined,
    password: tc.tc_kvstore_pass || undefined,
    tls: tc.tc_kvstore_tls_enabled ? {} : undefined,
    lazyConnect: true,
    connectTimeout: 5_000,
    maxRetriesPerRequest: 2,
    retryStrategy: () => null,
    enableOfflineQueue: false,
  });
  // ioredis also emits connection errors as events; the awaited connect() below reports them.
  redis.on("error", () => {});
  try {
    await redis.connect();
  } catch (error) {
    redis.disconnect();
    const detail = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new AppError("KvStoreUnreachable", `Cannot reach the playbook KV store (Redis) at ${where}: ${detail}.`, {
      hint: "Check tc_kvstore_host/tc_kvstore_port; locally, start redis-server or set REDIS_URL.",
      cause: error,
    });
  }
  return {
    async read(variable) {
      const text = await redis.hget(context, variable);
      if (text === null) return undefined;
      try {
        return JSON.parse(text);
      } catch {
        // TcEx stores JSON; a bare string written by another tool is still its value.
        return text;
      }
    },
    async writeMany(entries) {
      if (Object.keys(entries).length === 0) return;
      await redis.hset(context, entries);
    },
    async close() {
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}
