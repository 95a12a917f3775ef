"""What the run ran on: cores, memory, kernel, file system, load, commit."""
import os
import platform
import subprocess


def describe(repo, work):
    """A dict of machine facts; `work` is the folder whose file system the disk figures measure."""
    def run(*command):
        try:
            result = subprocess.run(command, capture_output=True, text=True, cwd=repo)
            return (result.stdout or result.stderr).strip()
        except OSError:
            return ""

    memory = ""
    with open("/proc/meminfo") as f:
        for line in f:
            if line.startswith("MemTotal:"):
                memory = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    cpu = ""
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    filesystem = run("df", "--output=source,fstype", work).splitlines()[-1].split()
    # BENCHMARKS.md is the run's own output: a change there does not make the measured code differ
    dirty = [line for line in run("git", "status", "--porcelain", "--untracked-files=no").splitlines()
             if not line.endswith(" BENCHMARKS.md")]
    return {
        "cores": os.cpu_count(),
        "cpu": cpu,
        "memory": memory,
        "kernel": platform.release(),
        "filesystem": f"{filesystem[1]} on {filesystem[0]}" if len(filesystem) == 2 else "unknown",
        "commit": run("git", "rev-parse", "--short", "HEAD") + (" (with uncommitted changes)" if dirty else ""),
        "swift": (run("swift", "--version").splitlines() or [""])[0],
        "load": load(),
    }


def load():
    """The 1-, 5- and 15-minute load averages as text."""
    return " ".join(f"{x:.1f}" for x in os.getloadavg())
