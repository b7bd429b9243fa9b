// The three registers: 日本語, やさしい日本語 (a reading on every kanji) and English, on every
// screen, with the same verdicts and places in each, and the two text rules checked on the DOM.
import { test, expect, SPEECH_STUB } from "./fixtures.mjs";

const LANGS = ["ja", "easy", "en"];
const TAG = { ja: "ja", easy: "ja", en: "en" };

/** Opens every closed <details> of the screen, so their text is checked too. */
async function openAllDetails(page) {
  await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
}

async function expectRules(navi, lang, label) {
  expect(await navi.textRuleBreaks(lang), `text rules of ${lang} on ${label}`).toEqual([]);
  await navi.expectAccessible(`${label} in ${lang}`);
  // Every control and heading is named by its visible base text, once: readings are not
  // read twice, and voice control finds a button by what it shows (WCAG 2.5.3).
  const page = navi.page;
  const named = await page.evaluate(() =>
    [...document.querySelectorAll("button, a[href], h1, h2")].filter((e) => e.checkVisibility()).map((e) => {
      const c = e.cloneNode(true);
      c.querySelectorAll("rt, rp").forEach((x) => x.remove());
      return { role: e.matches("button") ? "button" : e.matches("a") ? "link" : "heading", name: c.textContent.replace(/\s+/g, " ").trim() };
    }),
  );
  // (Chromium puts a space around each <ruby> in the name: spaces are not compared.)
  const loose = (s) => new RegExp("^\\s*" + [...s.replace(/\s/g, "")].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("\\s*") + "\\s*$");
  const distinct = [...new Map(named.filter((n) => n.name).map((n) => [`${n.role}|${n.name}`, n])).values()];
  for (const { role, name } of distinct) {
    expect(await page.getByRole(role, { name: loose(name) }).count(), `${role} named "${name}" on ${label} in ${lang}`).toBeGreaterThan(0);
  }
}

for (const lang of LANGS) {
  test(`${lang}: the whole flow, every screen passes the text rules and axe`, async ({ navi, page }) => {
    // The easy result with every detail open has hundreds of named controls to look up.
    test.setTimeout(240_000);
    await navi.open();
    await navi.setLang(lang);
    await expect(page.locator("html")).toHaveAttribute("lang", TAG[lang]);
    await expect(page.locator(".navi:not(.boot)")).toHaveAttribute("lang", TAG[lang]);
    await expect(page.locator(`[data-set-lang="${lang}"]`)).toHaveAttribute("aria-pressed", "true");
    await expectRules(navi, lang, "start");
    const startTitle = await page.title();
    await navi.begin();
    await expect(navi.heading()).toBeFocused();
    expect(await page.title(), "the title names the screen").not.toBe(startTitle);
    await navi.next();
    await expect(page.locator(".error-message")).toHaveCount(2);
    await expectRules(navi, lang, "question 1 with errors");
    await navi.answerSchooling({ school: "hs", grad: "平成11年" });
    await expectRules(navi, lang, "question 2");
    await navi.answerWork("nonregular");
    await page.locator("#field-muni-filter").fill("八代");
    await expectRules(navi, lang, "question 3 filtered");
    await navi.answerMunicipality("八代市");
    await expectRules(navi, lang, "check");
    await navi.seeResult();
    await expect(navi.cohort()).toHaveAttribute("data-cohort", "yes");
    await expect(navi.summary().locator("[data-office]")).toHaveAttribute("data-kind", "hellowork");
    await expectRules(navi, lang, "result");
    await openAllDetails(page);
    await expectRules(navi, lang, "result with every detail open");
    // The data review page is a static page of its own; #review&lang= leads to it.
    await page.goto(`/#review&lang=${lang}`);
    await expect(page.locator("[data-review-office]").first()).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", TAG[lang]);
    await expectRules(navi, lang, "review");
    await page.goto(`/#privacy&lang=${lang}`);
    await expect(page.locator(".screen-privacy")).toBeVisible();
    await expect(page.locator(".navi:not(.boot)")).toHaveAttribute("data-lang", lang);
    await expectRules(navi, lang, "privacy");
    expect(navi.unexpectedRequests()).toEqual([]);
  });
}

const SETS = [
  "grad=1998&school=univ&work=nonregular&muni=432024",
  "grad=1991&school=hs&work=seeking&muni=431001&born=1973",
  "grad=2012&school=univ&work=notseeking&muni=434337",
  "grad=1996&school=hs&work=withdrawn&muni=432164&for=family",
  "grad=2003&school=voc&work=regular&muni=435121",
];

