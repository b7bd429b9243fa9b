// A kiosk keeps working when the network is gone (issue 11): only `?mode=kiosk`, never framed,
// registers the offline worker (dist/sw.js, written by tools/sw.mjs); it keeps exactly the
// current build's files, checked against their hashes; a new build takes over at the kiosk's
// next start and the old cache goes. Residents' visits keep nothing (also privacy.spec.mjs).
import { test, expect } from "./fixtures.mjs";
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { DIST } from "./fixtures.mjs";
import { PORT } from "./playwright.config.mjs";

const LINK = "grad=1998&school=univ&work=seeking&muni=432024";
const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** Opens a kiosk and waits until its worker controls the page. */
async function kioskUnderWorker(page, base = "") {
  await page.goto(`${base}/?mode=kiosk`);
  await expect(page.locator(".navi:not(.boot)")).toHaveAttribute("data-mode", "kiosk");
  // Started, and the network closed after the register packs.
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveCount(2);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((r) => navigator.serviceWorker.addEventListener("controllerchange", r, { once: true }));
    }
  });
}

/** The worker's caches: name → the files in it with the sha384 of each. */
function cached(page) {
  return page.evaluate(async () => {
    const out = {};
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      out[name] = {};
      for (const req of await cache.keys()) {
        const body = await (await cache.match(req)).arrayBuffer();
        const digest = await crypto.subtle.digest("SHA-384", body);
        out[name][new URL(req.url).pathname.slice(1)] = btoa(String.fromCharCode(...new Uint8Array(digest)));
      }
    }
    return out;
  });
}

/** index.html and the hashed files of a built site, with the sha384 of each. */
function buildFiles(dir) {
  // The hashed files of the build, the register packs among them.
  const files = ["index.html", ...readdirSync(dir).filter((f) => /-[0-9a-f]{8,16}(_bg)?\.(js|wasm|css|txt)$/.test(f))];
  return Object.fromEntries(files.sort().map((f) => [f, createHash("sha384").update(readFileSync(join(dir, f))).digest("base64")]));
}

