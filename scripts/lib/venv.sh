# The project's virtualenv in .venv, with the dependencies pyproject.toml lists.
#
#   source scripts/lib/venv.sh
#   ensure_venv            # creates .venv if missing, installs '.[dev]' when pyproject.toml changed
#   python manage.py ...   # .venv/bin is now first on PATH
#
# pyproject.toml is the only list of dependencies. The install is skipped while a stamp file in
# .venv records the pyproject.toml it was made from. PYTHON picks the interpreter (python3).
# Run from the repository root.

_venv_log() { echo "venv: $*" >&2; }

_venv_create() {
  local python=${PYTHON:-python3}
  if ! command -v "$python" >/dev/null; then
    _venv_log "$python not found; install Python 3.11 or newer"
    return 1
  fi
  if ! "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
    _venv_log "$python is $("$python" --version 2>&1); this project needs Python 3.11 or newer"
    return 1
  fi
  _venv_log "creating .venv with $("$python" --version 2>&1)"
  if "$python" -m venv .venv; then
    return 0
  fi
  rm -rf .venv
  # Debian ships venv's ensurepip separately (python3.X-venv).
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
    local pkg
    pkg="python$("$python" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')-venv"
    _venv_log "installing $pkg with apt-get"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2 &&
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$pkg" >&2 &&
      "$python" -m venv .venv && return 0
    rm -rf .venv
  fi
  _venv_log "could not create .venv (on Debian: apt-get install python3-venv)"
  return 1
}

ensure_venv() {
  if [[ ! -x .venv/bin/python ]]; then
    _venv_create || return 1
  fi
  local stamp
  stamp=".venv/.installed-$(sha256sum pyproject.toml | cut -c1-16)"
  if [[ ! -f "$stamp" ]]; then
    _venv_log "installing the dependencies from pyproject.toml"
    if ! .venv/bin/python -m pip install --quiet -e '.[dev]' >&2; then
      _venv_log "pip install -e '.[dev]' failed"
      return 1
    fi
    rm -f .venv/.installed-*
    touch "$stamp"
  fi
  export VIRTUAL_ENV="$PWD/.venv"
  export PATH="$VIRTUAL_ENV/bin:$PATH"
}
