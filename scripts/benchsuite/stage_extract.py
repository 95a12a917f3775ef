"""Extraction MB/s on one core (thread CPU of `pubstat-bench extract --folder`), against a
ripgrep pass over the same bytes (gen_corpus.py's money-figure regex, one thread, CPU time):
the upper bound of one pass over the bytes."""
import os
import re

from . import child, corpus
from .figure import Figure, Target

# gen_corpus.py's MONEY_RE: the figure-anchor count a ripgrep/Python scan is expected to make
MONEY_PATTERN = r"[0-9]{1,3}(?:\.[0-9]{3})*(?:,[0-9]+)? (?:tỷ|triệu) đồng"
CORE = "1"


def run(ctx):
    generated = corpus.generated(ctx.shared, ctx.cache, ctx.plan.extract_files, seed=1)
    shared = corpus.shared_corpora(ctx.shared, ctx.cache)
    figures = []
    for label, folder, repeats in [("generated corpus", generated, 1), ("shared corpora (seeds + dev + dev2)", shared, 3)]:
        files = corpus.txt_files(folder)
        megabytes = corpus.total_bytes(files) / 1e6
        # enough passes for ~200 MB, so that ripgrep's start does not weigh on its rate
        passes = max(1, min(100, round(200 / megabytes)))
        ours, peer = [], []
        for rep in range(ctx.plan.extract_reps):
            ctx.log(f"extract {label}: repetition {rep + 1}/{ctx.plan.extract_reps}")
            ours.append(pubstat_mb_per_s(ctx, folder, repeats))
            peer.append(ripgrep_mb_per_s(folder, files * passes, megabytes * passes))
        is_generated = folder == generated
        figures.append(Figure(
            group="Extraction", name=f"{label}: {len(files)} files, {megabytes:.1f} MB, one by one", unit="MB/s",
            pubstat=ours, peer_name="ripgrep, 1 thread", peer=peer,
            target=Target("min", 80, "≥ 80 MB/s per core") if is_generated else Target("none", text="—"),
            note=f"pubstat: thread CPU time on core {CORE}" + (f", best of {repeats} passes per repetition" if repeats > 1 else "")
                 + f"; ripgrep: CPU time (user + system) on core {CORE}, the files named {passes} times over",
        ))
    return figures


def pubstat_mb_per_s(ctx, folder, repeats):
    """Thread-CPU MB/s of one `pubstat-bench extract --folder` run on core 1."""
    stdout, _, _, _ = child.run(["taskset", "-c", CORE, os.path.join(ctx.bin_dir, "pubstat-bench"), "extract",
                                 "--folder", folder, "--repeats", str(repeats)])
    match = re.search(r"([0-9.]+) MB/s thread CPU", stdout)
    if not match:
        raise child.ChildError(f"pubstat-bench extract printed no 'MB/s thread CPU':\n{stdout}")
    return float(match.group(1))


def ripgrep_mb_per_s(folder, files, megabytes):
    """MB/s of ripgrep's CPU time (user + system) counting the money-figure regex, one thread, on core 1."""
    names = [os.path.basename(f) for f in files]
    _, _, cpu, _ = child.run(["taskset", "-c", CORE, "rg", "--no-config", "-j1", "--count-matches", "--no-filename",
                              "--no-ignore", "-e", MONEY_PATTERN, "--"] + names, cwd=folder, ok=(0, 1))
    return megabytes / max(cpu, 1e-6)
