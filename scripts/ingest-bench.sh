#!/usr/bin/env bash
# Ingest benchmark on invented news: articles/s per window, heap, near-duplicate linking, search latency.
#
#   scripts/ingest-bench.sh [ARTICLES [WINDOW [STORE_DIR]]] [--stories]   (default 100000 articles, windows of 10000;
#                                                      --stories: assign stories as dossier ingest does)
# The heap is capped at 1 GB (DOSSIER_BENCH_HEAP to change) to show that memory stays bounded.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cp_file="$(mktemp)"
trap 'rm -f "$cp_file"' EXIT
cd "$here"
mvn -q -o -B compile dependency:build-classpath -pl dossier-eval -am -Dmdep.outputFile="$cp_file" >/dev/null
exec java -Xmx"${DOSSIER_BENCH_HEAP:-1g}" -cp "$here/dossier-eval/target/classes:$(cat "$cp_file")" \
  org.dossier.eval.store.IngestBenchmark "$@"
