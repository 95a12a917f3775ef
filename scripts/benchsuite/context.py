"""Where a suite run works: the repository, the binaries, ../shared, a scratch folder, the plan."""
import os
import sys
from dataclasses import dataclass

from .plan import Plan


@dataclass
class Context:
    repo: str       # the repository root
    bin_dir: str    # pubstatd, pubstat-bench (release build for the full form)
    shared: str     # ../shared: bench peers and corpora
    work: str       # scratch folder for this run (on the file system the disk figures measure)
    cache: str      # generated corpora, kept between runs
    plan: Plan

    def folder(self, name):
        """A fresh sub-folder of the scratch folder."""
        path = os.path.join(self.work, name)
        os.makedirs(path, exist_ok=True)
        return path

    def log(self, message):
        """Progress on stderr (the report goes to the output file)."""
        print(f"bench: {message}", file=sys.stderr, flush=True)
