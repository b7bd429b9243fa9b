// Trunk post-build hook: makes the built page work under its strict Content-Security-Policy.
//
// Trunk writes the start-up code as an inline <script type=module>. The policy in index.html
// allows no inline script but its own start-screen script (by hash, written in here), so this
// hook moves that code into a file of its own,
// loaded with Subresource Integrity, and makes it fetch the wasm with an integrity check too
// (a <link rel=preload> cannot check a wasm file's integrity, so that link is dropped).
// It then checks the result and fails the build if anything would weaken the policy.
//
// Runs in TRUNK_STAGING_DIR (Trunk sets it), or on a directory given as the first argument.

import { createHash } from "node:crypto";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

import { transformSync } from "esbuild";

import { shortenNames } from "./wasm-names.mjs";

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
if (!dir) fail("no staging directory (TRUNK_STAGING_DIR)");
const htmlPath = join(dir, "index.html");
let html = readFileSync(htmlPath, "utf8");

function fail(msg) {
  console.error(`harden: ${msg}`);
  process.exit(1);
}
const sri = (buf) => "sha384-" + createHash("sha384").update(buf).digest("base64");

// 1. The inline start-up script Trunk wrote.
const inline = [...html.matchAll(/<script type="?module"?>([\s\S]*?)<\/script>/g)];
if (inline.length !== 1) fail(`expected one inline module script, found ${inline.length}`);
const code = inline[0][1];
const glue = code.match(/from\s+'(\.\/[^']+\.js)'/)?.[1];
const wasm = code.match(/module_or_path:\s*'(\.\/[^']+_bg\.wasm)'/)?.[1];
if (!glue || !wasm) fail("could not find the glue script and wasm file in the start-up script");
const wasmFile = wasm.slice(2);

// 1b. The wasm-bindgen glue, minified (Trunk leaves it as written: 42 KB, 6.5 KiB brotli; minified,
//     5.0 KiB). Its integrity in the modulepreload link follows the new content.
const glueFile = glue.slice(2);
let glueMin = transformSync(readFileSync(join(dir, glueFile), "utf8"), { minify: true, format: "esm", target: "es2020" }).code;
if (!readdirSync(dir).includes(wasmFile)) fail(`${wasmFile} is not in ${dir}`);
// 1c. Short names between the wasm and the glue (tools/wasm-names.mjs).
const short = shortenNames(readFileSync(join(dir, wasmFile)), glueMin, fail);
glueMin = short.glue;
writeFileSync(join(dir, wasmFile), short.wasm);
writeFileSync(join(dir, glueFile), glueMin);
const preload = html.match(new RegExp(`<link[^>]*${glueFile.replace(/[.]/g, "\\.")}[^>]*>`))?.[0];
if (!preload || !/integrity=/.test(preload)) fail(`no modulepreload link with integrity for ${glueFile}`);
// The start-up script puts that link in place itself, after the first paint (below): the glue
// then does not compete with the page's own first paint, and keeps its integrity check.
const glueIntegrity = sri(Buffer.from(glueMin));
html = html.replace(preload, "");
const wasmIntegrity = sri(readFileSync(join(dir, wasmFile)));

