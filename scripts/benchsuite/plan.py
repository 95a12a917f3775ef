"""How big each stage runs: the full form (the figures in BENCHMARKS.md) and the smoke form
(seconds, for CI: every stage runs, no figure means anything)."""
from dataclasses import dataclass


@dataclass(frozen=True)
class Plan:
    smoke: bool
    extract_files: int          # generated bulletins extracted one by one
    extract_reps: int           # interleaved pubstat / rg repetitions
    backfill_files: int         # gen_corpus.py N --seed 1, moved into the inbox at once
    backfill_reps: int          # pubstat repetitions (the peer runs once between the first two)
    drops: int                  # drop-to-queryable samples, idle and during a back-fill
    drop_backfill_files: int    # the back-fill (first files of the reference corpus) the busy drops meet
    drop_interval: float        # seconds between drops during a back-fill
    log_reps: int               # interleaved pubstat-bench log / SQLite / fdatasync floor
    log_args: tuple             # pubstat-bench log options
    sqlite_args: tuple          # scripts/bench-sqlite.py options
    floor_syncs: int            # 300-byte append + fdatasync samples
    startup_sizes: tuple        # events in the log for the start-up figures
    startup_reps: int
    query_requests: int         # h2load requests per run of scripts/bench-queries.sh
    query_backfill_requests: int  # the same while pubstatd back-fills (it answers ~100/s then)


FULL = Plan(
    smoke=False, extract_files=2000, extract_reps=5, backfill_files=20000, backfill_reps=2,
    drops=200, drop_backfill_files=5000, drop_interval=0.025, log_reps=3, log_args=(), sqlite_args=(), floor_syncs=2000,
    startup_sizes=(10_000, 100_000, 1_000_000), startup_reps=3, query_requests=100_000, query_backfill_requests=3_000,
)

SMOKE = Plan(
    smoke=True, extract_files=20, extract_reps=1, backfill_files=60, backfill_reps=1,
    drops=5, drop_backfill_files=60, drop_interval=0.01, log_reps=1,
    log_args=("--replay-events", "5000", "--single-appends", "20", "--scale", "0.01"),
    sqlite_args=("--rows", "5000", "--single", "20", "--scale", "0.01"), floor_syncs=20,
    startup_sizes=(1_000,), startup_reps=1, query_requests=500, query_backfill_requests=200,
)
