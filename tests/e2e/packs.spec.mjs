// The register packs (src/pack): the words of every register arrive after start, in a file per
// register checked by its sha384. Every visit fetches all three, whatever the register, then
// closes the network; a register switch needs no network; a pack that fails or was altered
// leaves the widget working in 日本語, and without 日本語's the static screen says the widget
// could not be loaded.
import { test, expect, DIST } from "./fixtures.mjs";
import { readdirSync } from "node:fs";

const PACKS = readdirSync(DIST).filter((f) => /^text-(ja|easy|en)-[0-9a-f]{16}\.txt$/.test(f)).sort();
const FULL = "grad=1998&school=univ&work=seeking&muni=432024";

/** The files of dist/ the page requested, in order, by name. */
function requested(navi) {
  return navi.documents.at(-1).map((r) => new URL(r.url()).pathname.replace(/^\//, "") || "index.html");
}

test("every visit fetches the same files, all packs included, whatever the register", async ({ navi, page }) => {
  expect(PACKS).toHaveLength(3);
  const seen = {};
  for (const lang of ["ja", "easy", "en"]) {
    await navi.open(`${FULL}&lang=${lang}`);
    await expect(page.locator(".navi")).toHaveAttribute("data-lang", lang);
    seen[lang] = requested(navi).sort();
    for (const p of PACKS) expect(seen[lang], `${lang} fetched ${p}`).toContain(p);
  }
  expect(seen.easy).toEqual(seen.ja);
  expect(seen.en).toEqual(seen.ja);
});

test("after the packs the network is closed, and switching the register needs none", async ({ navi, page }) => {
  await navi.open(FULL);
  const before = requested(navi).length;
  await page.locator('[data-set-lang="en"]').click();
  await expect(navi.heading()).toHaveText("Your results");
  await expect(page.locator(".office-name").first()).toContainText(/[A-Za-z]/);
  await page.locator('[data-set-lang="easy"]').click();
  await expect(page.locator(".navi")).toHaveAttribute("data-lang", "easy");
  await expect(navi.heading().locator("ruby").first()).toBeAttached();
  expect(requested(navi).length, "no request after the packs").toBe(before);
  const refused = await page.evaluate(() => fetch(document.baseURI).then(() => "sent", () => "refused"));
  expect(refused).toBe("refused");
});

test("a pack that fails to arrive leaves the widget working in 日本語", async ({ navi, page }) => {
  await page.route("**/text-en-*.txt", (route) => route.abort());
  await page.goto(`/#${FULL}&lang=en`);
  await expect(page.locator(".navi:not(.boot)")).toHaveAttribute("data-lang", "ja");
  await expect(navi.heading()).toHaveText("あなたへのご案内");
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveCount(2);
  // やさしい日本語 arrived: it works; English stays unavailable, the page in 日本語.
  await page.locator('[data-set-lang="easy"]').click();
  await expect(page.locator(".navi")).toHaveAttribute("data-lang", "easy");
  await page.locator('[data-set-lang="en"]').click();
  await expect(page.locator(".navi")).toHaveAttribute("data-lang", "ja");
  await expect(navi.heading()).toHaveText("あなたへのご案内");
});

test("without its 日本語 pack the widget does not start: the static screen says it could not load", async ({ page }) => {
  await page.route("**/text-ja-*.txt", (route) => route.abort());
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("data-boot-failed", "");
  const screen = page.locator('.boot[data-boot-lang="ja"]');
  await expect(screen.locator(".boot-failed")).toBeVisible();
  await expect(screen.locator('[data-action="begin"]')).toBeHidden();
  // The widget never took the static screen's place, and the network is closed all the same.
  await expect(page.locator(".navi:not(.boot)")).toHaveCount(0);
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveCount(2);
});

test("an altered pack is refused by its integrity, and its register is not shown", async ({ navi, page }) => {
  await page.route("**/text-easy-*.txt", async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace("くまもと", "にせもの");
    await route.fulfill({ response, body });
  });
  await page.goto(`/#lang=easy`);
  await expect(page.locator(".navi:not(.boot)")).toHaveAttribute("data-lang", "ja");
  await expect(page.locator("body")).not.toContainText("にせもの");
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveCount(2);
});
