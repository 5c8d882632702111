#!/usr/bin/env python3
"""Time from process start to the first frame of a terminal program, in a pseudo-terminal.

Usage: first-frame.py RUNS NEEDLE -- COMMAND [ARGS...]

Starts COMMAND in a 160x45 pty RUNS times, reads its output until NEEDLE (a text the first
frame draws, e.g. the plan's title) appears, and prints the median, fastest and slowest time
in milliseconds. With CPU=1 in the environment it also prints the median CPU time the process
had used (all its threads, from /proc/PID/task/*/schedstat, Linux) when the first frame
appeared. The program is then sent 'q' and killed if it does not quit. A NEEDLE starting
with `re:` is a regular expression over the bytes written (a frame's text may be interrupted by
cursor moves wherever cells stay as they were).
"""
import re, os, select, statistics, sys, time

import pty_board


def found(needle: bytes, seen: bytes) -> bool:
    if needle.startswith(b"re:"):
        return re.search(needle[3:], seen) is not None
    return needle in seen


def cpu_ms(pid: int) -> float:
    """CPU time used so far by every thread of `pid`, in milliseconds (Linux)."""
    total = 0
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            try:
                with open(f"/proc/{pid}/task/{task}/schedstat") as f:
                    total += int(f.read().split()[0])
            except OSError:
                pass
    except OSError:
        return float("nan")
    return total / 1e6


def once(needle: bytes, argv: list[str], timeout: float = 30.0) -> tuple[float, float]:
    pid, fd = pty_board.start(argv)
    start = time.perf_counter()
    seen = b""
    elapsed = None
    cpu = float("nan")
    while time.perf_counter() - start < timeout:
        r, _, _ = select.select([fd], [], [], 0.5)
        if not r:
            continue
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
        if found(needle, seen):
            elapsed = (time.perf_counter() - start) * 1000
            cpu = cpu_ms(pid)
            break
        # Answer a cursor position request (ESC [ 6 n) as a terminal would.
        if b"\x1b[6n" in chunk:
            os.write(fd, b"\x1b[1;1R")
    pty_board.stop(pid, fd, 0.05)
    if elapsed is None:
        raise SystemExit(f"first-frame: {needle!r} never appeared from {argv[0]}")
    return elapsed, cpu


def main() -> None:
    args = sys.argv[1:]
    if len(args) < 4 or args[2] != "--":
        raise SystemExit(__doc__)
    runs, needle, argv = int(args[0]), args[1].encode(), args[3:]
    samples = [once(needle, argv) for _ in range(runs)]
    times = [t for t, _ in samples]
    line = f"{statistics.median(times):.1f} {min(times):.1f} {max(times):.1f}"
    if os.environ.get("CPU") == "1":
        line += f" {statistics.median(c for _, c in samples):.1f}"
    print(line)


if __name__ == "__main__":
    main()
