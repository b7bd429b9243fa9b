// First-load size of the release site: every file in dist/ (index.html, the start-up script,
// the JS glue, the wasm and the CSS are all loaded at start), each compressed with brotli at
// the highest quality, as a server would send them.
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

const files = ["index.html", ...readdirSync(dist).filter((f) => f !== "index.html").sort()];
for (const f of files.filter((f) => f !== "index.html" && !f.endsWith(".wasm"))) {
  if (!html.includes(f) && !files.some((g) => g.endsWith(".js") && readFileSync(join(dist, g), "utf8").includes(f))) {
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
