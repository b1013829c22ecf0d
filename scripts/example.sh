#!/usr/bin/env bash
# Set up, then run the main job on the bundled example article (the seed).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
mkdir -p out
# a fresh database each time, so the output is this version's: `wirecoder extract` itself
# resumes (a document already stored is not analysed again, even by a newer wirecoder)
rm -f out/example.db out/example-events.jsonl
.venv/bin/wirecoder extract examples/seed-article.txt --db sqlite:///out/example.db --out out/example-events.jsonl "$@"
.venv/bin/wirecoder query --db sqlite:///out/example.db
echo "event records: out/example-events.jsonl  database: out/example.db"
