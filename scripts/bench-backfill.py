#!/usr/bin/env python3
"""Back-fill through a real pubstatd (issue 11): every file of a corpus folder is renamed into the
inbox of a fresh daemon at once; the clock runs until all of them are in processed/ (or failed/)
and /v1/status counts them all. Prints one JSON line: bulletins/s and MB/s end to end, the
daemon's peak RSS (VmHWM), its user and system CPU seconds.

Usage: scripts/bench-backfill.py CORPUS [--bin .build/release] [--files N] [--perf FILE]
  CORPUS   a folder of .txt files, e.g. from
           python3 ../shared/bench/gen_corpus.py 20000 /tmp/gc20k --seed 1
  --perf   also record the daemon with `perf record -g` into FILE during the back-fill
  --probes N  also measure drop-to-queryable (rename one bulletin in, poll
           GET /v1/bulletins/{sha256} until 200): N drops one at a time on the idle daemon
           before the back-fill, and drops every 50 ms during it; the probe files are the last
           2N files of the corpus, not part of the back-fill
Files are copied into a staging folder beside the daemon's root first (same file system), so
the drop is a rename and the copy is not timed.
"""
import argparse, hashlib, http.client, json, os, shutil, socket, subprocess, sys, tempfile, threading, time

class UnixHTTP(http.client.HTTPConnection):
    def __init__(self, path, timeout=30):
        super().__init__("localhost", timeout=timeout)
        self.unix_path = path
    def connect(self):
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.sock.settimeout(self.timeout)
        self.sock.connect(self.unix_path)

def get(sock, path):
    conn = UnixHTTP(sock)
    conn.request("GET", path)
    response = conn.getresponse()
    body = response.read()
    conn.close()
    return response.status, body

def proc_status(pid, field):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    return 0

def cpu_seconds(pid):
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    tick = os.sysconf("SC_CLK_TCK")
    return int(fields[11]) / tick, int(fields[12]) / tick

def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus")
    parser.add_argument("--bin", default=os.path.join(root, ".build", "release"))
    parser.add_argument("--files", type=int, default=0, help="use only the first N files (0: all)")
    parser.add_argument("--perf", default=None, help="perf record -g output file")
    parser.add_argument("--timeout", type=float, default=1200)
    parser.add_argument("--probes", type=int, default=0)
    parser.add_argument("--keep", action="store_true", help="keep the daemon's root (printed) instead of deleting it")
    args = parser.parse_args()

    names = sorted(n for n in os.listdir(args.corpus) if n.endswith(".txt"))
    probe_names = names[-2 * args.probes:] if args.probes else []
    names = names[:len(names) - len(probe_names)]
    if args.files:
        names = names[:args.files]
    work = tempfile.mkdtemp(prefix="pubstat-backfill-", dir="/var/tmp")
    stage = os.path.join(work, "stage")
    os.makedirs(stage)
    total_bytes = 0
    for name in names + probe_names:
        shutil.copyfile(os.path.join(args.corpus, name), os.path.join(stage, name))
        if name in names:
            total_bytes += os.path.getsize(os.path.join(stage, name))
    var = os.path.join(work, "var")
    daemon = subprocess.Popen([os.path.join(args.bin, "pubstatd"), "--root", var, "--settle", "0.3"],
                              stdout=subprocess.DEVNULL, stderr=open(os.path.join(work, "pubstatd.log"), "w"))
    sock = os.path.join(var, "pubstatd.sock")
    for _ in range(600):
        try:
            if get(sock, "/v1/health")[0] == 200:
                break
        except OSError:
            time.sleep(0.1)
    inbox = os.path.join(var, "inbox")
    def probe(name):
        with open(os.path.join(stage, name), "rb") as f:
            sha = hashlib.sha256(f.read()).hexdigest()
        begin = time.monotonic()
        os.rename(os.path.join(stage, name), os.path.join(inbox, "probe-" + name))
        while get(sock, f"/v1/bulletins/{sha}")[0] != 200:
            if time.monotonic() - begin > 120:
                return None
        return time.monotonic() - begin
    idle_probes = [probe(n) for n in probe_names[:args.probes]]
    idle_rss = proc_status(daemon.pid, "VmRSS")
    cpu_before = cpu_seconds(daemon.pid)
    perf = None
    if args.perf:
        perf = subprocess.Popen(["perf", "record", "-g", "-F", "499", "-p", str(daemon.pid), "-o", args.perf],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(1)
    busy_probes, busy_dropped, backfill_running = [], [], threading.Event()
    def probe_during():
        for name in probe_names[args.probes:]:
            if not backfill_running.is_set():
                break
            busy_dropped.append(name)
            busy_probes.append(probe(name))
            time.sleep(0.05)
    prober = threading.Thread(target=probe_during)
    backfill_running.set()
    start = time.monotonic()
    for name in names:
        os.rename(os.path.join(stage, name), os.path.join(inbox, name))
    dropped = time.monotonic() - start
    if args.probes:
        prober.start()
    done_at, status = None, {}
    while time.monotonic() - start < args.timeout:
        expected = len(names) + args.probes + len(busy_dropped)
        out = len(os.listdir(os.path.join(var, "processed"))) + len([n for n in os.listdir(os.path.join(var, "failed")) if not n.endswith(".reason.json")])
        if out >= expected:
            status = json.loads(get(sock, "/v1/status")[1])
            if status["bulletins_ingested"] + status["duplicates_dropped"] + status["bulletins_rejected"] >= len(names) + args.probes:
                done_at = time.monotonic() - start
                break
        time.sleep(0.05)
    backfill_running.clear()
    if args.probes:
        prober.join()
    if perf:
        perf.send_signal(2)
        perf.wait()
    user, system = cpu_seconds(daemon.pid)
    peak = proc_status(daemon.pid, "VmHWM")
    end_rss = proc_status(daemon.pid, "VmRSS")
    daemon.terminate()
    exit_code = daemon.wait(timeout=120)
    if args.keep:
        shutil.rmtree(stage)
        print(f"kept {var}", file=sys.stderr)
    else:
        shutil.rmtree(work)
    result = {
        "files": len(names), "megabytes": round(total_bytes / 1e6, 1), "rename_seconds": round(dropped, 2),
        "seconds": round(done_at, 2) if done_at else None,
        "bulletins_per_s": round(len(names) / done_at, 1) if done_at else None,
        "mb_per_s": round(total_bytes / 1e6 / done_at, 2) if done_at else None,
        "ingested": status.get("bulletins_ingested"), "rejected": status.get("bulletins_rejected"),
        "duplicates": status.get("duplicates_dropped"),
        "peak_rss_mib": round(peak / 1024, 1), "end_rss_mib": round(end_rss / 1024, 1), "idle_rss_mib": round(idle_rss / 1024, 1),
        "cpu_user_s": round(user - cpu_before[0], 2), "cpu_system_s": round(system - cpu_before[1], 2),
        "daemon_exit": exit_code,
    }
    def percentiles(samples):
        samples = sorted(s for s in samples if s is not None)
        if not samples:
            return None
        pick = lambda p: round(samples[min(len(samples) - 1, int(len(samples) * p))] * 1000, 2)
        return {"n": len(samples), "p50_ms": pick(0.5), "p99_ms": pick(0.99), "max_ms": pick(1.0)}
    if args.probes:
        result["drop_to_queryable_idle"] = percentiles(idle_probes)
        result["drop_to_queryable_backfill"] = percentiles(busy_probes)
    print(json.dumps(result))
    return 0 if done_at and exit_code == 0 else 1

if __name__ == "__main__":
    sys.exit(main())
