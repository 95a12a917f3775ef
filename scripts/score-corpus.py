#!/usr/bin/env python3
"""Scores `pubstatctl extract --json` on the shared corpora with the shared scorer.

    scripts/score-corpus.py [--bin PATH] [--split all|tuning|held-aside|batch2|batch3|batch3-tuning|batch3-held-aside|batch4|batch4-tuning|batch4-held-aside|batch5|batch5-tuning|batch5-held-aside|batch6|batch6-tuning|batch6-held-aside|batch7|batch7-tuning|batch7-held-aside|batch8|batch8-tuning|batch8-held-aside|batch9|batch9-tuning|batch9-held-aside] [--per-indicator] [--misses] [CORPUS ...]

CORPUS is seeds, dev, dev2 or invented (default: seeds, dev and dev2). dev2 is split in two: the
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
# the held-aside part of a split corpus: files whose number is a multiple of this
HELD_ASIDE_EVERY = {"dev2": 4, "invented": 3}
# the last file number of a corpus's first batch; files after it (up to SECOND_BATCH_END) are its second batch
FIRST_BATCH_END = {"invented": 27}
# the last file number of a corpus's second batch; later files (up to THIRD_BATCH_END) are its third batch
SECOND_BATCH_END = {"invented": 36}
# the last file number of a corpus's third batch; later files are its fourth batch
THIRD_BATCH_END = {"invented": 50}
FOURTH_BATCH_END = {"invented": 64}
FIFTH_BATCH_END = {"invented": 78}
SIXTH_BATCH_END = {"invented": 92}
SEVENTH_BATCH_END = {"invented": 106}
EIGHTH_BATCH_END = {"invented": 120}
# how many files of the third batch (from its first) rules may be written from; the rest is held aside
BATCH3_TUNING_COUNT = 7
# the same for the fourth batch
BATCH4_TUNING_COUNT = 7
BATCH5_TUNING_COUNT = 7
BATCH6_TUNING_COUNT = 7
BATCH7_TUNING_COUNT = 7
BATCH8_TUNING_COUNT = 7
BATCH9_TUNING_COUNT = 7


def number_of(name):
    number = os.path.basename(name).split("_")[0].split(".")[0]
    return int(number) if number.isdigit() else None


def held_aside(name, every):
    number = number_of(name)
    return number is not None and number % every == 0


def in_split(name, corpus, split):
    """Whether the file `name` of `corpus` belongs to `split`."""
    if split == "all":
        return True
    every, end = HELD_ASIDE_EVERY.get(corpus), FIRST_BATCH_END.get(corpus)
    end2, end3 = SECOND_BATCH_END.get(corpus), THIRD_BATCH_END.get(corpus)
    number = number_of(name)
    second = end is not None and number is not None and number > end
    third = second and end2 is not None and number > end2
    fourth = third and end3 is not None and number > end3
    end4 = FOURTH_BATCH_END.get(corpus)
    fifth = fourth and end4 is not None and number > end4
    end5 = FIFTH_BATCH_END.get(corpus)
    sixth = fifth and end5 is not None and number > end5
    end6 = SIXTH_BATCH_END.get(corpus)
    seventh = sixth and end6 is not None and number > end6
    end7 = SEVENTH_BATCH_END.get(corpus)
    eighth = seventh and end7 is not None and number > end7
    end8 = EIGHTH_BATCH_END.get(corpus)
    ninth = eighth and end8 is not None and number > end8
    if split == "batch2":
        return second and not third
    if split == "batch3":
        return third and not fourth
    # the third batch's second half (its last 7 files) is kept aside while rules are written from the first
    if split in ("batch3-tuning", "batch3-held-aside"):
        return third and not fourth and ((number > end2 + BATCH3_TUNING_COUNT) == (split == "batch3-held-aside"))
    if split == "batch4":
        return fourth and not fifth
    # likewise the fourth batch's last 7 files
    if split in ("batch4-tuning", "batch4-held-aside"):
        return fourth and not fifth and ((number > end3 + BATCH4_TUNING_COUNT) == (split == "batch4-held-aside"))
    if split == "batch5":
        return fifth and not sixth
    if split in ("batch5-tuning", "batch5-held-aside"):
        return fifth and not sixth and ((number > end4 + BATCH5_TUNING_COUNT) == (split == "batch5-held-aside"))
    if split == "batch6":
        return sixth and not seventh
    if split in ("batch6-tuning", "batch6-held-aside"):
        return sixth and not seventh and ((number > end5 + BATCH6_TUNING_COUNT) == (split == "batch6-held-aside"))
    if split == "batch7":
        return seventh and not eighth
    if split in ("batch7-tuning", "batch7-held-aside"):
        return seventh and not eighth and ((number > end6 + BATCH7_TUNING_COUNT) == (split == "batch7-held-aside"))
    if split == "batch8":
        return eighth and not ninth
    if split in ("batch8-tuning", "batch8-held-aside"):
        return eighth and not ninth and ((number > end7 + BATCH8_TUNING_COUNT) == (split == "batch8-held-aside"))
    if split == "batch9":
        return ninth
    if split in ("batch9-tuning", "batch9-held-aside"):
        return ninth and ((number > end8 + BATCH9_TUNING_COUNT) == (split == "batch9-held-aside"))
    return not second and (held_aside(name, every) if split == "held-aside" else not held_aside(name, every))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=os.path.join(ROOT, ".build", "debug", "pubstatctl"))
    ap.add_argument("--split", choices=["all", "tuning", "held-aside", "batch2", "batch3", "batch3-tuning", "batch3-held-aside",
                                         "batch4", "batch4-tuning", "batch4-held-aside",
                                         "batch5", "batch5-tuning", "batch5-held-aside", "batch6",
                                         "batch6-tuning", "batch6-held-aside", "batch7", "batch7-tuning",
                                         "batch7-held-aside", "batch8", "batch8-tuning", "batch8-held-aside",
                                         "batch9", "batch9-tuning", "batch9-held-aside"], default="all")
    ap.add_argument("--per-indicator", action="store_true")
    ap.add_argument("--misses", action="store_true")
    ap.add_argument("corpora", nargs="*", default=["seeds", "dev", "dev2"])
    args = ap.parse_args()
    unknown = [name for name in args.corpora if name not in CORPORA]
    if unknown:
        ap.error(f"unknown corpus {', '.join(unknown)}; choose from {', '.join(sorted(CORPORA))}")
    if not os.path.isdir(SHARED):
        sys.exit(f"shared corpora not found at {SHARED}")
    for name in args.corpora:
        folder, gold_path = CORPORA[name]
        folder = os.path.join(SHARED, folder)
        with open(os.path.join(SHARED, gold_path), encoding="utf-8") as f:
            gold = json.load(f)
        every = HELD_ASIDE_EVERY.get(name)
        if every and args.split != "all":
            gold = [d for d in gold if in_split(d["file"], name, args.split)]
        files = [os.path.join(folder, d["file"]) for d in gold]
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


if __name__ == "__main__":
    main()
