// Embedded on a municipal page: the example host page (examples/embed-demo.html) served from a
// second origin, with the one-line snippet pointing at the widget under test. The frame follows
// the content's height, forged messages and hostile presets change nothing, the host's Back
// button leaves the host page, and the height is the only message the widget ever sends.
import { test, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { readFileSync } from "node:fs";

const HOST = "http://localhost:8182"; // another origin than the widget's 127.0.0.1
const DEMO = readFileSync(new URL("../../examples/embed-demo.html", import.meta.url), "utf8");
const STEP = 120;

// Each test sets the sizes it needs: run once, in the desktop project.
test.beforeEach(({}, info) => test.skip(info.project.name !== "desktop", "sizes are set per test"));

/** Serves the demo page (its snippet pointed at the widget under test, optionally changed) at
 *  the host origin, records every message the host window receives, and opens it. */
async function openHost(page, baseURL, edit = (html) => html) {
  const html = edit(DEMO.replaceAll("http://127.0.0.1:8080/", `${baseURL}/`));
  await page.route(`${HOST}/**`, (route) =>
    route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: html }),
  );
  await page.addInitScript(() => {
    window.__messages = [];
    window.addEventListener("message", (e) => window.__messages.push({ origin: e.origin, data: e.data }));
  });
  await page.goto(`${HOST}/demo.html`);
  const frame = page.frameLocator("iframe").first();
  await expect(frame.locator("#screen-heading")).toBeVisible();
  return frame;
}

/** The frame's height follows its content: rounded up to the step, and no inner scrollbar. */
async function expectFitted(page) {
  const iframe = page.locator("iframe");
  const frame = page.frames().find((f) => f !== page.mainFrame());
  await expect
    .poll(async () => {
      const outer = await iframe.evaluate((f) => Math.round(f.getBoundingClientRect().height));
      const content = await frame.evaluate(() => document.documentElement.getBoundingClientRect().height);
      return outer === Math.max(240, Math.ceil(content / STEP) * STEP);
    }, { message: "frame height = content height rounded up to the step" })
    .toBe(true);
  const scrolls = await frame.evaluate(() => document.documentElement.scrollHeight > document.documentElement.clientHeight);
  expect(scrolls, "no scrollbar inside the frame").toBe(false);
}

for (const size of [{ width: 360, height: 640 }, { width: 1280, height: 800 }]) {
  test(`the frame follows its content on every screen at ${size.width}×${size.height}, with presets applied`, async ({ page, baseURL }) => {
    await page.setViewportSize(size);
    const frame = await openHost(page, baseURL);
    const iframe = page.locator("iframe");
    // Exactly where the tag stands, with the presets in the query and nothing leaking out.
    await expect(page.locator("#before + iframe + script[src$='embed.js']")).toHaveCount(1);
    await expect(iframe).toHaveAttribute("referrerpolicy", "no-referrer");
    await expect(iframe).toHaveAttribute("allow", "geolocation");
    await expect(iframe).toHaveAttribute("title", "くまもと支援ナビ");
    const src = new URL(await iframe.getAttribute("src"));
    expect(src.search).toBe("?muni=432024&lang=ja");
    expect(src.hash).toBe("");
    await expectFitted(page);

    await frame.locator('[data-action="begin"]').click();
    await expectFitted(page);
    await frame.locator('label[for="school-univ"]').click();
    await frame.locator("#field-grad").fill("1998");
    await frame.locator('[data-action="next"]').click();
    await expectFitted(page);
    await frame.locator('label[for="work-seeking"]').click();
    await frame.locator('[data-action="next"]').click();
    // The preset municipality answers the third question; it shows on the check page, changeable.
    await expect(frame.locator('[data-action="see-result"]')).toBeVisible();
    await expect(frame.locator(".summary")).toContainText("八代市");
    await expectFitted(page);
    await frame.locator('[data-action="see-result"]').click();
    await expect(frame.locator(".screen-result")).toHaveAttribute("data-muni", "432024");
    // Its first screen is painted first, the rest after: the frame follows both.
    await expect(frame.locator(".screen-result[data-complete]")).toHaveCount(1);
    await expectFitted(page);
    // Opening details makes the page taller: the frame follows.
    const before = await iframe.evaluate((f) => f.getBoundingClientRect().height);
    await frame.locator("details.unlikely > summary, details.more-programmes > summary").first().click();
    await expectFitted(page);
    expect(await iframe.evaluate((f) => f.getBoundingClientRect().height)).toBeGreaterThan(before);

    // The only messages the widget ever sent: its height, a bounded whole number on the step;
    // and on each screen, the register and whether the person opened a new screen.
    const sent = await page.evaluate(() => window.__messages);
    expect(sent.length).toBeGreaterThan(0);
    for (const m of sent) {
      expect(m.origin).toBe(new URL(baseURL).origin);
      if (m.data.type === "ksn:height") {
        expect(Object.keys(m.data).sort()).toEqual(["height", "type"]);
        expect(Number.isInteger(m.data.height) && m.data.height % STEP === 0).toBe(true);
      } else {
        expect(Object.keys(m.data).sort()).toEqual(["lang", "top", "type"]);
        expect(m.data.type).toBe("ksn:screen");
        expect(m.data.lang).toBe("ja");
        expect(typeof m.data.top).toBe("boolean");
      }
    }
    // One screen message per screen: the first one (no step), then four steps.
    expect(sent.filter((m) => m.data.type === "ksn:screen").map((m) => m.data.top)).toEqual([false, true, true, true, true]);
    // No growing loop: the height settled, and nothing is sent while nothing changes.
    const count = sent.length;
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    expect((await page.evaluate(() => window.__messages)).length).toBe(count);
  });
}

