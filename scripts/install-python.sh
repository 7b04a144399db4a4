#!/usr/bin/env bash
# The Python examples' environment (docs/examples/python): a virtualenv in .backchannel/python with the
# pinned official neo4j driver and pandas, from PyPI. Idempotent: reinstalls only when the pins change.
set -euo pipefail
cd "$(dirname "$0")/.."
venv=.backchannel/python
req=docs/examples/python/requirements.txt
if [ ! -x "$venv/bin/python" ]; then python3 -m venv "$venv"; fi
if ! cmp -s "$req" "$venv/requirements.installed"; then
  "$venv/bin/pip" install --quiet --disable-pip-version-check -r "$req"
  cp "$req" "$venv/requirements.installed"
fi
