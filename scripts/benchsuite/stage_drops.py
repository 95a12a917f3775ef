"""Drop-to-queryable: one bulletin renamed into the inbox, then GET /v1/bulletins/{sha256}
polled until it answers 200; p50 and p99 over the drops, on an idle daemon and during a
back-fill of the reference corpus. No peer: the targets are absolute."""
import hashlib
import os
import shutil
import time

from . import corpus, stats
from .daemon import Daemon, DaemonError
from .figure import Figure, Target
from .stage_backfill import pubstat_backfill


def run(ctx):
    drop_files = corpus.txt_files(corpus.generated(ctx.shared, ctx.cache, 2 * ctx.plan.drops, seed=2))
    ctx.log(f"drop-to-queryable, idle: {ctx.plan.drops} drops one after another")
    idle = idle_drops(ctx, drop_files[:ctx.plan.drops])
    # the busy drops need a back-fill that outlasts them, not the whole reference corpus
    backfill = corpus.txt_files(corpus.generated(ctx.shared, ctx.cache, ctx.plan.backfill_files, seed=1))[:ctx.plan.drop_backfill_files]
    ctx.log(f"drop-to-queryable during a back-fill of {len(backfill)} files: one drop every {ctx.plan.drop_interval * 1000:.0f} ms")
    busy = busy_drops(ctx, backfill, drop_files[ctx.plan.drops:])
    figures = []
    for label, samples, p99_target in [("idle", idle, 5), (f"during a back-fill of {len(backfill)} files", busy, 50)]:
        if not samples:
            figures.append(Figure("Drop-to-queryable", f"{label}: p99", "ms", [], target=Target("max", p99_target, f"p99 ≤ {p99_target} ms"),
                                  note="no drop was made before the back-fill was over"))
            continue
        ms = [s * 1000 for s in samples]
        low, high = stats.spread(ms)
        over = f"{low:.1f}–{high:.1f}, {len(ms)} drops"
        figures.append(Figure("Drop-to-queryable", f"{label}: p50", "ms", [stats.percentile(ms, 0.5)], spread_text=over))
        figures.append(Figure("Drop-to-queryable", f"{label}: p99", "ms", [stats.percentile(ms, 0.99)],
                              target=Target("max", p99_target, f"p99 ≤ {p99_target} ms"), spread_text=over))
    return figures


def idle_drops(ctx, files):
    """Drops one file at a time into a fresh, otherwise idle daemon; returns the latencies (s)."""
    root = os.path.join(ctx.folder("drops-idle"), "var")
    daemon = Daemon(ctx.bin_dir, root)
    daemon.start()
    try:
        dropper = Dropper(daemon, files, os.path.join(ctx.work, "drops-idle", "stage"))
        while dropper.remaining():
            dropper.drop()
            while dropper.pending:
                dropper.poll()
        return dropper.latencies
    finally:
        daemon.stop()
        shutil.rmtree(os.path.join(ctx.work, "drops-idle"), ignore_errors=True)


def busy_drops(ctx, backfill, files):
    """Drops a file every `drop_interval` while a back-fill runs; returns the latencies (s) of
    the drops made before the back-fill was over."""
    latencies = []

    def during(daemon, progress):
        dropper = Dropper(daemon, files, os.path.join(ctx.work, "drops-busy", "stage"))
        next_drop = time.monotonic()  # the back-fill's files are all in the inbox by now
        while dropper.remaining() and not progress.finished():
            if time.monotonic() >= next_drop:
                dropper.drop()
                progress.extra += 1
                next_drop += ctx.plan.drop_interval
            dropper.poll()
        deadline = time.monotonic() + 600
        while dropper.pending and time.monotonic() < deadline:
            dropper.poll()
        latencies.extend(dropper.latencies)

    pubstat_backfill(ctx, backfill, "drops-busy", during=during)
    return latencies


class Dropper:
    """Renames bulletins into a daemon's inbox and polls until each is queryable."""

    def __init__(self, daemon, files, stage):
        self.daemon = daemon
        self.files = list(files)
        self.staged = corpus.stage(self.files, stage)
        self.next = 0
        self.pending = {}  # sha256 -> monotonic time of the rename
        self.latencies = []

    def remaining(self):
        return self.next < len(self.staged)

    def drop(self):
        path = self.staged[self.next]
        self.next += 1
        with open(path, "rb") as f:
            digest = hashlib.sha256(f.read()).hexdigest()
        self.pending[digest] = time.monotonic()
        os.rename(path, os.path.join(self.daemon.inbox, os.path.basename(path)))

    def poll(self):
        """One GET for each pending drop; records those that answer 200."""
        for digest, dropped in list(self.pending.items()):
            status, _ = self.daemon.client.get(f"/v1/bulletins/{digest}")
            if status == 200:
                self.latencies.append(time.monotonic() - dropped)
                del self.pending[digest]
            elif status != 404:
                raise DaemonError(f"GET /v1/bulletins/{digest} answered {status}; see {self.daemon.log_path}")
            elif time.monotonic() - dropped > 600:
                raise DaemonError(f"bulletin {digest} not queryable 10 minutes after its drop; see {self.daemon.log_path}")
        time.sleep(0.0002)
