#!/usr/bin/env sh
# Finds CPython 3.12 (PYTHON, python3.12 on PATH, or pyenv) and records the value model's fixture.
set -eu
here=$(dirname "$0")
py=${PYTHON:-}
if [ -z "$py" ] && python3.12 -c "" >/dev/null 2>&1; then py=python3.12; fi
if [ -z "$py" ] && command -v pyenv >/dev/null 2>&1; then
  v=$(pyenv versions --bare | grep -E '^3\.12(\.|$)' | sort -V | tail -n 1 || true)
  if [ -n "$v" ]; then py="$(pyenv root)/versions/$v/bin/python"; fi
fi
if [ -z "$py" ]; then
  echo "record: CPython 3.12 not found; set PYTHON=/path/to/python3.12" >&2
  exit 1
fi
exec "$py" "$here/record.py" "$@"
