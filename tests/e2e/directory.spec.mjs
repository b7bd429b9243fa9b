// Where to go: every municipality's doors, distances from the town hall or (when asked) the
// device, phone and map links, the "not alone" chart, and the data review page.
import { test, expect } from "./fixtures.mjs";
import { readFileSync } from "node:fs";

// Transcribed from the fact sheet files, independent of the data the widget is built from.
const table = readFileSync(new URL("../data/doors_by_municipality.csv", import.meta.url), "utf8")
  .split("\n")
  .filter((l) => l && !l.startsWith("#") && !l.startsWith("code,"))
  .map((l) => l.split(","));

test("each of the 45 municipalities shows its Saposte, its own Hello Work first, its self-reliance window's phone, its hikikomori centre, and the earthquake notice where it applies", async ({ navi, page }) => {
  test.slow();
  await navi.open("grad=1999&school=hs&work=withdrawn&muni=431001");
  for (const [code, name, saposte, hellowork, phone, earthquake] of table) {
    await page.evaluate((c) => (location.hash = `grad=1999&school=hs&work=withdrawn&muni=${c}`), code);
    // Wait for this municipality's render before looking: the last one may share offices.
    await navi.resultFor(code);
    const places = page.locator(".places");
    await expect(places.locator(`[data-office="${saposte}"]`), name).toHaveCount(1);
    await expect(places.locator('[data-office^="hellowork-"]').first(), name).toHaveAttribute("data-office", hellowork);
    await expect(places.locator('[data-office^="hellowork-"]'), name).toHaveCount(code === "431001" ? 3 : 1);
    const window = places.locator(`[data-office="self-reliance-${code}"]`);
    await expect(window.locator(`a[href="tel:${phone.replaceAll("-", "")}"]`), name).toHaveText(phone);
    const centre = code === "431001" ? "hikikomori-link" : "hikikomori-yurukoko";
    await expect(places.locator(`[data-office="${centre}"]`), name).toHaveCount(1);
    await expect(page.locator('[data-notice="r8-kumamoto-earthquake"]'), name).toHaveCount(earthquake === "yes" ? 1 : 0);
    await expect(page.locator("[data-notice]"), name).toHaveCount(earthquake === "yes" ? 1 : 0);
  }
});

test("熊本市: ハローワーク熊本 first, and 植木町 and 富合町・城南町 with the offices that serve them", async ({ navi, page }) => {
  await navi.open("grad=1999&school=hs&work=seeking&muni=431001");
  const hw = page.locator('.places [data-office^="hellowork-"]');
  await expect(hw).toHaveCount(3);
  await expect(hw.nth(0)).toHaveAttribute("data-office", "hellowork-kumamoto");
  const kumamoto = hw.nth(0);
  await expect(kumamoto.locator(".office-name")).toHaveText("ハローワーク熊本");
  await expect(kumamoto.locator('[data-part-office="hellowork-kikuchi"]')).toHaveText("北区植木町は、ハローワーク菊池の担当です。");
  await expect(kumamoto.locator('[data-part-office="hellowork-uki"]')).toHaveText("南区富合町・城南町は、ハローワーク宇城の担当です。");
  // The area served with the date of that information, said once; no contact from memory.
  await expect(kumamoto.locator(".office-serves")).toHaveText("熊本市");
  await expect(kumamoto.locator(".old-info[data-area-dated]")).toHaveText("担当地域：熊本市担当地域は2022年12月の情報です。その後、変わっているかもしれません。");
  await expect(kumamoto.locator(".old-info[data-area-dated]")).toHaveAttribute("data-area-dated", "2022-12-11");
  await expect(kumamoto).toContainText("住所と受付時間は、このナビではまだ確かめられていません。");
  await expect(kumamoto.locator('a[href="tel:0963718609"]')).toHaveText("096-371-8609");
  await expect(kumamoto.getByRole("link", { name: /熊本労働局のページで、いまの連絡先を確かめる/ })).toHaveAttribute("href", "https://jsite.mhlw.go.jp/kumamoto-roudoukyoku/");
  const kikuchi = page.locator('.places [data-office="hellowork-kikuchi"]');
  await expect(kikuchi.locator(".office-part")).toHaveText("熊本市では、北区植木町だけを担当しています。");
  await expect(kikuchi.locator(".office-serves")).toContainText("山鹿市、菊池市、合志市、大津町、菊陽町、熊本市北区植木町");
  // The person is asked nothing more: the first step's place is ハローワーク熊本.
  await expect(page.locator("[data-summary] [data-office]")).toHaveAttribute("data-office", "hellowork-kumamoto");
  // The earthquake notice: calm, with the prefecture's page and its sources.
  const notice = page.locator('[data-notice="r8-kumamoto-earthquake"]');
  await expect(notice).toHaveAttribute("role", "note");
  await expect(notice).toContainText("窓口の場所や受付時間が変わっていることがあります");
  await expect(notice.getByRole("link", { name: /地震についての熊本県のページ/ })).toHaveAttribute("href", "https://www.pref.kumamoto.jp/soshiki/27/274494.html");
  await notice.locator(".source-note summary").click();
  await expect(notice.locator('li[data-source="r8-earthquake-cao"]')).toContainText("2026年7月28日");
  await navi.expectAccessible("熊本市's result with the earthquake notice");
});

