"""Child processes whose own CPU time and peak memory are measured (os.wait4's rusage)."""
import os
import subprocess
import tempfile
import time


class ChildError(Exception):
    """A benchmark command failed; the message carries its command and the end of its output."""


def run(command, cwd=None, env=None, ok=(0,)):
    """Runs a command to its end (an exit code outside `ok` raises ChildError); returns (stdout text, wall seconds, CPU seconds, peak RSS KiB)."""
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        start = time.monotonic()
        process = subprocess.Popen(command, cwd=cwd, env=env, stdout=out, stderr=err, stdin=subprocess.DEVNULL)
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.monotonic() - start
        process.returncode = os.waitstatus_to_exitcode(status)  # reaped here, not by Popen
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read(), err.read()
    if process.returncode not in ok:
        raise ChildError(f"{' '.join(command)} exited with {process.returncode}:\n{stderr[-2000:]}{stdout[-1000:]}")
    return stdout, wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss
