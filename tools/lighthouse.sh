#!/usr/bin/env bash
# Lighthouse (mobile preset: slow 4G, 4x CPU slowdown) against the release build, served on
# 127.0.0.1. Prints the category scores; a reported figure, not a test.
#   tools/lighthouse.sh [dist] [fragment]
set -euo pipefail
dist=${1:-dist}
fragment=${2:-}
port=8383
node tools/serve.mjs "$dist" "$port" > /tmp/lighthouse-serve.log 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
# Wait until the server answers (not a fixed sleep).
for _ in $(seq 50); do curl -sf -o /dev/null "http://127.0.0.1:$port/" && break; sleep 0.1; done
out=$(mktemp -d)
# Installed from tools/lighthouse/package-lock.json by `make lighthouse`: nothing is fetched here.
lighthouse=tools/lighthouse/node_modules/.bin/lighthouse
[ -x "$lighthouse" ] || { echo "lighthouse is not installed: run make lighthouse" >&2; exit 1; }
CHROME_PATH=${CHROMIUM:-/usr/bin/chromium} "$lighthouse" "http://127.0.0.1:$port/${fragment:+#$fragment}" \
  --quiet --output=json --output-path="$out/report.json" \
  --only-categories=performance,accessibility,best-practices \
  --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync"
node -e '
  const r = require(process.argv[1]);
  for (const [k, c] of Object.entries(r.categories)) console.log(`${c.title.padEnd(16)} ${Math.round(c.score * 100)}`);
  for (const id of ["first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "cumulative-layout-shift", "speed-index"])
    console.log(`  ${r.audits[id].title.padEnd(26)} ${r.audits[id].displayValue}`);
  const failed = Object.values(r.categories).flatMap((c) => c.auditRefs.filter((a) => a.weight > 0).map((a) => r.audits[a.id]).filter((a) => a.score !== null && a.score < 1));
  for (const a of failed) console.log(`  below full marks: ${a.id} (${a.score})`);
' "$out/report.json"
echo "full report: $out/report.json"
