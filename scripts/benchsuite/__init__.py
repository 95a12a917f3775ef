"""The benchmark suite behind scripts/bench.sh: each stage measures pubstat and its peer in the
same run, interleaved, and returns figures; report.py writes them into BENCHMARKS.md.

One module per concept: stats (medians and spreads), figure (one row of the report), unixhttp
(HTTP on a Unix socket), daemon (a pubstatd under test), corpus (generated and shared corpora),
machine (what the run ran on), plan (sizes), context, child (measured subprocesses), one stage_*
module per group of figures, report, merge (--only into an existing section), and suite (the
order of the stages)."""