test("#…&lang=easy and #…&lang=en give the same verdicts and places as Japanese", async ({ navi, page }) => {
  const seen = async () =>
    page.evaluate(() => ({
      cohort: document.querySelector("[data-cohort]")?.dataset.cohort,
      programmes: [...document.querySelectorAll("[data-programme]")].map((e) => `${e.dataset.programme}:${e.dataset.verdict}`),
      offices: [...document.querySelectorAll("[data-office]")].map((e) => e.dataset.office),
    }));
  for (const set of SETS) {
    const got = {};
    for (const lang of LANGS) {
      await navi.open(`${set}&lang=${lang}`);
      await expect(navi.cohort()).toBeVisible();
      await expect(page.locator(".navi:not(.boot)")).toHaveAttribute("data-lang", lang);
      got[lang] = await seen();
    }
    expect(got.easy, set).toEqual(got.ja);
    expect(got.en, set).toEqual(got.ja);
  }
});

test("switching on the result keeps the answers and the screen, and an English share link opens in English", async ({ navi, page }) => {
  await navi.open("grad=1998&school=univ&work=nonregular&muni=432024");
  const before = await page.locator("[data-verdict]").evaluateAll((es) => es.map((e) => e.dataset.verdict));
  await navi.setLang("en");
  await expect(navi.cohort()).toHaveAttribute("data-cohort", "yes");
  expect(await page.locator("[data-verdict]").evaluateAll((es) => es.map((e) => e.dataset.verdict))).toEqual(before);
  await expect(navi.heading()).toContainText(/[A-Za-z]/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await navi.action("share").click();
  const link = await page.locator("#share-link").inputValue();
  expect(link).toContain("lang=en");
  await navi.setLang("easy");
  await expect(page.locator("html")).toHaveAttribute("lang", "ja");
  await expect(navi.heading().locator("ruby rt").first()).not.toBeEmpty();
  await page.goto(link);
  await expect(page.locator(".navi:not(.boot)")).toHaveAttribute("data-lang", "en");
  await expect(navi.cohort()).toHaveAttribute("data-cohort", "yes");
});

test("the apology after a panic speaks the chosen register", async ({ page }) => {
  await page.goto("/#panic-test&lang=en");
  const apology = page.locator(".apology");
  await expect(apology).toBeVisible();
  await expect(apology.locator("h1")).toContainText(/[A-Za-z]/);
  await page.goto("about:blank");
  await page.goto("/#panic-test&lang=easy");
  await expect(page.locator(".apology h1 ruby rt").first()).not.toBeEmpty();
});

test("read aloud uses only the on-device voice, reads base text a sentence at a time, and stops on a new screen", async ({ navi, page }) => {
  await page.addInitScript(SPEECH_STUB);
  await navi.open("grad=1998&school=univ&work=nonregular&muni=432024&lang=easy");
  const button = page.locator("[data-read-aloud]");
  await button.click();
  const spoken = await page.evaluate(() => window.__spoken);
  expect(spoken.length).toBeGreaterThan(1);
  for (const u of spoken) {
    expect(u.voice).toBe("Kyoko");
    expect(u.lang).toBe("ja-JP");
    expect(u.text.match(/[。.!?！？]/g)?.length ?? 0).toBeLessThanOrEqual(1);
  }
  const all = spoken.map((u) => u.text).join("");
  // The base text, once: 「就職氷河期世代」 is read as written, not followed by its reading.
  expect(all).toContain("就職氷河期世代");
  expect(all).not.toContain("しゅうしょくひょうがきせだい");
  await expect(button).toHaveAttribute("aria-pressed", "true");
  const cancelledBefore = await page.evaluate(() => window.__cancelled);
  await navi.action("change-answers").click();
  await expect(navi.heading()).toBeFocused();
  expect(await page.evaluate(() => window.__cancelled)).toBeGreaterThan(cancelledBefore);
  // No English voice on the device: no control in English.
  await navi.setLang("en");
  await expect(button).toHaveCount(0);
});

test("with only a cloud voice there is no read-aloud control", async ({ navi, page }) => {
  await page.addInitScript(() => {
    const synth = new EventTarget();
    Object.assign(synth, { getVoices: () => [{ name: "Google 日本語", lang: "ja-JP", localService: false, default: true }], speak() {}, cancel() {}, speaking: false, pending: false });
    Object.defineProperty(window, "speechSynthesis", { value: synth });
  });
  await navi.open();
  await expect(navi.heading()).toBeVisible();
  await expect(page.locator("[data-read-aloud]")).toHaveCount(0);
});
