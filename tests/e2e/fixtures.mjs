// One page object for every spec: open the widget, answer, check accessibility, and account for
// every request the page makes from the moment it navigates.
import { test as base, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { readFileSync, readdirSync } from "node:fs";

export { expect };

const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** The files a start-up may load: index.html and what it names, the wasm (and, on a kiosk,
 *  the offline worker) the start-up script names, and the three register packs. Read from the built dist/, so a new file the build adds must be named here
 *  by the build itself, not by a test. */
export const DIST = new URL("../../dist/", import.meta.url);
export function startupFiles() {
  const html = readFileSync(new URL("index.html", DIST), "utf8");
  const named = [...html.matchAll(/(?:src|href)="?\.\/([^"\s>]+)/g)].map((m) => m[1]);
  const boot = named.find((f) => f.startsWith("boot-"));
  const bootJs = boot && readFileSync(new URL(boot, DIST), "utf8");
  const wasm = bootJs?.match(/"\.\/([^"]+\.wasm)"/)?.[1];
  // The glue, preloaded by the start-up script (with its integrity) and then imported.
  const glue = bootJs?.match(/import\("\.\/([^"]+\.js)"\)/)?.[1];
  // A kiosk's start also registers its offline worker (offline.spec.mjs).
  // Registered through the Trusted Types policy that passes exactly this one URL.
  const worker = bootJs?.match(/createScriptURL\("\.\/([^"]+)"\)/)?.[1];
  // The register packs the widget fetches once started, all on every visit (src/pack).
  const packs = readdirSync(DIST).filter((f) => /^text-(ja|easy|en)-[0-9a-f]{16}\.txt$/.test(f));
  if (packs.length !== 3) throw new Error(`dist/ holds ${packs.length} register packs, not 3`);
  // The static pages the widget links to load the stylesheet and their own (review.css).
  const pages = readFileSync(new URL("review.html", DIST), "utf8");
  const pageFiles = [...pages.matchAll(/href="\.\/([^"]+\.css)"/g)].map((m) => m[1]);
  const files = new Set([...named, ...[wasm, glue, worker].filter(Boolean), ...packs, ...pageFiles]);
  for (const f of files) if (!readdirSync(DIST).includes(f)) throw new Error(`index.html names ${f}, not in dist/`);
  return files;
}

export class Navi {
  constructor(page, baseURL) {
    this.page = page;
    this.origin = new URL(baseURL).origin;
    this.allowed = startupFiles();
    /** One entry per document the main frame loaded: every request it made, in order. */
    this.documents = [];
    this.pageErrors = [];
    page.on("request", (r) => {
      if (r.isNavigationRequest() && r.frame() === page.mainFrame()) this.documents.push([]);
      (this.documents.at(-1) ?? (this.documents[0] = [])).push(r);
    });
    page.on("pageerror", (e) => this.pageErrors.push(String(e)));
  }