test("a town's self-reliance window: its address, its phone to call, and what a 社会福祉協議会 is", async ({ navi, page }) => {
  await navi.open("grad=1999&school=hs&work=notseeking&muni=434329&lang=easy");
  // 西原村: the 上益城 branch of ハローワーク熊本, and the notice.
  await expect(page.locator('.places [data-office^="hellowork-"]')).toHaveCount(1);
  await expect(page.locator('.places [data-office^="hellowork-"]')).toHaveAttribute("data-office", "hellowork-kamimashiki");
  const window = page.locator('[data-office="self-reliance-434329"]');
  await expect(window.locator('a[href="tel:0962738383"]')).toHaveText("096-273-8383");
  await expect(window.locator("ruby").first()).toBeVisible();
  await expect(page.locator('[data-notice="r8-kumamoto-earthquake"] ruby').first()).toBeVisible();
  await navi.open("grad=1999&school=hs&work=notseeking&muni=434825&lang=ja");
  const council = page.locator('[data-office="self-reliance-434825"]');
  await expect(council.locator(".office-name")).toHaveText("芦北町社会福祉協議会");
  await expect(council).toContainText("葦北郡芦北町湯浦1439-1");
  await expect(council.locator(".office-council")).toHaveText("社協（社会福祉協議会）は、市役所や役場とは別の、地域の暮らしを支える民間の団体です。");
  await council.locator(".source-note summary").click();
  await expect(council.locator(".source-note li[data-source='pref-seikatsu-soudan']")).toContainText("2026年7月27日");
  await expect(page.locator('.places [data-office="hellowork-minamata"]')).toHaveCount(1);
  await navi.expectAccessible("a town's self-reliance window");
});

test("phone numbers are tel: links and the map link carries only the office's address", async ({ navi, page }) => {
  await navi.open("grad=1999&school=hs&work=seeking&muni=432067");
  const card = page.locator('.places [data-office="saposte-tamana"]');
  await expect(card.locator('a[href="tel:0968740007"]')).toHaveText("0968-74-0007");
  await expect(page.locator(".places [data-office] .tag")).toHaveCount(0);
  const map = card.getByRole("link", { name: /地図で見る/ });
  const href = await map.getAttribute("href");
  const url = new URL(href);
  expect(url.origin + url.pathname).toBe("https://www.google.com/maps/search/");
  expect([...url.searchParams.keys()]).toEqual(["api", "query"]);
  expect(url.searchParams.get("query")).toBe("〒865-0064 熊本県玉名市中48-4");
  await expect(map).toHaveAttribute("rel", "noopener noreferrer");
  // The distance on the card; where it is measured from, once, in the places' lead: the
  // town hall by name, and the same hall where to ask when a number is old.
  await expect(card.locator(".distance")).toHaveText(/^距離：約\d+km$/);
  await expect(page.locator(".places > p").first()).toHaveText("向いている順に並べています。距離は、玉名市役所からの直線距離です。");
  // Old details say how old they are, once per card.
  await expect(card.locator(".old-info")).toHaveCount(1);
  await expect(card.locator(".old-info")).toHaveText("2019年10月の情報です。つながらないときは、玉名市役所でお尋ねください。");
  // Its sources: one short line that opens to the list, each with its date.
  const sources = card.locator(".source-note");
  await expect(sources.locator("summary")).toHaveText("情報のもと（3件）");
  // Built when opened: closed, the list is not in the page (nor in a screen reader's way).
  await expect(sources.locator("li")).toHaveCount(0);
  await sources.locator("summary").click();
  await expect(sources.locator("li")).toHaveCount(3);
  await expect(sources.locator('li[data-source="seed-pf-2019"]')).toContainText("2019年");
  await navi.expectAccessible("an office's sources open");
});

