#!/usr/bin/env bash
# Installs the real spreadsheet program the spreadsheet tests read and write with: Debian's LibreOffice Calc
# (headless) and its Python bridge (to edit a cell as a user would). Idempotent and silent when both are there;
# called by the tests on first use, as scripts/vscodeTest/install.sh is for the browser. apt only (offline-safe).
set -euo pipefail
installed() { command -v soffice >/dev/null && [ -x /usr/bin/python3 ] && /usr/bin/python3 -c 'import uno' 2>/dev/null; }
if installed; then exit 0; fi
LOG="${TMPDIR:-/tmp}/reqdesk-libreoffice-install.log"
# Two test processes must not run apt together.
if command -v flock >/dev/null; then exec 9>"${TMPDIR:-/tmp}/reqdesk-libreoffice.lock"; flock 9; installed && exit 0; fi
SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo -n"
echo "[libreOffice/install] apt-get install libreoffice-calc-nogui python3-uno (log: $LOG)" >&2
apt_install() { $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends libreoffice-calc-nogui python3-uno </dev/null >>"$LOG" 2>&1; }
if ! { compgen -G '/var/lib/apt/lists/*_Packages*' >/dev/null && apt_install; }; then
  $SUDO apt-get update -qq </dev/null >>"$LOG" 2>&1 || { tail -20 "$LOG" >&2; echo "apt-get update failed" >&2; exit 1; }
  apt_install || { tail -20 "$LOG" >&2; echo "apt-get install failed (log: $LOG)" >&2; exit 1; }
fi
installed || { echo "LibreOffice installed but soffice or python3-uno is missing" >&2; exit 1; }
