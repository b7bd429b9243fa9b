// The whole flow with the keyboard alone: Tab, arrows, Space and Enter, no pointer.
import { test, expect } from "./fixtures.mjs";

async function tabUntil(page, predicate, max = 30, key = "Tab") {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    if (await page.evaluate(predicate)) return;
  }
  throw new Error("focus never reached the target");
}

for (const lang of ["ja", "easy", "en"]) test(`${lang}: keyboard only: start, three questions, check, result`, async ({ navi, page }) => {
  await navi.open(`lang=${lang}`);
  await expect(page.locator(".navi:not(.boot)")).toHaveAttribute("data-lang", lang);
  await tabUntil(page, () => document.activeElement?.dataset.action === "begin");
  await page.keyboard.press("Enter");
  await expect(navi.heading()).toBeFocused();
  await navi.expectAccessible("question 1 by keyboard");

  // Question 1: into the radio group, arrows choose 大学, then the year fields.
  await page.keyboard.press("Tab");
  await expect(page.locator("#school-jhs")).toBeFocused();
  await page.keyboard.press("Space");
  for (let i = 0; i < 4; i++) await page.keyboard.press("ArrowDown");
  await expect(page.locator("#school-univ")).toBeChecked();
  await page.keyboard.press("Tab");
  await expect(page.locator("#field-grad")).toBeFocused();
  await page.keyboard.type("2000");
  await page.keyboard.press("Enter");

  // Question 2
  await expect(page.locator("#work-regular")).toBeAttached();
  await expect(navi.heading()).toBeFocused();
  await page.keyboard.press("Tab");
  await page.keyboard.press("Space");
  await page.keyboard.press("ArrowDown");
  await expect(page.locator("#work-nonregular")).toBeChecked();
  await page.keyboard.press("Enter");

  // Question 3: type to filter, Enter chooses the single match.
  await expect(page.locator("#field-muni-filter")).toBeAttached();
  await page.keyboard.press("Tab");
  await expect(page.locator("#field-muni-filter")).toBeFocused();
  await page.keyboard.type("あまくさし");
  await expect(page.getByRole("radio")).toHaveCount(2); // 天草市, 上天草市 (かみあまくさし)
  await page.keyboard.press("Tab");
  await page.keyboard.press("Space");
  await expect(page.locator("input[name=muni]:checked")).toHaveCount(1);
  await page.keyboard.press("Enter");

  await expect(navi.action("see-result")).toBeVisible();
  await tabUntil(page, () => document.activeElement?.dataset.action === "see-result");
  await page.keyboard.press("Enter");
  await expect(navi.cohort()).toHaveAttribute("data-cohort", "yes");
  await expect(page.locator('.places [data-office="saposte-kumamoto"]')).toBeAttached();
  await expect(navi.heading()).toBeFocused();
  await navi.expectAccessible("result reached by keyboard");

  // From the heading, Tab reaches the summary's way to reach the first place first.
  await page.keyboard.press("Tab");
  await expect(page.locator("[data-summary] [data-office] a")).toBeFocused();
  // A step's reasons open with the keyboard.
  const why = page.locator(".steps .step").first().locator("> details > summary");
  await tabUntil(page, () => document.activeElement?.matches(".steps .step > details > summary"));
  await expect(why).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator(".steps .step").first().locator("> details")).toHaveAttribute("open", "");
  await expect(page.locator(".steps .step").first().locator(".findings")).toBeVisible();
  await navi.expectAccessible("keyboard flow with a step's reasons open");
  // The register switch works from the keyboard too, and keeps the screen and the focus.
  await tabUntil(page, () => document.activeElement?.dataset.setLang === "ja", 40, "Shift+Tab");
  await page.keyboard.press("Enter");
  await expect(page.locator(".navi:not(.boot)")).toHaveAttribute("data-lang", "ja");
  await expect(navi.cohort()).toHaveAttribute("data-cohort", "yes");
});
