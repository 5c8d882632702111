#!/usr/bin/env bash
# Runs the Windows build of fremdrift under Wine beside the Linux build, on the real plan, and
# compares what they print: `check`, `list` (table and JSON), `report` (Markdown and HTML),
# `export --format csv`, `list` of a path written with backslashes and of one with a drive letter
# and a space, and `set` on a copy of the
# plan, which must change exactly one line, the same line on both.
#
#   scripts/windows-compare.sh            builds both first (the Windows one with
#                                         ../shared/tools/windows-check run), then compares
#   WINDOWS_EXE=path/to/fremdrift.exe LINUX_BIN=path/to/fremdrift scripts/windows-compare.sh
#
# Exit 0 when every output is the same, 1 when one differs (the diff is printed), 2 when
# something needed is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
exe=${WINDOWS_EXE:-target/windows/x86_64-pc-windows-gnu/release/fremdrift.exe}
if [ -z "${WINDOWS_EXE:-}" ]; then
    # Builds the .exe, puts Wine's missing ProcessPrng beside it and runs it once.
    ../shared/tools/windows-check run >/dev/null || {
        echo "windows-check failed: it needs Debian's rustc-web 1.88 or newer (README, 'On Windows" \
            "and macOS', has a Debian 13 chroot for it); or give WINDOWS_EXE=" >&2
        exit 2
    }
fi
linux=${LINUX_BIN:-target/release/fremdrift}
[ -n "${LINUX_BIN:-}" ] || cargo build --release --locked --quiet
[ -f "$exe" ] && [ -x "$linux" ] || { echo "missing $exe or $linux" >&2; exit 2; }
exe=$(realpath "$exe")
linux=$(realpath "$linux")
export WINEDEBUG=-all WINEPREFIX="${WINEPREFIX:-$HOME/.wine-fremdrift}"
wine=$(command -v wine64 || echo /usr/lib/wine/wine64)
[ -x "$wine" ] || { echo "wine64 is not installed (apt-get install wine64)" >&2; exit 2; }

plan=plans/naeringsvennlig-kommune.toml
day=(--today 2017-12-01)
# A new Wine prefix announces itself on the first run: let that be this one.
"$wine" "$exe" --version >/dev/null 2>&1 || true
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0

# One command on both; stdout, stderr and the exit code must agree.
same() {
    local name=$1
    shift
    local rc_l=0 rc_w=0
    "$linux" "$@" >"$work/l.out" 2>"$work/l.err" || rc_l=$?
    "$wine" "$exe" "$@" >"$work/w.out" 2>"$work/w.err" || rc_w=$?
    if [ "$rc_l" != "$rc_w" ] || ! cmp -s "$work/l.out" "$work/w.out" ||
        ! cmp -s "$work/l.err" "$work/w.err"; then
        echo "DIFFERS: $name (exit $rc_l on Linux, $rc_w on Windows)"
        diff "$work/l.out" "$work/w.out" | head -20 || true
        diff "$work/l.err" "$work/w.err" | head -20 || true
        status=1
    else
        echo "same: $name ($(wc -l <"$work/l.out") lines, exit $rc_l)"
    fi
}

same "check" check "$plan"
same "list" list "$plan" "${day[@]}"
same "list --format json" list "$plan" "${day[@]}" --format json
same "report --format md" report "$plan" "${day[@]}" --format md
same "report --format html" report "$plan" "${day[@]}" --format html
same "export --format csv" export "$plan" "${day[@]}" --format csv
same "list --overdue (English)" list "$plan" "${day[@]}" --overdue --lang en
same "a missing plan" check plans/no-such-plan.toml

# Paths as Windows users write them (Wine reads them as Windows does; Linux would not, so
# only the Windows side is run, against the Linux output for the usual path).
"$linux" list "$plan" "${day[@]}" >"$work/l.out"
windows_path_lists_the_same() {
    "$wine" "$exe" list "$1" "${day[@]}" >"$work/w.out" 2>&1 || true
    if cmp -s "$work/l.out" "$work/w.out"; then
        echo "same: list of $1"
    else
        echo "DIFFERS: list of $1"
        diff "$work/l.out" "$work/w.out" | head -20 || true
        status=1
    fi
}
# Backslashes.
windows_path_lists_the_same 'plans\naeringsvennlig-kommune.toml'
# A drive letter, backslashes and a space: Wine's Z: is the Linux root.
mkdir -p "$work/min mappe"
cp "$plan" "$work/min mappe/plan.toml"
windows_path_lists_the_same "Z:$(printf '%s' "$work/min mappe/plan.toml" | tr '/' '\\')"

# `set` on a copy each: the same bytes after, one line changed (ikke startet → pågår).
mkdir -p "$work/l" "$work/w"
cp "$plan" "$work/l/plan.toml"
cp "$plan" "$work/w/plan.toml"
(cd "$work/l" && "$linux" set plan.toml nvk-1 --status doing "${day[@]}" >../l.set)
(cd "$work/w" && "$wine" "$exe" set plan.toml nvk-1 --status doing "${day[@]}" >../w.set)
changed=$(diff "$plan" "$work/w/plan.toml" | grep -c '^>' || true)
if cmp -s "$work/l/plan.toml" "$work/w/plan.toml" && cmp -s "$work/l.set" "$work/w.set" &&
    [ "$changed" = 1 ]; then
    echo "same: set nvk-1 --status doing (one line changed: $(diff "$plan" "$work/w/plan.toml" | grep '^>'))"
else
    echo "DIFFERS: set ($changed lines changed on Windows)"
    diff "$work/l/plan.toml" "$work/w/plan.toml" | head -20 || true
    diff "$work/l.set" "$work/w.set" || true
    status=1
fi
# The save leaves nothing behind but its lock file.
leftover=$(cd "$work/w" && ls -A | grep -v -e '^plan.toml$' -e '^\.plan\.toml\.lock$' || true)
if [ -n "$leftover" ]; then
    echo "DIFFERS: the Windows save left $leftover"
    status=1
fi
exit $status
