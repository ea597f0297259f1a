#!/usr/bin/env bash
# Runs the real-server fidelity corpus against one of the project's engines and prints the summary line.
#
#   scripts/fidelity.sh aql [DIR]
#
# DIR is the corpus folder (default ../shared/fidelity, relative to the repository root). The report, per
# feature and per failure, is written to adapters/aql/target/fidelity/aql-report.md. The last line printed is
#   fidelity aql: N passed, M failed, K skipped
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

suite="${1:-}"
if [[ "$suite" != "aql" ]]; then
  echo "usage: scripts/fidelity.sh aql [DIR]" >&2
  exit 2
fi
dir="${2:-../shared/fidelity}"
if [[ ! -f "$dir/aql-examples.jsonl" ]]; then
  echo "fidelity corpus not found: $dir/aql-examples.jsonl" >&2
  exit 2
fi
corpus="$(cd "$dir" && pwd)"
report="adapters/aql/target/fidelity"
log="$(mktemp)"
trap 'rm -f "$log"' EXIT

# The ratchet is off here (minPassRate 0): this command reports, `mvn verify` enforces.
if ! mvn -B -q -pl adapters/aql -am test \
    -Dtest=AqlFidelityTest -Dsurefire.failIfNoSpecifiedTests=false \
    -Dfidelity.dir="$corpus" -Dfidelity.minPassRate=0 -Djacoco.skip=true >"$log" 2>&1; then
  tail -n 40 "$log" >&2
  echo "fidelity run failed to build or run" >&2
  exit 1
fi

echo "report: $report/aql-report.md"
tail -n 1 "$report/aql-summary.txt"
