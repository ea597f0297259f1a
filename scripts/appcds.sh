#!/usr/bin/env bash
# Builds an AppCDS archive for the server jar: a class-data file that lets the JVM map the classes of a start-up
# instead of loading and verifying them, which roughly halves the time from spawn to the answer to `initialize`
# (measured in docs/benchmarks.md). Stdio clients start a server per session, so this is where it pays.
#
#   scripts/appcds.sh [JAR]        (default app/target/arango-mcp.jar; writes JAR.jsa next to it)
#
# Then start the server with the same absolute jar path:
#   java -XX:SharedArchiveFile=/abs/path/arango-mcp.jar.jsa -jar /abs/path/arango-mcp.jar serve …
# Rebuild the archive after every rebuild of the jar: the JVM ignores an archive made for another jar (it says
# so on stderr with -Xshare:on, and silently starts without it otherwise).
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
jar="${1:-$root/app/target/arango-mcp.jar}"
if [[ ! -f "$jar" ]]; then
  echo "no jar at $jar: build it first (mvn -B -q -DskipTests package)" >&2
  exit 2
fi
jar="$(cd "$(dirname "$jar")" && pwd)/$(basename "$jar")"
archive="$jar.jsa"
rm -f "$archive"

# One scripted session (initialize, the tool list, one tool call) loads the classes a real start-up needs; the
# archive is written when the server exits at the end of its input.
session='{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"appcds","version":"1"}}}
{"jsonrpc":"2.0","method":"notifications/initialized"}
{"jsonrpc":"2.0","id":2,"method":"tools/list"}
{"jsonrpc":"2.0","id":3,"method":"tools/call","params":{"name":"arango_get_focused_database","arguments":{}}}'
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && printf '%s\n' "$session" \
  | java -XX:ArchiveClassesAtExit="$archive" -jar "$jar" serve --backend memory >/dev/null 2>"$work/stderr") || {
  cat "$work/stderr" >&2
  echo "the training run failed" >&2
  exit 1
}
if [[ ! -s "$archive" ]]; then
  cat "$work/stderr" >&2
  echo "no archive was written" >&2
  exit 1
fi
echo "archive: $archive"
echo "start with: java -XX:SharedArchiveFile=$archive -jar $jar serve"
