// One page object for every spec: open the widget, answer, check accessibility, and watch
// every request the page makes.
import { test as base, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

export { expect };

const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

export class Navi {
  constructor(page, baseURL) {
    this.page = page;
    this.origin = new URL(baseURL).origin;
    /** Every request the page started, in order: { url, afterStart, request } */
    this.requests = [];
    this.pageErrors = [];
    this.started = false;
    page.on("request", (r) => this.requests.push({ url: r.url(), afterStart: this.started, request: r }));
    page.on("pageerror", (e) => this.pageErrors.push(String(e)));
  }

  /** Opens the widget (optionally with a fragment) and waits until it has started. */
  async open(fragment = "") {
    this.started = false;
    await this.page.goto(fragment ? `/#${fragment}` : "/");
    await expect(this.page.locator("#screen-heading")).toBeVisible();
    await this.page.waitForLoadState("networkidle");
    this.started = true;
  }

  heading() {
    return this.page.locator("#screen-heading");
  }

  async next() {
    await this.page.getByRole("button", { name: "次へ" }).click();
  }

  async answerSchooling({ school, grad, born = "" }) {
    await this.page.locator(`label[for="school-${school}"]`).click();
    await this.page.getByLabel("その学校を離れた年").fill(String(grad));
    if (born) await this.page.getByLabel(/生まれた年/).fill(String(born));
    await this.next();
  }

  async answerWork(work) {
    await this.page.locator(`label[for="work-${work}"]`).click();
    await this.next();
  }

  async answerMunicipality(name) {
    await this.page.getByLabel("市町村名で絞り込む").fill(name);
    await this.page.getByRole("radio", { name, exact: true }).check();
    await this.next();
  }

  cohort() {
    return this.page.locator("[data-cohort]");
  }

  offices() {
    return this.page.locator("[data-office]");
  }

  /** axe with the WCAG 2.2 AA tags: no violations on the current screen. */
  async expectAccessible(label) {
    const results = await new AxeBuilder({ page: this.page }).withTags(WCAG).analyze();
    const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
    expect(summary, `axe on ${label}`).toEqual([]);
  }

  /** Requests that reached the network: not data: URLs, not refused by the page's policy. */
  sent() {
    return this.requests
      .filter((r) => !r.url.startsWith("data:") && r.request.failure()?.errorText !== "csp")
      .map(({ url, afterStart }) => ({ url, afterStart }));
  }

  /** Requests that went anywhere but our own origin. */
  foreignRequests() {
    return this.sent().filter((r) => !r.url.startsWith(this.origin + "/"));
  }

  requestsAfterStart() {
    return this.sent().filter((r) => r.afterStart);
  }

  /** Requests the browser refused because of the Content-Security-Policy. */
  refusedByPolicy() {
    return this.requests.filter((r) => r.request.failure()?.errorText === "csp").map((r) => r.url);
  }
}

export const test = base.extend({
  navi: async ({ page, baseURL }, use) => {
    const navi = new Navi(page, baseURL);
    await use(navi);
    expect(navi.pageErrors, "no page errors").toEqual([]);
  },
});
