#!/usr/bin/env python3
"""Peak memory of one back-fill: the first N files of a corpus folder renamed at once into a
fresh pubstatd's inbox; prints VmRSS/VmHWM every 2 s, then the peak and the daemon's CPU time.

    python3 ../shared/bench/gen_corpus.py 20000 /tmp/gen20k --seed 1
    scripts/memory-backfill.py 20000 /tmp/gen20k .build/release

BIN_DIR holds `pubstatd`; a wrapper script there (e.g. `exec heaptrack -o OUT REAL_PUBSTATD "$@"`)
profiles the back-fill instead (the figures printed are then the wrapper's). Scratch files go to
var/memory-backfill/. The suite's figure is `scripts/bench.sh --only backfill`; this is the
quick form used to compare binaries one after another.
"""
import os
import shutil
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from benchsuite.daemon import Daemon  # noqa: E402


def status(pid, key):
    for line in open(f"/proc/{pid}/status"):
        if line.startswith(key):
            return int(line.split()[1]) // 1024
    return 0


def cpu_seconds(pid):
    fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    count, corpus, bin_dir = int(sys.argv[1]), sys.argv[2], sys.argv[3]
    work = os.path.abspath("var/memory-backfill")
    shutil.rmtree(work, ignore_errors=True)
    stage = os.path.join(work, "stage")
    os.makedirs(stage)
    files = sorted(f for f in os.listdir(corpus) if f.endswith(".txt"))[:count]
    for name in files:
        os.link(os.path.join(corpus, name), os.path.join(stage, name))
    daemon = Daemon(bin_dir, os.path.join(work, "var"))
    daemon.start()
    pid = daemon.process.pid
    try:
        started = last = time.monotonic()
        for name in files:
            os.rename(os.path.join(stage, name), os.path.join(daemon.inbox, name))
        while True:
            done = len(os.listdir(daemon.processed)) + len(os.listdir(daemon.failed))
            if time.monotonic() - last >= 2:
                last = time.monotonic()
                print(f"{last - started:6.1f} s  {done} files  VmRSS {status(pid, 'VmRSS')} MiB  VmHWM {status(pid, 'VmHWM')} MiB",
                      flush=True)
            if done >= len(files):
                break
            time.sleep(0.1)
        time.sleep(1)
        print(f"{len(files)} files in {time.monotonic() - started:.1f} s: VmHWM {status(pid, 'VmHWM')} MiB, "
              f"VmRSS {status(pid, 'VmRSS')} MiB, daemon CPU {cpu_seconds(pid):.1f} s")
    finally:
        daemon.stop()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