test("forged height messages from the host window are ignored", async ({ page, baseURL }) => {
  const frame = await openHost(page, baseURL);
  await expectFitted(page);
  const iframe = page.locator("iframe");
  const height = await iframe.evaluate((f) => f.style.height);
  await page.evaluate(() => {
    for (const h of [480, 240, 999999, -1, "600"]) window.postMessage({ type: "ksn:height", height: h }, "*");
  });
  // Handled in order: once a later message of ours has arrived, the forged ones were seen.
  await page.evaluate(() => new Promise((r) => {
    addEventListener("message", function done(e) { if (e.data === "after") { removeEventListener("message", done); r(); } });
    postMessage("after", "*");
  }));
  expect(await iframe.evaluate((f) => f.style.height)).toBe(height);
  await expect(frame.locator("#screen-heading")).toBeVisible();
});

test("hostile presets are ignored quietly and never reach the page as markup", async ({ page, baseURL }) => {
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  const frame = await openHost(page, baseURL, (html) =>
    html.replace('data-muni="432024" data-lang="ja"', 'data-muni="&lt;img src=x onerror=alert(1)&gt;" data-lang="&quot;&gt;&lt;b&gt;" data-for="x&amp;mode=kiosk"'),
  );
  const src = new URL(await page.locator("iframe").getAttribute("src"));
  expect(src.search, "no preset survives").toBe("");
  await expect(page.locator("img, b")).toHaveCount(0);
  await expect(frame.locator("img, b")).toHaveCount(0);
  await expect(frame.locator(".navi:not(.boot)")).toHaveAttribute("data-mode", "standard");
  expect(errors).toEqual([]);
});

test("pasting the snippet twice makes two widgets and no error", async ({ page, baseURL }) => {
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await openHost(page, baseURL, (html) => {
    const tag = html.match(/<script src="[^"]+embed\.js"[^>]*><\/script>/)[0];
    return html.replace(tag, `${tag}\n<p id="between">…</p>\n${tag.replace('data-lang="ja"', 'data-lang="en"')}`);
  });
  await expect(page.locator("iframe")).toHaveCount(2);
  await expect(page.frameLocator("iframe").nth(1).locator(".navi:not(.boot)")).toHaveAttribute("data-lang", "en");
  await expect(page.locator("#before + iframe")).toHaveCount(1);
  await expect(page.locator("#between + iframe")).toHaveAttribute("title", "Kumamoto Support Navi");
  expect(errors).toEqual([]);
});

test("the host page's Back button leaves the host page: the widget adds no history entries", async ({ page, baseURL }) => {
  await page.goto(`${baseURL}/review.html`);
  const frame = await openHost(page, baseURL);
  await frame.locator('[data-action="begin"]').click();
  await frame.locator('label[for="school-univ"]').click();
  await frame.locator("#field-grad").fill("1998");
  await frame.locator('[data-action="next"]').click();
  await expect(frame.locator('label[for="work-seeking"]')).toBeVisible();
  // The widget's own back link still works inside the frame.
  await frame.locator(".back-link").click();
  await expect(frame.locator("#field-grad")).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(`${baseURL}/review.html`);
});

