// What a person sees, as HTML: the widget's DOM on every screen and for many answers, in each
// register, phone and kiosk, written one file per state into OUT. Run it on two builds and diff
// the folders: a change meant to keep every word and element (a refactor) shows no difference.
//
//   node tools/dom-snapshot.mjs <dist> <out-dir> [port]
import { chromium } from "../tests/e2e/node_modules/playwright/index.mjs";
import { spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";

const [dist, out, port = "8191"] = process.argv.slice(2);
mkdirSync(out, { recursive: true });
const server = spawn("node", ["tools/serve.mjs", dist, port], { stdio: "ignore" });
await new Promise((r) => setTimeout(r, 700));
const base = `http://127.0.0.1:${port}/`;
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
const page = await browser.newPage({ viewport: { width: 390, height: 844 }, locale: "ja-JP", timezoneId: "Asia/Tokyo" });
const errors = [];
page.on("pageerror", (e) => errors.push(String(e)));

async function settle() {
  await page.locator("#screen-heading").waitFor();
  await page.waitForFunction(() => document.querySelectorAll('meta[http-equiv="Content-Security-Policy"]').length === 2);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  // A result's first screen is painted before the rest is built.
  await page.waitForFunction(() => !document.querySelector(".screen-result:not([data-complete])"));
}

async function dump(name) {
  // Open every detail so that what is one tap away is in the file too (a detail's body is built
  // when it opens, and may hold details of its own).
  while (await page.evaluate(() => {
    const closed = document.querySelectorAll(".navi:not(.boot) details:not([open])");
    for (const d of closed) d.open = true;
    return closed.length;
  })) await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const html = await page.evaluate(() => {
    const app = document.querySelector(".navi:not(.boot)") ?? document.body;
    return `<title>${document.title}</title>\n` + app.outerHTML.replace(/></g, ">\n<");
  });
  writeFileSync(`${out}/${name}.html`, html);
}

const munis = ["431001", "432024", "432032", "432059", "432105", "434043", "435121", "435317", "436046", "433641", "434442", "431010"];
const works = ["regular", "nonregular", "seeking", "notseeking", "withdrawn"];
let n = 0;
for (const lang of ["ja", "easy", "en"]) {
  for (const mode of ["", "mode=kiosk&site=https%3A%2F%2Fnavi.example.lg.jp%2F"]) {
    await page.goto(`${base}?${mode}#lang=${lang}`);
    await settle();
    await dump(`${lang}-${mode ? "kiosk" : "phone"}-start`);
    // The questions, and the check screen, by the widget's own controls.
    await page.locator('[data-action="begin"]').click();
    await page.locator("#field-grad").waitFor();
    await dump(`${lang}-${mode ? "kiosk" : "phone"}-q1`);
    await page.locator('[data-action="next"]').click();
    await dump(`${lang}-${mode ? "kiosk" : "phone"}-q1-errors`);
    for (const [i, muni] of munis.entries()) {
      for (const [j, work] of works.entries()) {
        const grad = [1985, 1991, 1998, 2004, 2006, 2015][(i + j) % 6];
        const school = ["jhs", "hs", "voc", "jc", "univ", "grad"][(i * 5 + j) % 6];
        const born = (i + j) % 3 === 0 ? `&born=${grad - 22}` : "";
        const asof = ["", "&asof=2024-06-01", "&asof=2021-01-15", "&asof=2019-04-01"][(i + 2 * j) % 4];
        const who = (i + j) % 4 === 1 ? "&for=family" : "";
        const frag = `grad=${grad}&school=${school}${born}&work=${work}&muni=${muni}${asof}${who}&lang=${lang}`;
        await page.goto(`${base}?${mode}#${frag}`);
        await page.reload();
        await settle();
        await dump(`${lang}-${mode ? "kiosk" : "phone"}-${muni}-${work}-${grad}${born ? "b" : ""}${asof.slice(6)}${who ? "-family" : ""}`);
        n++;
      }
    }
  }
  // Hostile fragments: the notices.
  await page.goto(`${base}#grad=19x&school=zz&born=1&work=?&muni=999999&asof=2025-13-01&lang=${lang}&for=x`);
  await page.reload();
  await settle();
  await dump(`${lang}-notices`);
}
console.log(`${n} results, errors: ${errors.length ? errors.join("\n") : "none"}`);
await browser.close();
server.kill();
