// The question flow by touch or mouse, with axe on every screen, and the request log.
import { test, expect } from "./fixtures.mjs";

test("a resident answers three questions and gets their verdict and Saposte", async ({ navi, page }) => {
  await navi.open();
  await navi.expectAccessible("start");
  await page.getByRole("button", { name: "はじめる" }).click();
  await expect(navi.heading()).toBeFocused();
  await expect(navi.heading()).toContainText("学校");
  await navi.expectAccessible("question 1");

  await navi.next();
  await expect(page.locator(".error-message")).toHaveCount(2);
  await expect(page.locator("#school-jhs")).toBeFocused();
  await navi.expectAccessible("question 1 with errors");

  // The 和暦 echo is for a year the question accepts: not for one it would refuse.
  const grad = page.getByLabel("その学校を離れた年");
  await grad.fill("3000");
  await expect(page.locator("#field-grad-support")).toHaveCount(0);
  await grad.fill("1999");
  await expect(page.locator("#field-grad-support")).toContainText("平成11年");
  await navi.answerSchooling({ school: "hs", grad: "平成11年" });
  await expect(navi.heading()).toContainText("お仕事");
  await navi.expectAccessible("question 2");
  await navi.answerWork("nonregular");

  await expect(navi.heading()).toContainText("市町村");
  await expect(page.getByRole("radio")).toHaveCount(45);
  await navi.expectAccessible("question 3");
  await navi.answerMunicipality("八代市");

  await expect(navi.heading()).toHaveText("答えの確認");
  await expect(page.locator(".summary")).toContainText("1999年（平成11年）");
  await navi.expectAccessible("check your answers");
  await page.getByRole("button", { name: "結果を見る" }).click();
  await navi.complete();

  await expect(navi.cohort()).toHaveAttribute("data-cohort", "yes");
  await expect(page.locator('.places [data-office="saposte-yatsushiro"]')).toBeAttached();
  await expect(navi.summary().locator("[data-office]")).toHaveAttribute("data-kind", "hellowork");
  await navi.expectAccessible("result");

  expect(navi.unexpectedRequests(), "no request after start-up").toEqual([]);
  expect(new URL(page.url()).hash, "answers are never written into the URL").toBe("");
});

test("the browser's Back returns to the previous screen with the answers kept", async ({ navi, page }) => {
  await navi.open();
  await page.getByRole("button", { name: "はじめる" }).click();
  await navi.answerSchooling({ school: "univ", grad: 2003, born: 1980 });
  await navi.answerWork("seeking");
  await expect(navi.heading()).toContainText("市町村");
  await page.goBack();
  await expect(navi.heading()).toContainText("お仕事");
  await expect(page.locator("#work-seeking")).toBeChecked();
  await page.goBack();
  await expect(navi.heading()).toContainText("学校");
  await expect(page.getByLabel("その学校を離れた年")).toHaveValue("2003");
  await page.goForward();
  await expect(navi.heading()).toContainText("お仕事");
  // The in-page back link agrees with the browser.
  await page.getByRole("button", { name: "戻る" }).click();
  await expect(navi.heading()).toContainText("学校");
});

test("Back after starting over never brings the result back", async ({ navi, page }) => {
  await navi.open();
  await page.getByRole("button", { name: "はじめる" }).click();
  await navi.answerSchooling({ school: "univ", grad: 1998 });
  await navi.answerWork("seeking");
  await navi.answerMunicipality("八代市");
  await page.getByRole("button", { name: "結果を見る" }).click();
  await navi.complete();
  await expect(navi.cohort()).toBeVisible();
  await page.getByRole("button", { name: "はじめからやり直す" }).click();
  await expect(navi.heading()).toContainText("探しましょう");
  await page.goBack();
  await expect(navi.heading()).toContainText("探しましょう");
  await expect(page.locator("[data-cohort]")).toHaveCount(0);
  await expect(page.locator("#app")).not.toContainText("八代市");
});

test("a history entry the widget did not write is read as nothing, safely", async ({ navi, page }) => {
  await navi.open("grad=1998&school=univ&work=seeking&muni=432024");
  // Another script on the page pushes entries of its own shape; Back lands on them.
  await page.evaluate(() => history.pushState({ screen: 99, answers: "x" }, ""));
  await page.evaluate(() => history.pushState("not ours", ""));
  await page.goBack();
  await expect(navi.cohort()).toHaveAttribute("data-cohort", "yes");
  await page.goBack();
  await expect(navi.cohort()).toHaveAttribute("data-cohort", "yes");
});

test("a change link leads back to the check page, and starting over forgets everything", async ({ navi, page }) => {
  await navi.open("grad=1995&school=univ&work=seeking&muni=431001");
  await expect(navi.cohort()).toHaveAttribute("data-cohort", "yes");
  await page.getByRole("button", { name: "答えを変える" }).click();
  await page.getByRole("button", { name: /^変更\s*（いまのお仕事）$/ }).click();
  await navi.answerWork("withdrawn");
  await expect(navi.heading()).toHaveText("答えの確認");
  await expect(page.locator(".summary")).toContainText("ひきこもり");
  await page.getByRole("button", { name: "結果を見る" }).click();
  await navi.complete();
  // For someone who finds going out hard, the hikikomori centre comes first (熊本市: りんく).
  await expect(navi.summary().locator("[data-office]")).toHaveAttribute("data-office", "hikikomori-link");
  await expect(page.locator(".places [data-office]").first()).toHaveAttribute("data-office", "hikikomori-link");
  // At about 55, the Saposte (up to 49) waits one tap away, still in the page.
  await expect(page.locator('.places .other-places [data-office="saposte-kumamoto"]')).toBeHidden();

  await page.getByRole("button", { name: "はじめからやり直す" }).click();
  await expect(navi.heading()).toContainText("探しましょう");
  await page.getByRole("button", { name: "はじめる" }).click();
  await expect(page.getByLabel("その学校を離れた年")).toHaveValue("");
  await expect(page.locator("input[name=school]:checked")).toHaveCount(0);
});

test("starting over keeps the settings: whom the answers are about and the rules date", async ({ navi, page }) => {
  await navi.open("for=family&grad=1998&school=univ&work=seeking&muni=432024&asof=2025-03-31");
  await page.getByRole("button", { name: "はじめからやり直す" }).click();
  await expect(page.locator("#who-family")).toBeChecked();
  await page.getByRole("button", { name: "はじめる" }).click();
  await expect(navi.heading()).toContainText("ご本人が");
  await navi.answerSchooling({ school: "univ", grad: 1998 });
  await navi.answerWork("seeking");
  await navi.answerMunicipality("八代市");
  await page.getByRole("button", { name: "結果を見る" }).click();
  await navi.complete();
  await expect(page.locator(".asof")).toContainText("2025年3月31日");
});
