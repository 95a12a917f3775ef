"""A pubstatd under test: started on its own root folder, ready when it says so, measured from /proc."""
import json
import os
import signal
import socket
import subprocess
import time

from .unixhttp import Client


class DaemonError(Exception):
    """pubstatd did not start, exited, or did not answer; the message names its log file."""


class Daemon:
    """pubstatd --root ROOT, with READY=1 received on a notify socket of our own.

    `cpus` pins it (taskset -c), `settle` is its settle interval. Its stderr goes to ROOT.log.
    """

    def __init__(self, bin_dir, root, cpus=None, settle="0.2"):
        self.bin_dir = bin_dir
        self.root = root
        self.cpus = cpus
        self.settle = settle
        self.socket_path = os.path.join(root, "pubstatd.sock")
        self.inbox = os.path.join(root, "inbox")
        self.processed = os.path.join(root, "processed")
        self.failed = os.path.join(root, "failed")
        self.log_path = root.rstrip("/") + ".log"
        self.process = None
        self.started = None
        self.client = None

    def start(self, timeout=600):
        """Starts pubstatd and waits for READY=1; returns the seconds from spawn to READY."""
        os.makedirs(self.root, exist_ok=True)
        notify_path = os.path.join(os.path.dirname(self.root.rstrip("/")), f"notify-{os.getpid()}-{time.monotonic_ns()}.sock")
        listener = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        listener.bind(notify_path)
        listener.settimeout(0.5)
        command = [os.path.join(self.bin_dir, "pubstatd"), "--root", self.root, "--settle", self.settle]
        if self.cpus is not None:
            command = ["taskset", "-c", str(self.cpus)] + command
        environment = dict(os.environ, NOTIFY_SOCKET=notify_path)
        environment.pop("WATCHDOG_USEC", None)
        environment.pop("LISTEN_FDS", None)
        log = open(self.log_path, "a")
        try:
            self.started = time.monotonic()
            self.process = subprocess.Popen(command, env=environment, stdout=log, stderr=log, stdin=subprocess.DEVNULL)
            deadline = self.started + timeout
            while time.monotonic() < deadline:
                try:
                    message = listener.recv(4096)
                except socket.timeout:
                    if self.process.poll() is not None:
                        raise DaemonError(f"pubstatd exited with {self.process.returncode} before READY=1; see {self.log_path}")
                    continue
                if b"READY=1" in message.split(b"\n"):
                    ready = time.monotonic() - self.started
                    self.client = Client(self.socket_path)
                    return ready
            raise DaemonError(f"pubstatd sent no READY=1 within {timeout} s; see {self.log_path}")
        finally:
            log.close()
            listener.close()
            os.unlink(notify_path)

    def status(self):
        """/v1/status as a dict."""
        code, body = self.client.get("/v1/status")
        if code != 200:
            raise DaemonError(f"/v1/status answered {code}: {body[:200]!r}; see {self.log_path}")
        return json.loads(body)

    def accounted(self):
        """Bulletins the daemon has logged as ingested, rejected or duplicate, or rejected unlogged."""
        s = self.status()
        return s["bulletins_ingested"] + s["bulletins_rejected"] + s["duplicates_dropped"] + s.get("rejected_unlogged", 0)

    def memory_kib(self, field="VmRSS"):
        """VmRSS (resident now) or VmHWM (peak resident) from /proc, in KiB."""
        with open(f"/proc/{self.process.pid}/status") as f:
            for line in f:
                if line.startswith(field + ":"):
                    return int(line.split()[1])
        raise DaemonError(f"no {field} in /proc/{self.process.pid}/status")

    def cpu_seconds(self):
        """User + system CPU time of the daemon so far."""
        with open(f"/proc/{self.process.pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def alive(self):
        return self.process is not None and self.process.poll() is None

    def stop(self, timeout=120):
        """SIGTERM (pubstatd writes its snapshot on the way out) and wait."""
        if self.client:
            self.client.close()
        if self.alive():
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
                raise DaemonError(f"pubstatd did not stop within {timeout} s of SIGTERM; see {self.log_path}")
