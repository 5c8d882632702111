#!/usr/bin/env bash
# Times fremdrift and taskwarrior side by side on the same N activities (issue 6), in one run:
#   benches/compare-taskwarrior.sh [N]        (default 10000)
# Installs taskwarrior and hyperfine from Debian's packages when missing (needs root or sudo),
# writes a synthetic plan of N activities, imports the same activities as tasks into a
# throwaway TASKDATA, and runs hyperfine on: the JSON listing (`fremdrift list --format json`
# vs `task export`), the human listing (`fremdrift list` vs `task list`), marking one done
# (`fremdrift set … --status done` vs `task N done`, each from a fresh copy), and the first
# frame of the board in a pty, beside taskwarrior-tui's on the same tasks. Prints the ratios,
# then a status key on the board → saved on disk (benches/edit-saved.py), the first frame of a
# folder of 100 plans, and peak memory.
#
# taskwarrior-tui is not packaged by Debian; it is a crate, so when it is not on PATH it is
# installed once with `cargo install --locked taskwarrior-tui --root DIR` into a cache folder
# (DIR: $TWTUI_ROOT, else ${XDG_CACHE_HOME:-~/.cache}/fremdrift-bench/taskwarrior-tui). That
# build takes about 5 minutes on a quiet 2-core machine (longer on a busy one) and is reused
# by every later run. NO_TWTUI=1 skips it.
set -euo pipefail

N=${1:-10000}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
TODAY=2018-05-15
RUNS=${RUNS:-20}

