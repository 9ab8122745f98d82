#!/usr/bin/env bash
# Crash trial for the article store: ingests 20,000 invented articles, kills the JVM with `kill -9` at a random
# moment, then checks that the store passes Lucene's CheckIndex, reopens, and holds every article the killed process
# acknowledged exactly once (no id stored twice, no blank half-written article). Each round re-runs the same ingest
# on the same store, as a user re-running an interrupted ingest would, so later rounds are killed while skipping
# already-stored articles and while storing new ones. Exits non-zero after the table if any round failed.
#
#   scripts/kill9-trial.sh [ROUNDS] [MAX_SECONDS_AFTER_FIRST_ACK] [ARTICLES]      (defaults: 20, 30, 20000)
#
# Prints a Markdown table (the one in docs/reliability.md).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rounds="${1:-20}"
max_wait="${2:-30}"
articles="${3:-20000}"
work="$(mktemp -d)"
pid=""
trap 'if [ -n "$pid" ]; then kill -9 "$pid" 2>/dev/null || true; fi; rm -rf "$work"' EXIT

cd "$here"
mvn -q -o -B compile dependency:build-classpath -pl dossier-eval -am -Dmdep.outputFile="$work/cp.txt" >/dev/null
cp="$here/dossier-eval/target/classes:$(cat "$work/cp.txt")"
store="$work/store"
acks="$work/acks.txt"
touch "$acks"

java -cp "$cp" org.dossier.eval.store.KillTrial header
failed=0
for round in $(seq 1 "$rounds"); do
  java -Xmx512m -cp "$cp" org.dossier.eval.store.KillTrial ingest "$store" "$acks" 2026 "$articles" &
  pid=$!
  # Wait for this round's first acknowledgement (the JVM is up and ingesting; at most a minute on a busy machine),
  # then kill at a random moment up to MAX_SECONDS_AFTER_FIRST_ACK later: mid-batch, mid-commit or mid-merge.
  before="$(wc -l < "$acks")"
  for _ in $(seq 1 300); do
    [ "$(wc -l < "$acks")" -gt "$before" ] && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.2
  done
  sleep "$(awk -v max="$max_wait" -v seed="$RANDOM" 'BEGIN { srand(seed); printf "%.2f", rand() * max }')"
  kill -9 "$pid" 2>/dev/null || true   # it may have finished on its own: verify tells either way
  wait "$pid" 2>/dev/null || true
  pid=""
  java -cp "$cp" org.dossier.eval.store.KillTrial verify "$store" "$acks" "$round" || failed=$((failed + 1))
done
if [ "$failed" -gt 0 ]; then
  echo "kill9-trial: $failed of $rounds rounds FAILED" >&2
  exit 1
fi
echo "kill9-trial: $rounds rounds of kill -9 during a $articles-article ingest; every acknowledged article present exactly once"
