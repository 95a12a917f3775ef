#!/usr/bin/env python3
"""The SQLite reference for the event log benchmark, measured on the same disk at the same time.

Usage: scripts/bench-sqlite.py [--directory DIR] [--rows N] [--single N] [--scale F]

SQLite in WAL mode with synchronous=FULL (every commit synced), rows of ~820 bytes like
pubstat's events. Prints rows/s for commits of 1, 100 and 10,000 rows and for a full scan.
Run it right before or after `pubstat-bench log`: the disk's sync latency changes over time.
"""
import argparse
import os
import random
import sqlite3
import tempfile
import time


def payloads(count):
    rng = random.Random(1)
    words = ["thu", "ngân", "sách", "tỷ", "đồng", "dự", "toán", "tăng", "so", "với", "cùng", "kỳ"]
    return [" ".join(rng.choice(words) for _ in range(rng.randint(40, 160))).encode() for _ in range(count)]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--directory", default=os.environ.get("TMPDIR", "/var/tmp"))
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--single", type=int, default=2000)
    parser.add_argument("--scale", type=float, default=1.0, help="fraction of the 100,000 and 200,000 rows of the batch runs")
    args = parser.parse_args()
    pool = payloads(512)
    with tempfile.TemporaryDirectory(dir=args.directory, prefix="pubstat-sqlite-") as folder:
        db = sqlite3.connect(os.path.join(folder, "events.db"), isolation_level=None)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=FULL")
        db.execute("CREATE TABLE events (seq INTEGER PRIMARY KEY, time INTEGER, payload BLOB)")
        seq = 0

        def commit(batch):
            nonlocal seq
            db.execute("BEGIN")
            for _ in range(batch):
                seq += 1
                db.execute("INSERT INTO events VALUES (?, ?, ?)", (seq, seq, pool[seq % len(pool)]))
            db.execute("COMMIT")

        for batch, rows in [(1, args.single), (100, 100_000), (10_000, 200_000)]:
            if batch > 1:
                rows = max(batch, int(rows * args.scale) // batch * batch)
            start = time.perf_counter()
            for _ in range(rows // batch):
                commit(batch)
            elapsed = time.perf_counter() - start
            print(f"sqlite batch {batch:>6}: {rows / elapsed:>12,.0f} rows/s")
        while seq < args.rows:
            commit(min(10_000, args.rows - seq))
        start = time.perf_counter()
        count = 0
        for row in db.execute("SELECT seq, time, payload FROM events"):
            count += 1
        elapsed = time.perf_counter() - start
        print(f"sqlite scan of {count:,} rows: {count / elapsed:>12,.0f} rows/s")


if __name__ == "__main__":
    main()