need() {
    local missing=()
    for p in "$@"; do command -v "${p%%:*}" >/dev/null || missing+=("${p##*:}"); done
    if ((${#missing[@]})); then
        echo "installing ${missing[*]} from Debian's packages" >&2
        local sudo=""
        [ "$(id -u)" = 0 ] || sudo=sudo
        $sudo apt-get install -y "${missing[@]}" >&2
    fi
}
need task:taskwarrior hyperfine:hyperfine jq:jq python3:python3

# taskwarrior-tui: on PATH, else in the cache folder, else built there once (see above).
TWTUI_ROOT=${TWTUI_ROOT:-${XDG_CACHE_HOME:-$HOME/.cache}/fremdrift-bench/taskwarrior-tui}
TWTUI=$(command -v taskwarrior-tui || true)
if [ -z "$TWTUI" ] && [ -z "${NO_TWTUI:-}" ]; then
    if [ ! -x "$TWTUI_ROOT/bin/taskwarrior-tui" ]; then
        echo "installing taskwarrior-tui into $TWTUI_ROOT (once; about 5 minutes)" >&2
        cargo install --locked --quiet taskwarrior-tui --root "$TWTUI_ROOT" >&2 ||
            echo "taskwarrior-tui did not install; its first frame is skipped" >&2
    fi
    [ -x "$TWTUI_ROOT/bin/taskwarrior-tui" ] && TWTUI="$TWTUI_ROOT/bin/taskwarrior-tui"
fi

echo "building fremdrift (release)" >&2
(cd "$ROOT" && cargo build --release --quiet --bin fremdrift --example synth)
FR="$ROOT/target/release/fremdrift"

T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
"$ROOT/target/release/examples/synth" "$N" 1 > "$T/plan.orig.toml"
cp "$T/plan.orig.toml" "$T/plan.toml"

# The same activities as tasks: title → description, owner → project-free tag-free field
# (a UDA would slow taskwarrior down; the owner goes into the description as people write it),
# deadline day → due, status → pending/completed/deleted (waiting → pending +waiting).
"$FR" list "$T/plan.toml" --format json --today "$TODAY" | jq -c '
  [.activities[] | {
     description: (.title + " (" + .owner + ")"),
     due: (.due.day | gsub("-"; "") + "T120000Z"),
     entry: "20180101T000000Z",
     status: (if .status == "done" then "completed"
              elif .status == "cancelled" then "deleted" else "pending" end),
     end: (if .status == "done" or .status == "cancelled"
           then ((.done_on // .due.day) | gsub("-"; "") + "T120000Z") else null end),
     tags: (if .status == "waiting" then ["waiting"] else [] end),
     annotations: (if .note then [{entry: "20180101T000000Z", description: .note}] else [] end)
   } | with_entries(select(.value != null))]' > "$T/tasks.json"

export TASKRC="$T/taskrc" TASKDATA="$T/task"
mkdir -p "$TASKDATA"
cat > "$TASKRC" <<RC
data.location=$TASKDATA
confirmation=off
verbose=nothing
hooks=off
recurrence=off
news.version=9.9.9
RC
task import "$T/tasks.json" >/dev/null 2>&1
cp -a "$TASKDATA" "$T/task.orig"
TASKS=$(task count status:pending)
ID=$((TASKS / 2))
FID=$("$FR" list "$T/plan.toml" --format json --today "$TODAY" | jq -r "[.activities[] | select(.status != \"done\" and .status != \"cancelled\")][$ID].id")

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "fremdrift $(git -C "$ROOT" rev-parse --short HEAD), $(task --version | head -1 | sed 's/^/taskwarrior /'), $(hyperfine --version)"
echo "$N activities ($(du -h "$T/plan.toml" | cut -f1) plan), $TASKS pending tasks; set: fremdrift $FID, task $ID"
echo

hf() { # name, fremdrift command, task command, [fremdrift's prepare, task's prepare]
    local name=$1 f=$2 t=$3 fprep=${4:-true} tprep=${5:-${4:-true}}
    hyperfine -N --warmup 2 --runs "$RUNS" --prepare "$fprep" --prepare "$tprep" \
        --export-json "$T/$name.json" -n "fremdrift $name" "$f" -n "taskwarrior $name" "$t" >&2
    # Wall-clock medians, and CPU time (user + system, means): on a busy machine the CPU time
    # is the steadier measure of the work each tool does.
    jq -r --arg n "$name" '.results as $r |
        def ms(x): (x * 10000 | round) / 10;
        def cpu(i): $r[i].user + $r[i].system;
        "\($n): wall fremdrift \(ms($r[0].median)) ms, taskwarrior \(ms($r[1].median)) ms, ratio \(($r[1].median / $r[0].median * 10 | round) / 10)×; cpu fremdrift \(ms(cpu(0))) ms, taskwarrior \(ms(cpu(1))) ms, ratio \((cpu(1) / cpu(0) * 10 | round) / 10)×"' \
        "$T/$name.json" | tee -a "$T/summary"
}

hf "json" "$FR list $T/plan.toml --format json --today $TODAY" "task export"
hf "list" "$FR list $T/plan.toml --today $TODAY" "task list"
# A fresh copy of each tool's data before each run, each its own, then `sync`: the copy's
# dirty pages would otherwise be written out by the next fsync, which is fremdrift's save.
# Nobody else has the plan open, so the save's lease proves the swap and it does not wait (see
# README "What fremdrift promises").
hf "done" "$FR set $T/plan.toml $FID --status done --today $TODAY" "task $ID done" \
    "sh -c 'cp $T/plan.orig.toml $T/plan.toml && sync'" \
    "sh -c 'rm -rf $TASKDATA && cp -a $T/task.orig $TASKDATA && sync'"

echo
# The board's first frame with a warm parse cache (as every day after the first), and with an
# empty one (removed before each run by a shell, whose start is counted too). An editing board, as
# people open it: it registers its presence beside the plan (a small file, fsynced).
FREMDRIFT_CACHE_DIR="$T/warm" "$FR" list "$T/plan.toml" >/dev/null
read -r med lo hi < <(FREMDRIFT_CACHE_DIR="$T/warm" python3 "$ROOT/benches/first-frame.py" "$RUNS" \
    "Syntetisk plan" -- "$FR" "$T/plan.toml" --today "$TODAY")
echo "first frame (pty), warm cache: fremdrift median $med ms (fastest $lo, slowest $hi)" | tee -a "$T/summary"
read -r cmed clo chi < <(FREMDRIFT_CACHE_DIR="$T/cold" python3 "$ROOT/benches/first-frame.py" "$RUNS" \
    "Syntetisk plan" -- sh -c "rm -rf '$T/cold'; exec '$FR' '$T/plan.toml' --today $TODAY")
echo "first frame (pty), empty cache: fremdrift median $cmed ms (fastest $clo, slowest $chi)" | tee -a "$T/summary"
if [ -n "$TWTUI" ]; then
    # Its first frame lists tasks; a description word, as the screen shows it without spaces
    # (a terminal program skips the cells that stay blank).
    read -r tmed tlo thi < <(python3 "$ROOT/benches/first-frame.py" 5 "Prosjektleder" -- "$TWTUI")
    echo "first frame (pty): taskwarrior-tui $("$TWTUI" --version 2>/dev/null | head -1) median $tmed ms" \
         "(fastest $tlo, slowest $thi); ratio $(echo "scale=1; $tmed / $med" | bc)× (warm cache)," \
         "$(echo "scale=1; $tmed / $cmed" | bc)× (empty cache)" | tee -a "$T/summary"
else
    echo "first frame: taskwarrior-tui is not installed (NO_TWTUI, or cargo install failed); skipped." \
         | tee -a "$T/summary"
fi


# The board: a status key → the edit on disk (a space, then undo it, in turn; the selected
# activity is the third of the first area), on a fresh copy with a warm cache.
cp "$T/plan.orig.toml" "$T/plan.toml"
read -r emed elo ehi < <(FREMDRIFT_CACHE_DIR="$T/warm" python3 "$ROOT/benches/edit-saved.py" "$RUNS" \
    "Syntetisk plan" "$T/plan.toml" ljj " u" -- "$FR" "$T/plan.toml" --today "$TODAY")
echo "board: status key → saved on disk (pty): median $emed ms (fastest $elo, slowest $ehi)" | tee -a "$T/summary"

# A folder of 100 plans of N/10 activities: the portfolio's first frame (drawn before the
# plans are read), with an empty and a warm cache. (All plans loaded: the divan bench
# folder_portfolio_100x1000.)
mkdir -p "$T/folder"
for i in $(seq -w 0 99); do
    "$ROOT/target/release/examples/synth" $((N / 10)) "$i" |
        sed "s/^title = \"Syntetisk plan\"/title = \"Prosjekt $i\"/" > "$T/folder/plan-$i.toml"
done
read -r fcmed fclo fchi < <(FREMDRIFT_CACHE_DIR="$T/fcold" python3 "$ROOT/benches/first-frame.py" "$RUNS" \
    "Portefølje" -- sh -c "rm -rf '$T/fcold'; exec '$FR' '$T/folder' --today $TODAY")
FREMDRIFT_CACHE_DIR="$T/fwarm" "$FR" check "$T/folder" >/dev/null || true
read -r fwmed fwlo fwhi < <(FREMDRIFT_CACHE_DIR="$T/fwarm" python3 "$ROOT/benches/first-frame.py" "$RUNS" \
    "Portefølje" -- "$FR" "$T/folder" --today "$TODAY")
echo "folder of 100 plans × $((N / 10)): first frame (pty) median $fcmed ms with an empty cache, $fwmed ms warm" | tee -a "$T/summary"

echo
echo "peak memory (max RSS):"
for c in "list $T/plan.toml --format json --today $TODAY" "check $T/plan.toml"; do
    rss=$(/usr/bin/time -f %M "$FR" $c 2>&1 >/dev/null | tail -1)
    echo "  fremdrift ${c%% *}: $((rss / 1024)) MB"
done
rss=$(/usr/bin/time -f %M task export 2>&1 >/dev/null | tail -1)
echo "  task export: $((rss / 1024)) MB"
