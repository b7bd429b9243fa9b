// The public deep-link contract: complete links open on the result, partial ones ask what is
// missing, and hostile fragments leave a usable page with a polite notice.
import { test, expect } from "./fixtures.mjs";

const results = [
  // fragment, data-cohort, Saposte
  ["grad=1998&school=univ&work=seeking&muni=432024", "yes", "saposte-yatsushiro"],
  ["grad=1993&school=hs&born=1975&work=withdrawn&muni=435066", "yes", "saposte-yatsushiro"],
  ["grad=1991&school=jhs&work=notseeking&muni=432041", "near", "saposte-tamana"],
  ["grad=2007&school=grad&work=regular&muni=434337", "near", "saposte-tamana"],
  ["grad=2012&school=voc&work=nonregular&muni=431044&asof=2025-03-31", "no", "saposte-kumamoto"],
  ["grad=1985&school=jc&work=seeking&muni=435317&lang=ja&utm_source=town", "no", "saposte-kumamoto"],
];

for (const [fragment, cohort, saposte] of results) {
  test(`deep link ${fragment}`, async ({ navi, page }) => {
    await navi.open(fragment);
    await expect(navi.cohort()).toHaveAttribute("data-cohort", cohort);
    await expect(page.locator(`.places [data-office="${saposte}"]`)).toBeAttached();
    await expect(page.locator(".places [data-office^=saposte-]")).toHaveCount(1);
    await expect(page.locator(".elsewhere [data-office^=saposte-]")).toHaveCount(2);
    await expect(page.locator(".notice")).toHaveCount(0);
  });
}

test("a partial link asks the first missing question, with answers kept", async ({ navi, page }) => {
  await navi.open("grad=1999&school=hs&muni=432032");
  await expect(navi.heading()).toContainText("お仕事");
  await navi.answerWork("seeking");
  await expect(navi.heading()).toHaveText("答えの確認");
  await expect(page.locator(".summary")).toContainText("人吉市");
});

test("a notice about a bad link is accessible and can be closed", async ({ navi, page }) => {
  await navi.open("grad=1998&school=univ&work=boss&muni=999999");
  await expect(page.locator(".notice li")).toHaveCount(2);
  await navi.expectAccessible("notice");
  await page.getByRole("button", { name: "このお知らせを閉じる" }).click();
  await expect(page.locator(".notice")).toHaveCount(0);
  await expect(navi.heading()).toContainText("お仕事");
});

test("the rules date changes what the result says about 中高年層", async ({ navi, page }) => {
  await navi.open("grad=1998&school=univ&work=seeking&muni=432024&asof=2025-03-31");
  // Before the widening, nothing speaks of 中高年層: not the summary, not what to ask for.
  await expect(navi.summary()).not.toContainText("中高年層");
  await expect(navi.summary()).toContainText("「就職氷河期世代の専門窓口で相談したいです」");
  await expect(page.locator(".asof")).toContainText("2025年3月31日");
  await page.evaluate(() => (location.hash = "grad=1998&school=univ&work=seeking&muni=432024&asof=2025-04-01"));
  await expect(navi.summary()).toContainText("2025年4月1日から、国の支援は就職氷河期世代を含む「中高年層」（中年以上の方）に広がりました");
  await expect(navi.summary()).toContainText("「中高年層の専門窓口で相談したいです」");
  await expect(page.locator(".asof")).toContainText("2025年4月1日");
});

test("the host's presets: a municipality that stands in until the person names one", async ({ navi, page }) => {
  await navi.open("", "muni=432067&for=family");
  await page.getByRole("button", { name: "はじめる" }).click();
  await expect(navi.heading()).toContainText("ご本人が");
  await navi.answerSchooling({ school: "hs", grad: 2000 });
  await navi.answerWork("seeking");
  // The municipality question is answered by the preset: the check page shows it, changeable.
  await expect(navi.heading()).toHaveText("答えの確認");
  await expect(page.locator(".summary")).toContainText("玉名市");
  await page.getByRole("button", { name: /^変更\s*（お住まいの市町村）$/ }).click();
  await expect(page.getByRole("radio", { name: "玉名市", exact: true })).toBeChecked();
  await navi.answerMunicipality("八代市");
  await page.getByRole("button", { name: "結果を見る" }).click();
  await navi.complete();
  await navi.resultFor("432024");
  // Start over: the preset is back, the answers are gone.
  await page.getByRole("button", { name: "はじめからやり直す" }).click();
  await page.getByRole("button", { name: "はじめる" }).click();
  await navi.answerSchooling({ school: "hs", grad: 2000 });
  await navi.answerWork("seeking");
  await expect(page.locator(".summary")).toContainText("玉名市");
  expect(new URL(page.url()).search, "the query is the host's and stays").toBe("?muni=432067&for=family");
});

test("hostile presets are ignored quietly and never shown", async ({ navi, page }) => {
  await navi.open("grad=1998&school=univ&work=seeking", "muni=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&mode=%3Cb%3E&lang=xx&for=%22");
  await expect(navi.heading()).toContainText("市町村");
  await expect(page.locator(".notice")).toHaveCount(0);
  await expect(page.locator("img, b")).toHaveCount(0);
  await expect(page.locator("#app")).not.toContainText("onerror");
  await navi.expectAccessible("after hostile presets");
});

const hostile = [
  ["grad=abcd&school=univ&work=seeking&muni=432024", "学校を離れた年"],
  ["grad=%E0%A4%A&school=univ", "学校を離れた年"],
  ["grad=1998&school=univ&work=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&muni=432024", "いまのお仕事"],
  ["grad=1998&school=univ&work=seeking&muni=432025", "市町村"],
  ["grad=1998&school=univ&work=seeking&muni=131016", "市町村"],
  ["grad=99999999999999999999&school=univ", "学校を離れた年"],
  ["asof=2025-02-30&grad=1998&school=univ&work=seeking&muni=432024", "基準日"],
  ["lang=xx&grad=1998&school=univ&work=seeking&muni=432024", "表示言語"],
  ["grad=1998&school=univ&born=1997&work=seeking&muni=432024", "生まれた年"],
  ["grad=1998&" + "x=yyyyyyyy&".repeat(400), "長すぎる"],
  ["<script>alert(1)</script>", null],
  ["%%%%&&&==&;;=", null],
  ["muni", "市町村"],
];

for (const [fragment, notice] of hostile) {
  test(`hostile fragment ${fragment.slice(0, 60)}`, async ({ navi, page }) => {
    page.on("dialog", (d) => {
      throw new Error(`a dialog opened: ${d.message()}`);
    });
    await navi.open(fragment);
    await expect(navi.heading()).toBeVisible();
    if (notice) {
      await expect(page.locator(".notice")).toContainText(notice);
    } else {
      await expect(page.locator(".notice")).toHaveCount(0);
    }
    await expect(page.locator("img")).toHaveCount(0);
    await expect(page.locator("#app script")).toHaveCount(0);
    // Still usable: the page goes on to a result.
    await page.evaluate(() => (location.hash = "grad=2000&school=hs&work=seeking&muni=431001"));
    await navi.resultFor("431001");
    await expect(navi.cohort()).toHaveAttribute("data-cohort", "yes");
    await navi.expectAccessible("after a hostile link");
  });
}
