/**
 * A static file server on 127.0.0.1 for the built docs site (Docusaurus `trailingSlash: false` layout:
 * `/a/b` → `a/b.html`, `/a` → `a.html` or `a/index.html`). Test helper; no dependency beyond node:http.
 */
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".xml": "application/xml",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
};

/** Running server: base URL (no trailing slash) and a close function. */
export interface StaticServer {
  url: string;
  close: () => Promise<void>;
}

function resolveFile(root: string, pathname: string): string | undefined {
  const clean = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, "");
  const base = join(root, clean);
  const candidates = [base, `${base}.html`, join(base, "index.html")];
  return candidates.find((p) => p.startsWith(root) && existsSync(p) && statSync(p).isFile());
}

/** Serves `root` on 127.0.0.1 on a free port. */
export async function serveStatic(root: string): Promise<StaticServer> {
  const server = createServer((req, res) => {
    const { pathname } = new URL(req.url ?? "/", "http://127.0.0.1");
    const file = resolveFile(root, pathname);
    if (!file) {
      if (process.env.DEBUG_SERVE) console.error("404", pathname);
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
