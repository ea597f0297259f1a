#!/usr/bin/env bash
# Runs the real-server fidelity corpus against one part of the project and prints its summary line.
#
#   scripts/fidelity.sh http [DIR]
#
# DIR is the corpus folder (default ../shared/fidelity, relative to the repository root).
#
# http: replays DIR/http-examples.jsonl (setup operations, then the requests) against a freshly started
#       emulator per example and compares the answers under the corpus normalisation rules. The report is
#       written to adapters/emulator/target/fidelity/http-report.md; the last line printed is
#       fidelity http: N passed, M failed, K skipped
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

usage() {
  echo "usage: scripts/fidelity.sh http [DIR]" >&2
  exit 2
}

corpus_dir() {
  local dir="${1:-../shared/fidelity}" file="$2"
  if [[ ! -f "$dir/$file" ]]; then
    echo "fidelity corpus not found: $dir/$file" >&2
    exit 2
  fi
  (cd "$dir" && pwd)
}

run_http() {
  local corpus report log
  corpus="$(corpus_dir "${1:-}" http-examples.jsonl)"
  report="adapters/emulator/target/fidelity"
  log="$(mktemp)"
  trap 'rm -f "$log"' RETURN
  # The ratchet is off here (minPassRate 0): this command reports, `mvn verify` enforces.
  if ! mvn -B -q -pl adapters/emulator -am test \
      -Dtest=HttpFidelityTest -Dsurefire.failIfNoSpecifiedTests=false \
      -Dfidelity.dir="$corpus" -Dfidelity.http.minPassRate=0 -Djacoco.skip=true >"$log" 2>&1; then
    tail -n 40 "$log" >&2
    echo "fidelity run failed to build or run" >&2
    exit 1
  fi
  echo "report: $report/http-report.md"
  tail -n 1 "$report/http-summary.txt"
}

case "${1:-}" in
  http) shift; run_http "$@" ;;
  *) usage ;;
esac
