// Nothing leaves the device and nothing breaks the widget: the browser refuses every request
// after start-up, nothing is stored, hostile input is harmless, and a panic shows an apology.
import { test, expect } from "./fixtures.mjs";
import { readFileSync, readdirSync } from "node:fs";

const FULL = "grad=1998&school=univ&work=seeking&muni=432024";

test("after start-up the browser itself refuses fetch, XHR, beacons, WebSockets, images and frames", async ({ navi, page }) => {
  await navi.open(FULL);
  const result = await page.evaluate(async () => {
    const violations = [];
    // Resolves once a violation of `directive` has been reported: an event, not a timer.
    const waiters = [];
    const violated = (directive) =>
      violations.includes(directive) ? Promise.resolve() : new Promise((r) => waiters.push([directive, r]));
    document.addEventListener("securitypolicyviolation", (e) => {
      violations.push(e.effectiveDirective);
      for (const [d, r] of waiters) if (d === e.effectiveDirective) r();
    });
    const outcome = {};
    for (const [name, url] of [["fetch-same-origin", "/index.html"], ["fetch-other-origin", "http://127.0.0.2:9/x"]]) {
      try {
        await fetch(url);
        outcome[name] = "sent";
      } catch {
        outcome[name] = "refused";
      }
    }
    outcome.xhr = await new Promise((done) => {
      const x = new XMLHttpRequest();
      try {
        x.open("GET", "/index.html");
        x.onload = () => done("sent");
        x.onerror = () => done("refused");
        x.send();
      } catch {
        done("refused");
      }
    });
    // sendBeacon may report "queued"; the browser then refuses to send it (a violation below).
    outcome.beacon = navigator.sendBeacon("/beacon", "answers") ? "queued-then-blocked" : "refused";
    outcome.websocket = await new Promise((done) => {
      try {
        const ws = new WebSocket("ws://127.0.0.1:9/");
        ws.onopen = () => done("sent");
        ws.onerror = () => done("refused");
      } catch {
        done("refused");
      }
    });
    outcome.image = await new Promise((done) => {
      const img = new Image();
      img.onload = () => done("sent");
      img.onerror = () => done("refused");
      img.src = "http://127.0.0.2:9/pixel.gif?answers=1";
    });
    // A refused frame fires no error event; the policy violation is the event to wait for.
    const frame = document.createElement("iframe");
    frame.src = "http://127.0.0.2:9/";
    document.body.append(frame);
    await violated("frame-src");
    outcome.frame = "refused";
    // The beacon's refusal is reported too (whether sendBeacon said "queued" or not).
    await violated("connect-src");
    return { outcome, violations };
  });
  const { beacon, ...rest } = result.outcome;
  expect(rest).toEqual({
    "fetch-same-origin": "refused",
    "fetch-other-origin": "refused",
    xhr: "refused",
    websocket: "refused",
    image: "refused",
    frame: "refused",
  });
  expect(["refused", "queued-then-blocked"]).toContain(beacon);
  // Two fetches, the XHR, the beacon and the WebSocket: five refusals of connect-src.
  expect(result.violations.filter((d) => d === "connect-src").length).toBeGreaterThanOrEqual(5);
  for (const d of ["img-src", "frame-src"]) expect(result.violations, d).toContain(d);
  expect(navi.refusedByPolicy()).toContain("http://127.0.0.2:9/pixel.gif?answers=1");
  expect(navi.unexpectedRequests(), "not one request reached the network").toEqual([]);
});

test("nothing is stored: no cookie, storage, database, cache or service worker after a full flow", async ({ navi, page, context }) => {
  await navi.open();
  await page.getByRole("button", { name: "はじめる" }).click();
  await navi.answerSchooling({ school: "hs", grad: 2001, born: 1983 });
  await navi.answerWork("withdrawn");
  await navi.answerMunicipality("熊本市");
  await page.getByRole("button", { name: "結果を見る" }).click();
  await navi.complete();
  await expect(navi.cohort()).toBeVisible();
  const stored = await page.evaluate(async () => ({
    cookie: document.cookie,
    local: localStorage.length,
    session: sessionStorage.length,
    databases: (await indexedDB.databases()).length,
    caches: (await caches.keys()).length,
    workers: (await navigator.serviceWorker.getRegistrations()).length,
  }));
  expect(stored).toEqual({ cookie: "", local: 0, session: 0, databases: 0, caches: 0, workers: 0 });
  expect(await context.cookies()).toEqual([]);
  expect(new URL(page.url()).hash).toBe("");
  // History entries hold a screen number, never an answer.
  expect(await page.evaluate(() => typeof history.state)).toBe("number");
});

