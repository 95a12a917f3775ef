#!/usr/bin/env python3
"""Load test (issue 10): W writers drop generated bulletins into a fresh pubstatd while C clients
query its socket for the whole run. Holds when no request fails, every bulletin is ingested
exactly once, and the daemon ends cleanly; prints one JSON line with the query latency
percentiles and the intake rate.

Usage: scripts/load-test.py [--bulletins 20000] [--writers 8] [--clients 64] [--seconds 60]
                            [--bin .build/release]
Bulletins come from ../shared/bench/gen_corpus.py (seed 1). The short form CI runs:
  --bulletins 400 --writers 4 --clients 8 --seconds 5 --bin "$(swift build --show-bin-path)"
"""
import argparse, http.client, json, os, random, shutil, socket, subprocess, sys, tempfile, threading, time

class UnixHTTP(http.client.HTTPConnection):
    def __init__(self, path, timeout=30):
        super().__init__("localhost", timeout=timeout)
        self.unix_path = path
    def connect(self):
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.sock.settimeout(self.timeout)
        self.sock.connect(self.unix_path)

def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    parser = argparse.ArgumentParser()
    parser.add_argument("--bulletins", type=int, default=20000)
    parser.add_argument("--writers", type=int, default=8)
    parser.add_argument("--clients", type=int, default=64)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--bin", default=os.path.join(root, ".build", "release"))
    args = parser.parse_args()
    generator = os.path.join(root, "..", "shared", "bench", "gen_corpus.py")
    if not os.path.exists(generator):
        print("load-test: ../shared/bench/gen_corpus.py is absent; skipped", file=sys.stderr)
        return 0

    work = tempfile.mkdtemp(prefix="pubstat-load-")
    stage = os.path.join(work, "stage")
    subprocess.run([sys.executable, generator, str(args.bulletins), stage, "--seed", "1"], check=True, stdout=subprocess.DEVNULL)
    names = sorted(n for n in os.listdir(stage) if n.endswith(".txt"))
    var = os.path.join(work, "var")
    daemon = subprocess.Popen([os.path.join(args.bin, "pubstatd"), "--root", var, "--settle", "0.3"],
                              stdout=subprocess.DEVNULL, stderr=open(os.path.join(work, "pubstatd.log"), "w"))
    sock = os.path.join(var, "pubstatd.sock")
    def get(path, conn=None):
        c = conn or UnixHTTP(sock)
        c.request("GET", path)
        r = c.getresponse()
        body = r.read()
        if conn is None:
            c.close()
        return r.status, body
    for _ in range(300):
        try:
            if get("/v1/health")[0] == 200:
                break
        except OSError:
            time.sleep(0.1)

    stop = threading.Event()
    latencies, failures = [], []
    lock = threading.Lock()
    paths = ["/v1/status", "/v1/projections/budget", "/v1/projections/visitors", "/v1/bulletins?figures=none", "/v1/health"]
    def client(seed):
        rnd = random.Random(seed)
        conn = UnixHTTP(sock)
        while not stop.is_set():
            path = rnd.choice(paths)
            start = time.monotonic()
            try:
                status, _ = get(path, conn)
                ok = status == 200
            except (OSError, http.client.HTTPException) as error:
                ok, status = False, repr(error)
                conn.close()
                conn = UnixHTTP(sock)
            elapsed = time.monotonic() - start
            with lock:
                latencies.append(elapsed)
                if not ok:
                    failures.append(f"{path}: {status}")
        conn.close()
    def writer(index):
        inbox = os.path.join(var, "inbox")
        for name in names[index::args.writers]:
            os.rename(os.path.join(stage, name), os.path.join(inbox, name))
    clients = [threading.Thread(target=client, args=(n,)) for n in range(args.clients)]
    writers = [threading.Thread(target=writer, args=(n,)) for n in range(args.writers)]
    start = time.monotonic()
    for t in clients + writers:
        t.start()
    for t in writers:
        t.join()
    ingested_at = None
    while time.monotonic() - start < max(args.seconds, 600):
        status = json.loads(get("/v1/status")[1])
        if status["bulletins_ingested"] + status["duplicates_dropped"] + status["bulletins_rejected"] >= len(names):
            ingested_at = time.monotonic() - start
            break
        time.sleep(0.2)
    while time.monotonic() - start < args.seconds:
        time.sleep(0.1)
    stop.set()
    for t in clients:
        t.join()
    status = json.loads(get("/v1/status")[1])
    # a bulletin is counted once its events are durable; its file is moved to processed/ right after,
    # so the last batch's files may still be on their way: wait for them (a file that never arrives fails)
    deadline = time.monotonic() + 30
    processed = len(os.listdir(os.path.join(var, "processed")))
    while processed < len(names) and time.monotonic() < deadline:
        time.sleep(0.1)
        processed = len(os.listdir(os.path.join(var, "processed")))
    daemon.terminate()
    exit_code = daemon.wait(timeout=60)
    shutil.rmtree(work)
    latencies.sort()
    def pct(p):
        return round(latencies[min(len(latencies) - 1, int(len(latencies) * p))] * 1000, 2) if latencies else None
    result = {
        "bulletins": len(names), "writers": args.writers, "clients": args.clients, "seconds": args.seconds,
        "ingested": status["bulletins_ingested"], "duplicates": status["duplicates_dropped"], "rejected": status["bulletins_rejected"],
        "processed_files": processed, "all_in_seconds": round(ingested_at, 2) if ingested_at else None,
        "requests": len(latencies), "failed_requests": len(failures), "p50_ms": pct(0.5), "p99_ms": pct(0.99),
        "max_ms": pct(1.0), "daemon_exit": exit_code,
    }
    print(json.dumps(result))
    held = (not failures and status["bulletins_ingested"] == len(names) and processed == len(names) and exit_code == 0)
    if failures:
        print("first failures: " + "; ".join(failures[:5]), file=sys.stderr)
    return 0 if held else 1

if __name__ == "__main__":
    sys.exit(main())
