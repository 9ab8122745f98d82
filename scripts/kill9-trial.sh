#!/usr/bin/env bash
# Crash trial for the article store: ingests invented articles, kills the JVM with `kill -9` at a random moment,
# then checks that the store passes Lucene's CheckIndex and holds every article the killed process acknowledged.
# Repeats ROUNDS times on the same store (default 20). Exits non-zero at the first failure.
#
#   scripts/kill9-trial.sh [ROUNDS] [MAX_SECONDS_BEFORE_KILL]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rounds="${1:-20}"
max_wait="${2:-8}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cd "$here"
mvn -q -o -B compile dependency:build-classpath -pl dossier-eval -am -Dmdep.outputFile="$work/cp.txt" >/dev/null
cp="$here/dossier-eval/target/classes:$(cat "$work/cp.txt")"
store="$work/store"
acks="$work/acks.txt"

for round in $(seq 1 "$rounds"); do
  java -Xmx512m -cp "$cp" org.dossier.eval.store.KillTrial ingest "$store" "$acks" "$round" &
  pid=$!
  # A random moment between 1 s (JVM started, store open) and MAX_SECONDS_BEFORE_KILL.
  sleep "$(awk -v max="$max_wait" -v seed="$RANDOM" 'BEGIN { srand(seed); printf "%.2f", 1 + rand() * (max - 1) }')"
  kill -9 "$pid"
  wait "$pid" 2>/dev/null || true
  printf 'round %2d: ' "$round"
  java -cp "$cp" org.dossier.eval.store.KillTrial verify "$store" "$acks"
done
echo "kill9-trial: $rounds rounds, every acknowledged article survived"
