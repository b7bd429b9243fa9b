// Screenshots of every screen, for a person to look at (`make screenshots`). Not run by
// `make test`: it asserts nothing beyond reaching each screen.
import { test, expect } from "./fixtures.mjs";

const shot = (page, testInfo, name) =>
  page.screenshot({ path: `screenshots/${testInfo.project.name}-${name}.png`, fullPage: true });

test("every screen", async ({ navi, page }, testInfo) => {
  await navi.open();
  await shot(page, testInfo, "1-start");
  await page.getByRole("button", { name: "はじめる" }).click();
  await shot(page, testInfo, "2-schooling");
  await navi.next();
  await shot(page, testInfo, "3-schooling-errors");
  await navi.answerSchooling({ school: "univ", grad: "平成10年" });
  await shot(page, testInfo, "4-work");
  await navi.answerWork("notseeking");
  await shot(page, testInfo, "5-municipality");
  await page.getByLabel("市町村名で絞り込む").fill("くま");
  // Choose before the full-page capture: Chromium's capture leaves a stale scroll position
  // that makes the next click land beside its target (seen only after screenshots).
  await page.getByRole("radio", { name: "球磨村", exact: true }).check();
  await shot(page, testInfo, "6-municipality-filtered");
  await navi.next();
  await shot(page, testInfo, "7-check");
  await page.getByRole("button", { name: "結果を見る" }).click();
  await navi.complete();
  await expect(navi.cohort()).toBeVisible();
  await shot(page, testInfo, "8-result-yes");
  await navi.open("grad=2006&school=hs&work=nonregular&muni=432067");
  await shot(page, testInfo, "9-result-near-tamana");
  await navi.open("grad=2015&school=univ&work=regular&muni=431001&asof=2025-03-31");
  await shot(page, testInfo, "10-result-no-before-widening");
  await navi.open("grad=1998&school=univ&work=boss&muni=999999");
  await shot(page, testInfo, "11-bad-link-notice");
});

// Three contrasting results (issue 3), with the "unlikely" programmes expanded.
const contrasting = [
  ["12-40-not-seeking", "grad=2004&school=hs&born=1986&work=notseeking&muni=432024"],
  ["13-50-nonregular", "grad=1998&school=univ&born=1976&work=nonregular&muni=432067"],
  ["14-withdrawn-kumamoto-family", "for=family&grad=1999&school=hs&work=withdrawn&muni=431001"],
];
for (const [name, fragment] of contrasting) {
  test(`result ${name}`, async ({ navi, page }, testInfo) => {
    await navi.open(fragment);
    await shot(page, testInfo, `${name}-closed`);
    await page.evaluate(() => document.querySelectorAll(".screen-result details").forEach((d) => (d.open = true)));
    await shot(page, testInfo, `${name}-open`);
  });
}

test("office cards and the data review page", async ({ navi, page }, testInfo) => {
  await navi.open("grad=1999&school=hs&work=withdrawn&muni=432164");
  await page.locator(".places").screenshot({ path: `screenshots/${testInfo.project.name}-15-offices-koshi.png` });
  await page.locator(".not-alone").screenshot({ path: `screenshots/${testInfo.project.name}-16-not-alone.png` });
  // The data review and privacy pages are static pages beside the widget: #review leads there.
  await page.goto("/#review");
  await expect(page.locator("[data-review-office]").first()).toBeVisible();
  await shot(page, testInfo, "17-review");
});

test("privacy page, share link and the apology", async ({ navi, page }, testInfo) => {
  await page.goto("/#privacy");
  await expect(page.locator(".screen-privacy")).toBeVisible();
  await shot(page, testInfo, "18-privacy");
  await navi.open("grad=1998&school=univ&work=seeking&muni=432024");
  await page.getByRole("button", { name: "この結果へのリンクを作る" }).click();
  await page.locator(".share").screenshot({ path: `screenshots/${testInfo.project.name}-19-share.png` });
  await page.locator(".navi-footer").screenshot({ path: `screenshots/${testInfo.project.name}-20-footer.png` });
  await page.goto("about:blank"); // a new document: a fragment change alone does not reload
  await page.goto("/#panic-test");
  await page.getByRole("alert").waitFor();
  await shot(page, testInfo, "21-apology");
  navi.pageErrors.length = 0;
});
