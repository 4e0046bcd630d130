#!/usr/bin/env bash
# Runs every test: the end-to-end tests of the real release binary (copied alone, so they also
# prove the bundled dossier is embedded), then the unit tests. Installs what they need first.
# Usage: bash scripts/test.sh
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh

swift build -c release --product dossier
bash Tests/e2e/cli.sh .build/release/dossier
bash Tests/e2e/claims.sh .build/release/dossier
bash Tests/e2e/graph.sh .build/release/dossier
# Broken and hostile files: every one loads or is skipped with one warning; nothing raw reaches
# a terminal.
bash Tests/e2e/hostile.sh .build/release/dossier
# The index: build, update, search, and its faults (damage, versions, a lock, a full disk,
# Ctrl-C half-way).
bash Tests/e2e/index.sh .build/release/dossier
# The explorer in a real terminal (a private tmux server) and over SSH on loopback. setsid
# detaches them from any terminal this script has, as in CI.
setsid -w bash Tests/e2e/explorer.sh .build/release/dossier </dev/null
setsid -w bash Tests/e2e/explorer-ssh.sh .build/release/dossier </dev/null
# Each fuzz target for a few seconds (DOSSIER_FUZZ_SECONDS; longer runs: docs/fuzzing.md).
bash scripts/fuzz.sh "${DOSSIER_FUZZ_SECONDS:-8}"
# Swift Testing's summary is the last line: it is what CI reads.
swift test
