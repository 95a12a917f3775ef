"""Back-fill end to end: `gen_corpus.py N DIR --seed 1` moved into a fresh pubstatd's inbox at
once, timed until every file is in processed/ (or failed/) and counted in /v1/status; against
the scripted peer (`peer_backfill.py backfill`: Python re + SQLite) on the same files."""
import os
import re
import shutil
import time

from . import child, corpus
from .daemon import Daemon, DaemonError
from .figure import Figure, Target


def run(ctx):
    folder = corpus.generated(ctx.shared, ctx.cache, ctx.plan.backfill_files, seed=1)
    files = corpus.txt_files(folder)
    megabytes = corpus.total_bytes(files) / 1e6
    rates, mb_rates, peaks, cpu = [], [], [], []
    peer_rates, peer_mb, peer_peaks = [], [], []
    for rep in range(ctx.plan.backfill_reps):
        ctx.log(f"back-fill of {len(files)} files through pubstatd: repetition {rep + 1}/{ctx.plan.backfill_reps}")
        seconds, peak, cpu_seconds = pubstat_backfill(ctx, files, f"backfill-{rep}")
        rates.append(len(files) / seconds)
        mb_rates.append(megabytes / seconds)
        peaks.append(peak / 1024)
        cpu.append(cpu_seconds)
        if rep == 0:
            ctx.log(f"back-fill of {len(files)} files by the scripted peer (once)")
            rate, mb, peer_peak = peer_backfill(ctx, folder)
            peer_rates.append(rate)
            peer_mb.append(mb)
            peer_peaks.append(peer_peak / 1024)
    name = f"gen_corpus.py {len(files)} --seed 1 ({megabytes:.0f} MB)"
    once = "the peer once, after pubstat's first repetition" + ("" if ctx.plan.smoke else " (it runs ~90 files/s)")
    cpu_note = f"pubstat's CPU time {min(cpu):.1f}–{max(cpu):.1f} s (user + system, all threads)"
    return [
        Figure("Back-fill", f"{name}: bulletins/s", "bulletins/s", rates, "peer_backfill.py", peer_rates,
               Target("min", 2000, "≥ 2,000/s and ≥ 20× the peer", ratio=20), note=f"{once}; {cpu_note}"),
        Figure("Back-fill", f"{name}: MB/s", "MB/s", mb_rates, "peer_backfill.py", peer_mb, Target("none", text="—")),
        Figure("Back-fill", f"{name}: peak RSS", "MiB", peaks, "peer_backfill.py", peer_peaks,
               Target("max", 256, "≤ 256 MiB"), note="pubstatd's VmHWM; the peer's ru_maxrss"),
    ]


def pubstat_backfill(ctx, files, name, during=None):
    """One back-fill through a fresh pubstatd; returns (seconds, peak RSS KiB, daemon CPU seconds).

    `during(daemon, progress)`, when given, runs while the back-fill does (drops, queries); it
    gets the daemon and the back-fill's Progress (files it adds itself go into `progress.extra`).
    """
    root = os.path.join(ctx.folder(name), "var")
    daemon = Daemon(ctx.bin_dir, root)
    staged = corpus.stage(files, os.path.join(ctx.work, name, "stage"))
    daemon.start()
    try:
        cpu_before = daemon.cpu_seconds()
        progress = Progress(daemon, len(files))
        corpus.move_into(staged, daemon.inbox)
        if during:
            during(daemon, progress)
        deadline = time.monotonic() + 3600
        while not progress.finished():
            if not daemon.alive():
                raise DaemonError(f"pubstatd exited during the back-fill; see {daemon.log_path}")
            if time.monotonic() > deadline:
                raise DaemonError(f"back-fill not finished within an hour; see {daemon.log_path}")
            time.sleep(Progress.INTERVAL / 2)
        return progress.done - progress.start, daemon.memory_kib("VmHWM"), daemon.cpu_seconds() - cpu_before
    finally:
        daemon.stop()
        shutil.rmtree(os.path.join(ctx.work, name), ignore_errors=True)


class Progress:
    """Whether a back-fill is over: every file out of the inbox, in processed/ or failed/, and
    logged (visible over the socket). `done` is when it was first seen so.

    The folders are counted here, every 100 ms, and /v1/status is asked only once they are full:
    the status counts the inbox, and asking it every few milliseconds during a back-fill of
    20,000 files would load the daemon being measured.
    """

    INTERVAL = 0.1

    def __init__(self, daemon, count):
        self.daemon = daemon
        self.count = count
        self.extra = 0  # files dropped besides the back-fill's own
        self.start = time.monotonic()
        self.done = None
        self.looked = 0.0

    def finished(self):
        now = time.monotonic()
        if self.done is None and now - self.looked >= self.INTERVAL:
            self.looked = now
            expected = self.count + self.extra
            if corpus.entries(self.daemon.processed) + corpus.entries(self.daemon.failed) >= expected and \
                    self.daemon.accounted() >= expected:
                self.done = time.monotonic()
        return self.done is not None


def peer_backfill(ctx, folder):
    """The scripted peer over the same files; returns (bulletins/s, MB/s, peak RSS KiB)."""
    database = os.path.join(ctx.folder("peer"), "peer.sqlite")
    stdout, _, _, peak = child.run(["python3", os.path.join(ctx.shared, "bench", "peer_backfill.py"), "backfill", folder, database])
    shutil.rmtree(os.path.dirname(database), ignore_errors=True)
    match = re.search(r"bulletins_per_s=([0-9.]+) mb_per_s=([0-9.]+)", stdout)
    if not match:
        raise child.ChildError(f"peer_backfill.py printed no PEER line:\n{stdout}")
    return float(match.group(1)), float(match.group(2)), peak