// 2. The start-up code as a file. The wasm and the glue (through a modulepreload link with its
//    integrity) are fetched once the static start screen has painted. Nothing is put on `window`.
//    A kiosk's offline worker (dist/sw.js, tools/sw.mjs) is registered here, but only when the
//    widget, the one reader of the query's `mode=`, says the page is a kiosk, never framed (the
//    event "ksn:kiosk"). Trusted Types: the page's one policy, ksn-sw, passes exactly ./sw.js.
//    A later controller change means a newer build is in place (<html data-update>): the
//    widget starts it between two people. When the widget asks ("ksn:check", a kiosk nobody
//    is using, hourly), the worker is asked about the published build; its answer goes on
//    <html data-build> for the widget. Nothing of the person is in any of it.
const boot = `// Start-up: fetch the wasm (integrity-checked) and start the widget. Written by tools/harden.mjs.
const html = document.documentElement, sw = navigator.serviceWorker;
document.addEventListener("ksn:kiosk", () => {
  if (!sw) return;
  const only = (u) => { if (u === "./sw.js") return u; throw new TypeError(u); };
  const tt = window.trustedTypes;
  sw.register(tt ? tt.createPolicy("ksn-sw", { createScriptURL: only }).createScriptURL("./sw.js") : "./sw.js").catch(() => {});
  // The first worker taking over a page is this build's; any later one is a newer build's.
  let had = !!sw.controller;
  sw.addEventListener("controllerchange", () => { if (had) html.setAttribute("data-update", ""); had = true; });
  sw.addEventListener("message", (e) => { if (e.data?.type === "ksn:check") html.dataset.build = e.data.state; });
  document.addEventListener("ksn:check", () => sw.controller ? sw.controller.postMessage("ksn:check") : html.dataset.build = "unreachable");
}, { once: true });
// The static start screen first: the wasm is fetched once the browser reports that screen
// painted (or after 1 s: a frame out of view paints nothing), so it does not compete with
// the first paint on a slow network, and the widget takes the screen's place only after it.
if (html.dataset.boot !== "wait") {
  await new Promise((r) => {
    setTimeout(r, 1000);
    for (const type of ["paint", "largest-contentful-paint"]) {
      try { new PerformanceObserver(r).observe({ type, buffered: true }); } catch {}
    }
  });
}
const wasm = fetch(${JSON.stringify(wasm)}, { integrity: ${JSON.stringify(wasmIntegrity)} });
const preload = Object.assign(document.createElement("link"), { rel: "modulepreload", href: ${JSON.stringify(glue)}, integrity: ${JSON.stringify(glueIntegrity)}, crossOrigin: "anonymous" });
document.head.append(preload);
try {
  const { default: init } = await import(${JSON.stringify(glue)});
  await init({ module_or_path: wasm });
} catch (e) {
  // Not loaded (the network went, a file did not match its hash): index.html says so.
  html.setAttribute("data-boot-failed", "");
  throw e;
}
`;
// Shipped minified (the readable source is above, in this file).
const bootMin = transformSync(boot, { minify: true, format: "esm", target: "es2022" }).code;
const bootIntegrity = sri(Buffer.from(bootMin));
const bootFile = `boot-${createHash("sha256").update(bootMin).digest("hex").slice(0, 16)}.js`;
writeFileSync(join(dir, bootFile), bootMin);
html = html.replace(inline[0][0], `<script type=module src=./${bootFile} integrity=${bootIntegrity} crossorigin></script>`);

// 3. Drop the wasm preload: its integrity attribute is ignored by browsers.
html = html.replace(/<link[^>]*rel=preload[^>]*_bg\.wasm[^>]*>/g, (m) => (m.includes("as=fetch") ? "" : m));
html = html.replace(/<link[^>]*_bg\.wasm[^>]*rel=preload[^>]*>/g, "");

// 3b. index.html's one inline script (which start screen to show; see index.html), allowed by
//     its hash alone: the policy names it in place of the placeholder 'sha256-BOOT'.
//     Minified here (Trunk leaves inline scripts as written), then hashed.
const classic = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)];
if (classic.length !== 1) fail(`expected one inline start-screen script, found ${classic.length}`);
const inlineMin = transformSync(classic[0][1], { minify: true, target: "es2017" }).code.trim();
html = html.replace(classic[0][0], `<script>${inlineMin}</script>`);
const inlineHash = `'sha256-${createHash("sha256").update(inlineMin).digest("base64")}'`;
if (!html.includes("'sha256-BOOT'")) fail("the policy has no 'sha256-BOOT' placeholder for the inline script");
html = html.replace("'sha256-BOOT'", inlineHash);

// 4. Check what the browser will enforce.
const cspTag = html.match(/<meta[^>]*http-equiv="?Content-Security-Policy"?[^>]*>/i)?.[0];
const csp = cspTag?.match(/content="([^"]*)"/)?.[1];
if (!csp) fail("index.html has no Content-Security-Policy meta element");
const headStart = html.indexOf("<head") >= 0 ? html.indexOf("<head") : 0;
const firstResource = html.search(/<(script|link(?![^>]*rel=icon)|style|img|iframe)\b/);
if (html.indexOf("Content-Security-Policy") > firstResource && firstResource > headStart) {
  fail("the Content-Security-Policy must come before every script, style and link");
}
for (const bad of ["'unsafe-inline'", "'unsafe-eval'", "*", "http:", "https:"]) {
  if (csp.split(/[\s;]+/).includes(bad)) fail(`the policy must not allow ${bad}`);
}
for (const need of ["default-src 'none'", "form-action 'none'", "object-src 'none'", "base-uri 'none'", "require-trusted-types-for 'script'", "trusted-types ksn-sw;"]) {
  if (!csp.includes(need)) fail(`the policy must include ${need}`);
}
for (const m of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
  const hash = `'sha256-${createHash("sha256").update(m[1]).digest("base64")}'`;
  if (!csp.split(/\s+/).includes(hash)) fail("an inline script is in index.html that the policy does not name by hash");
}
for (const m of html.matchAll(/<(script|link)\b[^>]*>/g)) {
  const tag = m[0];
  const isRes = /\bsrc=|rel=(stylesheet|modulepreload)/.test(tag);
  if (isRes && !/\bintegrity=sha384-/.test(tag)) fail(`no integrity on ${tag}`);
}
writeFileSync(htmlPath, html);
console.log(`harden: ${short.count} names shortened; ${bootFile} (${bootIntegrity}), wasm ${wasmIntegrity}`);
