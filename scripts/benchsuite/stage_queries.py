"""Queries: scripts/bench-queries.sh (pubstatd and nginx-light serving the same answer bytes on
Unix sockets, both pinned to core 0, h2load with 16 connections on core 1, interleaved, three
rounds), once on an idle daemon and once while it back-fills the reference corpus: idle, the
unfiltered answers; during the back-fill, the same routes for one province the corpus never names
(their bytes stay nginx's: the script checks them after the last round)."""
import os
import re

from . import child, corpus
from .figure import Figure, Target

LINE = re.compile(r"^(pubstatd|nginx)\s+(\S+)\s+([0-9.]+) req/s\s+p99 ([0-9.]+) ms\s+non-200 ([0-9]+)", re.MULTILINE)
ROUTES = {"/v1/projections/budget": "/v1/projections/budget", "/v1/series?indicator=grdp_growth": "/v1/series"}
PLACE = "province:Qu%E1%BA%A3ng%20Ninh"
PLACE_ROUTES = {f"/v1/projections/budget?jurisdiction={PLACE}": "/v1/projections/budget",
                f"/v1/series?indicator=grdp_growth&jurisdiction={PLACE}": "/v1/series"}


def run(ctx):
    backfill = corpus.generated(ctx.shared, ctx.cache, ctx.plan.backfill_files, seed=1)
    figures = []
    for label, requests, extra, routes in [
            ("idle", ctx.plan.query_requests, [], ROUTES),
            (f"during a back-fill of {ctx.plan.backfill_files} files", ctx.plan.query_backfill_requests, [backfill], PLACE_ROUTES)]:
        ctx.log(f"queries against nginx, {label}: {requests} requests per run, three rounds")
        stdout, _, _, _ = child.run([os.path.join(ctx.repo, "scripts", "bench-queries.sh"), str(requests), *extra],
                                    env=dict(os.environ, PUBSTAT_BIN=ctx.bin_dir))
        runs = LINE.findall(stdout)
        if len(runs) != 12:
            raise child.ChildError(f"bench-queries.sh printed {len(runs)} result lines, not 12:\n{stdout}")
        failed = sum(int(r[4]) for r in runs)
        left = re.search(r"^backfill: (.*)$", stdout, re.MULTILINE)
        same = re.search(r"^same bytes as nginx's after the last round: (.*)$", stdout, re.MULTILINE)
        note = (f"{requests:,} requests per run; {failed} non-200 answers" + (f"; {left.group(1)}" if left else "")
                + (f"; same bytes as nginx's after the last round: {same.group(1)}" if same else ""))
        for route, served in routes.items():
            ours = [r for r in runs if r[0] == "pubstatd" and r[1] == route]
            peer = [r for r in runs if r[0] == "nginx" and r[1] == served]
            figures.append(Figure("Queries", f"{route}, {label}: requests/s", "req/s", [float(r[2]) for r in ours],
                                  "nginx-light, same bytes", [float(r[2]) for r in peer],
                                  Target("ratio", 0.3, "≥ 0.3× nginx (aim 0.5×)"), note=note))
            figures.append(Figure("Queries", f"{route}, {label}: p99", "ms", [float(r[3]) for r in ours],
                                  "nginx-light, same bytes", [float(r[3]) for r in peer], Target("max", 2, "p99 ≤ 2 ms")))
    return figures
