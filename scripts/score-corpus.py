#!/usr/bin/env python3
"""Scores `pubstatctl extract --json` on the shared corpora with the shared scorer.

    scripts/score-corpus.py [--bin PATH] [--split all|tuning|held-aside|batch2|batchN|batchN-tuning|batchN-held-aside (N = 3…11)] [--per-indicator] [--misses] [--classes] [--source-urls] [CORPUS ...]

--source-urls passes each document's `source_url` (where its gold records one, as the real sets kept outside the
repository do) to `pubstatctl extract --source-url`, as a scraper's sidecar gives it to pubstatd.

CORPUS is seeds, dev, dev2 or invented (default: seeds, dev and dev2), or a folder of labelled excerpts outside the
repository (its `*.txt` files and a `gold.json` in the corpus schema): the real sets the team keeps blind are scored
this way, by score only. --classes sorts the core misses of each corpus: a wrong figure that shares its value with an
unmatched gold figure is wrong in period, place or indicator; one without is a figure the gold does not have. dev2 is split in two: the
held-aside part (every file whose number is a multiple of 4: 004, 008, ..., 044) was not read while
rules were written and is scored on its own with --split held-aside; --split tuning scores the rest.
invented (Tests/Fixtures/invented, written by the team) is split the same way in its first batch
(001-027), its held-aside part being every file whose number is a multiple of 3; --split batch2 scores its
second batch (028-036) and --split batch3 its third batch (037-050), each written after the rules and scored once.
The third batch was written by someone who had not read the rules; its first 7 files (037-043,
--split batch3-tuning) may be read while rules are written, its last 7 (044-050, --split
batch3-held-aside) are kept aside and scored at the end. --split batch4 scores the fourth batch
(051-064), also written by someone who had not read the rules or the earlier batches' texts; its first 7
files (051-057, --split batch4-tuning) may be read while rules are written, its last 7 (058-064, --split
batch4-held-aside) are kept aside and scored at the end. --split batch5 scores the fifth batch (065-078),
written the same way; its first 7 files (065-071, --split batch5-tuning) may be read while rules are
written, its last 7 (072-078, --split batch5-held-aside) are kept aside and scored at the end.
--split batch6 scores the sixth batch (079-092), written the same way and scored cold as a whole first;
then split: 079-085 (--split batch6-tuning) may be read, 086-092 (--split batch6-held-aside) are kept aside.
--split batch7 scores the seventh batch (093-106), written the same way by someone who had not read the rules;
its first 7 files (093-099, --split batch7-tuning) may be read while rules are written, its last 7 (100-106,
--split batch7-held-aside) are kept aside and scored at the end.
--split batch8 scores the eighth batch (107-120), written the same way; 107-113 (--split batch8-tuning) may be read
while rules are written, 114-120 (--split batch8-held-aside) are kept aside and scored at the end.
--split batch9 scores the ninth batch (121-134), written the same way and scored cold with extractor 2.4.0.
--split batch10 (135-148) was scored cold with extractor 2.4.1 and kept whole aside; --split batch11 (149-162)
was scored cold with extractor 2.5.0 and kept whole aside while extractor 2.6.0's rules were written;
--split batch12 (163-176) was scored cold with extractor 2.6.0, then split: 163-169 opened, 170-176 kept aside;
--split batch13 (177-190) was scored cold with extractor 2.7.0.
"""
import argparse, json, os, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SHARED = os.environ.get("PUBSTAT_SHARED", os.path.join(ROOT, "..", "shared"))
CORPORA = {"seeds": ("corpus/seeds", "corpus/seeds-gold.json"),
           "dev": ("corpus/dev", "corpus/dev/gold.json"),
           "dev2": ("corpus/dev2", "corpus/dev2/gold.json"),
           "invented": (os.path.join(ROOT, "Tests", "Fixtures", "invented"),
                        os.path.join(ROOT, "Tests", "Fixtures", "invented", "gold.json"))}
# the held-aside part of a split corpus's first batch: files whose number is a multiple of this
HELD_ASIDE_EVERY = {"dev2": 4, "invented": 3}
# the invented corpus's later batches: (name, first file, last file); each was written after the rules
# before it. From the third on, the first TUNING_COUNT files may be read while rules are written
# ("<name>-tuning") and the rest are kept aside ("<name>-held-aside").
LATER_BATCHES = [("batch2", 28, 36), ("batch3", 37, 50), ("batch4", 51, 64), ("batch5", 65, 78),
                 ("batch6", 79, 92), ("batch7", 93, 106), ("batch8", 107, 120), ("batch9", 121, 134),
                 ("batch10", 135, 148), ("batch11", 149, 162), ("batch12", 163, 176), ("batch13", 177, 190),
                 ("batch14", 191, 204), ("batch15", 205, 218), ("batch16", 219, 232), ("batch17", 233, 246), ("batch18", 247, 260), ("batch19", 261, 274), ("batch20", 275, 288),
                 ("batch21", 289, 302)]
FIRST_BATCH_END = 27
TUNING_COUNT = 7
SPLITS = ["all", "tuning", "held-aside"] + [name for name, _, _ in LATER_BATCHES[:1]] + [
    f"{name}{part}" for name, _, _ in LATER_BATCHES[1:] for part in ("", "-tuning", "-held-aside")]


