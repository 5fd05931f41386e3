/**
 * A Redis for the emulator: `REDIS_URL` when set, else a throwaway `redis-server` on a free loopback port
 * (no persistence), stopped by `stop()`.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { createServer, Socket } from "node:net";

export interface RedisEndpoint {
  host: string;
  port: number;
  /** True when this process started the server (and `stop` ends it). */
  owned: boolean;
  stop: () => Promise<void>;
}

/** Finds a free TCP port on 127.0.0.1. */
export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  server.close();
  await once(server, "close");
  return port;
}

/** Resolves when a PING on host:port answers PONG, or rejects after `timeoutMs`. */
async function waitForPong(host: string, port: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const ok = await new Promise<boolean>((resolve) => {
      const socket = new Socket();
      socket.setTimeout(500);
      socket.once("error", () => resolve(false));
      socket.once("timeout", () => {
        socket.destroy();
        resolve(false);
      });
      socket.connect(port, host, () => socket.write("PING\r\n"));
      socket.once("data", (data) => {
        socket.destroy();
        resolve(data.toString().startsWith("+PONG"));
      });
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`redis-server on ${host}:${port} did not answer PING within ${timeoutMs} ms`);
}

/** Uses `REDIS_URL` (redis://host:port) or starts `redis-server`; throws with the install command when absent. */
export async function startRedis(env: NodeJS.ProcessEnv = process.env): Promise<RedisEndpoint> {
  if (env.REDIS_URL) {
    const url = new URL(env.REDIS_URL);
    return { host: url.hostname, port: Number(url.port || 6379), owned: false, stop: async () => {} };
  }
  const port = await freePort();
  const args = [
    "--port",
    String(port),
    "--bind",
    "127.0.0.1",
    "--save",
    "",
    "--appendonly",
    "no",
    "--loglevel",
    "warning",
  ];
  let child: ChildProcess;
  try {
    child = spawn("redis-server", args, { stdio: "ignore" });
    await Promise.race([
      once(child, "spawn"),
      once(child, "error").then(([error]) => {
        throw error;
      }),
    ]);
  } catch (error) {
    throw new Error(
      `cannot start redis-server (${(error as Error).message}). Install it with: apt-get install -y redis-server, or set REDIS_URL=redis://host:port`,
    );
  }
  await waitForPong("127.0.0.1", port, 5_000);
  return {
    host: "127.0.0.1",
    port,
    owned: true,
    stop: async () => {
      if (child.exitCode !== null) return;
      child.kill("SIGTERM");
      await once(child, "exit");
    },
  };
}
