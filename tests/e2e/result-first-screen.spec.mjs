// Answer first: on a 390×844 phone, the first screen of the result says what applies, what to do
// first, where to go and how to reach it; the whole result, details closed, is at most six
// screens tall in 日本語, six and a half in やさしい日本語 (readings, short sentences) and English
// (longer, and it keeps the Japanese names the person says at the counter). Measured in the real layout, for answer sets of every kind.
import { test, expect } from "./fixtures.mjs";

const SETS = [
  ["in the cohort, non-regular work", "grad=1998&school=univ&work=nonregular&muni=432024"],
  ["near the cohort, looking for work", "grad=2006&school=hs&work=seeking&muni=432067"],
  ["outside it, regular work", "grad=2015&school=univ&work=regular&muni=431001"],
  ["withdrawn", "grad=1999&school=hs&work=withdrawn&muni=432024"],
  ["answered for a family member", "for=family&grad=1999&school=hs&work=withdrawn&muni=431001"],
  ["not looking for work, birth year given", "grad=2004&school=hs&born=1986&work=notseeking&muni=435066"],
  // The tallest of the sweep's 1,350 (tools/sweep.mjs): its own ひきこもり station, the
  // prefecture's centre and the earthquake notice; in English at the budget's edge.
  ["the sweep's tallest", "grad=2004&school=univ&work=withdrawn&muni=432164"],
];

for (const lang of ["ja", "easy", "en"]) for (const [name, fragment] of SETS) {
  test(`${lang}: first screen and height: ${name}`, async ({ navi, page }, info) => {
    test.skip(info.project.name !== "phone", "the budget is for a 390×844 phone");
    await navi.open(`${fragment}&lang=${lang}`);
    const summary = navi.summary();
    const parts = {
      verdict: summary.locator("[data-cohort]"),
      "first step": summary.locator("[data-step]"),
      "first place": summary.locator("[data-office]"),
      "its link": summary.locator("[data-office] a"),
    };
    const viewport = page.viewportSize();
    for (const [part, locator] of Object.entries(parts)) {
      await expect(locator, part).toBeVisible();
      const box = await locator.boundingBox();
      expect(box.y + box.height, `${part} ends above the fold`).toBeLessThanOrEqual(viewport.height);
    }
    // The way to reach the first place: a tel: link where a phone is sourced, else its page.
    const href = await parts["its link"].getAttribute("href");
    expect(href).toMatch(/^(tel:0\d{9}|https:\/\/)/);
    // Every <details> closed (as they open): the whole result within six screens.
    expect(await page.locator(".screen-result details[open]").count()).toBe(0);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    const screens = lang === "ja" ? 6 : 6.5;
    expect(height, `${(height / viewport.height).toFixed(2)} screens`).toBeLessThanOrEqual(screens * viewport.height);
    await navi.expectAccessible(`result: ${name}`);
  });
}

test("the summary's button stays readable under a mouse pointer", async ({ navi, page }) => {
  // A link styled as a button: hovering must not turn its text the colour of its background.
  await navi.open("grad=2015&school=univ&work=regular&muni=431001");
  const link = navi.summary().locator("[data-office] a");
  await link.hover();
  const [color, background] = await link.evaluate((e) => [getComputedStyle(e).color, getComputedStyle(e).backgroundColor]);
  expect(color).toBe("rgb(255, 255, 255)");
  expect(background).not.toBe(color);
});
