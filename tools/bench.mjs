// Taps on a cheap phone: each interaction's time to the next paint (the Event Timing API's
// `event` entries with an interactionId), with Chromium's CPU slowed 4× (and 6×), in each
// register, at 390×844. Printed figures, not a test: these machines are noisy, so it reports the
// mean of the middle half of several rounds, and each register's ratio to 日本語 in the same run.
//
//   node tools/bench.mjs [dist] [rounds] [rates]     (make bench; the README has the figures)
import { chromium } from "../tests/e2e/node_modules/playwright/index.mjs";
import { spawn } from "node:child_process";

const [dist = "dist", rounds = "12", rates = "4,6"] = process.argv.slice(2);
const PORT = 8197;
const LINK = "grad=1998&school=univ&work=seeking&muni=432024";
const server = spawn("node", [new URL("serve.mjs", import.meta.url).pathname, dist, String(PORT)], { stdio: ["ignore", "pipe", "inherit"] });
await new Promise((ok) => server.stdout.once("data", ok));
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium" });

/** In the page: each tap's entries (ms to the next paint), and when a result is complete. */
const OBSERVE = () => {
  window.__taps = [];
  window.__starts = [];
  new PerformanceObserver((list) => {
    let clicked = false;
    for (const e of list.getEntries()) {
      if (!e.interactionId) continue;
      window.__taps.push(e.duration), window.__starts.push(e.startTime);
      clicked ||= e.name === "click";
    }
    // A tap's entries (pointerdown, pointerup, click) may come in more than one batch: the
    // click's is the last of them.
    if (clicked) window.__tapped?.();
  }).observe({ type: "event", durationThreshold: 16, buffered: false });
  // When a result is complete: its first screen is painted first, the rest built after.
  new MutationObserver(() => {
    if (window.__complete === undefined && document.querySelector(".screen-result[data-complete]")) {
      window.__complete = performance.now();
      window.__completed?.();
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ["data-complete"], childList: true });
};
/** Taps `locator` and returns the tap's time to the next paint; with `whole`, also pushes the time
 *  from the tap until the result is complete. Nothing polls the page while a tap is timed (a
 *  locator's wait would run queries on the slowed main thread, in the frames being measured): the
 *  page's own observers say when the entry has come and when the result is complete; `settled` then
 *  only checks what the tap should have done. */
async function tap(page, locator, settled, whole) {
  await page.evaluate(() => {
    window.__taps = [];
    window.__starts = [];
    window.__complete = undefined;
    window.__tap = new Promise((ok) => (window.__tapped = ok));
    window.__whole = new Promise((ok) => (window.__completed = ok));
  });
  await locator.click();
  // The entry is reported after the paint.
  await page.evaluate(() => Promise.race([window.__tap, new Promise((ok) => setTimeout(ok, 10_000))]));
  if (whole) {
    await page.evaluate(() => window.__whole);
    whole.push(await page.evaluate(() => window.__complete - Math.min(...window.__starts)));
  }
  await settled();
  return page.evaluate(() => Math.max(0, ...window.__taps));
}

/** One round in one register: the taps a person makes, each timed. */
async function round(rate, lang) {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
  await page.addInitScript(OBSERVE);
  const cdp = await page.context().newCDPSession(page);
  const out = {};
  // The result's last question, answered by a link; the tap on 結果を見る is timed.
  await page.goto(`http://127.0.0.1:${PORT}/#${LINK}&lang=${lang}`);
  await page.locator(".navi:not(.boot) .screen-result[data-complete]").waitFor();
  await page.waitForFunction(() => document.querySelectorAll('meta[http-equiv="Content-Security-Policy"]').length === 2);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate });
  const heading = page.locator(".navi:not(.boot) #screen-heading");
  out["change answers"] = await tap(page, page.locator('.navi:not(.boot) [data-action="change-answers"]').first(), () => page.locator('[data-action="see-result"]').waitFor());
  const whole = [];
  out["see result"] = await tap(page, page.locator('[data-action="see-result"]'), () => page.locator(".screen-result").waitFor(), whole);
  out["open a programme"] = await tap(page, page.locator(".steps .programme-more > summary").first(), () => page.locator(".steps .programme-more[open] > *:nth-child(2)").first().waitFor());
  const other = lang === "ja" ? "en" : "ja";
  out["switch register"] = await tap(page, page.locator(`.navi:not(.boot) [data-set-lang="${other}"]`), async () => {
    await page.locator(`.navi:not(.boot)[data-lang="${other}"]`).waitFor();
    await page.locator(".screen-result[data-complete]").waitFor();
  });
  out["switch back"] = await tap(page, page.locator(`.navi:not(.boot) [data-set-lang="${lang}"]`), () => page.locator(`.navi:not(.boot)[data-lang="${lang}"]`).waitFor(), whole);
  [out["see result: all built"], out["switch back: all built"]] = whole;
  out["start over"] = await tap(page, page.locator('[data-action="start-over"]'), () => heading.waitFor());
  await page.close();
  return out;
}

// The mean of the middle half: Event Timing rounds each duration to 8 ms, so a median of a few
// rounds jumps by whole steps; the middle half's mean moves by less, and still leaves out the
// rounds the machine disturbed.
const middle = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const q = Math.floor(s.length / 4);
  const mid = s.slice(q, s.length - q);
  return mid.reduce((a, b) => a + b, 0) / mid.length;
};
for (const rate of rates.split(",").map(Number)) {
  const runs = { ja: [], easy: [], en: [] };
  // Interleaved, so that the machine's drift falls on every register alike.
  for (let r = 0; r < Number(rounds); r++) for (const lang of Object.keys(runs)) runs[lang].push(await round(rate, lang));
  const names = Object.keys(runs.ja[0]);
  console.log(`\nCPU ${rate}× slower, 390×844, mean of the middle half of ${rounds} rounds (ms to the next paint; ratio to 日本語):`);
  console.log(["interaction".padEnd(18), "ja".padStart(6), "easy".padStart(13), "en".padStart(13)].join(""));
  for (const n of names) {
    const m = Object.fromEntries(Object.entries(runs).map(([l, rs]) => [l, middle(rs.map((x) => x[n]))]));
    const ratio = (l) => `${Math.round(m[l])} (${(m[l] / m.ja).toFixed(2)}×)`;
    console.log([n.padEnd(18), String(Math.round(m.ja)).padStart(6), ratio("easy").padStart(13), ratio("en").padStart(13)].join(""));
  }
}
await browser.close();
server.kill();
