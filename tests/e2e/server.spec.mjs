// The static server the tests and `make serve` use: a malformed address is refused with 400 and
// the server keeps serving; nothing outside dist/ is served.
import { test, expect } from "@playwright/test";
import { request as httpRequest } from "node:http";
import { PORT } from "./playwright.config.mjs";

/** A raw GET with the path exactly as written (no client-side normalisation). */
function get(path) {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: "127.0.0.1", port: PORT, path, method: "GET" }, (res) => {
      res.resume();
      res.on("end", () => resolve(res.statusCode));
    });
    req.on("error", reject);
    req.end();
  });
}

test("a malformed path gets 400 and the server keeps serving", async () => {
  expect(await get("/%E0%A4%A")).toBe(400);
  expect(await get("/%")).toBe(400);
  expect(await get("/")).toBe(200);
});

test("nothing outside dist/ is served", async () => {
  expect(await get("/..%2f..%2fCargo.toml")).toBe(403);
  expect(await get("/../Cargo.toml")).toBe(404);
  expect(await get("/index.html")).toBe(200);
});
