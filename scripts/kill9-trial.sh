#!/usr/bin/env bash
# Crash trial for the article store: ingests invented articles, kills the JVM with `kill -9` at a random moment,
# then checks that the store passes Lucene's CheckIndex and holds every article the killed process acknowledged.
# Repeats ROUNDS times on the same store (default 20). Exits non-zero at the first failure.
#
#   scripts/kill9-trial.sh [ROUNDS] [MAX_SECONDS_AFTER_FIRST_ACK]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rounds="${1:-20}"
max_wait="${2:-5}"
work="$(mktemp -d)"
pid=""
trap 'if [ -n "$pid" ]; then kill -9 "$pid" 2>/dev/null || true; fi; rm -rf "$work"' EXIT

cd "$here"
mvn -q -o -B compile dependency:build-classpath -pl dossier-eval -am -Dmdep.outputFile="$work/cp.txt" >/dev/null
cp="$here/dossier-eval/target/classes:$(cat "$work/cp.txt")"
store="$work/store"
acks="$work/acks.txt"
touch "$acks"

for round in $(seq 1 "$rounds"); do
  java -Xmx512m -cp "$cp" org.dossier.eval.store.KillTrial ingest "$store" "$acks" "$round" &
  pid=$!
  # Wait for this round's first acknowledgement (the JVM is up and ingesting; at most a minute on a busy machine),
  # then kill at a random moment up to MAX_SECONDS_AFTER_FIRST_ACK later: mid-batch, mid-commit or mid-merge.
  before="$(wc -l < "$acks")"
  for _ in $(seq 1 300); do
    [ "$(wc -l < "$acks")" -gt "$before" ] && break
    sleep 0.2
  done
  sleep "$(awk -v max="$max_wait" -v seed="$RANDOM" 'BEGIN { srand(seed); printf "%.2f", rand() * max }')"
  kill -9 "$pid" 2>/dev/null || true   # it may have died on its own: verify tells
  wait "$pid" 2>/dev/null || true
  pid=""
  printf 'round %2d: ' "$round"
  java -cp "$cp" org.dossier.eval.store.KillTrial verify "$store" "$acks"
done
echo "kill9-trial: $rounds rounds, every acknowledged article survived"
