#!/usr/bin/env bash
# Lighthouse (mobile preset: simulated slow 4G, 4x CPU slowdown) against the release build,
# served compressed on 127.0.0.1 by tools/serve.mjs. Runs it RUNS times (default 3) and prints
# the median of each figure; a reported figure, not a test.
#   tools/lighthouse.sh [dist] [fragment]
set -euo pipefail
dist=${1:-dist}
fragment=${2:-}
runs=${RUNS:-3}
port=${LIGHTHOUSE_PORT:-8383}
node tools/serve.mjs "$dist" "$port" > /tmp/lighthouse-serve.log 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
# Wait until the server answers (not a fixed sleep).
for _ in $(seq 50); do curl -sf -o /dev/null "http://127.0.0.1:$port/" && break; sleep 0.1; done
out=$(mktemp -d)
# Installed from tools/lighthouse/package-lock.json by `make lighthouse`: nothing is fetched here.
lighthouse=tools/lighthouse/node_modules/.bin/lighthouse
[ -x "$lighthouse" ] || { echo "lighthouse is not installed: run make lighthouse" >&2; exit 1; }
for i in $(seq "$runs"); do
  CHROME_PATH=${CHROMIUM:-/usr/bin/chromium} "$lighthouse" "http://127.0.0.1:$port/${fragment:+#$fragment}" \
    --quiet --output=json --output-path="$out/report-$i.json" \
    --only-categories=performance,accessibility,best-practices \
    --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync"
done
node -e '
  const reports = process.argv.slice(1).map((f) => require(f));
  const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
  const fig = (id) => median(reports.map((r) => r.audits[id].numericValue));
  console.log(`Lighthouse mobile, median of ${reports.length} runs (${process.argv[1].replace(/report-1.json$/, "")})`);
  for (const k of Object.keys(reports[0].categories)) {
    const scores = reports.map((r) => Math.round(r.categories[k].score * 100));
    console.log(`  ${reports[0].categories[k].title.padEnd(26)} ${median(scores)}   (runs: ${scores.join(", ")})`);
  }
  const ms = (id) => `${Math.round(fig(id))} ms   (runs: ${reports.map((r) => Math.round(r.audits[id].numericValue)).join(", ")})`;
  console.log(`  ${"First Contentful Paint".padEnd(26)} ${ms("first-contentful-paint")}`);
  console.log(`  ${"Largest Contentful Paint".padEnd(26)} ${ms("largest-contentful-paint")}`);
  console.log(`  ${"Total Blocking Time".padEnd(26)} ${ms("total-blocking-time")}`);
  console.log(`  ${"Speed Index".padEnd(26)} ${ms("speed-index")}`);
  console.log(`  ${"Cumulative Layout Shift".padEnd(26)} ${fig("cumulative-layout-shift").toFixed(3)}   (runs: ${reports.map((r) => r.audits["cumulative-layout-shift"].numericValue.toFixed(3)).join(", ")})`);
  console.log(`  ${"Bytes transferred".padEnd(26)} ${(fig("total-byte-weight") / 1024).toFixed(1)} KiB`);
  const lcp = reports[0].audits["largest-contentful-paint-element"]?.details?.items?.[0]?.items?.[0]?.node?.snippet;
  if (lcp) console.log(`  LCP element (run 1): ${lcp.slice(0, 100)}`);
  const failed = new Set(reports.flatMap((r) => Object.values(r.categories).flatMap((c) => c.auditRefs.filter((a) => a.weight > 0).map((a) => r.audits[a.id]).filter((a) => a.score !== null && a.score < 1).map((a) => a.id))));
  for (const a of failed) console.log(`  below full marks in some run: ${a}`);
' $(for i in $(seq "$runs"); do echo "$out/report-$i.json"; done)
