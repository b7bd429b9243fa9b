// A kiosk at a support counter (`?mode=kiosk`), with Playwright's clock: activity keeps the
// session, the warning comes at 120 s, the wipe follows its countdown, and afterwards nothing of
// the last person remains, not even through Back; nothing leads out of the widget; every QR code
// reads as the text it carries; every control is a large target.
import { test, expect, SPEECH_STUB } from "./fixtures.mjs";
import jsQR from "jsqr";
import { PNG } from "pngjs";

const LINK = "grad=1998&school=univ&work=seeking&muni=432024&lang=en";

test.beforeEach(async ({ page }) => {
  await page.clock.install();
});

/** Opens a kiosk on a result from a link, as a counsellor might, then checks it was taken in. */
async function kioskResult(navi, page, query = "mode=kiosk", link = LINK) {
  await navi.open(link, query);
  await navi.resultFor("432024");
  await expect(page.locator(".navi:not(.boot)")).toHaveAttribute("data-mode", "kiosk");
  // The link's answers left the address at once: no history entry holds them.
  await expect.poll(() => new URL(page.url()).hash).toBe("");
  // From here on, time moves only when the test moves it.
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
}

async function expectWiped(page) {
  await expect(page.locator('[data-action="begin"]')).toBeVisible();
  await expect(page.locator(".navi:not(.boot)")).toHaveAttribute("data-mode", "kiosk");
  await expect(page.locator(".navi:not(.boot)")).toHaveAttribute("data-lang", "ja");
  const text = await page.locator("body").innerText();
  for (const gone of ["八代", "Yatsushiro", "1998", "Hello Work", "Saposte"]) expect(text).not.toContain(gone);
  expect(new URL(page.url()).hash).toBe("");
  expect(new URL(page.url()).search).toBe("?mode=kiosk");
}

test("activity keeps the session; the warning comes after 120 s idle and the wipe after its countdown", async ({ navi, page }) => {
  await kioskResult(navi, page);
  const dialog = page.getByRole("alertdialog");
  await page.clock.runFor(100_000);
  await page.keyboard.press("Tab"); // someone is still here
  await page.clock.runFor(100_000);
  await expect(dialog).toBeHidden();
  await page.clock.runFor(21_000);
  await expect(dialog).toBeVisible();
  await expect(page.locator('[data-action="continue"]')).toBeFocused();
  await expect(page.locator("#idle-body")).toHaveAttribute("data-seconds-left", /^(59|60)$/);
  // "Continue" keeps everything.
  await page.locator('[data-action="continue"]').click();
  await expect(dialog).toBeHidden();
  await expect(page.locator(".screen-result")).toBeVisible();
  // Idle again: warning, then the wipe when the countdown ends.
  await page.clock.runFor(121_000);
  await expect(dialog).toBeVisible();
  await page.clock.runFor(30_000);
  await expect(page.locator("#idle-body")).toHaveAttribute("data-seconds-left", /^(29|30)$/);
  await page.clock.runFor(31_000);
  await expectWiped(page);
  await expect(dialog).toBeHidden();
  // Back brings nothing of the last person: it leaves the kiosk page.
  await page.goBack();
  expect(page.url()).not.toContain("grad=");
  expect(page.url()).not.toContain("#");
});

test("a kiosk asleep for 10 minutes wakes with nothing of the last person: its timers fired once, as after a suspend", async ({ navi, page }) => {
  await kioskResult(navi, page);
  // Timers due in those 10 minutes fire at most once, as when the machine wakes.
  await page.clock.fastForward(600_000);
  await expectWiped(page);
  await expect(page.getByRole("alertdialog")).toBeHidden();
});

test("asleep for 150 s, a kiosk wakes to the warning with the 30 s really left", async ({ navi, page }) => {
  await kioskResult(navi, page);
  await page.clock.fastForward(150_000);
  await expect(page.getByRole("alertdialog")).toBeVisible();
  await expect(page.locator("#idle-body")).toHaveAttribute("data-seconds-left", /^(29|30)$/);
  await page.clock.runFor(31_000);
  await expectWiped(page);
});

