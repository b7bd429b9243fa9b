// First-load size of the release site: index.html and every file it references (JS, wasm,
// CSS), each compressed with brotli at the highest quality, as a server would send them.
// Prints a table and fails when the total exceeds the budget.
//
//   node tools/size.mjs [dist] [budgetKiB=150]

import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants } from "node:zlib";

const dist = process.argv[2] ?? "dist";
const budget = Number(process.argv[3] ?? 150);
const html = readFileSync(join(dist, "index.html"), "utf8");

// index.html, plus each file in dist whose name the HTML mentions (Trunk hashes names; the
// JS glue loads the wasm named in the HTML's preload/import).
const files = ["index.html", ...readdirSync(dist).filter((f) => f !== "index.html" && html.includes(f))];
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
  console.error("no .wasm file referenced by index.html: is dist/ a Trunk build?");
  process.exit(1);
}
console.log(`  total ${(total / 1024).toFixed(1)} KiB (budget ${budget} KiB)`);
if (total > budget * 1024) {
  console.error(`first load is over the ${budget} KiB budget`);
  process.exit(1);
}
