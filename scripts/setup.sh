#!/usr/bin/env bash
# Installs what a fresh Debian 12 + Node 20 machine lacks for Enrichkit: the Debian packages the build and the tests
# use (only the missing ones), then the npm dependencies from the lockfile. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

# command → Debian package
declare -A packages=(
  [redis-server]=redis-server        # the emulator's KV store and the integration tests
  [chromium]=chromium                # slide PDF/PNG/PPTX, page screenshots, docs end-to-end tests
  [pdfinfo]=poppler-utils            # PDF page counts and previews
  [ffmpeg]=ffmpeg                    # the narrated video
  [espeak-ng]=espeak-ng              # narration
  [soffice]=libreoffice-writer-nogui # SDD .docx → .pdf
  [python3]=python3                  # the package's run.py launcher
  [sqlite3]=sqlite3                  # display clauses are evaluated as SQL WHERE expressions, as TcEx does
)
need=()
for command in "${!packages[@]}"; do
  command -v "$command" >/dev/null 2>&1 || need+=("${packages[$command]}")
done
[ -x /usr/bin/time ] || need+=(time)                 # peak-RSS figures in the benchmarks
[ -e /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || need+=(fonts-dejavu-core)

if ((${#need[@]})); then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "setup: installing Debian packages: ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

node -e 'const [a,b]=process.versions.node.split(".").map(Number); if (a < 20 || (a === 20 && b < 19)) { console.error(`setup: Node ${process.versions.node} found; Enrichkit needs Node >= 20.19`); process.exit(1); }'
echo "setup: npm ci"
npm ci --no-audit --no-fund --loglevel=error
echo "setup: done"