test("a hidden kiosk page hides its content, and on showing again after 10 minutes wipes before any timer runs", async ({ navi, page }) => {
  await kioskResult(navi, page);
  const setHidden = (hidden) =>
    page.evaluate((hidden) => {
      Object.defineProperty(document, "hidden", { configurable: true, get: () => hidden });
      Object.defineProperty(document, "visibilityState", { configurable: true, get: () => (hidden ? "hidden" : "visible") });
      document.dispatchEvent(new Event("visibilitychange"));
    }, hidden);
  await setHidden(true);
  await expect(page.locator(".screen-result")).toBeHidden();
  // The clock moves on, no timer runs (the screen is off), then the screen comes back.
  await page.clock.setSystemTime((await page.evaluate(() => Date.now())) + 600_000);
  await setHidden(false);
  await expectWiped(page);
  await expect(page.locator("html")).not.toHaveAttribute("data-away", /.*/);
});

test("a kiosk page hidden for a moment shows the same result again", async ({ navi, page }) => {
  await kioskResult(navi, page);
  const setHidden = (hidden) =>
    page.evaluate((hidden) => {
      Object.defineProperty(document, "hidden", { configurable: true, get: () => hidden });
      document.dispatchEvent(new Event("visibilitychange"));
    }, hidden);
  await setHidden(true);
  await expect(page.locator(".screen-result")).toBeHidden();
  await page.clock.setSystemTime((await page.evaluate(() => Date.now())) + 30_000);
  await setHidden(false);
  await expect(page.locator(".screen-result")).toBeVisible();
  await expect(page.getByRole("alertdialog")).toBeHidden();
});

test("「おわる」 wipes at once, keeps the kiosk's presets, and an empty kiosk never warns", async ({ navi, page }) => {
  await kioskResult(navi, page, "mode=kiosk&muni=432067");
  await page.locator('header [data-action="end"]').click();
  await expect(page.locator('[data-action="begin"]')).toBeVisible();
  await expect(page.locator(".navi:not(.boot)")).toHaveAttribute("data-lang", "ja");
  expect(new URL(page.url()).search).toBe("?mode=kiosk&muni=432067");
  await expect(page.locator(".kiosk-note")).toBeVisible();
  await page.clock.runFor(400_000);
  await expect(page.getByRole("alertdialog")).toBeHidden();
});

test("nothing leads out of a kiosk: pages and phone numbers are QR codes, and targets are large", async ({ navi, page }) => {
  await kioskResult(navi, page);
  // Open every collapsed part, so every link the result has is counted.
  await navi.openDetails();
  const links = await page.locator("a[href]").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  expect(links.filter((h) => !h.startsWith("#")), "no link out of the widget, not even tel:").toEqual([]);
  const qrs = page.locator("[data-qr]");
  expect(await qrs.count()).toBeGreaterThan(3);
  const texts = await qrs.evaluateAll((els) => els.map((e) => e.getAttribute("data-qr")));
  expect(texts.some((t) => t.startsWith("tel:"))).toBe(true);
  expect(texts.every((t) => /^(https?:|tel:)/.test(t))).toBe(true);
  // Each QR code is at least 160 CSS px wide and says what it opens.
  for (const qr of (await qrs.all()).slice(0, 6)) {
    const box = await qr.locator("svg").boundingBox();
    expect(box.width).toBeGreaterThanOrEqual(160);
    await expect(qr.locator("figcaption")).not.toBeEmpty();
  }
  // No geolocation on a shared screen; no share link without a public address.
  await expect(page.locator(".nearest")).toHaveCount(0);
  await expect(navi.action("share")).toHaveCount(0);
  // Every control at least 44 CSS px wide and 56 tall.
  const small = await page.locator("button, input, summary, label.radio, .radio label").evaluateAll((els) =>
    els
      .filter((e) => e.offsetParent !== null)
      .map((e) => [e.getBoundingClientRect(), e.textContent.trim().slice(0, 30)])
      .filter(([r]) => r.width < 44 || r.height < 56)
      .map(([r, t]) => `${t} ${Math.round(r.width)}×${Math.round(r.height)}`),
  );
  expect(small).toEqual([]);
  // The number stands apart from its label, as on a phone's call button ("Call 0965…"), or
  // starts a line of its own.
  const apart = await page.locator(".summary-card .tel-number").evaluate((p) => {
    const label = p.querySelector(".call-label");
    const range = document.createRange();
    range.selectNode(label.nextSibling);
    const [number, box] = [range.getClientRects()[0], label.getBoundingClientRect()];
    return number.top >= box.bottom - 1 || number.left - box.right >= 4;
  });
  expect(apart, "a space between the call label and the number").toBe(true);
  // axe waits on timers of its own: let time run again.
  await page.clock.resume();
  await navi.expectAccessible("kiosk result");
});

