// Playwright against the release build (dist/), served statically on 127.0.0.1 by
// tools/serve.mjs, in Debian's Chromium. Every spec runs at phone and desktop size.
import { defineConfig } from "@playwright/test";

export const PORT = Number(process.env.E2E_PORT ?? 8181);

export default defineConfig({
  testDir: ".",
  testMatch: /.*\.spec\.mjs/,
  // screens.spec.mjs only takes screenshots for people to look at (`make screenshots`).
  testIgnore: process.env.SCREENSHOTS ? [] : [/screens\.spec\.mjs/],
  // A whole flow with axe on every screen takes up to 40 s alone on 2 cores, and twice that
  // beside another worker; the widget's start can take seconds then too.
  timeout: 90_000,
  expect: { timeout: 10_000 },
  workers: 2,
  forbidOnly: true,
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: {
      executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        // The embedding tests serve a host page at localhost:8182 by routing (no real address):
        // Chromium would treat it as public and refuse its loads from the loopback widget.
        "--disable-features=LocalNetworkAccessChecks",
      ],
    },
    locale: "ja-JP",
    timezoneId: "Asia/Tokyo",
  },
  projects: [
    { name: "phone", use: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 } },
    { name: "desktop", use: { viewport: { width: 1280, height: 800 } } },
  ],
  webServer: {
    command: `node ../../tools/serve.mjs ../../dist ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    stdout: "ignore",
  },
});
