// A static file server for the demo on 127.0.0.1, nothing more: every byte the page uses is a file
// under demo/ (index.html, style.css, dist/app.js built by demo/build.mjs). No server logic.
//
//   node demo/serve.mjs            http://127.0.0.1:5173/ (PORT=8080 to change it)
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { dirname, extname, join, normalize, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
};

/**
 * A node:http server that serves the files under `root` (index.html for "/"), 404 for anything else.
 * Call `.listen(port, "127.0.0.1")` on it.
 */
export function createDemoServer(root = here) {
  return createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
    const file = normalize(join(root, path.endsWith("/") ? path + "index.html" : path));
    if ((file !== root && !file.startsWith(root + sep)) || (req.method !== "GET" && req.method !== "HEAD")) {
      res.writeHead(404).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream", "cache-control": "no-cache" });
      res.end(req.method === "HEAD" ? undefined : body);
    } catch {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found\n");
    }
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const port = Number(process.env.PORT ?? 5173);
  const server = createDemoServer();
  server.listen(port, "127.0.0.1", () => {
    console.log(`vn-ward-news demo: http://127.0.0.1:${port}/  (Ctrl+C to stop)`);
  });
}