test("axe finds nothing on the idle warning", async ({ navi, page }) => {
  await kioskResult(navi, page);
  await page.clock.runFor(121_000);
  await expect(page.getByRole("alertdialog")).toBeVisible();
  await page.clock.resume(); // 60 s of real time left: ample for axe
  await navi.expectAccessible("idle warning");
});

test("with its public address, a kiosk offers the result for the person's phone as a QR code, on request", async ({ navi, page }) => {
  await kioskResult(navi, page, "mode=kiosk&site=https%3A%2F%2Fnavi.example.jp%2Fkumamoto%2F");
  await expect(page.locator(".share [data-qr]")).toHaveCount(0);
  await navi.action("share").click();
  await expect(page.locator(".share-warning")).toBeVisible();
  const qr = page.locator(".share [data-qr]");
  await expect(qr).toHaveAttribute("data-qr", `https://navi.example.jp/kumamoto/#${LINK}`);
  // Its caption says where it leads.
  await expect(qr.locator("figcaption")).toContainText("Opens a page on: navi.example.jp");
});

test("a site= that is no public https host is ignored: the kiosk then offers no QR code of the answers", async ({ navi, page }) => {
  for (const site of ["https://localhost/", "https://192.168.0.10/", "https://:443/", "https://navi/", "http://navi.example.jp/"]) {
    await kioskResult(navi, page, `mode=kiosk&site=${encodeURIComponent(site)}`);
    await expect(page.locator(".screen-result")).toBeVisible();
    await expect(page.locator('[data-action="share"]')).toHaveCount(0);
    await page.clock.resume(); // the next page's start-up runs on timers
  }
});

test("every QR code on a kiosk's result reads, from a screenshot, as exactly its data-qr text", async ({ navi, page }) => {
  await kioskResult(navi, page);
  await navi.openDetails();
  test.setTimeout(120_000);
  const qrs = await page.locator("[data-qr]").all();
  expect(qrs.length).toBeGreaterThan(3);
  const seen = new Set();
  for (const qr of qrs) {
    const text = await qr.getAttribute("data-qr");
    if (seen.has(text)) continue;
    seen.add(text);
    const png = PNG.sync.read(await qr.locator("svg").screenshot());
    const read = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    expect(read?.data, "decoded").toBe(text);
  }
});

test("no warning while the kiosk is reading aloud to someone", async ({ navi, page }) => {
  await page.addInitScript(SPEECH_STUB); // an on-device Japanese voice
  await kioskResult(navi, page, "mode=kiosk", LINK.replace("lang=en", "lang=ja"));
  await page.locator("[data-read-aloud]").click();
  await page.clock.runFor(200_000);
  await expect(page.getByRole("alertdialog")).toBeHidden();
  // Reading ends: the idle count starts again.
  await page.evaluate(() => window.speechSynthesis.cancel());
  await page.clock.runFor(121_000);
  await expect(page.getByRole("alertdialog")).toBeVisible();
});

test("a key pressed while the warning shows does not stop the countdown: only 続ける does", async ({ navi, page }) => {
  await kioskResult(navi, page);
  await page.clock.runFor(121_000);
  await expect(page.getByRole("alertdialog")).toBeVisible();
  await page.keyboard.press("Tab");
  await page.clock.runFor(60_000);
  await expectWiped(page);
});