test.describe("kiosk offline", () => {
  test.skip(({ isMobile }) => isMobile, "a kiosk is a large screen; once is enough");
  test.use({ viewport: { width: 1080, height: 1920 } });

  test("the worker keeps exactly this build's files, and the kiosk starts and shows a result with the network cut", async ({ page, context }) => {
    const violations = [];
    await page.exposeFunction("reportViolation", (v) => violations.push(v));
    await page.addInitScript(() =>
      document.addEventListener("securitypolicyviolation", (e) => window.reportViolation(`${e.violatedDirective} ${e.blockedURI}`)),
    );
    await kioskUnderWorker(page);
    const caches = await cached(page);
    expect(Object.keys(caches)).toHaveLength(1);
    expect(Object.keys(caches)[0]).toMatch(/^ksn-[0-9a-f]{16}$/);
    expect(Object.values(caches)[0]).toEqual(buildFiles(fileURLToPath(DIST)));
    // The locked policy holds under the worker too: the page itself can fetch nothing.
    expect(await page.evaluate(() => fetch("./index.html").then(() => "fetched", () => "refused"))).toBe("refused");

    await context.setOffline(true);
    await page.reload();
    await expect(page.locator(".navi:not(.boot)")).toHaveAttribute("data-mode", "kiosk");
    await page.locator('[data-action="begin"]').click();
    await expect(page.locator("#field-grad")).toBeVisible();
    // A link to a result, opened afresh while offline.
    await page.goto("about:blank");
    const responses = [];
    page.on("response", (r) => responses.push(r));
    await page.goto(`/?mode=kiosk#${LINK}`);
    await expect(page.locator('.screen-result[data-muni="432024"]')).toBeVisible();
    expect(responses.length).toBeGreaterThan(0);
    for (const r of responses) expect(r.fromServiceWorker(), r.url()).toBe(true);
    // Only the refused fetch above: the two policies and the worker get on.
    expect(violations.filter((v) => !v.startsWith("connect-src"))).toEqual([]);
    expect(violations.length).toBe(1);
  });

  test("never framed: a kiosk address inside another page registers nothing", async ({ page, baseURL }) => {
    const host = "http://localhost:8182/";
    await page.route(host, (route) =>
      route.fulfill({ contentType: "text/html", body: `<!doctype html><title>host</title><iframe title="widget" src="${baseURL}/?mode=kiosk" width="800" height="900"></iframe>` }),
    );
    await page.goto(host);
    await expect(page.frameLocator("iframe").locator(".navi:not(.boot)")).toBeVisible();
    await page.goto(`${baseURL}/privacy.html`);
    expect(await page.evaluate(async () => [(await navigator.serviceWorker.getRegistrations()).length, (await caches.keys()).length])).toEqual([0, 0]);
  });

  test("build A, then build B: the kiosk runs B at its next start, and A's cache is gone", async ({ browser }) => {
    // Two builds side by side: B is A with one change to index.html, its worker written anew.
    const tmp = mkdtempSync(join(tmpdir(), "ksn-builds-"));
    const [a, b, live] = [join(tmp, "a"), join(tmp, "b"), join(tmp, "live")];
    cpSync(fileURLToPath(DIST), a, { recursive: true });
    cpSync(fileURLToPath(DIST), b, { recursive: true });
    const index = join(b, "index.html");
    writeFileSync(index, readFileSync(index, "utf8").replace("<title>", '<meta name="ksn-test-build" content="B"><title>'));
    await new Promise((ok, fail) =>
      spawn("node", [join(ROOT, "tools/sw.mjs"), b], { stdio: "ignore" }).on("exit", (c) => (c === 0 ? ok() : fail(new Error(`sw.mjs ${c}`)))),
    );
    symlinkSync(a, live);
    const port = PORT + 3;
    const server = spawn("node", [join(ROOT, "tools/serve.mjs"), live, String(port)], { stdio: ["ignore", "pipe", "inherit"] });
    await new Promise((ok) => server.stdout.once("data", ok)); // it prints its address when listening
    const base = `http://127.0.0.1:${port}`;
    const context = await browser.newContext({ viewport: { width: 1080, height: 1920 } });
    try {
      const page = await context.newPage();
      await kioskUnderWorker(page, base);
      const cacheA = Object.keys(await cached(page));
      expect(await page.locator('meta[name="ksn-test-build"]').count()).toBe(0);

      // B is published. The kiosk's next start (here a reload) still shows A from its cache,
      // and meanwhile installs B; B takes over the page when ready.
      const next = join(tmp, "next");
      symlinkSync(b, next);
      renameSync(next, live);
      await page.reload();
      await expect(page.locator(".navi:not(.boot)")).toBeVisible();
      await expect(page.locator("html")).toHaveAttribute("data-update", "");
      // The end of the session starts B.
      await page.locator('[data-action="end"]').click();
      await expect(page.locator('meta[name="ksn-test-build"]')).toHaveAttribute("content", "B");
      await expect(page.locator(".navi:not(.boot)")).toHaveAttribute("data-mode", "kiosk");
      const after = await cached(page);
      expect(Object.keys(after)).toHaveLength(1);
      expect(Object.keys(after)).not.toEqual(cacheA);
      expect(Object.values(after)[0]).toEqual(buildFiles(b));
    } finally {
      await context.close();
      server.kill();
      rmSync(tmp, { recursive: true, force: true });
    }
  });

  /** Builds A (this build) and B (A with one change to index.html; its worker written anew
   *  unless `worker` is false, as when sw.js was not deployed with it), served from a folder
   *  that `publish()` switches from A to B, or `stop()` takes off the network. */
  async function builds(port, { worker = true } = {}) {
    const tmp = mkdtempSync(join(tmpdir(), "ksn-builds-"));
    const [a, b, live] = [join(tmp, "a"), join(tmp, "b"), join(tmp, "live")];
    cpSync(fileURLToPath(DIST), a, { recursive: true });
    cpSync(fileURLToPath(DIST), b, { recursive: true });
    const index = join(b, "index.html");
    writeFileSync(index, readFileSync(index, "utf8").replace("<title>", '<meta name="ksn-test-build" content="B"><title>'));
    if (worker) {
      await new Promise((ok, fail) =>
        spawn("node", [join(ROOT, "tools/sw.mjs"), b], { stdio: "ignore" }).on("exit", (c) => (c === 0 ? ok() : fail(new Error(`sw.mjs ${c}`)))),
      );
    }
    symlinkSync(a, live);
    const server = spawn("node", [join(ROOT, "tools/serve.mjs"), live, String(port)], { stdio: ["ignore", "pipe", "inherit"] });
    await new Promise((ok) => server.stdout.once("data", ok));
    return {
      base: `http://127.0.0.1:${port}`,
      publish() {
        const next = join(tmp, "next");
        symlinkSync(b, next);
        renameSync(next, live);
      },
      stop: () => server.kill(),
      done() {
        server.kill();
        rmSync(tmp, { recursive: true, force: true });
      },
    };
  }

  /** The worker's answer about the published build, once the kiosk has asked (the start-up
   *  script puts it on <html data-build>; the widget takes it at its next tick, and the clock
   *  is paused here). */
  const answer = (page, state) => expect(page.locator("html")).toHaveAttribute("data-build", state, { timeout: 60_000 });

  /** A kiosk under its worker, on builds served at `port`, its clock paused: `run(page, site)`. */
  async function kioskOnBuilds(browser, port, options, run) {
    const site = await builds(port, options);
    const context = await browser.newContext({ viewport: { width: 1080, height: 1920 } });
    try {
      const page = await context.newPage();
      await page.clock.install();
      await kioskUnderWorker(page, site.base);
      await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
      await run(page, site);
    } finally {
      await context.close();
      site.done();
    }
  }

  test("a kiosk nobody is using takes up a newer build by itself: it asks hourly, and starts it after a minute untouched", async ({ browser }) => {
    await kioskOnBuilds(browser, PORT + 4, {}, async (page, site) => {
      site.publish();
      // Within the hour, it asks; the worker installs B (every file of a build, fetched and
      // checked: slow on a loaded machine), which takes over the page.
      await page.clock.fastForward(3_600_000);
      await answer(page, "newer");
      // B installs and takes over the page. Now and then (about one run in six here) the
      // browser does not install it at the first ask; the kiosk asks again the next hour, as it
      // would for a network that failed: that second ask must take it up.
      const updated = page.locator("html[data-update]");
      try {
        await expect(updated).toHaveCount(1, { timeout: 30_000 });
      } catch {
        await page.clock.fastForward(3_600_000);
        await expect(updated).toHaveCount(1, { timeout: 60_000 });
      }
      // Nobody there for a minute: the kiosk starts B.
      await page.clock.runFor(61_000);
      await expect(page.locator('meta[name="ksn-test-build"]')).toHaveAttribute("content", "B");
      await expect(page.locator("[data-update-notice]")).toHaveCount(0);
    });
  });

  test("a newer build published without its sw.js: the kiosk cannot take it up, and tells staff", async ({ browser }) => {
    await kioskOnBuilds(browser, PORT + 5, { worker: false }, async (page, site) => {
      site.publish();
      await page.clock.fastForward(3_600_000);
      await answer(page, "newer");
      // Not taken up within 15 minutes of the answer (heard at the next tick): a note for
      // staff, in the kiosk's register.
      await page.clock.runFor(15 * 60_000 + 2_000);
      const notice = page.locator('[data-update-notice="blocked"]');
      await expect(notice).toContainText("職員の方へ：新しい版が公開されていますが、この端末に入れられません。");
      await expect(page.locator('meta[name="ksn-test-build"]')).toHaveCount(0);
    });
  });

  test("a kiosk that cannot reach its server for a day tells staff; one that can, never", async ({ browser }) => {
    await kioskOnBuilds(browser, PORT + 6, {}, async (page, site) => {
      const notice = page.locator("[data-update-notice]");
      // Reached 23 hours on: a day after the start is no day without an answer.
      await page.clock.fastForward(23 * 3_600_000);
      await answer(page, "current");
      await page.clock.fastForward(2 * 3_600_000);
      await expect(notice).toHaveCount(0);
      // The server goes: its answers stop.
      site.stop();
      await page.clock.fastForward(3_600_000);
      await answer(page, "unreachable");
      await page.clock.fastForward(25 * 3_600_000);
      await expect(notice).toHaveAttribute("data-update-notice", "unreachable");
      await expect(notice).toContainText("職員の方へ：この端末は24時間以上、新しい版があるか確かめられていません。");
    });
  });
});
