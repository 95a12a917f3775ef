#!/usr/bin/env python3
"""Runs `pubstatctl extract --json` over randomly cut copies of bulletin texts and reports any that end on a signal.

Usage: scripts/cut-sweep.py BIN [--seed N] [--copies N] FOLDER_OR_FILE...

Each text gives COPIES slices (a random start and end); every other slice gets an extra line break at a random place.
A slice that makes the extractor die on a signal (a trap) is written to cut-sweep-trap-N.txt in the current folder.
Exit status 1 when any slice trapped.
"""
import argparse, glob, os, random, subprocess, sys, tempfile


def texts(paths):
    for p in paths:
        if os.path.isdir(p):
            yield from sorted(f for f in glob.glob(os.path.join(p, '*')) if f.endswith(('.txt', '.html')) or '.' not in os.path.basename(f))
        else:
            yield p


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('bin')
    ap.add_argument('paths', nargs='+')
    ap.add_argument('--seed', type=int, default=7)
    ap.add_argument('--copies', type=int, default=5)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    runs = traps = files = 0
    with tempfile.TemporaryDirectory() as tmp:
        slice_path = os.path.join(tmp, 'slice.txt')
        for f in texts(a.paths):
            try:
                t = open(f, encoding='utf-8', errors='replace').read()
            except OSError:
                continue
            files += 1
            for k in range(a.copies):
                start = rng.randrange(0, max(1, len(t)))
                s = t[start:rng.randrange(start, len(t) + 1)]
                if k % 2 == 0 and len(s) > 10:
                    i = rng.randrange(0, len(s))
                    s = s[:i] + '\n' + s[i:]
                with open(slice_path, 'w', encoding='utf-8') as out:
                    out.write(s)
                r = subprocess.run([a.bin, 'extract', '--json', slice_path], capture_output=True)
                runs += 1
                if r.returncode < 0:
                    traps += 1
                    with open(f'cut-sweep-trap-{traps}.txt', 'w', encoding='utf-8') as out:
                        out.write(s)
                    print(f'trap: {f} (signal {-r.returncode}), slice in cut-sweep-trap-{traps}.txt', file=sys.stderr)
    print(f'{files} files, {runs} slices, {traps} traps')
    return 1 if traps else 0


if __name__ == '__main__':
    sys.exit(main())
