# Waymark: two commands on a fresh Debian machine.
#   make run    build and open the app on the bundled sample map
#   make test   every test: format, lint, core, shell, UI logic, end-to-end
# Both install what they need (apt, npm, pip, cargo tools) and skip what is
# already there.

SHELL := /bin/bash
.ONESHELL:
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

ROOT := $(CURDIR)
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
APT_PACKAGES := pkg-config build-essential libwebkit2gtk-4.1-dev libgtk-3-dev \
	libsoup-3.0-dev libjavascriptcoregtk-4.1-dev librsvg2-dev libxdo-dev \
	webkit2gtk-driver xvfb xauth dbus poppler-utils qpdf sqlite3 python3-venv \
	xdotool openbox chromium
BENCH_APT_PACKAGES :=
TARGET := $(or $(CARGO_TARGET_DIR),$(ROOT)/target)
APP := $(TARGET)/debug/waymark-app
CLI := $(TARGET)/debug/waymark
SAMPLE := $(TARGET)/sample.waymark
VENV := $(ROOT)/tests/e2e/.venv

.PHONY: help run test deps apt-deps npm-deps e2e-deps cargo-tools ui app cli sample \
	lint core-test shell-test ui-test e2e bench bench-deps clean generate

help:
	@echo "make run   - build and open Waymark on the sample map"
	@echo "make test  - run every test"
	@echo "make bench - run the benchmarks (see docs/benchmarks.md)"
	@echo "make generate - rewrite the page's TypeScript types from the Rust core"

# ----- dependencies -----

apt-deps:
	missing=""
	for p in $(APT_PACKAGES); do dpkg -s "$$p" >/dev/null 2>&1 || missing="$$missing $$p"; done
	if [ -n "$$missing" ]; then
	  echo "installing Debian packages:$$missing"
	  $(SUDO) apt-get update -qq
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing
	fi

npm-deps:
	cd ui
	if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then npm ci --no-audit --no-fund; fi

e2e-deps: apt-deps
	if [ ! -x "$(VENV)/bin/python" ]; then python3 -m venv "$(VENV)"; fi
	if ! "$(VENV)/bin/python" -c "import selenium, pytest" 2>/dev/null || \
	   [ tests/e2e/requirements.txt -nt "$(VENV)/.installed" ]; then
	  "$(VENV)/bin/pip" install -q --disable-pip-version-check -r tests/e2e/requirements.txt
	  touch "$(VENV)/.installed"
	fi

cargo-tools:
	command -v tauri-driver >/dev/null 2>&1 || cargo install tauri-driver --locked --version 2.1.0

deps: apt-deps npm-deps

# ----- builds -----

ui: npm-deps
	cd ui && npm run --silent build

app: apt-deps ui
	cargo build -p waymark-app

cli:
	cargo build -p waymark --bin waymark

# The page's TypeScript types and vocabulary data (ui/src/lib/generated/),
# from the core's serde types; `cargo test` fails while they are stale.
generate:
	cargo run --quiet --example generate

sample: cli
	if [ ! -f "$(SAMPLE)" ] || [ assets/samples/car-service.json -nt "$(SAMPLE)" ]; then
	  rm -f "$(SAMPLE)"
	  "$(CLI)" import assets/samples/car-service.json "$(SAMPLE)"
	fi

run: app sample
	if [ -z "$${DISPLAY:-}" ] && [ -z "$${WAYLAND_DISPLAY:-}" ]; then
	  echo "make run: no display found (DISPLAY is not set); to run without a screen use: xvfb-run -a make run"
	  exit 1
	fi
	"$(APP)" "$(SAMPLE)"

# ----- tests -----

# Clippy compiles the shell, and the shell embeds ui/dist at compile time,
# so the UI is built first.
lint: apt-deps ui
	cargo fmt --all --check
	cargo clippy --workspace --all-targets -- -D warnings
	cd ui && npm run --silent check

core-test: apt-deps
	WAYMARK_REQUIRE_TOOLS=1 cargo test

shell-test: apt-deps ui
	cargo test -p waymark-app

ui-test: npm-deps
	cd ui && npm test --silent

e2e: e2e-deps cargo-tools app cli sample
	WAYMARK_APP="$(APP)" WAYMARK_CLI="$(CLI)" "$(VENV)/bin/python" -m pytest -q -o faulthandler_timeout=180 tests/e2e

test: lint core-test shell-test ui-test e2e
	@echo "all tests passed"

# ----- benchmarks -----

bench-deps: apt-deps
	missing=""
	for p in $(BENCH_APT_PACKAGES); do dpkg -s "$$p" >/dev/null 2>&1 || missing="$$missing $$p"; done
	if [ -n "$$missing" ]; then $(SUDO) apt-get update -qq; DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; fi

bench: bench-deps e2e-deps cargo-tools
	cargo bench --bench store
	cargo bench --bench export
	$(MAKE) -s ui
	cargo build --release -p waymark-app -p blank-window -p waymark
	"$(VENV)/bin/python" bench/app/run.py

clean:
	cargo clean
	rm -rf ui/dist ui/node_modules "$(VENV)" tests/artifacts
