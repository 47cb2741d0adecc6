#!/usr/bin/env bash
# Installs everything the project needs into .venv (and the Ding dictionary through apt),
# then makes sure a German→English Argos model is installed. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")"
PYTHON=${PYTHON:-python3}

if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
# CPU build of torch first (stanza, which argostranslate needs, pulls torch; an unpinned
# torch would be a multi-GB CUDA build). Elsewhere set PIP_EXTRA_INDEX_URL to PyTorch's CPU index.
.venv/bin/pip install -q --disable-pip-version-check torch==2.13.0
.venv/bin/pip install -q --disable-pip-version-check -c requirements.lock -e '.[dev]'

# The Ding German–English dictionary (term proposals), and the tools translators check files with
# (msgfmt, xmllint, pandoc, epubcheck), which the tests use as independent readers of our outputs.
APT_PACKAGES=""
[ -f /usr/share/trans/de-en ] || APT_PACKAGES="$APT_PACKAGES trans-de-en"
command -v msgfmt >/dev/null 2>&1 || APT_PACKAGES="$APT_PACKAGES gettext"
command -v xmllint >/dev/null 2>&1 || APT_PACKAGES="$APT_PACKAGES libxml2-utils"
command -v pandoc >/dev/null 2>&1 || APT_PACKAGES="$APT_PACKAGES pandoc"
[ -f /usr/share/java/epubcheck.jar ] || APT_PACKAGES="$APT_PACKAGES epubcheck"
if [ -n "$APT_PACKAGES" ]; then
  if command -v apt-get >/dev/null 2>&1; then
    SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
    ($SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $APT_PACKAGES) >/dev/null \
      || echo "setup: could not install Debian packages:$APT_PACKAGES (dictionary proposals or checker tools will be missing)" >&2
  else
    echo "setup: no apt-get; install by hand:$APT_PACKAGES" >&2
  fi
fi

# A German→English model: already installed, the official one from the Argos index, or a local file.
if ! .venv/bin/glossary models list --json | grep -q '"from_code": "de"'; then
  if ! .venv/bin/glossary models install translate-de_en; then
    MODEL_FILE=${GLOSSARY_MODEL_FILE:-../shared/models/translate-de_en-demo.argosmodel}
    if [ -f "$MODEL_FILE" ]; then
      echo "setup: installing the local model file $MODEL_FILE instead" >&2
      .venv/bin/glossary models install "$MODEL_FILE"
    else
      echo "setup: no German→English model; set GLOSSARY_MODEL_FILE=PATH/translate-de_en.argosmodel and run again" >&2
      exit 1
    fi
  fi
fi
echo "setup: done. Try: .venv/bin/glossary --help" >&2
