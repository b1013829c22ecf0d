#!/usr/bin/env bash
# Reproduce bench/events/RESULTS.md (from the repository root, ../shared beside it).
# MUC-4 is large: the table uses its first 500 documents (--limit 500); drop the limit for all.
set -euo pipefail
PY=.venv/bin/python
G=../shared/gold
OUT=${OUT:-/tmp/wirecoder-bench-events}
mkdir -p "$OUT"
run() { echo "== $1"; $PY bench/events/run_eval.py "$@" --predictions "$OUT/$(basename "$(dirname "$1")").jsonl" > "$OUT/$(basename "$(dirname "$1")").json"; }
run ../shared/seed/events.gold.jsonl
run tests/golden/articles.gold.jsonl
run bench/events/fresh/articles.gold.jsonl
run bench/events/fresh2/articles.gold.jsonl
run $G/isaf-press-releases/events.dev.jsonl
run $G/wikievents/events.dev.jsonl
run $G/plover-gsr/snippets.dev.jsonl
run $G/muc4/events.dev.jsonl --limit 500
$PY bench/events/run_eval.py bench/events/acled_dev.jsonl > "$OUT/acled_dev.json"
# confidence calibration (fit with raw confidences, then check 2-fold)
WIRECODER_RAW_CONFIDENCE=1 $PY bench/events/run_eval.py $G/isaf-press-releases/events.dev.jsonl --predictions "$OUT/isaf.raw.jsonl" > /dev/null
WIRECODER_RAW_CONFIDENCE=1 $PY bench/events/run_eval.py $G/wikievents/events.dev.jsonl --predictions "$OUT/wiki.raw.jsonl" > /dev/null
WIRECODER_RAW_CONFIDENCE=1 $PY bench/events/run_eval.py $G/muc4/events.dev.jsonl --limit 500 --predictions "$OUT/muc.raw.jsonl" > /dev/null
$PY bench/events/calibrate.py $G/isaf-press-releases/events.dev.jsonl "$OUT/isaf.raw.jsonl" \
    $G/muc4/events.dev.jsonl "$OUT/muc.raw.jsonl" $G/wikievents/events.dev.jsonl "$OUT/wiki.raw.jsonl"
echo "metrics in $OUT/*.json"
