// Writes dist/sw.js: a kiosk's offline copy of this build (issue 11). Run by `make dist` after
// the static pages are written, so index.html is final.
//
// The worker precaches exactly the files of the first load: index.html and the hashed files
// Trunk wrote (start-up script, glue, wasm, stylesheet), each fetched with its sha384 as
// Subresource Integrity, so a file that does not match is never kept. It serves them when the
// network is gone. A new build is a new sw.js (its file list and hashes differ): the browser
// installs it at the kiosk's next start, it replaces the cache, and old caches of this widget
// are deleted. The widget registers it only in ?mode=kiosk, never framed (src/ui/dom.rs): a
// resident's visit keeps nothing. Answers are never in it: it holds files, not requests' data.
//
//   node tools/sw.mjs [dist]

import { createHash } from "node:crypto";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.argv[2] ?? "dist";
const hashed = /-[0-9a-f]{8,16}(_bg)?\.(js|wasm|css|txt)$/;
const files = ["index.html", ...readdirSync(dir).filter((f) => hashed.test(f)).sort()];
for (const need of [/^boot-/, /_bg\.wasm$/, /^style-.*\.css$/]) {
  if (!files.some((f) => need.test(f))) {
    console.error(`sw: no file matching ${need} in ${dir}`);
    process.exit(1);
  }
}
const integrity = Object.fromEntries(
  files.map((f) => [f, "sha384-" + createHash("sha384").update(readFileSync(join(dir, f))).digest("base64")]),
);
const version = createHash("sha256").update(JSON.stringify(integrity)).digest("hex").slice(0, 16);

const sw = `// A kiosk's offline copy of the widget's own files. Written by tools/sw.mjs; do not edit.
const CACHE = "ksn-${version}";
const FILES = ${JSON.stringify(integrity, null, 1)};
const scope = new URL("./", self.location).pathname;

self.addEventListener("install", (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    try {
      for (const [file, integrity] of Object.entries(FILES)) {
        const response = await fetch(file, { integrity, cache: "no-cache" });
        if (!response.ok) throw new Error(file + ": " + response.status);
        await cache.put(file, response);
      }
    } catch (e) {
      await caches.delete(CACHE);
      throw e;
    }
    await self.skipWaiting();
  })());
});

self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) {
      if (key.startsWith("ksn-") && key !== CACHE) await caches.delete(key);
    }
    await self.clients.claim();
  })());
});

// A kiosk nobody is using asks, hourly, whether a newer build is published (the page itself
// cannot reach the network). The worker has the browser look at sw.js again (a newer one
// installs and takes over) and compares the published index.html with its own. The answer
// carries nothing but "current", "newer" or "unreachable".
self.addEventListener("message", (event) => {
  if (event.data !== "ksn:check" || !event.source) return;
  event.waitUntil((async () => {
    let state = "unreachable";
    try {
      await self.registration.update();
      const response = await fetch("index.html", { cache: "no-store" });
      if (response.ok) {
        const digest = new Uint8Array(await crypto.subtle.digest("SHA-384", await response.arrayBuffer()));
        state = "sha384-" + btoa(String.fromCharCode(...digest)) === FILES["index.html"] ? "current" : "newer";
      }
    } catch {}
    event.source.postMessage({ type: "ksn:check", state });
  })());
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin || !url.pathname.startsWith(scope)) return;
  let file = url.pathname.slice(scope.length);
  if (file === "") file = "index.html";
  if (!Object.hasOwn(FILES, file)) return;
  event.respondWith(caches.open(CACHE).then((cache) => cache.match(file)).then((hit) => hit || fetch(request)));
});
`;
writeFileSync(join(dir, "sw.js"), sw);
console.log(`sw: sw.js (cache ksn-${version}) precaches ${files.length} files: ${files.join(", ")}`);
