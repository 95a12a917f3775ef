"""Durable appends at batch 1/100/10,000 and decoded replay of the log, against SQLite (WAL,
synchronous=FULL) and the file system's fdatasync floor, all in the same scratch folder, the
three interleaved: pubstat-bench log, scripts/bench-sqlite.py, the floor, again."""
import os
import re
import time

from . import child, stats
from .figure import Figure, Target

FLOOR_RECORD = b"x" * 299 + b"\n"


def run(ctx):
    ours = {key: [] for key in ("1", "100", "10000", "decoded", "raw")}
    sqlite = {key: [] for key in ("1", "100", "10000", "scan")}
    floor = []
    for rep in range(ctx.plan.log_reps):
        ctx.log(f"durable append and replay: repetition {rep + 1}/{ctx.plan.log_reps} (pubstat, SQLite, fdatasync floor)")
        for key, value in pubstat_log(ctx).items():
            ours[key].append(value)
        for key, value in sqlite_reference(ctx).items():
            sqlite[key].append(value)
        floor.append(fdatasync_floor(ctx.folder("floor"), ctx.plan.floor_syncs))
    figures = [
        Figure("Durable append", "batch 1, one caller", "events/s", ours["1"], "SQLite", sqlite["1"],
               Target("ratio", 1, "≥ 1× SQLite"), note="each append returns after fdatasync; SQLite commits synced"),
        Figure("Durable append", "batch 1 vs the fdatasync floor", "events/s", ours["1"], "300 B append + fdatasync, 1/p50", floor,
               Target("ratio", 0.9, "≥ 0.9× the floor"), note=f"floor: p50 of {ctx.plan.floor_syncs} syncs per repetition, as a rate"),
        Figure("Durable append", "batch 100, one caller", "events/s", ours["100"], "SQLite", sqlite["100"], Target("ratio", 1, "≥ 1× SQLite")),
        Figure("Durable append", "batch 10,000, one caller", "events/s", ours["10000"], "SQLite", sqlite["10000"], Target("ratio", 1, "≥ 1× SQLite")),
        Figure("Replay", f"{events_label(ctx)} decoded into Event", "events/s", ours["decoded"], "SQLite full scan (rows/s)", sqlite["scan"],
               Target("min", 1_000_000, "≥ 1,000,000/s")),
        Figure("Replay", f"{events_label(ctx)} raw records (CRC + sequence)", "records/s", ours["raw"], "SQLite full scan (rows/s)", sqlite["scan"]),
    ]
    return figures


def events_label(ctx):
    return "10^6 events," if not ctx.plan.smoke else "smoke log,"


def pubstat_log(ctx):
    """One `pubstat-bench log` run in the scratch folder: appends per batch size and replay rates."""
    stdout, _, _, _ = child.run([os.path.join(ctx.bin_dir, "pubstat-bench"), "log", "--directory", ctx.folder("log"),
                                 *ctx.plan.log_args])
    rows = {
        "1": r"^batch 1, one caller\s+([0-9]+) events/s",
        "100": r"^batch 100\s+([0-9]+) events/s",
        "10000": r"^batch 10000\s+([0-9]+) events/s",
        "decoded": r"^replay, decoded into Event.*?\s([0-9]+) events/s",
        "raw": r"^replay, raw records.*?\s([0-9]+) records/s",
    }
    return {key: number(stdout, pattern, "pubstat-bench log") for key, pattern in rows.items()}


def sqlite_reference(ctx):
    """One scripts/bench-sqlite.py run in the same folder: rows/s per batch size and a full scan."""
    stdout, _, _, _ = child.run(["python3", os.path.join(ctx.repo, "scripts", "bench-sqlite.py"),
                                 "--directory", ctx.folder("sqlite"), *ctx.plan.sqlite_args])
    rows = {
        "1": r"^sqlite batch\s+1:\s+([0-9,]+) rows/s",
        "100": r"^sqlite batch\s+100:\s+([0-9,]+) rows/s",
        "10000": r"^sqlite batch\s+10000:\s+([0-9,]+) rows/s",
        "scan": r"^sqlite scan of [0-9,]+ rows:\s+([0-9,]+) rows/s",
    }
    return {key: number(stdout, pattern, "bench-sqlite.py") for key, pattern in rows.items()}


def fdatasync_floor(folder, count):
    """1 / p50 of (append 300 bytes + fdatasync) on this folder's file system: syncs per second."""
    path = os.path.join(folder, "floor.dat")
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND | os.O_TRUNC, 0o600)
    samples = []
    try:
        for _ in range(count):
            start = time.perf_counter()
            os.write(fd, FLOOR_RECORD)
            os.fdatasync(fd)
            samples.append(time.perf_counter() - start)
    finally:
        os.close(fd)
        os.unlink(path)
    return 1 / stats.percentile(samples, 0.5)


def number(text, pattern, source):
    match = re.search(pattern, text, re.MULTILINE)
    if not match:
        raise child.ChildError(f"{source} printed no line matching {pattern!r}:\n{text}")
    return float(match.group(1).replace(",", ""))