test("clearing the answers forgets them, also from the address of a deep link", async ({ navi, page }) => {
  await navi.open(FULL);
  await page.getByRole("button", { name: "答えを消す" }).click();
  await expect(navi.heading()).toContainText("探しましょう");
  expect(new URL(page.url()).hash).toBe("");
  await page.reload();
  await expect(navi.heading()).toContainText("探しましょう");
  await expect(page.getByRole("button", { name: "答えを消す" })).toHaveCount(0);
});

test("a link to the result is made only when asked, with a warning, and opens the same result", async ({ navi, page, context }) => {
  await navi.open();
  await page.getByRole("button", { name: "はじめる" }).click();
  await navi.answerSchooling({ school: "univ", grad: 2000 });
  await navi.answerWork("nonregular");
  await navi.answerMunicipality("玉名市");
  await page.getByRole("button", { name: "結果を見る" }).click();
  await navi.complete();
  await expect(page.locator("#share-link")).toHaveCount(0);
  await page.getByRole("button", { name: "この結果へのリンクを作る" }).click();
  await expect(page.locator(".share-warning")).toContainText("だれでも同じ結果を見られます");
  await navi.expectAccessible("the share link open");
  const link = await page.locator("#share-link").inputValue();
  // Answers and the language: a shared link opens in the language it was made in.
  expect(link).toMatch(/\/#grad=2000&school=univ&work=nonregular&muni=432067&lang=ja$/);
  expect(new URL(page.url()).hash, "the page's own address is untouched").toBe("");
  const other = await context.newPage();
  await other.goto(link);
  await expect(other.locator("[data-summary] [data-cohort]")).toHaveAttribute("data-cohort", "yes");
  await expect(other.locator('.places [data-office="saposte-tamana"]')).toBeAttached();
  await other.close();
});

test("hostile typing is harmless: years are refused politely, nothing becomes HTML", async ({ navi, page }) => {
  page.on("dialog", (d) => {
    throw new Error(`a dialog opened: ${d.message()}`);
  });
  await navi.open();
  await page.getByRole("button", { name: "はじめる" }).click();
  await page.locator('label[for="school-hs"]').click();
  const grad = page.getByLabel("その学校を離れた年");
  await grad.fill("<img src=x onerror=alert(1)>");
  expect((await grad.inputValue()).length).toBeLessThanOrEqual(12);
  await page.getByLabel(/生まれた年/).fill("99999999999");
  await navi.next();
  await expect(grad).toBeFocused();
  await expect(page.locator("#field-grad-error")).toContainText("「1998」や「平成10年」のように");
  await expect(grad).toHaveAttribute("aria-describedby", /field-grad-error/);
  await expect(page.locator("#field-born-error")).toContainText("生まれた年");
  await expect(page.locator("#app img")).toHaveCount(0);
  await grad.fill("1998");
  await page.getByLabel(/生まれた年/).fill("");
  await navi.next();
  await navi.answerWork("seeking");
  await page.getByLabel("市町村名で絞り込む").fill("<script>alert(1)</script>");
  await expect(page.locator("#muni-count")).toContainText("見つかりませんでした");
  await expect(page.locator("#app script")).toHaveCount(0);
  await navi.expectAccessible("hostile input");
});

test("a panic shows an apology and a way to start again", async ({ navi, page }) => {
  const logged = [];
  page.on("console", (m) => m.type() === "error" && logged.push(m.text()));
  await page.goto("/#panic-test");
  const apology = page.getByRole("alert");
  await expect(apology).toContainText("申し訳ありません");
  await expect(apology).toContainText("答えは、どこにも送られていません");
  expect(logged.join("\n")).toContain("deliberate panic");
  await navi.expectAccessible("the apology page");
  // The trap that ends the broken instance surfaces as a page error; that is expected here.
  expect(navi.pageErrors.join("\n")).toMatch(/unreachable/i);
  navi.pageErrors.length = 0;
  await page.getByRole("link", { name: "はじめからやり直す" }).click();
  await expect(navi.heading()).toContainText("探しましょう");
});

test("the privacy page says what the widget does and never does, in each place it runs, linked from every screen", async ({ navi, page }) => {
  await navi.open(FULL);
  // A static page of its own, in a new tab, so the answers stay in this one.
  const link = page.getByRole("link", { name: "プライバシーについて" });
  await expect(link).toHaveAttribute("href", "privacy.html");
  await expect(link).toHaveAttribute("target", "_blank");
  await page.goto("/privacy.html");
  await expect(navi.heading()).toHaveText("このナビとプライバシー");
  const body = page.locator(".screen-privacy");
  for (const said of ["答えを送信しません", "ネットワーク", "高さ（数字1つ）だけ", "2分間操作がないと", "QRコード", "印刷"]) {
    await expect(body).toContainText(said);
  }
  await navi.expectAccessible("privacy page");
  // The old address still leads there.
  await page.goto("/#privacy&lang=en");
  await expect(page).toHaveURL(/\/privacy\.en\.html$/);
  await expect(navi.heading()).toHaveText("This guide and your privacy");
});

// The built files themselves: no storage API anywhere, and no network API but the fetch the
// glue uses to load the wasm at start-up, the register packs' (and the start-up script's
// integrity-checked fetch).
test("the built JS and wasm use no network or storage API beyond the start-up load", async () => {
  const dist = new URL("../../dist/", import.meta.url);
  const files = readdirSync(dist);
  const forbidden = /localStorage|sessionStorage|indexedDB|document\.cookie|XMLHttpRequest|WebSocket|sendBeacon|EventSource|caches\.|serviceWorker|importScripts|RTCPeerConnection/;
  for (const f of files.filter((f) => f.endsWith(".js"))) {
    let js = readFileSync(new URL(f, dist), "utf8");
    if (f === "sw.js") {
      // A kiosk's offline worker: it fetches only the files of its list, each against its
      // hash, and keeps only those; nothing else (offline.spec.mjs runs it).
      // And, asked hourly by an idle kiosk, the published index.html, to compare with its own:
      // its answer to the page is one of three words.
      expect(js.match(/\bfetch\(/g)).toEqual(["fetch(", "fetch(", "fetch("]);
      expect(js).toContain("fetch(file, { integrity, cache: \"no-cache\" })");
      expect(js).toContain("hit || fetch(request)");
      expect(js).toContain('fetch("index.html", { cache: "no-store" })');
      expect(js.match(/postMessage\([^)]*\)/g)).toEqual(['postMessage({ type: "ksn:check", state })']);
      expect(js).not.toMatch(/localStorage|sessionStorage|indexedDB|cookie|XMLHttpRequest|WebSocket|sendBeacon|EventSource|importScripts/);
      continue;
    }
    if (f.startsWith("boot-")) {
      // The start-up script registers that worker only when the widget, having read its own
      // settings, says it is a kiosk not framed (one parser of `mode`, src/settings.rs), and
      // only this file, through the one Trusted Types policy the page allows.
      expect(js).toMatch(/document\.addEventListener\("ksn:kiosk",/);
      expect(js.match(/\.register\([^;]*/)[0]).toMatch(/^\.register\(\w+\?\w+\.createPolicy\("ksn-sw",\{createScriptURL:\w+\}\)\.createScriptURL\("\.\/sw\.js"\):"\.\/sw\.js"\)/);
      expect(js).toMatch(/if\(\w+==="\.\/sw\.js"\)return \w+;throw new TypeError/);
      expect(js.match(/serviceWorker/g)).toHaveLength(1);
      js = js.replace("navigator.serviceWorker", "");
    }
    expect(js, f).not.toMatch(forbidden);
    const fetches = js.match(/\bfetch\(/g) ?? [];
    if (f === "embed.js") {
      // The loader a municipal page runs: it fetches nothing and posts nothing; it only
      // listens for the frame's height.
      expect(fetches.length, f).toBe(0);
      expect(js, f).not.toMatch(/postMessage/);
    } else if (f.startsWith("boot-")) {
      expect(fetches.length, f).toBe(1);
      expect(js, f).toMatch(/fetch\("\.\/[^"]+_bg\.wasm",\{integrity:"sha384-/);
    } else {
      // wasm-bindgen's start-up fetch, and the one the wasm calls for the register packs
      // (src/ui/packs.rs: a name and the request's options, with its integrity), made before
      // the network closes; packs.spec.mjs checks what it fetches, and when.
      expect(fetches.length, `${f}: the start-up fetch and the packs'`).toBe(2);
      // wasm-bindgen's `module_or_path = fetch(module_or_path)`, minified or not.
      expect(js).toMatch(/\b(\w+) ?= ?fetch\(\1\)/);
      expect(js).toMatch(/\w+:function\((\w+),(\w+),(\w+),(\w+)\)\{return \1\.fetch\(\w+\(\2,\3\),\4\)\}/);
    }
  }
  const wasmFile = files.find((f) => f.endsWith(".wasm"));
  const module = new WebAssembly.Module(readFileSync(new URL(wasmFile, dist)));
  const imports = WebAssembly.Module.imports(module).map((i) => i.name);
  expect(imports.length).toBeGreaterThan(20);
  // The wasm can only call what the glue gives it (the build shortens the names, so the glue's
  // code is what is checked): no network or storage API, one way to send a message, the
  // height report to a host page (src/ui/dom.rs; embed.spec.mjs checks it is the only one).
  const glue = files.find((f) => /^kumamoto-shien-navi-[0-9a-f]+\.js$/.test(f));
  const glueJs = readFileSync(new URL(glue, dist), "utf8");
  expect(glueJs).not.toMatch(/\.open\(|caches|serviceWorker|sendBeacon/);
  expect(glueJs.match(/\.postMessage\(/g) ?? []).toHaveLength(1);
});
