#!/usr/bin/env bash
# Runs the real-server fidelity corpus against one part of the project and prints its summary line.
#
#   scripts/fidelity.sh aql [DIR]
#   scripts/fidelity.sh http [DIR]
#
# DIR is the corpus folder (default ../shared/fidelity, relative to the repository root).
#
# aql:  runs every example of DIR/aql-examples.jsonl on its data set in the AQL engine. The report, per
#       feature and per failure, is written to adapters/aql/target/fidelity/aql-report.md; the last line is
#       fidelity aql: N passed, M failed, K skipped
# http: replays DIR/http-examples.jsonl (setup operations, then the requests) against a freshly started
#       emulator per example and compares the answers under the corpus normalisation rules. The report is
#       written to adapters/emulator/target/fidelity/http-report.md; the last line is
#       fidelity http: N passed, M failed, K skipped
#
# The ratchets are off here (minimum pass rate 0): this command reports, `mvn verify` enforces.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

usage() {
  echo "usage: scripts/fidelity.sh aql|http [DIR]" >&2
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

# run SUITE MODULE TEST RATCHET_PROPERTY CORPUS_FILE [DIR]
run() {
  local suite="$1" module="$2" test="$3" ratchet="$4" file="$5" corpus report log
  corpus="$(corpus_dir "${6:-}" "$file")"
  report="$module/target/fidelity"
  log="$(mktemp)"
  trap 'rm -f "$log"' RETURN
  if ! mvn -B -q -pl "$module" -am test \
      -Dtest="$test" -Dsurefire.failIfNoSpecifiedTests=false \
      -Dfidelity.dir="$corpus" -D"$ratchet"=0 -Djacoco.skip=true >"$log" 2>&1; then
    tail -n 40 "$log" >&2
    echo "fidelity run failed to build or run" >&2
    exit 1
  fi
  echo "report: $report/$suite-report.md"
  tail -n 1 "$report/$suite-summary.txt"
}

case "${1:-}" in
  aql) shift; run aql adapters/aql AqlFidelityTest fidelity.minPassRate aql-examples.jsonl "$@" ;;
  http) shift; run http adapters/emulator HttpFidelityTest fidelity.http.minPassRate http-examples.jsonl "$@" ;;
  *) usage ;;
esac
