// Programme verdicts and their reasons, for several deep links; the rules date; family wording.
import { test, expect } from "./fixtures.mjs";

const ALL = [
  "hellowork-desk", "saposte", "job-training", "jobseeker-support", "self-reliance", "hikikomori-center",
  "subsidy-midcareer-hire", "subsidy-career-up", "subsidy-trial", "limited-jobs", "short-qualification",
];

const programme = (page, id) => page.locator(`[data-programme="${id}"]`);

test("a 50-year-old in non-regular work: every programme with its verdict and reasons", async ({ navi, page }) => {
  await navi.open("grad=1998&school=univ&born=1976&work=nonregular&muni=432024");
  for (const id of ALL) await expect(programme(page, id), id).toHaveCount(1);
  await expect(programme(page, "subsidy-career-up")).toHaveAttribute("data-verdict", "likely");
  await expect(programme(page, "subsidy-midcareer-hire")).toHaveAttribute("data-verdict", "likely");
  await expect(programme(page, "saposte")).toHaveAttribute("data-verdict", "unlikely");
  await expect(programme(page, "hellowork-desk")).toHaveAttribute("data-verdict", "likely");
  // The likely one is a step; the "maybe" ones wait one tap away; the unlikely ones too.
  await expect(page.locator('.steps [data-programme="hellowork-desk"]')).toBeVisible();
  await expect(page.locator('.more-programmes [data-programme="job-training"]')).toBeHidden();
  await expect(page.locator('.unlikely [data-programme="saposte"]')).toBeHidden();
  // Subsidy hints, one tap away: the sentence to use, then amounts by employer size.
  await expect(page.locator(".hints .say").first()).toBeHidden();
  await page.locator(".hints > summary").click();
  await expect(page.locator(".hints .say").first()).toContainText("助成金");
  await expect(page.locator(".hints .say").first()).toBeVisible();
  // A closed card is its heading and verdict; its body is built when it opens.
  await expect(programme(page, "saposte").locator(".findings")).toHaveCount(0);
  // Open everything: every detail is there, and still accessible.
  await navi.openDetails();
  await expect(programme(page, "saposte")).toContainText("ふつうは利用できません");
  await expect(programme(page, "short-qualification")).toContainText("2023年3月31日で終わりました");
  // Every card names its sources and the rule version it applied.
  for (const id of ALL) {
    await expect(programme(page, id).locator(".rule-version")).toContainText("ルール");
    await expect(programme(page, id).locator(".source-note")).toContainText("情報のもと");
  }
  await expect(programme(page, "hellowork-desk").locator(".findings")).toBeVisible();
  // The amounts by employer size, under each hint's reasons.
  await expect(page.locator(".hints")).toContainText("中小企業 最大60万円（30万円ずつ2回）");
  await expect(page.locator(".hints")).toContainText("大企業 最大50万円（25万円ずつ2回）");
  await navi.expectAccessible("result with every detail open");
});

test("a 40-year-old not looking for work: Saposte likely, first steps and no career-up hint", async ({ navi, page }) => {
  await navi.open("grad=2004&school=hs&born=1986&work=notseeking&muni=431001");
  await navi.openDetails();
  await expect(programme(page, "saposte")).toHaveAttribute("data-verdict", "likely");
  await expect(programme(page, "saposte")).toContainText("15〜49歳の方が対象です");
  await expect(programme(page, "saposte")).toContainText("生まれた年から39〜40歳");
  await expect(programme(page, "subsidy-career-up")).toHaveAttribute("data-verdict", "unlikely");
  await expect(page.locator(".steps .step").first()).toHaveAttribute("data-step", "saposte");
  await expect(navi.summary().locator("[data-step]")).toHaveAttribute("data-step", "saposte");
  // The first step's words are the summary's; the steps after it say theirs.
  await expect(navi.summary()).toContainText("「働くことについて相談したいです」");
  await expect(page.locator(".steps .step").first()).not.toContainText("窓口で伝えること");
  await expect(page.locator(".steps .step").first()).toContainText("あると話しやすいもの");
  await expect(page.locator(".steps .step").nth(1)).toContainText("窓口で伝えること");
});

test("people in regular work get no hire-subsidy hints", async ({ navi, page }) => {
  await navi.open("grad=2002&school=hs&born=1984&work=regular&muni=431001");
  await expect(page.locator(".hints")).toHaveCount(0);
  await expect(programme(page, "subsidy-midcareer-hire")).toHaveAttribute("data-verdict", "unlikely");
  await expect(page.locator(".steps .step")).not.toHaveCount(0);
});

test("crossing 2025-04-01 changes the subsidy course and its age rule", async ({ navi, page }) => {
  await navi.open("grad=1984&school=hs&born=1966&work=seeking&muni=432024&asof=2025-03-31");
  const card = programme(page, "subsidy-midcareer-hire");
  await navi.openDetails();
  // Its plain heading stays; its official name, under it, follows the rules date.
  await expect(card.locator(".programme-name")).toHaveText("正社員として雇う会社への助成金");
  await expect(card.locator(".official-name")).toHaveText("正式名称：特定求職者雇用開発助成金（就職氷河期世代安定雇用実現コース）");
  await expect(card).toContainText("1968年4月2日から1988年4月1日までに生まれた方が対象です");
  await expect(card).toHaveAttribute("data-verdict", "unlikely");
  await page.evaluate(() => (location.hash = "grad=1984&school=hs&born=1966&work=seeking&muni=432024&asof=2025-04-01"));
  await expect(page.locator(".asof")).toContainText("2025年4月1日");
  await navi.openDetails();
  await expect(card.locator(".official-name")).toHaveText("正式名称：特定求職者雇用開発助成金（中高年層安定雇用支援コース）");
  await expect(card).toContainText("雇われる日に35〜59歳の方が対象です");
  await expect(card).toHaveAttribute("data-verdict", "likely");
  await expect(page.locator(".asof")).toContainText("2025年4月1日");
});

test("answering for a family member speaks of the person, not 'you'", async ({ navi, page }) => {
  await navi.open();
  await page.locator('label[for="who-family"]').click();
  await page.getByRole("button", { name: "はじめる" }).click();
  await expect(navi.heading()).toHaveText("ご本人が最後に通った学校と、その学校を離れた年を教えてください");
  await navi.open("for=family&grad=1998&school=hs&work=withdrawn&muni=431001");
  await expect(navi.heading()).toHaveText("ご本人についてのご案内");
  await expect(page.locator(".cohort")).toContainText("学校を離れたご本人は");
  await expect(page.locator(".screen-result")).not.toContainText("あなた");
  await expect(programme(page, "hikikomori-center")).toHaveAttribute("data-verdict", "likely");
  await expect(navi.summary()).toContainText("「家族のことで相談したいです」");
  await expect(page.locator(".steps .step").first()).toHaveAttribute("data-step", "hikikomori-center");
  await expect(page.locator(".steps .step").nth(1)).toContainText("「家族のことで相談したいです」");
  await navi.expectAccessible("the family wording");
});
