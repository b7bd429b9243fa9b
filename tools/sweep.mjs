// The README's sweep: every municipality × work situation × leaving year (1998, 2004), in each
// register, at 390×844 with every detail closed. Prints the result's height in screens (the
// budget: 6 in 日本語, 6.5 in やさしい日本語 and English) and whether the first screen holds
// the verdict, the first step and the whole first place (its button and the date under it), as
// tests/e2e/result-first-screen.spec.mjs measures them.
// Usage: node tools/sweep.mjs [base URL of a served dist] (default http://127.0.0.1:8090/);
// MUNIS=432164,431001 limits it to those municipalities, LANGS=en to those registers; VERBOSE=1
// lists every answer set over the budget.
import { readFileSync } from "node:fs";
import { chromium } from "../tests/e2e/node_modules/playwright/index.mjs";

const base = process.argv[2] ?? "http://127.0.0.1:8090/";
const munis = readFileSync(new URL("../assets/data/municipalities.csv", import.meta.url), "utf8")
  .split("\n").slice(1).map((l) => l.split(",")[0]).filter((c) => /^\d{6}$/.test(c))
  .filter((c) => !process.env.MUNIS || process.env.MUNIS.split(",").includes(c));
const works = ["regular", "nonregular", "seeking", "notseeking", "withdrawn"];
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium" });
const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
for (const lang of (process.env.LANGS ?? "ja,easy,en").split(",")) {
  const budget = lang === "ja" ? 6 : 6.5;
  let max = [0, ""], over = [], firstMissing = [];
  for (const muni of munis) for (const work of works) for (const grad of [1998, 2004]) {
    const fragment = `grad=${grad}&school=univ&work=${work}&muni=${muni}&lang=${lang}`;
    await page.goto("about:blank");
    await page.goto(`${base}#${fragment}`);
    await page.locator(".navi:not(.boot) .screen-result[data-complete] [data-summary] [data-office]").waitFor();
    const [screens, first] = await page.evaluate(() => {
      const inView = (sel) => { const e = document.querySelector(sel); return !!e && e.getBoundingClientRect().bottom <= innerHeight; };
      return [document.documentElement.scrollHeight / innerHeight,
        inView("[data-summary] [data-cohort]") && inView("[data-summary] [data-step]") && inView("[data-summary] [data-office]")];
    });
    if (screens > max[0]) max = [screens, fragment];
    if (screens > budget) over.push(`${screens.toFixed(2)} ${fragment}`);
    if (!first) firstMissing.push(fragment);
  }
  console.log(`${lang}: at most ${max[0].toFixed(2)} screens (${max[1]}); ${over.length} over ${budget}; first screen incomplete: ${firstMissing.length}${firstMissing.length ? " e.g. " + firstMissing[0] : ""}`);
  if (process.env.VERBOSE) for (const o of over) console.log("  over:", o);
}
await browser.close();
