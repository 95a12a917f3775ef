"""Runs the stages in order and writes the report: `python3 -m benchsuite [--smoke] [--out FILE]`
from scripts/ (scripts/bench.sh does the installing and building first)."""
import argparse
import json
import os
import shutil
import signal
import sys
import tempfile
import time

from . import machine, merge, report, stage_backfill, stage_drops, stage_extract, stage_log, stage_queries, stage_startup
from .context import Context
from .plan import FULL, SMOKE

STAGES = {
    "extract": stage_extract.run, "backfill": stage_backfill.run, "drops": stage_drops.run,
    "log": stage_log.run, "startup": stage_startup.run, "queries": stage_queries.run,
}


def main(argv):
    repo = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    parser = argparse.ArgumentParser(prog="scripts/bench.sh", description="pubstat's benchmark suite")
    parser.add_argument("--smoke", action="store_true", help="every stage tiny, in seconds (CI)")
    parser.add_argument("--out", help="report file (default BENCHMARKS.md; smoke: var/bench/BENCHMARKS.smoke.md)")
    parser.add_argument("--bin", required=True, help="folder of pubstatd and pubstat-bench")
    parser.add_argument("--shared", default=os.path.join(repo, "..", "shared"))
    parser.add_argument("--only", help="comma-separated stages to run: " + ",".join(STAGES)
                        + "; their groups replace those of the section already in the report, the others stay")
    args = parser.parse_args(argv)
    plan = SMOKE if args.smoke else FULL
    signal.signal(signal.SIGTERM, interrupted)
    out = args.out or (os.path.join(repo, "var", "bench", "BENCHMARKS.smoke.md") if args.smoke else os.path.join(repo, "BENCHMARKS.md"))
    stages = args.only.split(",") if args.only else list(STAGES)
    unknown = [s for s in stages if s not in STAGES]
    if unknown:
        parser.error(f"unknown stage(s) {', '.join(unknown)}; known: {', '.join(STAGES)}")
    base = os.path.join(repo, "var", "bench")
    os.makedirs(base, exist_ok=True)
    facts = machine.describe(repo, base)
    work = tempfile.mkdtemp(prefix="run-", dir=base)
    ctx = Context(repo=repo, bin_dir=os.path.abspath(args.bin), shared=os.path.abspath(args.shared), work=work,
                  cache=os.path.join(base, "cache"), plan=plan)
    started = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    clock = time.monotonic()
    figures, failures = [], []
    try:
        for name in stages:
            ctx.log(f"stage {name} (load average {machine.load()})")
            try:
                figures += STAGES[name](ctx)
            except Exception as error:  # one broken stage must not cost the others' figures
                ctx.log(f"stage {name} FAILED: {error}")
                failures.append((name, f"{type(error).__name__}: {error}"))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    minutes = (time.monotonic() - clock) / 60
    section = report.render(figures, facts, started, minutes, args.smoke, machine.load(), failures)
    update = None
    if args.only:
        note = (f"Re-run {started} by `scripts/bench.sh --only {args.only}` at commit `{facts['commit']}` "
                f"(load average {facts['load']} at the start): the groups of those stages below are from that run.")
        update = lambda old, new: merge.merge(old, new, stages, note)  # noqa: E731
    report.splice(out, section, template=os.path.join(repo, "BENCHMARKS.md") if args.smoke and not args.out else None, merge=update)
    with open(os.path.join(base, "results-smoke.json" if args.smoke else "results.json"), "w") as f:
        json.dump({"machine": facts, "started": started, "minutes": minutes, "figures": [x.as_dict() for x in figures], "failures": failures}, f, indent=1)
    ctx.log(f"wrote {out} ({len(figures)} figures, {minutes:.1f} minutes)")
    if failures:
        ctx.log("failed stages: " + ", ".join(name for name, _ in failures))
        return 1
    return 0


def interrupted(signum, frame):
    """SIGTERM ends a run as ^C does: the stages' daemons are stopped and scratch files removed."""
    raise KeyboardInterrupt


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
