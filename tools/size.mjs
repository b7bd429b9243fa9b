// First-load size of the release site: index.html and every file it loads at start (the
// start-up script, the JS glue, the wasm and the CSS), each compressed with brotli at the
// highest quality, as a server would send them. The register packs the widget fetches once it
// has started are listed apart, with the sum of both. Pages the widget only links to (the static
// data review pages) are listed apart and not counted. A file nothing refers to fails.
// Prints a table and fails when the total exceeds the budget.
//
//   node tools/size.mjs [dist] [budgetKiB=150]

import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { createHash } from "node:crypto";
import { brotliCompressSync, constants } from "node:zlib";

const dist = process.argv[2] ?? "dist";
const budget = Number(process.argv[3] ?? 150);
const html = readFileSync(join(dist, "index.html"), "utf8");

// Beside the widget, never loaded by it: the embed loader a municipal page loads (its own
// budget, 2 KiB brotli) and the example server headers that restrict framing.
const EMBED = "embed.js";
const EMBED_BUDGET = 2;
const HEADERS = ["_headers", ".htaccess", "frame-ancestors.nginx.conf"];
// Loaded by a kiosk only, after start: its offline worker (tools/sw.mjs).
const WORKER = "sw.js";
const all = readdirSync(dist).filter((f) => f !== "index.html" && f !== EMBED && f !== WORKER && !HEADERS.includes(f)).sort();
const js = all.filter((g) => g.endsWith(".js")).map((g) => readFileSync(join(dist, g), "utf8"));
const wasmBytes = all.filter((g) => g.endsWith(".wasm")).map((g) => readFileSync(join(dist, g)));
// Loaded at start: named by a <script> or <link> of index.html (not by a link the person may
// follow), by the start-up scripts, or the wasm itself.
const tags = [...html.matchAll(/<(script|link)\b[^>]*>/g)].map((m) => m[0]).join(" ");
const startup = (f) => f.endsWith(".wasm") || tags.includes(f) || js.some((code) => code.includes(f));
// Fetched by the widget once it has started, all on every visit, before the network closes:
// the register packs (the words of every register, src/pack). Not part of the first load:
// the first screen works without them (index.html's static start screen in each register).
// They must be named by the wasm.
const pack = (f) => /^text-(ja|easy|en)-[0-9a-f]{16}\.txt$/.test(f);
const packs = all.filter(pack);
for (const f of packs) {
  if (!wasmBytes.some((w) => w.includes(Buffer.from(f)))) {
    console.error(`${f} is in dist/ but the wasm does not fetch it`);
    process.exit(1);
  }
}
const files = ["index.html", ...all.filter((f) => startup(f) && !pack(f))];
const linked = all.filter((f) => !startup(f) && !pack(f));
// The data review pages' own stylesheet, loaded by them only.
const pageStyle = (f) => f.endsWith(".css") && all.some((g) => g.startsWith("review") && g.endsWith(".html") && readFileSync(join(dist, g), "utf8").includes(`href="./${f}"`));
for (const f of linked) {
  // Not loaded at start: it must at least be a page the widget links to, or what one loads.
  if (!(f.endsWith(".html") && wasmBytes.some((w) => w.includes(Buffer.from(f)))) && !pageStyle(f)) {
    console.error(`${f} is in dist/ but nothing loads it`);
    process.exit(1);
  }
}
const br = (buf) =>
  brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buf.length } }).length;

let total = 0;
console.log("first load (brotli q11):");
for (const f of files) {
  const raw = readFileSync(join(dist, f));
  const size = br(raw);
  total += size;
  console.log(`  ${f.padEnd(56)} ${(raw.length / 1024).toFixed(1).padStart(8)} KiB raw ${(size / 1024).toFixed(1).padStart(7)} KiB br`);
}
if (!files.some((f) => f.endsWith(".wasm"))) {
  console.error("no .wasm file in dist/: is it a Trunk build?");
  process.exit(1);
}
console.log(`  total ${(total / 1024).toFixed(1)} KiB (budget ${budget} KiB)`);
let packTotal = 0;
console.log("after start, before the network closes (all on every visit; not part of the first load):");
for (const f of packs) {
  const raw = readFileSync(join(dist, f));
  packTotal += br(raw);
  console.log(`  ${f.padEnd(56)} ${(raw.length / 1024).toFixed(1).padStart(8)} KiB raw ${(br(raw) / 1024).toFixed(1).padStart(7)} KiB br`);
}
console.log(`  total ${(packTotal / 1024).toFixed(1)} KiB; with the first load ${((total + packTotal) / 1024).toFixed(1)} KiB`);
if (linked.length) {
  console.log("pages the widget links to (not part of the first load):");
  for (const f of linked) {
    const raw = readFileSync(join(dist, f));
    console.log(`  ${f.padEnd(56)} ${(raw.length / 1024).toFixed(1).padStart(8)} KiB raw ${(br(raw) / 1024).toFixed(1).padStart(7)} KiB br`);
  }
}
const embedSize = br(readFileSync(join(dist, EMBED)));
console.log(`beside it: ${EMBED} (for municipal pages) ${(embedSize / 1024).toFixed(1)} KiB br (budget ${EMBED_BUDGET} KiB); ${HEADERS.filter((h) => readdirSync(dist).includes(h)).join(", ")}`);
// What a host pins the loader with (README, "Embedding"): the server sends it with CORS.
console.log(`  ${EMBED} integrity="sha384-${createHash("sha384").update(readFileSync(join(dist, EMBED))).digest("base64")}"`);
if (readdirSync(dist).includes(WORKER)) {
  console.log(`kiosk only: ${WORKER} (offline worker) ${(br(readFileSync(join(dist, WORKER))) / 1024).toFixed(1)} KiB br`);
}
if (embedSize > EMBED_BUDGET * 1024) {
  console.error(`${EMBED} is over its ${EMBED_BUDGET} KiB budget`);
  process.exit(1);
}
// The fingerprints a host can compare against (index.html pins every other file with
// Subresource Integrity, so its own fingerprint vouches for the whole site).
console.log("SHA-384 (base64), as in the integrity attributes:");
for (const f of files) {
  console.log(`  ${f.padEnd(56)} sha384-${createHash("sha384").update(readFileSync(join(dist, f))).digest("base64")}`);
}
if (total > budget * 1024) {
  console.error(`first load is over the ${budget} KiB budget`);
  process.exit(1);
}
