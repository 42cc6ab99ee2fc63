#!/usr/bin/env bash
# One-command set-up for a fresh clone on Debian 12 (the `node` machine kind): installs Jupyter
# (nbclient, nbconvert, ipykernel, and Notebook for `npm run notebook`), Chromium and the Noto CJK
# fonts (Hangul) from Debian's
# packages when missing, the Node dependencies from package-lock.json, registers the tslab kernel
# inside the project (.jupyter/, no global kernelspec), then runs the build. Safe to run again.
#   bash scripts/setup.sh            set up and build
#   bash scripts/setup.sh --no-build set up only
set -euo pipefail
cd "$(dirname "$0")/.."

build=1
[ "${1:-}" = "--no-build" ] && build=0

PY=/usr/bin/python3
packages=()
"$PY" -c 'import nbclient, nbformat, ipykernel, jupyter_client' 2>/dev/null \
  || packages+=(jupyter-nbconvert python3-nbclient python3-ipykernel jupyter-client)
command -v jupyter-notebook >/dev/null 2>&1 || packages+=(jupyter-notebook)
command -v chromium >/dev/null 2>&1 || packages+=(chromium)
# Hangul (and other CJK) glyphs, so that Korean wording renders in Chromium and its screenshots.
dpkg -s fonts-noto-cjk >/dev/null 2>&1 || packages+=(fonts-noto-cjk)

if [ ${#packages[@]} -gt 0 ]; then
  echo "setup: installing Debian packages: ${packages[*]}"
  if [ "$(id -u)" -eq 0 ]; then SUDO=""; elif command -v sudo >/dev/null; then SUDO="sudo"; else
    echo "setup: need root (or sudo) to install ${packages[*]}; see README, 'Without root or Debian'." >&2
    exit 1
  fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
fi

node -e 'const [a,b]=process.versions.node.split(".").map(Number); if (a!==20||b<20) { console.error("setup: Node 20.20 or later 20.x is required, found "+process.version); process.exit(1) }'

echo "setup: installing Node dependencies (npm ci)"
npm ci --no-audit --no-fund --loglevel=error

# The kernelspec lives in the project: JUPYTER_PATH=.jupyter/share/jupyter makes it visible.
node_modules/.bin/tslab install --python="$PY" --prefix "$PWD/.jupyter" --binary "$PWD/node_modules/.bin/tslab" >/dev/null
# Read the whole list before matching: `grep -q` stops reading early, and under pipefail the
# writer's broken pipe would fail the step.
kernels=$(JUPYTER_PATH="$PWD/.jupyter/share/jupyter" "$PY" -m jupyter kernelspec list 2>/dev/null)
grep -q tslab <<<"$kernels" || { echo "setup: the tslab kernel is not visible to Jupyter" >&2; exit 1; }
echo "setup: tslab kernel registered in .jupyter/ (JUPYTER_PATH=$PWD/.jupyter/share/jupyter)"

if [ "$build" -eq 1 ]; then
  npm run build
fi