test("the footer dates the data; a kiosk whose data is over 90 days old asks staff to update it, a phone never", async ({ navi, page }) => {
  for (const query of ["mode=kiosk", ""]) {
    await navi.open("", query);
    const footer = page.locator(".navi-footer .data-date");
    // Written as every other date is: 2026年11月21日, 21 November 2026.
    await expect(footer).toHaveText(/^この案内の情報は、\d{4}年\d{1,2}月\d{1,2}日に確認したものです。$/);
    const [, y, m, d] = (await footer.textContent()).match(/(\d{4})年(\d{1,2})月(\d{1,2})日/).map(Number);
    const dataDate = `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
    const month = new Date(Date.UTC(y, m - 1, d)).toLocaleString("en-GB", { month: "long", timeZone: "UTC" });
    const day = (n) => new Date(Date.parse(`${dataDate}T12:00:00+09:00`) + n * 86_400_000);
    const stale = page.locator("[data-stale]");
    // 90 days after the data's date: still current. The widget notices a new day each minute.
    await page.clock.setSystemTime(day(90));
    await page.clock.runFor(61_000);
    await expect(stale).toHaveCount(0);
    await page.clock.setSystemTime(day(91));
    await page.clock.runFor(61_000);
    if (query) {
      await expect(stale).toContainText(`職員の方へ：このナビの情報は ${dataDate} 時点のもので`);
      await navi.setLang("en");
      await expect(stale).toContainText(`For staff: this guide's information is from ${dataDate}`);
      await expect(page.locator(".navi-footer .data-date")).toHaveText(`This guide's information was last checked on ${d} ${month} ${y}.`);
    } else {
      await expect(stale).toHaveCount(0);
    }
  }
});

test.describe("read standing at arm's length", () => {
  test.skip(({ isMobile }) => isMobile, "a kiosk is a large screen");
  for (const [width, height] of [[1080, 1920], [1920, 1080]]) {
    test(`${width}×${height}: text ≥ 22 px, controls ≥ 56 px tall, content ≥ 80% wide; the first screen holds the verdict, the first step and the first place with its QR code, in three registers`, async ({ navi, page }) => {
      await page.setViewportSize({ width, height });
      for (const lang of ["ja", "easy", "en"]) {
        await navi.open(`grad=1998&school=univ&work=seeking&muni=432024&lang=${lang}`, "mode=kiosk");
        await navi.resultFor("432024");
        const m = await page.evaluate(() => {
          const shown = (sel) => [...document.querySelectorAll(`.navi:not(.boot) :is(${sel})`)].filter((e) => e.offsetParent && e.getClientRects().length);
          // Every text a person reads (not a reading above its word: <rt> is half size by design).
          const text = shown("p, li, dt, dd, label, summary, figcaption, span:not(rt span), button, a, h1, h2, h3, h4")
            .filter((e) => [...e.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim()))
            .map((e) => [parseFloat(getComputedStyle(e).fontSize), e.textContent.trim().slice(0, 24)])
            .filter(([px]) => px < 22);
          const controls = shown("button, input, select, summary, a, .radio label")
            .map((e) => [e.getBoundingClientRect().height, e.textContent.trim().slice(0, 24)])
            .filter(([h]) => h < 56);
          const main = document.querySelector(".navi:not(.boot) .navi-main").getBoundingClientRect();
          const inView = (sel) => {
            const e = document.querySelector(sel);
            return !!e && e.getBoundingClientRect().bottom <= innerHeight;
          };
          return {
            text, controls, share: main.width / innerWidth,
            verdict: inView("[data-summary] [data-cohort]"), step: inView("[data-summary] [data-step]"),
            place: inView("[data-summary] [data-office]"), qr: inView("[data-summary] [data-qr] svg"),
          };
        });
        expect(m.text, `${lang}: text under 22 px`).toEqual([]);
        expect(m.controls, `${lang}: controls under 56 px tall`).toEqual([]);
        expect(m.share, lang).toBeGreaterThanOrEqual(0.8);
        expect([m.verdict, m.step, m.place, m.qr], `${lang}: verdict, step, place, QR on the first screen`).toEqual([true, true, true, true]);
      }
    });
  }
});