  /** Opens the widget (optionally with a fragment and a query) and waits until it has started
   *  and closed the network (the second policy, added once the register packs are in). */
  async open(fragment = "", query = "") {
    await this.page.goto(`/${query ? "?" + query : ""}${fragment ? "#" + fragment : ""}`);
    await expect(this.page.locator("#screen-heading")).toBeVisible();
    await expect(this.page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveCount(2);
    await this.complete();
  }

  /** On a result, waits until all of it is built: its first screen is painted first, the rest
   *  after that paint (src/ui/components/result.rs), in each register. Elsewhere, returns. */
  async complete() {
    if (await this.page.locator(".screen-result").count()) await expect(this.page.locator(".screen-result[data-complete]")).toHaveCount(1);
  }

  heading() {
    return this.page.locator("#screen-heading");
  }

  /** A control by what it does (`data-action`), the same in every register. */
  action(name) {
    return this.page.locator(`[data-action="${name}"]`);
  }

  async next() {
    await this.action("next").click();
  }

  async begin() {
    await this.action("begin").click();
  }

  async seeResult() {
    await this.action("see-result").click();
    await expect(this.page.locator(".screen-result[data-complete]")).toHaveCount(1);
  }

  /** Switches the register with the switch every screen has. */
  async setLang(lang) {
    await this.page.locator(`[data-set-lang="${lang}"]`).click();
    await expect(this.page.locator(".navi:not(.boot)")).toHaveAttribute("data-lang", lang);
    await this.complete();
  }

  async answerSchooling({ school, grad, born = "" }) {
    await this.page.locator(`label[for="school-${school}"]`).click();
    await this.page.locator("#field-grad").fill(String(grad));
    if (born) await this.page.locator("#field-born").fill(String(born));
    await this.next();
  }

  async answerWork(work) {
    await this.page.locator(`label[for="work-${work}"]`).click();
    await this.next();
  }

  /** Filters by the official name (kanji works in every register) and picks the one match. */
  async answerMunicipality(name) {
    await this.page.locator("#field-muni-filter").fill(name);
    await expect(this.page.getByRole("radio")).toHaveCount(1);
    await this.page.getByRole("radio").check();
    await this.next();
  }

  /** The two text rules of the registers, over the widget's whole DOM: in `easy`, no kanji
   *  outside a <ruby> with a non-empty <rt>; in `en`, no Japanese outside an element marked
   *  lang="ja". Returns the offending texts. */
  async textRuleBreaks(lang) {
    return this.page.evaluate((lang) => {
      const kanji = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff々〆]/;
      const japanese = /[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/;
      const out = [];
      const walker = document.createTreeWalker(document.querySelector(".navi") ?? document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const t = n.textContent;
        const el = n.parentElement;
        // Not shown: an SVG's <title> is its accessible name (the chart's visible labels are checked).
        if (el.closest("script, style, code, svg title")) continue;
        if (lang === "easy" && kanji.test(t)) {
          const ruby = el.closest("ruby");
          const ok = ruby && el.closest("rt") === null && ruby.querySelector("rt")?.textContent.trim();
          if (!ok) out.push(t.trim());
        }
        if (lang === "en" && japanese.test(t) && el.closest("[lang]")?.getAttribute("lang") !== "ja") {
          // The register switch names each register in its own language, marked as such.
          out.push(t.trim());
        }
      }
      return out;
    }, lang);
  }

  /** Opens every closed detail in `scope`, and the ones their bodies bring, as a person
   *  tapping each in turn would: a detail's body is built when it opens (src/ui/components/common.rs, Fold). */
  async openDetails(scope = ".screen-result") {
    await this.complete();
    for (;;) {
      const opened = await this.page.evaluate((scope) => {
        const closed = [...document.querySelectorAll(`${scope} details:not([open])`)];
        for (const d of closed) d.open = true;
        return closed.length;
      }, scope);
      if (!opened) return;
      // Each opened detail gets its body (polled from here: the page's clock may be paused).
      await expect
        .poll(() => this.page.evaluate((scope) => [...document.querySelectorAll(`${scope} details[open]`)].every((d) => d.children.length > 1), scope))
        .toBe(true);
    }
  }

  /** The result's summary region. */
  summary() {
    return this.page.locator("[data-summary]");
  }

  cohort() {
    return this.page.locator("[data-summary] [data-cohort]");
  }

  /** Waits until the result shows the answers for this municipality (a new render). */
  async resultFor(code) {
    await expect(this.page.locator(`.screen-result[data-muni="${code}"]`)).toBeVisible();
    await this.complete();
  }

  /** axe with the WCAG 2.2 AA tags: no violations on the current screen. */
  async expectAccessible(label) {
    await this.complete();
    const results = await new AxeBuilder({ page: this.page }).withTags(WCAG).analyze();
    const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
    expect(summary, `axe on ${label}`).toEqual([]);
  }

  /** Requests that reached the network: not data: URLs, not refused by the page's policy. */
  static sent(requests) {
    return requests.filter((r) => !r.url().startsWith("data:") && r.failure()?.errorText !== "csp");
  }

  /** Every request, from each navigation on, that is not the document itself or the first
   *  load of a start-up file: a second load, another file, another origin, anything at all
   *  after start-up. The list a privacy test expects to be empty. */
  unexpectedRequests() {
    const out = [];
    for (const requests of this.documents) {
      const seen = new Set();
      for (const [i, r] of Navi.sent(requests).entries()) {
        const url = new URL(r.url());
        const file = url.pathname.replace(/^\//, "");
        const first = !seen.has(file);
        seen.add(file);
        const ok = url.origin === this.origin && (i === 0 ? r.isNavigationRequest() : this.allowed.has(file) && first);
        if (!ok) out.push(r.url());
      }
    }
    return out;
  }

  /** Requests the browser refused because of the Content-Security-Policy. */
  refusedByPolicy() {
    return this.documents.flat().filter((r) => r.failure()?.errorText === "csp").map((r) => r.url());
  }
}

export const test = base.extend({
  navi: async ({ page, baseURL }, use) => {
    const navi = new Navi(page, baseURL);
    await use(navi);
    expect(navi.pageErrors, "no page errors").toEqual([]);
    expect(navi.unexpectedRequests(), "every request is a start-up file, loaded once").toEqual([]);
  },
});

// Read aloud: the browser's voices are replaced by a list with a cloud voice and an on-device
// voice; what the widget asks the browser to speak is recorded.
export const SPEECH_STUB = () => {
  const voice = (name, lang, localService, isDefault) => ({ name, lang, localService, default: isDefault, voiceURI: name });
  const voices = [voice("Google 日本語", "ja-JP", false, true), voice("Kyoko", "ja-JP", true, false)];
  window.__spoken = [];
  window.__cancelled = 0;
  class Utterance {
    constructor(text) {
      this.text = text;
    }
  }
  Object.defineProperty(window, "SpeechSynthesisUtterance", { value: Utterance });
  const synth = new EventTarget();
  Object.assign(synth, {
    getVoices: () => voices,
    speaking: false,
    pending: false,
    speak(u) {
      window.__spoken.push({ text: u.text, lang: u.lang, voice: u.voice?.name });
      synth.speaking = true;
    },
    cancel() {
      window.__cancelled++;
      synth.speaking = false;
    },
  });
  Object.defineProperty(window, "speechSynthesis", { value: synth });
};
