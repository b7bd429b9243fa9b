// The printed slip: the result printed to an A4 PDF by Chromium, read back with poppler's
// pdfinfo and pdftotext. At most two pages, in the chosen register, with the dates, the
// answers, the first place's phone number, the checklist and the disclaimer; no button text.
import { test, expect } from "./fixtures.mjs";
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

// page.pdf() prints the page as it is; one project is enough.
test.beforeEach(({}, info) => test.skip(info.project.name !== "desktop", "printing does not depend on the screen"));

function readPdf(buffer) {
  const file = join(mkdtempSync(join(tmpdir(), "slip-")), "slip.pdf");
  writeFileSync(file, buffer);
  const pages = Number(execFileSync("pdfinfo", [file], { encoding: "utf8" }).match(/^Pages:\s+(\d+)/m)[1]);
  const text = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
  return { pages, text };
}

const CASES = [
  // A long result: two likely steps, Hello Work's phone first.
  { link: "grad=1998&school=univ&work=seeking&muni=432024", lang: "ja" },
  { link: "grad=2001&school=hs&work=withdrawn&muni=431001&for=family", lang: "easy" },
  { link: "grad=1995&school=univ&work=nonregular&muni=433641", lang: "en" },
];

for (const c of CASES) {
  test(`the slip fits two A4 pages and carries what the counter needs (${c.lang})`, async ({ navi, page }) => {
    await navi.open(`${c.link}&lang=${c.lang}`);
    await expect(page.locator(".screen-result")).toBeVisible();
    const tel = page.locator(".first-place .tel");
    const phone = (await tel.count()) ? (await tel.first().textContent()).match(/0\d{1,4}-\d{1,4}-\d{3,4}/)[0] : null;
    const rulesDate = await page.locator("[data-rules-date]").getAttribute("data-rules-date");
    const qr = await page.locator(".slip [data-qr]").getAttribute("data-qr");
    expect(qr).toMatch(/^https?:\/\//);
    await page.emulateMedia({ media: "print" });
    // What would look like a control is not on paper.
    for (const action of ["print", "share", "change-answers", "start-over"]) await expect(navi.action(action)).toBeHidden();
    await expect(page.locator(".slip-head")).toBeVisible();
    const { pages, text } = readPdf(await page.pdf({ format: "A4", printBackground: true }));
    const flat = text.replace(/\s+/g, "");
    expect(pages, "at most two A4 pages").toBeLessThanOrEqual(2);
    if (phone) expect(flat, "the first place's phone").toContain(phone);
    const [y, m, d] = rulesDate.split("-").map(Number);
    const written = c.lang === "en" ? `${d}${["January","February","March","April","May","June","July","August","September","October","November","December"][m - 1]}${y}` : `${y}年${m}月${d}日`;
    // やさしい日本語 prints readings over the kanji: pdftotext puts them on lines of their own,
    // so there the base text is checked piece by piece.
    if (c.lang === "easy") {
      for (const n of [y, m, d]) expect(flat).toContain(String(n));
    } else {
      expect(flat, "the rules date").toContain(written);
      const disclaimer = (await page.locator(".slip-disclaimer").innerText()).replace(/\s+/g, "");
      expect(flat, "the disclaimer").toContain(disclaimer.slice(0, 12));
    }
  });
}
