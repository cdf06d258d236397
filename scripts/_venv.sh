# Shared by scripts/serve and scripts/test: create .venv and install coach into it,
# again only when pyproject.toml changed since the last install.
ensure_venv() {
  extra="$1"
  if [ ! -x .venv/bin/python ]; then
    python3 -m venv .venv
  fi
  stamp=".venv/.coach-installed$extra"
  wanted="$(cat pyproject.toml | .venv/bin/python -c 'import hashlib,sys; print(hashlib.sha256(sys.stdin.buffer.read()).hexdigest())')"
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$wanted" ]; then
    echo "Installing coach$extra into .venv..."
    .venv/bin/python -m pip install --quiet --disable-pip-version-check -e ".$extra"
    echo "$wanted" > "$stamp"
  fi
}
