// The start screen in index.html (issue 11): it is there before any script runs, in the three
// registers, from the same texts as the widget; the widget takes its place without moving
// anything; what a person does on it before the widget starts is carried over; and an address
// that opens another screen never shows it.
import { test, expect } from "./fixtures.mjs";

/** Holds the wasm download until `release()`, so the static screen can be looked at. */
async function holdWasm(page) {
  let release;
  const held = new Promise((r) => (release = r));
  await page.route(/_bg\.wasm$/, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/** The widget has replaced the static screens. */
const started = (page) => expect(page.locator(".navi:not(.boot)")).toBeVisible();

/** Where the parts of the start screen are, and what they say. */
function layout(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll(".navi-header, h1, .lead, .privacy-promise, legend, .hint, .radio, .button-start, .navi-footer p, .footer-links a, .lang-choice")]
      .filter((e) => e.getClientRects().length > 0)
      .map((e) => {
        const r = e.getBoundingClientRect();
        return `${e.tagName}.${e.className} ${r.x},${r.y} ${r.width}×${r.height} ${e.textContent}`;
      }),
  );
}

for (const lang of ["ja", "easy", "en"]) {
  test(`the ${lang} start screen is in index.html, and the widget takes its place without a shift`, async ({ navi, page }) => {
    const release = await holdWasm(page);
    await page.addInitScript(() => {
      window.__shift = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__shift += e.value;
      }).observe({ type: "layout-shift", buffered: true });
    });
    await page.goto(`/#lang=${lang}`);
    const boot = page.locator(`.boot[data-boot-lang="${lang}"]`);
    await expect(boot.locator("h1")).toBeVisible();
    await expect(page.locator(".boot:visible")).toHaveCount(1);
    const before = await layout(page);
    await navi.expectAccessible(`the static ${lang} start screen`);
    release();
    await started(page);
    await expect(page.locator(".navi:not(.boot)")).toHaveAttribute("data-lang", lang);
    expect(await layout(page)).toEqual(before);
    expect(await page.evaluate(() => window.__shift)).toBe(0);
  });
}

test("index.html holds the start screen of every register before any script runs, in the widget's own words", async ({ browser, baseURL, navi, page }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const still = await context.newPage();
  await still.goto("/");
  // Without script: the Japanese screen, and the note that the widget needs JavaScript.
  await expect(still.getByRole("heading", { level: 1 })).toHaveText("あなたに合う支援と相談先を探しましょう");
  await expect(still.locator("noscript")).toHaveCount(1);
  for (const lang of ["ja", "easy", "en"]) {
    const block = still.locator(`.boot[data-boot-lang="${lang}"]`);
    await navi.open(`lang=${lang}`);
    for (const part of ["h1", ".lead", ".privacy-promise", "legend", ".radios", ".button-start", ".navi-footer"]) {
      expect(await block.locator(part).textContent(), `${lang} ${part}`).toBe(await page.locator(`.navi ${part}`).textContent());
    }
  }
  await context.close();
});

test("pressed before the widget started: the register, the person and はじめる carry over", async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto("/");
  await page.locator('.boot [data-set-lang="easy"]:visible').click();
  await expect(page.locator('.boot[data-boot-lang="easy"]')).toBeVisible();
  await expect(page.locator('.boot [data-set-lang="easy"]:visible')).toBeFocused();
  await page.locator('.boot[data-boot-lang="easy"] label[for="who-family-easy"]').click();
  const begin = page.locator('.boot[data-boot-lang="easy"] [data-action="begin"]');
  await begin.click();
  // Taken, and visibly waiting.
  await expect(begin).toHaveAttribute("aria-busy", "true");
  release();
  await started(page);
  await expect(page.locator(".navi:not(.boot)")).toHaveAttribute("data-lang", "easy");
  await expect(page.locator("#screen-heading")).toBeFocused();
  // The first question, about the person the answers are for (本人).
  await expect(page.locator("#screen-heading")).toContainText("本人");
  await expect(page.locator("#field-grad")).toBeVisible();
  // Back goes to the start screen, as after a press in the widget.
  await page.goBack();
  await expect(page.locator('[data-action="begin"]')).toBeVisible();
  await expect(page.locator("#who-family")).toBeChecked();
});

test("keyboard focus on the static screen stays on the same control when the widget starts", async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto("/");
  await page.locator('.boot[data-boot-lang="ja"] #who-self-ja').focus();
  await page.keyboard.press("ArrowDown"); // the second radio: family
  await expect(page.locator("#who-family-ja")).toBeFocused();
  release();
  await started(page);
  await expect(page.locator("#who-family")).toBeFocused();
  await expect(page.locator("#who-family")).toBeChecked();
  await page.keyboard.press("Tab");
  await expect(page.locator('[data-action="begin"]')).toBeFocused();
});

test("an address that opens another screen shows no start screen while loading", async ({ browser, baseURL }) => {
  for (const address of [
    "/#grad=1999&school=hs&work=seeking&muni=432024",
    "/?mode=kiosk",
    "/?for=family",
    "/#review",
    "/?lang=zz",
    "/?lang=easy#lang=en",
  ]) {
    // A context each: a kiosk's worker would serve the next pages (the route cannot hold it).
    const context = await browser.newContext({ baseURL });
    const page = await context.newPage();
    await holdWasm(page);
    await page.goto(address);
    await expect(page.locator("#app > .loading"), address).toBeVisible();
    await expect(page.locator(".boot:visible"), address).toHaveCount(0);
    await context.close();
  }
  // A host's register preset: that register's screen at once.
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await holdWasm(page);
  await page.goto("/?lang=en&muni=432024");
  await expect(page.locator('.boot[data-boot-lang="en"] h1')).toBeVisible();
  await context.close();
});

test("when the widget cannot be loaded, the page says so in the register shown, and offers no dead button", async ({ browser, baseURL }) => {
  for (const [address, lang, words] of [
    // A reading is an <rt> right after its word (no <rp>): the text runs word, reading.
    ["/#lang=easy", "easy", "ナビを開ひらけませんでした"],
    ["/?lang=en", "en", "The guide could not be loaded"],
    ["/#grad=1999&school=hs&work=seeking&muni=432024", null, "ナビを読み込めませんでした"],
  ]) {
    const context = await browser.newContext({ baseURL });
    const page = await context.newPage();
    await page.route(/_bg\.wasm$/, (route) => route.abort());
    await page.goto(address);
    await expect(page.locator("html")).toHaveAttribute("data-boot-failed", "");
    const alert = page.getByRole("alert");
    await expect(alert).toHaveCount(1);
    await expect(alert).toContainText(words);
    if (lang) {
      await expect(page.locator(`.boot[data-boot-lang="${lang}"] h1`)).toBeVisible();
      await expect(page.locator('[data-action="begin"]:visible')).toHaveCount(0);
    } else {
      await expect(page.locator("#app > .loading")).toBeHidden();
    }
    await context.close();
  }
});