test("an office with no sourced contact says so and offers the page to find it", async ({ navi, page }) => {
  await navi.open("grad=1999&school=hs&work=notseeking&muni=432024");
  const card = page.locator('.places [data-office="saposte-yatsushiro"]');
  await expect(card).toContainText("住所と電話番号は、このナビではまだ確かめられていません。");
  await expect(card.getByRole("link", { name: /熊本労働局のページで連絡先を探す/ })).toHaveAttribute("href", "https://jsite.mhlw.go.jp/kumamoto-roudoukyoku/");
  await expect(card.locator('a[href^="tel:"]')).toHaveCount(0);
});

test.describe("use my location", () => {
  // Next to the Tamana Saposte; granted, fixed, never sent.
  test.use({ geolocation: { latitude: 32.9262, longitude: 130.5466 }, permissions: ["geolocation"] });

  test("reorders by distance from the device, on the device", async ({ navi, page }) => {
    await navi.open("grad=1999&school=hs&work=seeking&muni=432024");
    const elsewhere = page.locator(".elsewhere [data-office]");
    await expect(elsewhere.first()).toHaveAttribute("data-office", "saposte-tamana");
    await page.locator(".elsewhere > summary").click();
    const lead = page.locator(".places > p").first();
    await expect(lead).toContainText("八代市役所からの直線距離です。");
    await expect(page.locator('.elsewhere [data-office="saposte-tamana"] .distance')).not.toHaveText("距離：約1km");
    await page.getByRole("button", { name: "現在地からの距離を見る" }).click();
    await expect(page.locator(".nearest-status")).toHaveText("現在地からの距離で表示しています。");
    await expect(page.locator('.elsewhere [data-office="saposte-tamana"] .distance')).toHaveText("距離：約1km");
    await expect(lead).toHaveText("向いている順に並べています。距離は、現在地からの直線距離です。");
    await navi.expectAccessible("distances from the device");
    expect(navi.unexpectedRequests(), "the position is never sent").toEqual([]);
  });
});

test("a refused location leaves the town-hall distances and says so", async ({ navi, page, context }) => {
  await context.clearPermissions();
  await navi.open("grad=1999&school=hs&work=seeking&muni=432024");
  await page.getByRole("button", { name: "現在地からの距離を見る" }).click();
  await expect(page.locator(".nearest-status")).toHaveText("位置を確認できませんでした。市役所・役場からの距離で表示しています。");
  await expect(page.locator(".places > p").first()).toContainText("八代市役所からの直線距離です。");
  await navi.expectAccessible("a refused location");
});

test("you are not alone: Kumamoto against all Japan, as a chart with the figures in words", async ({ navi, page }) => {
  await navi.open("grad=1999&school=hs&work=seeking&muni=432024");
  const section = page.locator(".not-alone");
  await expect(section.locator("figure")).toBeHidden();
  await section.locator("> summary").click();
  await expect(section.locator("svg")).toBeVisible();
  await navi.expectAccessible("the chart open");
  await expect(section.locator("svg[role=img] title")).toHaveText("2017年に35〜44歳だった方の割合：熊本県と全国");
  await expect(section.locator("figcaption")).toContainText("熊本県で約6,900人（3.2%）、全国では3.1%");
  await expect(section.locator("figcaption")).toContainText("熊本県で約4,900人（2.3%）、全国では2.3%");
  // The people surveyed in 2017, as old as they are now.
  await expect(section.locator("figcaption")).toContainText("いまは44〜53歳ぐらい");
});

