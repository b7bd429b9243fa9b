// A tiny static file server for the built site (dist/), for `make serve` and the e2e tests.
// No dependencies. Binds to 127.0.0.1 only. Logs one line per request, so the request log
// can be read after a session ("after start-up there must be none"). Compresses with brotli
// (or gzip) when the browser accepts it, as a real host would.
//
//   node tools/serve.mjs [dir=dist] [port=8080]

import { createHash } from "node:crypto";
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { extname, join, normalize, resolve, sep } from "node:path";

const root = resolve(process.argv[2] ?? "dist");
const port = Number(process.argv[3] ?? 8080);
const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
};

// Compressed bodies, made once per content and encoding (a rebuild changes the content, even
// when the length stays the same).
const cache = new Map();
function compressed(raw, encoding) {
  const key = `${encoding}:${createHash("sha256").update(raw).digest("hex")}`;
  if (!cache.has(key)) {
    cache.set(
      key,
      encoding === "br"
        ? brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
        : gzipSync(raw, { level: 9 }),
    );
  }
  return cache.get(key);
}

const server = createServer(async (req, res) => {
  const log = (status) => console.log(`${new Date().toISOString()} ${req.method} ${req.url} ${status}`);
  let path;
  try {
    path = decodeURIComponent(new URL(req.url ?? "/", "http://127.0.0.1").pathname);
  } catch {
    // A malformed address (e.g. /%E0%A4%A): refuse it and keep serving.
    res.writeHead(400, { "content-type": "text/plain; charset=utf-8" }).end("bad request");
    return log(400);
  }
  if (path.endsWith("/")) path += "index.html";
  const file = normalize(join(root, path));
  if (file !== root && !file.startsWith(root + sep)) {
    res.writeHead(403).end();
    return log(403);
  }
  try {
    const raw = await readFile(file);
    const type = types[extname(file)] ?? "application/octet-stream";
    const accepts = String(req.headers["accept-encoding"] ?? "");
    const compressible = /^(text\/|application\/(wasm|json)|image\/svg)/.test(type);
    let body = raw;
    const headers = { "content-type": type, "x-content-type-options": "nosniff", "cache-control": "no-cache", vary: "accept-encoding" };
    // As the generated header files say (src/pages.rs): hosts may pin the loader with integrity.
    if (path.endsWith("/embed.js")) headers["access-control-allow-origin"] = "*";
    if (compressible && /\bbr\b/.test(accepts)) {
      body = compressed(raw, "br");
      headers["content-encoding"] = "br";
    } else if (compressible && /\bgzip\b/.test(accepts)) {
      body = compressed(raw, "gzip");
      headers["content-encoding"] = "gzip";
    }
    res.writeHead(200, headers);
    res.end(req.method === "HEAD" ? undefined : body);
    log(200);
  } catch {
    res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("not found");
    log(404);
  }
});

server.listen(port, "127.0.0.1", () => console.log(`serving ${root} on http://127.0.0.1:${port}/`));