test("axe finds nothing on the host page with the widget in it", async ({ page, baseURL }) => {
  await openHost(page, baseURL);
  await expectFitted(page);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
});

test("a video-embed rule of the host's CSS does not squash the frame: it fits its content", async ({ page, baseURL }) => {
  for (const rule of ["iframe{max-height:600px}", "iframe{height:315px !important}", "iframe{min-height:2000px !important;aspect-ratio:16/9}"]) {
    const frame = await openHost(page, baseURL, (html) => html.replace("</style>", `${rule}</style>`));
    await expectFitted(page);
    await frame.locator('[data-action="begin"]').click();
    await expectFitted(page);
  }
});

test("after each step the new screen's heading is in the host's viewport, and the frame's title follows the register", async ({ page, baseURL }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  // Content above the widget: the host page scrolls.
  const frame = await openHost(page, baseURL, (html) => html.replace('<p id="before">', '<div style="height:900px"></div><p id="before">'));
  const headingInView = () =>
    expect.poll(async () => {
      const top = await page.locator("iframe").evaluate((f) => f.getBoundingClientRect().top);
      const inFrame = await frame.locator("#screen-heading").evaluate((h) => h.getBoundingClientRect().top);
      return top + inFrame >= 0 && top + inFrame < 844;
    }, { message: "the heading is in the host's viewport" }).toBe(true);
  await page.locator("iframe").scrollIntoViewIfNeeded();
  await frame.locator('[data-action="begin"]').click();
  await headingInView();
  await frame.locator('label[for="school-univ"]').click();
  await frame.locator("#field-grad").fill("1998");
  // The person has scrolled down to the button at the bottom of the form.
  await frame.locator('[data-action="next"]').click();
  await headingInView();
  await frame.locator('label[for="work-seeking"]').click();
  await frame.locator('[data-action="next"]').click();
  await frame.locator('[data-action="see-result"]').click();
  await expect(frame.locator(".screen-result[data-complete]")).toHaveCount(1);
  await headingInView();
  await frame.locator('[data-set-lang="en"]').first().click();
  await expect(page.locator("iframe")).toHaveAttribute("title", "Kumamoto Support Navi");
  await frame.locator('[data-set-lang="easy"]').first().click();
  await expect(page.locator("iframe")).toHaveAttribute("title", "くまもと しえん なび");
});

test("a second frame far below the fold has its height before it is scrolled to", async ({ page, baseURL }) => {
  await openHost(page, baseURL, (html) => {
    const tag = html.match(/<script src="[^"]+embed\.js"[^>]*><\/script>/)[0];
    return html.replace(tag, `${tag}\n<div style="height:6000px"></div>\n${tag.replace('data-lang="ja"', 'data-lang="en"')}`);
  });
  const second = page.locator("iframe").nth(1);
  const content = page.frames().find((f) => f !== page.mainFrame() && f.url().includes("lang=en"));
  await expect(content.locator(".navi:not(.boot)")).toBeVisible();
  await expect
    .poll(async () => {
      const outer = await second.evaluate((f) => Math.round(f.getBoundingClientRect().height));
      const inner = await content.evaluate(() => document.documentElement.getBoundingClientRect().height);
      return outer === Math.max(240, Math.ceil(inner / STEP) * STEP);
    })
    .toBe(true);
  // Never scrolled to: the host page is still at its top.
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
});

test("a host may pin the loader with integrity: the server sends it with CORS", async ({ page, baseURL, request }) => {
  const loader = await request.get(`${baseURL}/embed.js`);
  expect(loader.headers()["access-control-allow-origin"]).toBe("*");
  const { createHash } = await import("node:crypto");
  const sri = "sha384-" + createHash("sha384").update(await loader.body()).digest("base64");
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  const frame = await openHost(page, baseURL, (html) => html.replace('embed.js"', `embed.js" integrity="${sri}" crossorigin="anonymous"`));
  await expect(frame.locator(".navi:not(.boot)")).toBeVisible();
  expect(errors).toEqual([]);
});
