# くまもと支援ナビ — two commands on a fresh machine:
#   make serve   set up what is missing, build the release site, serve it on 127.0.0.1:8080
#   make test    set up what is missing (also Chromium and the e2e tools), run every test layer
#
# Every set-up step checks first and skips itself when already done.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := serve

CARGO_BIN   := $(HOME)/.cargo/bin
NODE_TOOLS  := $(CURDIR)/tools/node_modules/.bin
E2E         := tests/e2e
# Tools we install come first: Debian's old binaryen must never be the wasm-opt used.
export PATH := $(NODE_TOOLS):$(CARGO_BIN):$(PATH)

TRUNK_VERSION        := 0.21.14
WASM_BINDGEN_VERSION := 0.2.130
PORT                 ?= 8080
# The first load (index.html and what it loads), brotli: within 135 KiB since every register's
# words left the wasm for the register packs, fetched after start (src/pack; `make size` lists
# them apart), and the three registers' message code became one (the text catalogues). It was
# 149.8 KiB; it was 133.2 after that, and issues 23 and 24 used the room they were given (the
# kiosk's day, then a plain heading and an official name on every programme, the generation's
# meaning under its headline, the town hall's name, the answer painted first): 136.9.
# README, "Privacy and integrity".
SIZE_BUDGET_KIB      ?= 137
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

# The shipped wasm names no build machine's directories: the source paths that stay in it
# (panic locations) read /cargo/… for the crates wherever cargo lives, and /navi/… for this
# checkout (the register packs' code is compiled from target/…/out/), so its size and hash do
# not depend on the machine's user, CARGO_HOME or where the repository was cloned.
CARGO_HOME_DIR := $(or $(CARGO_HOME),$(HOME)/.cargo)
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS := --remap-path-prefix=$(CARGO_HOME_DIR)/registry/src=/cargo --remap-path-prefix=$(CURDIR)=/navi
export CHROMEDRIVER := /usr/bin/chromedriver
export WASM_BINDGEN_TEST_WEBDRIVER_JSON := $(CURDIR)/tests/webdriver.json

.PHONY: serve test dist size bench tools browser-tools e2e-tools lint test-native test-wasm test-e2e screenshots lighthouse clean

# ---------------------------------------------------------------------------------------------
# Set-up (idempotent)

tools:
	@rustup target list --installed | grep -qx wasm32-unknown-unknown \
	  || rustup target add wasm32-unknown-unknown
	@rustup component list --installed | grep -q '^clippy' && rustup component list --installed | grep -q '^rustfmt' \
	  || rustup component add clippy rustfmt
	@trunk --version 2>/dev/null | grep -q "$(TRUNK_VERSION)" \
	  || cargo install --locked trunk --version $(TRUNK_VERSION)
	@# Not --locked: its lockfile names a crate release the registry mirror lacks.
	@wasm-bindgen --version 2>/dev/null | grep -q "$(WASM_BINDGEN_VERSION)" \
	  || cargo install wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION)
	@wasm-opt --version 2>/dev/null | grep -q "version 132" && [ -x tools/node_modules/.bin/esbuild ] \
	  || (cd tools && npm ci --no-audit --no-fund)

# poppler-utils: pdftotext and pdfinfo read the printed slip's PDF in the e2e tests.
browser-tools:
	@command -v chromium >/dev/null && command -v chromedriver >/dev/null \
	  && command -v pdftotext >/dev/null && fc-list 2>/dev/null | grep -qi "noto sans cjk" \
	  || ($(SUDO) apt-get update && $(SUDO) apt-get install -y --no-install-recommends \
	        chromium chromium-driver fonts-noto-cjk poppler-utils)

e2e-tools:
	@[ -x $(E2E)/node_modules/.bin/playwright ] || (cd $(E2E) && npm ci --no-audit --no-fund)

# ---------------------------------------------------------------------------------------------
# Build and serve

dist: tools
	trunk build --release
	@# The static pages (the data review page in each register), from the same data and texts.
	cargo run --quiet --locked --profile test --bin pages -- dist
	@# A kiosk's offline worker, from the final files and their hashes.
	node tools/sw.mjs dist
	@$(MAKE) --no-print-directory size

size:
	@node tools/size.mjs dist $(SIZE_BUDGET_KIB)

# Taps on a cheap phone (CPU 4× and 6× slower), per register: printed figures, not a test.
bench: dist e2e-tools browser-tools
	node tools/bench.mjs dist

serve: dist
	@echo "くまもと支援ナビ: http://127.0.0.1:$(PORT)/  (Ctrl-C to stop)"
	node tools/serve.mjs dist $(PORT)

# ---------------------------------------------------------------------------------------------
# Tests: the Rust ecosystem's own checks, native (pure modules and the data model), wasm
# components in headless Chromium, e2e with axe.

test: tools browser-tools e2e-tools
	@$(MAKE) --no-print-directory lint
	@$(MAKE) --no-print-directory test-native
	@$(MAKE) --no-print-directory test-wasm
	@$(MAKE) --no-print-directory test-e2e

# rustfmt (rustfmt.toml), and clippy with every warning an error, natively and for the wasm
# (the UI is compiled for wasm32 only).
lint: tools
	cargo fmt --all --check
	cargo clippy --workspace --all-targets --locked -- -D warnings
	cargo clippy --all-targets --locked --target wasm32-unknown-unknown -- -D warnings

test-native:
	cargo test --workspace --locked -- --show-output

test-wasm:
	cargo test --locked --target wasm32-unknown-unknown

# Always against a fresh release build: `dist` rebuilds (quickly, when nothing changed).
test-e2e: dist e2e-tools
	cd $(E2E) && npx playwright test

# Lighthouse, mobile preset, on the release build: printed figures, not a test. Installed from
# its lockfile here, so the script itself downloads nothing.
lighthouse: dist browser-tools
	@[ -x tools/lighthouse/node_modules/.bin/lighthouse ] || (cd tools/lighthouse && npm ci --no-audit --no-fund)
	tools/lighthouse.sh dist

# Screenshots of every screen at 390×844 and 1280×800 into tests/e2e/screenshots/ (not committed).
screenshots: tools browser-tools e2e-tools dist
	cd $(E2E) && SCREENSHOTS=1 npx playwright test screens.spec.mjs

clean:
	cargo clean
	rm -rf dist $(E2E)/test-results $(E2E)/screenshots
