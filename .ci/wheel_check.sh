#!/usr/bin/env bash
# Does an ordinary `pip install` of the built wheel work away from the source tree? Builds the
# wheel, installs it into a fresh virtual environment in a temporary folder and, from another
# folder, runs `cspr --help`, `cspr demo` (the demo case is package data), `cspr merge` and
# `cspr genogram` on the installed demo case, `cspr template chronology`, and
# `cspr dashboard --demo` until its first page answers. Run by .ci/run after `make test`, and by `make wheel-check` (about 1-2 minutes).
# The project's venv pins the dependency versions (pip freeze as constraints), so resolving is
# quick and the wheels come from pip's cache or the local indexes.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
PY=${PY:-$ROOT/.venv/bin/python}
started=$SECONDS

# tmpfs when there is room: on this disk (ext4 with discard) deleting the venv's files alone
# took 40 s of a loaded run.
if [ -z "${TMPDIR:-}" ] && [ -w /dev/shm ] \
  && [ "$(df -Pk /dev/shm | awk 'NR == 2 {print $4}')" -gt $((4 * 1024 * 1024)) ]; then
  export TMPDIR=/dev/shm
fi
tmp=$(mktemp -d -t cspr-wheel-check.XXXXXX)
server_pid=""
cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; fi
  rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# The last line is the plain "N passed, N failed" that CI reads, whichever way the check ends.
passed=0
fail() {
  echo "wheel check: FAILED: $*" >&2
  echo "wheel-check: $passed passed, 1 failed"
  exit 1
}
say() { echo "wheel check [$((SECONDS - started)) s]: $*"; }

# From a copy of the files git sees (tracked, or new and not ignored): building in place leaves
# build/lib behind, and a module deleted since would still ship in the next wheel.
say "building the wheel"
src=$ROOT
if git -C "$ROOT" rev-parse --git-dir >/dev/null 2>&1; then
  src=$tmp/src
  mkdir "$src"
  git -C "$ROOT" ls-files -z --cached --others --exclude-standard \
    | (cd "$ROOT" && xargs -0 cp --parents --no-dereference -t "$src" 2>/dev/null || true)
fi
"$PY" -m pip wheel --quiet --no-deps -w "$tmp/dist" "$src" >"$tmp/build.log" 2>&1 \
  || { cat "$tmp/build.log" >&2; fail "the wheel did not build"; }
wheel=$(ls "$tmp"/dist/cspr-*.whl)

"$PY" "$ROOT/.ci/wheel_contents.py" "$wheel" "$src" || fail "the wheel is incomplete"
passed=$((passed + 1))

say "installing it into a fresh virtual environment"
"$PY" -m venv "$tmp/venv"
"$PY" -m pip freeze --exclude-editable >"$tmp/constraints.txt"
"$tmp/venv/bin/python" -m pip install --quiet --no-compile --disable-pip-version-check \
  -c "$tmp/constraints.txt" "$wheel" >"$tmp/install.log" 2>&1 \
  || { cat "$tmp/install.log" >&2; fail "pip install of the wheel failed"; }

# Another folder: nothing from the checkout may be found through the working directory.
mkdir "$tmp/elsewhere"
cd "$tmp/elsewhere"
unset PYTHONPATH
export CSPR_DATA_DIR="$tmp/elsewhere/data"
cspr="$tmp/venv/bin/cspr"

say "running cspr from $PWD"
passed=$((passed + 1))
"$cspr" --help >"$tmp/help.txt" || fail "cspr --help exited $?"
grep -q "demo" "$tmp/help.txt" || fail "cspr --help does not list demo"
passed=$((passed + 1))

"$cspr" demo --out demo-out >"$tmp/demo.txt" 2>&1 || { cat "$tmp/demo.txt" >&2; fail "cspr demo"; }
grep -qF "$tmp/venv/lib/" "$tmp/demo.txt" || fail "cspr demo did not read the installed demo case"
for f in events.csv rejected.csv mapping_report.txt; do
  [ -s "demo-out/$f" ] || fail "cspr demo did not write demo-out/$f"
done
rows=$("$tmp/venv/bin/python" -c 'import csv, sys
print(sum(1 for _ in csv.DictReader(open(sys.argv[1], encoding="utf-8-sig", newline=""))))' \
  demo-out/events.csv)
[ "$rows" -ge 100 ] || fail "cspr demo wrote only $rows events"
passed=$((passed + 1))
say "cspr demo wrote $rows events from the installed package"

demo=$("$tmp/venv/bin/python" -c 'from dashboard.demo import DEMO_DIR; print(DEMO_DIR)')
"$cspr" merge "$demo"/*_chronology.* --people "$demo/family.xlsx" --out merged \
  >"$tmp/merge.txt" 2>&1 || { cat "$tmp/merge.txt" >&2; fail "cspr merge on the demo case"; }
for f in integrated.csv integrated.xlsx integrated.docx sources.csv possible_duplicates.csv; do
  [ -s "merged/$f" ] || fail "cspr merge did not write merged/$f"
done
"$cspr" genogram "$demo/family.xlsx" --out genogram.svg >/dev/null || fail "cspr genogram"
[ -s genogram.svg ] || fail "cspr genogram wrote no genogram.svg"
"$cspr" template chronology --agency Police --out template.xlsx >/dev/null \
  || fail "cspr template chronology"
[ -s template.xlsx ] || fail "cspr template chronology wrote no template.xlsx"
passed=$((passed + 1))
say "cspr merge, genogram and template chronology ran (rules, model, exports, documents)"

port=$("$PY" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$cspr" dashboard --demo --port "$port" --data-dir "$tmp/elsewhere/demo-data" \
  >"$tmp/dashboard.txt" 2>&1 &
server_pid=$!
"$PY" - "$port" "$server_pid" <<'EOF' || { cat "$tmp/dashboard.txt" >&2; fail "cspr dashboard --demo"; }
import os
import sys
import time
import urllib.request

port, pid = sys.argv[1], int(sys.argv[2])
deadline = time.monotonic() + 60
while time.monotonic() < deadline:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        sys.exit("the dashboard stopped")
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=5) as answer:
            if answer.status == 200:
                break
    except OSError:
        time.sleep(0.5)
else:
    sys.exit("no answer within 60 s")
EOF
grep -q "lead_reviewer" "$tmp/dashboard.txt" || fail "cspr dashboard --demo printed no demo logins"
passed=$((passed + 1))
say "cspr dashboard --demo loaded the demo case and answered"

du -sh "$tmp" | awk '{print "wheel check: " $1 " in the temporary folder"}'
echo "wheel check: passed in $((SECONDS - started)) s"
echo "wheel-check: $passed passed, 0 failed"