test("the data review page lists every record with its source, date and grade", async ({ navi, page }) => {
  await navi.open("grad=1999&school=hs&work=seeking&muni=432024");
  // A static page beside the widget, opened in a new tab so the answers in this one stay.
  const link = page.getByRole("link", { name: /^情報のもと（職員向け）/ });
  await expect(link).toHaveAttribute("target", "_blank");
  await expect(link).toHaveAttribute("href", "review.html");
  await page.goto("/review.html");
  await expect(navi.heading()).toHaveText("データの確認（情報のもとの一覧）");
  await expect(page.locator(".review-counts")).toContainText("市町村 45件");
  await expect(page.locator('[data-review-office="saposte-yatsushiro"] .status')).toHaveText("連絡先未確認");
  await expect(page.locator('[data-review-office="hikikomori-yurukoko"] .status')).toHaveText("1年以上前の情報");
  await expect(page.locator('[data-review-source="seed-pf-2019"]')).toContainText("SEED");
  // 3 Saposte, 10 Hello Work offices, 45 self-reliance windows, 3 hikikomori centres.
  await expect(page.locator("[data-review-office]")).toHaveCount(61);
  await expect(page.locator('[data-review-office^="self-reliance-"]')).toHaveCount(45);
  // Each record with its grade and date; a Hello Work office (its phone of 2017-05) highlighted as old.
  const kuma = page.locator('[data-review-office="hellowork-kuma"]');
  await expect(kuma).toHaveAttribute("data-old", "");
  await expect(kuma).toContainText("0966-24-8609 [hellowork-phones-2017]");
  await expect(kuma).toContainText("2017-05-01");
  await expect(kuma).toContainText("1年以上前の情報");
  await expect(page.locator('[data-review-office^="self-reliance-"][data-old]')).toHaveCount(0);
  await expect(page.locator('[data-review-office="self-reliance-432059"]')).toContainText("2026-07-27");
  await expect(page.locator('[data-review-office="hellowork-kikuchi"]')).toContainText("北区植木町");
  // The earthquake notice, with its municipalities, dates and sources.
  const notice = page.locator('[data-review-notice="r8-kumamoto-earthquake"]');
  await expect(notice).toContainText("21: 熊本市");
  await expect(notice).toContainText("2026-07-28 –");
  await expect(notice).toContainText("r8-earthquake-cao");
  await navi.expectAccessible("data review");
  // Its register switch leads to the same page in the other registers; its back link to the widget.
  await page.locator('[data-set-lang="en"]').click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.locator('[data-review-office="saposte-yatsushiro"] .status')).toHaveText("Contacts not confirmed");
  await page.getByRole("link", { name: "Back to the guide" }).click();
  await expect(page.locator(".navi:not(.boot)")).toHaveAttribute("data-lang", "en");
  await expect(navi.heading()).toBeVisible();
  expect(navi.unexpectedRequests(), "the static page loads only the stylesheet").toEqual([]);
});

// The ten Hello Work offices' numbers, transcribed from facts-2026-12.md §1 (the bureau's list of
// May 2017), independent of the data the widget is built from.
const HELLOWORK_PHONES = {
  "hellowork-kumamoto": "096-371-8609", "hellowork-kamimashiki": "096-282-0077", "hellowork-yatsushiro": "0965-31-8609",
  "hellowork-kikuchi": "0968-24-8609", "hellowork-tamana": "0968-72-8609", "hellowork-amakusa": "0969-22-8609",
  "hellowork-kuma": "0966-24-8609", "hellowork-uki": "0964-32-8609", "hellowork-aso": "0967-22-8609", "hellowork-minamata": "0966-62-8609",
};

test("every municipality's Hello Work is callable: its card and the summary's first place call it, dated May 2017, with the bureau's page beside it", async ({ navi, page }) => {
  test.slow();
  await navi.open("grad=1999&school=hs&work=seeking&muni=431001");
  for (const [code, name, , hellowork] of table) {
    await page.evaluate((c) => (location.hash = `grad=1999&school=hs&work=seeking&muni=${c}`), code);
    await navi.resultFor(code);
    const phone = HELLOWORK_PHONES[hellowork];
    const tel = `a[href="tel:${phone.replaceAll("-", "")}"]`;
    const card = page.locator(`.places [data-office="${hellowork}"]`).first();
    await expect(card.locator(tel), name).toHaveText(phone);
    await expect(card.locator(".old-info[data-old]"), name).toContainText("2017年5月の情報です");
    await expect(card.locator(".old-info[data-old]"), name).toBeVisible();
    await expect(card.getByRole("link", { name: /熊本労働局のページで、いまの連絡先を確かめる/ }), name).toHaveAttribute("href", "https://jsite.mhlw.go.jp/kumamoto-roudoukyoku/");
    await expect(card.locator(".office-missing"), name).toHaveText("住所と受付時間は、このナビではまだ確かめられていません。");
    // Looking for work: Hello Work is the first place, and the summary calls it.
    await expect(navi.summary().locator("[data-office]"), name).toHaveAttribute("data-office", hellowork);
    await expect(navi.summary().locator(tel), name).toContainText(phone);
    await expect(navi.summary().locator(".detail-age"), name).toContainText("2017年5月");
  }
  await navi.expectAccessible("a Hello Work card with its phone");
});
