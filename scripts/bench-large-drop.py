#!/usr/bin/env python3
"""Drops N large bulletins into a fresh pubstatd at once and reports its peak memory and how
long /v1/health took to answer meanwhile (issue 10, defect 10: memory must stay bounded whatever
is dropped, and the daemon must keep answering).

Usage: scripts/bench-large-drop.py [--files 24] [--megabytes 31] [--bin DIR]
The files are the shared corpus's bulletins repeated to size (or invented sentences when
../shared is absent). Prints one JSON line.
"""
import argparse, glob, http.client, json, os, shutil, socket, subprocess, sys, tempfile, threading, time

class UnixHTTP(http.client.HTTPConnection):
    def __init__(self, path, timeout=30):
        super().__init__("localhost", timeout=timeout)
        self.path = path
    def connect(self):
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.sock.settimeout(self.timeout)
        self.sock.connect(self.path)

def get(sock, path):
    conn = UnixHTTP(sock)
    conn.request("GET", path)
    response = conn.getresponse()
    body = response.read()
    conn.close()
    return response.status, body

def rss_kib(pid, field):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    return 0

def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    parser = argparse.ArgumentParser()
    parser.add_argument("--files", type=int, default=24)
    parser.add_argument("--megabytes", type=float, default=31)
    parser.add_argument("--bin", default=os.path.join(root, ".build", "release"))
    args = parser.parse_args()

    texts = [open(p, encoding="utf-8").read() for p in sorted(glob.glob(os.path.join(root, "..", "shared", "corpus", "*", "*.txt")))]
    if not texts:
        texts = ["Tổng thu ngân sách nhà nước trên địa bàn tỉnh năm 2023 ước đạt 1.234 tỷ đồng, bằng 105% dự toán Trung ương giao.\n"]
    unit = "\n\n".join(texts).encode("utf-8")
    size = int(args.megabytes * 1_000_000)
    work = tempfile.mkdtemp(prefix="pubstat-largedrop-")
    stage = os.path.join(work, "stage")
    os.makedirs(stage)
    for n in range(args.files):
        body = (f"Bản tin số {n}\n".encode("utf-8") + unit * (size // len(unit) + 1))[:size]
        body = body.decode("utf-8", "ignore").encode("utf-8")
        with open(os.path.join(stage, f"large-{n:03}.txt"), "wb") as f:
            f.write(body)

    var = os.path.join(work, "var")
    daemon = subprocess.Popen([os.path.join(args.bin, "pubstatd"), "--root", var, "--settle", "0.2"],
                              stdout=subprocess.DEVNULL, stderr=open(os.path.join(work, "pubstatd.log"), "w"))
    sock = os.path.join(var, "pubstatd.sock")
    for _ in range(300):
        try:
            if get(sock, "/v1/health")[0] == 200:
                break
        except OSError:
            time.sleep(0.1)
    baseline = rss_kib(daemon.pid, "VmRSS")
    latencies = []
    done = threading.Event()
    def probe():
        while not done.is_set():
            start = time.monotonic()
            try:
                get(sock, "/v1/health")
                latencies.append(time.monotonic() - start)
            except OSError:
                latencies.append(float("inf"))
            time.sleep(0.1)
    prober = threading.Thread(target=probe)
    prober.start()
    start = time.monotonic()
    inbox = os.path.join(var, "inbox")
    for name in sorted(os.listdir(stage)):
        os.rename(os.path.join(stage, name), os.path.join(inbox, name))
    while True:
        status = json.loads(get(sock, "/v1/status")[1])
        if status["bulletins_ingested"] + status["bulletins_rejected"] + status["rejected_unlogged"] >= args.files:
            break
        if daemon.poll() is not None:
            sys.exit("pubstatd exited; see " + work)
        time.sleep(0.2)
    elapsed = time.monotonic() - start
    done.set()
    prober.join()
    peak = rss_kib(daemon.pid, "VmHWM")
    daemon.terminate()
    daemon.wait()
    shutil.rmtree(work)
    latencies.sort()
    print(json.dumps({
        "files": args.files, "megabytes_each": args.megabytes, "seconds": round(elapsed, 2),
        "mb_per_s": round(args.files * args.megabytes / elapsed, 1),
        "rss_idle_mib": round(baseline / 1024, 1), "rss_peak_mib": round(peak / 1024, 1),
        "health_p50_ms": round(latencies[len(latencies) // 2] * 1000, 1) if latencies else None,
        "health_max_ms": round(latencies[-1] * 1000, 1) if latencies else None,
        "health_probes": len(latencies),
    }))

if __name__ == "__main__":
    main()
