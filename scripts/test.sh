#!/usr/bin/env bash
# Runs every test: the end-to-end tests of the real release binary (copied alone, so they also
# prove the bundled dossier is embedded), then the unit tests.
# Usage: bash scripts/test.sh
set -euo pipefail
cd "$(dirname "$0")/.."

swift build -c release --product dossier
bash Tests/e2e/cli.sh .build/release/dossier
bash Tests/e2e/claims.sh .build/release/dossier
bash Tests/e2e/graph.sh .build/release/dossier
# The explorer in a real terminal (a private tmux server) and over SSH on loopback. setsid
# detaches them from any terminal this script has, as in CI.
setsid -w bash Tests/e2e/explorer.sh .build/release/dossier </dev/null
setsid -w bash Tests/e2e/explorer-ssh.sh .build/release/dossier </dev/null
# Swift Testing's summary is the last line: it is what CI reads.
swift test
