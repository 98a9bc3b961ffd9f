#!/usr/bin/env bash
# Debian packages the tests need: Chromium (the browser that drives VS Code's workbench),
# ripgrep (VS Code's search binary, which its npm install would otherwise download) and the
# Kerberos headers that a native module of VS Code builds against, and a font: Chromium only
# recommends fonts-liberation, and without any font the workbench's screenshots show no text;
# and pandoc, which the toolchain test runs with `backcheck bib` (pandoc --citeproc).
# Needs root; quick when present.
set -euo pipefail
need=()
command -v chromium >/dev/null || need+=(chromium)
command -v rg >/dev/null || need+=(ripgrep)
[ -f /usr/include/gssapi/gssapi.h ] || need+=(libkrb5-dev)
[ -d /usr/share/fonts/truetype/liberation ] || need+=(fonts-liberation)
command -v pandoc >/dev/null || need+=(pandoc)
if [ ${#need[@]} -eq 0 ]; then
  echo "system packages present: chromium ripgrep libkrb5-dev fonts-liberation pandoc"
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "missing Debian packages: ${need[*]}; run as root: apt-get update && apt-get install -y ${need[*]}" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${need[@]}"
