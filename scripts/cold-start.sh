#!/usr/bin/env bash
# Times whole `dossier brief` processes (JVM start included), as a user runs them.
# Usage: scripts/cold-start.sh [RUNS] [INPUT...]   (default: 10 runs on ../shared/data/seeds, else the example)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-10}"; shift || true
inputs=("$@")
if [ ${#inputs[@]} -eq 0 ]; then
  if [ -d "$here/../shared/data/seeds" ]; then inputs=("$here/../shared/data/seeds"); else inputs=("$here/examples/harbour-talks"); fi
fi
"$here/dossier" brief "${inputs[@]}" -q > /dev/null   # build and make the class-data archive first
times=()
for _ in $(seq "$runs"); do
  start=$(date +%s%N)
  "$here/dossier" brief "${inputs[@]}" -q > /dev/null
  end=$(date +%s%N)
  times+=($(( (end - start) / 1000000 )))
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
echo "cold brief of ${inputs[*]}: median ${sorted[$(( runs / 2 ))]} ms, min ${sorted[0]} ms, max ${sorted[$(( runs - 1 ))]} ms over $runs runs (load: $(cut -d' ' -f1-3 /proc/loadavg))"
