#!/usr/bin/env bash
# Create .venv and install the exact, hash-checked dependency set (requirements.lock).
# Idempotent: a venv already matching the lock file is left alone.
set -euo pipefail
cd "$(dirname "$0")/.."
stamp=".venv/.lock-sha256"
want=$(sha256sum requirements.lock | cut -d' ' -f1)
if [ -x .venv/bin/python ] && [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
  exit 0
fi
rm -rf .venv
python3 -m venv .venv
.venv/bin/pip install --quiet --upgrade pip
.venv/bin/pip install --quiet --require-hashes -r requirements.lock
echo "$want" > "$stamp"
