#!/usr/bin/env bash
# Installs what xxgk-archive needs on a Debian machine, skipping what is already there.
#   apt: Chromium (for scrapy-playwright), redis-server (scale-out), a CJK font (screenshots),
#        LibreOffice headless (DOC/WPS conversion), Tesseract with Chinese (optional OCR), poppler-utils.
#   pip: the crawler venv (.venv) and a separate replay venv for pywb (.venv-pywb), because pywb pins
#        an old redis client that breaks scrapy-redis (see docs/install.md).
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}

apt_packages=(chromium redis-server fonts-wqy-microhei poppler-utils tesseract-ocr tesseract-ocr-chi-sim
              libreoffice-writer-nogui libreoffice-calc-nogui)
missing=()
for p in "${apt_packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    echo "xxgk install: apt packages: ${missing[*]}"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [ ! -x .venv/bin/python ]; then
    "$PY" -m venv .venv
fi
stamp=.venv/.xxgk-installed
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
    echo "xxgk install: Python packages (.venv)"
    .venv/bin/pip install -q --upgrade pip
    .venv/bin/pip install -q -e ".[test]"
    touch "$stamp"
fi

if [ ! -x .venv-pywb/bin/wayback ]; then
    echo "xxgk install: pywb (.venv-pywb)"
    "$PY" -m venv .venv-pywb
    .venv-pywb/bin/pip install -q --upgrade pip
    .venv-pywb/bin/pip install -q "pywb>=2.8"
fi
echo "xxgk install: ready"
