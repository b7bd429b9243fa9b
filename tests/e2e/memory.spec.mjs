// A kiosk serves people all day, and a phone may be used for one person after another: nothing
// of one person is kept once they end (おわる) or start over. Measured as GUIDE.md says: Chromium
// over CDP, garbage collected twice, DOM nodes, listeners and the JS heap before and after many
// people. Only locators here: an element handle (`page.$`, `waitForSelector`) would itself keep
// the element alive through DevTools, and measure the test, not the widget.
import { test, expect } from "./fixtures.mjs";

const PEOPLE = 60;

async function counters(cdp) {
  await cdp.send("HeapProfiler.collectGarbage");
  await cdp.send("HeapProfiler.collectGarbage");
  const { nodes, jsEventListeners } = await cdp.send("Memory.getDOMCounters");
  const { usedSize } = await cdp.send("Runtime.getHeapUsage");
  return { nodes, listeners: jsEventListeners, heap: usedSize };
}

/** One person: three answers, the result with every programme opened, then the way out. */
async function person(navi, page, i, out) {
  await navi.begin();
  await navi.answerSchooling({ school: ["univ", "hs", "voc"][i % 3], grad: 1993 + (i % 12) });
  await navi.answerWork(["seeking", "nonregular", "withdrawn", "notseeking"][i % 4]);
  await navi.answerMunicipality(["八代市", "熊本市", "水俣市"][i % 3]);
  await navi.seeResult();
  await expect(page.locator(".screen-result")).toBeVisible();
  // Every programme opened, as a careful reader would: their bodies are built when opened.
  for (const group of await page.locator(".screen-result :is(.more-programmes, .unlikely) > summary").all()) await group.click();
  for (const s of await page.locator(".screen-result details.programme > summary").all()) await s.click();
  await expect(page.locator(".screen-result details.programme:not([open])")).toHaveCount(0);
  await expect(page.locator(".screen-result details.programme .findings").first()).toBeVisible();
  await navi.action(out).first().click();
  await expect(navi.action("begin")).toBeVisible();
}

for (const [where, query, out, lang] of [
  ["a kiosk, people ending with おわる", "mode=kiosk", "end", "easy"],
  ["a phone, starting over each time", "", "start-over", "easy"],
]) {
  test(`${where}: ${PEOPLE} people in a row leave ≤ 20 DOM nodes and ≤ 8 KiB of heap each (${lang})`, async ({ navi, page }, info) => {
    test.skip(info.project.name !== (query ? "desktop" : "phone"), "once, where it is used");
    // Sixty people who each open every programme: minutes on a loaded 2-core machine (a time
    // limit for the run, not a measure: memory is what this test asserts).
    test.setTimeout(480_000);
    const cdp = await page.context().newCDPSession(page);
    await navi.open(`lang=${lang}`, query);
    // Three people first: the engine compiles and tiers up what a person uses (not kept per person).
    for (let i = 0; i < 3; i++) await person(navi, page, i, out);
    const before = await counters(cdp);
    for (let i = 0; i < PEOPLE; i++) await person(navi, page, i, out);
    const after = await counters(cdp);
    const each = { nodes: (after.nodes - before.nodes) / PEOPLE, heapKiB: (after.heap - before.heap) / PEOPLE / 1024 };
    info.annotations.push({ type: "per person", description: JSON.stringify({ before, after, each }) });
    console.log(`${where} (${lang}): per person ${each.nodes.toFixed(1)} nodes, ${each.heapKiB.toFixed(2)} KiB heap`);
    expect(each.nodes).toBeLessThanOrEqual(20);
    expect(each.heapKiB).toBeLessThanOrEqual(8);
    expect(after.listeners, "no listener kept").toBeLessThanOrEqual(before.listeners);
  });
}
