"""Corpora for the suite: gen_corpus.py output (made once, kept in the cache folder) and the
shared seeds/dev/dev2 bulletins, and the staging of files into a daemon's inbox."""
import os
import subprocess


class CorpusError(Exception):
    """A corpus could not be made or found; the message says which and how to fix it."""


def generated(shared, cache, count, seed):
    """Folder holding `gen_corpus.py count DIR --seed seed`, generated once and reused."""
    folder = os.path.join(cache, f"gen-{count}-seed{seed}")
    if len(txt_files(folder)) == count and os.path.exists(os.path.join(folder, "truth.jsonl")):
        return folder
    generator = os.path.join(shared, "bench", "gen_corpus.py")
    if not os.path.exists(generator):
        raise CorpusError(f"{generator} is missing: the suite needs the shared bench peers (../shared/bench)")
    partial = folder + ".partial"
    subprocess.run(["rm", "-rf", partial, folder], check=True)
    subprocess.run(["python3", generator, str(count), partial, "--seed", str(seed)], check=True)
    os.rename(partial, folder)
    return folder


def shared_corpora(shared, cache):
    """One folder with every .txt of the shared seeds, dev and dev2 corpora (hard links)."""
    folder = os.path.join(cache, "shared-corpora")
    os.makedirs(folder, exist_ok=True)
    for name in ("seeds", "dev", "dev2"):
        source = os.path.join(shared, "corpus", name)
        if not os.path.isdir(source):
            raise CorpusError(f"{source} is missing: the suite measures extraction on the shared corpora")
        for path in txt_files(source):
            target = os.path.join(folder, f"{name}-{os.path.basename(path)}")
            if not os.path.exists(target):
                link_or_copy(path, target)
    return folder


def txt_files(folder):
    """Sorted paths of the folder's .txt files (none when the folder does not exist)."""
    if not os.path.isdir(folder):
        return []
    return sorted(os.path.join(folder, n) for n in os.listdir(folder) if n.endswith(".txt"))


def total_bytes(paths):
    return sum(os.path.getsize(p) for p in paths)


def link_or_copy(source, target):
    """A hard link (same file system), else a copy."""
    try:
        os.link(source, target)
    except OSError:
        with open(source, "rb") as src, open(target, "wb") as dst:
            dst.write(src.read())


def stage(paths, folder):
    """Puts the files into `folder` (hard links) under their own names; returns the staged paths."""
    os.makedirs(folder, exist_ok=True)
    staged = []
    for path in paths:
        target = os.path.join(folder, os.path.basename(path))
        link_or_copy(path, target)
        staged.append(target)
    return staged


def move_into(paths, inbox):
    """Renames every staged file into the inbox at once (one rename each, as a user's `mv` does)."""
    for path in paths:
        os.rename(path, os.path.join(inbox, os.path.basename(path)))


def entries(folder, ignore_suffix=".json"):
    """Files in a folder, leaving out the .reason.json / .meta.json notes kept beside them."""
    with os.scandir(folder) as it:
        return sum(1 for e in it if not e.name.endswith(ignore_suffix))
