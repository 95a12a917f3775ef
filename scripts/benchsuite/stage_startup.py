"""Start-up to READY=1 with a projection snapshot, and steady memory, at 10^4, 10^5 and 10^6
events: `pubstat-bench seed-log` writes N distinct invented bulletin events into a fresh state
folder; a first start (no snapshot: the whole log is replayed) and one dropped bulletin make
pubstatd write its snapshot on SIGTERM; then each repetition starts it and times READY=1 on
a notify socket, and reads VmRSS two seconds later."""
import os
import shutil
import time

from . import child, corpus
from .daemon import Daemon, DaemonError
from .figure import Figure, Target

SETTLE_SECONDS = 2.0


def run(ctx):
    figures = []
    extra = corpus.txt_files(corpus.generated(ctx.shared, ctx.cache, 2 * ctx.plan.drops, seed=2))[0]
    for size in ctx.plan.startup_sizes:
        label = f"{size:,} events"
        ctx.log(f"start-up: seeding a log of {label}")
        name = f"startup-{size}"
        root = os.path.join(ctx.folder(name), "var")
        child.run([os.path.join(ctx.bin_dir, "pubstat-bench"), "seed-log", "--events", str(size), "--state", os.path.join(root, "state")])
        try:
            cold = first_start(ctx, root, extra)
            ready, rss = [], []
            for rep in range(ctx.plan.startup_reps):
                ctx.log(f"start-up with a snapshot at {label}: repetition {rep + 1}/{ctx.plan.startup_reps}")
                daemon = Daemon(ctx.bin_dir, root)
                ready.append(daemon.start() * 1000)
                try:
                    time.sleep(SETTLE_SECONDS)
                    rss.append(daemon.memory_kib("VmRSS") / 1024)
                finally:
                    daemon.stop()
            big = size == max(ctx.plan.startup_sizes) and not ctx.plan.smoke
            figures.append(Figure(
                "Start-up", f"to READY with a snapshot, {label}", "ms", ready, "first start, no snapshot (whole log replayed)", [cold * 1000],
                Target("max", 200, "≤ 200 ms at 10^6 events") if big else Target("none", text="—"),
                note="spawn to READY=1 on the notify socket; the binary snapshot is loaded, the log checked from its record on (sealed segments before it: headers)"))
            figures.append(Figure(
                "Memory", f"steady RSS, {label}", "MiB", rss, target=Target("max", 64, "≤ 64 MiB at 10^6 events") if big else Target("none", text="—"),
                note=f"VmRSS {SETTLE_SECONDS:.0f} s after READY, idle; one bulletin per event"))
        finally:
            shutil.rmtree(os.path.join(ctx.work, name), ignore_errors=True)
    return figures


def first_start(ctx, root, extra):
    """Starts on the seeded log (no snapshot yet), ingests one bulletin so that the projections
    move, and stops: pubstatd writes its snapshot on the way out. Returns the seconds to READY."""
    daemon = Daemon(ctx.bin_dir, root)
    ready = daemon.start()
    try:
        before = daemon.accounted()
        corpus.move_into(corpus.stage([extra], os.path.join(os.path.dirname(root), "stage")), daemon.inbox)
        deadline = time.monotonic() + 120
        while daemon.accounted() <= before:
            if time.monotonic() > deadline:
                raise DaemonError(f"the bulletin dropped to make a snapshot was not ingested in 2 minutes; see {daemon.log_path}")
            time.sleep(0.05)
    finally:
        daemon.stop(timeout=600)
    if not os.listdir(os.path.join(root, "state", "snapshots")):
        raise DaemonError(f"pubstatd wrote no snapshot on SIGTERM; see {daemon.log_path}")
    return ready
