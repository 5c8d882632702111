#!/usr/bin/env python3
"""Time from a status key on the board to the edit being on disk, in a pseudo-terminal.

Usage: edit-saved.py RUNS NEEDLE PLAN KEYS EDITS -- COMMAND [ARGS...]

Starts COMMAND (a board on PLAN) in a 160x45 pty, waits until NEEDLE (a text its first frame
draws) appears, types KEYS (e.g. "ljj": to the activities, two down) and then RUNS times sends
the next key of EDITS in turn (e.g. " u": the next status, then undo it) and measures how long
it takes until PLAN's bytes on disk differ from before the key (polled every 0.2 ms: a save is
an atomic swap, so the new bytes appear whole). Between keys it waits 0.3 s, as a person would. Prints the median, fastest and
slowest time in milliseconds. A key whose edit does not reach the disk within 5 s (a status
that asks for a reason, a save that failed) stops the run with a message.
"""
import os, select, statistics, sys, time

import pty_board


def drain(fd: int, seen: bytearray, wait: float) -> None:
    """Reads what the program wrote for `wait` seconds, answering cursor position requests."""
    end = time.perf_counter() + wait
    while True:
        left = end - time.perf_counter()
        if left <= 0:
            return
        r, _, _ = select.select([fd], [], [], left)
        if not r:
            return
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            return
        if not chunk:
            return
        seen += chunk
        if b"\x1b[6n" in chunk:
            os.write(fd, b"\x1b[1;1R")


def read(path: str) -> bytes:
    try:
        with open(path, "rb") as f:
            return f.read()
    except OSError:
        return b""


def main() -> None:
    args = sys.argv[1:]
    if len(args) < 7 or args[5] != "--":
        raise SystemExit(__doc__)
    runs, needle, plan, keys, edits = int(args[0]), args[1].encode(), args[2], args[3], args[4]
    argv = args[6:]
    pid, fd = pty_board.start(argv)
    seen = bytearray()
    start = time.perf_counter()
    while needle not in seen:
        if time.perf_counter() - start > 30:
            raise SystemExit(f"edit-saved: {needle!r} never appeared")
        drain(fd, seen, 0.05)
    os.write(fd, keys.encode())
    drain(fd, seen, 0.3)
    times = []
    try:
        for i in range(runs):
            before = read(plan)
            os.write(fd, edits[i % len(edits)].encode())
            t0 = time.perf_counter()
            while read(plan) == before:
                if time.perf_counter() - t0 > 5:
                    raise SystemExit("edit-saved: an edit did not reach the disk in 5 s")
                time.sleep(0.0002)
            times.append((time.perf_counter() - t0) * 1000)
            drain(fd, seen, 0.3)
    finally:
        pty_board.stop(pid, fd, 0.2)
    print(f"{statistics.median(times):.1f} {min(times):.1f} {max(times):.1f}")


if __name__ == "__main__":
    main()