def number_of(name):
    number = os.path.basename(name).split("_")[0].split(".")[0]
    return int(number) if number.isdigit() else None


def in_split(name, corpus, split):
    """Whether the file `name` of `corpus` belongs to `split`."""
    if split == "all":
        return True
    number = number_of(name)
    if corpus != "invented" or number is None or number <= FIRST_BATCH_END:
        if split not in ("tuning", "held-aside") or number is None:
            return False
        return (number % HELD_ASIDE_EVERY[corpus] == 0) == (split == "held-aside")
    for batch, first, last in LATER_BATCHES:
        if not first <= number <= last:
            continue
        if split == batch:
            return True
        held = number >= first + TUNING_COUNT
        return split == f"{batch}-held-aside" and held or split == f"{batch}-tuning" and not held
    return False


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=os.path.join(ROOT, ".build", "debug", "pubstatctl"))
    ap.add_argument("--split", choices=SPLITS, default="all")
    ap.add_argument("--per-indicator", action="store_true")
    ap.add_argument("--misses", action="store_true")
    ap.add_argument("--classes", action="store_true")
    # each document's `source_url` (where a gold file records it) passed as a scraper's sidecar would: the figures
    # read with the page's address, as pubstatd reads a bulletin whose sidecar names it
    ap.add_argument("--source-urls", action="store_true")
    ap.add_argument("corpora", nargs="*", default=["seeds", "dev", "dev2"])
    args = ap.parse_args()
    unknown = [name for name in args.corpora if name not in CORPORA and not os.path.isfile(os.path.join(name, "gold.json"))]
    if unknown:
        ap.error(f"unknown corpus {', '.join(unknown)}; choose from {', '.join(sorted(CORPORA))}")
    if not os.path.isdir(SHARED):
        sys.exit(f"shared corpora not found at {SHARED}")
    for name in args.corpora:
        folder, gold_path = CORPORA[name] if name in CORPORA else (name, os.path.join(name, "gold.json"))
        folder = os.path.join(SHARED, folder)
        with open(os.path.join(SHARED, gold_path), encoding="utf-8") as f:
            gold = json.load(f)
        every = HELD_ASIDE_EVERY.get(name)
        if every and args.split != "all":
            gold = [d for d in gold if in_split(d["file"], name, args.split)]
        files = [os.path.join(folder, d["file"]) for d in gold]
        if args.source_urls:
            documents = []
            for d, path in zip(gold, files):
                url = ["--source-url", d["source_url"]] if d.get("source_url") else []
                run = subprocess.run([args.bin, "extract", "--json", *url, path], capture_output=True, check=True).stdout
                documents += json.loads(run)
            out = json.dumps(documents, ensure_ascii=False).encode("utf-8")
        else:
            out = subprocess.run([args.bin, "extract", "--json", *files], capture_output=True, check=True).stdout
        with tempfile.TemporaryDirectory() as tmp:
            gp, pp = os.path.join(tmp, "gold.json"), os.path.join(tmp, "pred.json")
            with open(gp, "w", encoding="utf-8") as f:
                json.dump(gold, f, ensure_ascii=False)
            with open(pp, "wb") as f:
                f.write(out)
            extra = (["--per-indicator"] if args.per_indicator else []) + (["--misses"] if args.misses else [])
            label = name + ("" if not every or args.split == "all" else f" ({args.split})")
            print(f"== {label}", flush=True)
            subprocess.run([sys.executable, os.path.join(SHARED, "tools", "score.py"), gp, pp, *extra], check=True)
            if args.classes:
                print(miss_classes(gp, pp))


def miss_classes(gold_path, pred_path):
    """Counts the core misses by what is wrong in them (the shared scorer's own matching)."""
    sys.path.insert(0, os.path.join(SHARED, "tools"))
    import score
    gold, pred = score.load(gold_path), score.load(pred_path)
    _, misses = score.score(gold, pred, score.core_match)
    missed = sum(1 for what, _, _ in misses if what == "missed")
    classes = {}
    for what, name, p in misses:
        if what != "spurious":
            continue
        kind = "no such value in the gold"
        for g in gold.get(name, []):
            gv, pv = score.base_value(g), score.base_value(p)
            if gv is None or pv is None or gv[0] != pv[0] or not score.close(gv[1], pv[1]):
                continue
            same = (g["indicator"] == p.get("indicator"), (g.get("jurisdiction") or "") == (p.get("jurisdiction") or ""),
                    score.norm_period(g.get("period")) == score.norm_period(p.get("period")))
            kind = {(True, True, False): "period", (True, False, True): "place", (False, True, True): "indicator",
                    (True, True, True): "a repeat"}.get(same, "several fields")
            if kind != "several fields":
                break
        classes[kind] = classes.get(kind, 0) + 1
    wrong = ", ".join(f"{k} {v}" for k, v in sorted(classes.items(), key=lambda kv: -kv[1]))
    return f"wrong figures: {wrong or 'none'}; missed: {missed}"


if __name__ == "__main__":
    main()
