"""`scripts/bench.sh --only STAGES` into a file that already holds a generated section: the
groups those stages measure replace their namesakes, the other groups stay as they were, and
the header says what was re-run, when and at which commit."""
import re

from .report import BEGIN, END

FAILED = re.compile(r"^\*\*Stage `([a-z]+)` failed")


def merge(old, new, stages, note):
    """The generated section `old` with the groups of `new` put in; `stages` are the re-run
    stages (their failure lines in `old` go), `note` is the line that says so."""
    old_head, old_groups, old_failures = parse(old)
    _, new_groups, new_failures = parse(new)
    groups = dict(old_groups)
    groups.update(new_groups)
    failures = [line for line in old_failures if FAILED.match(line).group(1) not in stages] + new_failures
    lines = old_head + [note, ""]
    for body in groups.values():
        lines += body
    missed = [f"{name.lower()}, {row[0]}" for name, body in groups.items() for row in table_rows(body) if row[-1] == "**no**"]
    if missed:
        lines += ["Targets missed: " + "; ".join(missed) + ".", ""]
    for line in failures:
        lines += [line, ""]
    return "\n".join(lines + [END]) + "\n"


def parse(section):
    """(header lines, {group: its lines}, failure lines) of a generated section."""
    head, groups, failures, current = [], {}, [], None
    for line in section.split("\n"):
        if line in (BEGIN,) or line.startswith("## "):
            head.append(line)
        elif line == END:
            break
        elif line.startswith("### "):
            current = line[4:]
            groups[current] = [line]
        elif FAILED.match(line):
            failures.append(line)
        elif line.startswith("Targets missed"):
            current = None
        elif current is not None:
            groups[current].append(line)
        elif not groups:
            head.append(line)
    while head and head[-1] == "":
        head.pop()
    return head + [""], groups, failures


def table_rows(lines):
    """The cells of each data row of the tables among `lines`."""
    rows = [line.strip("|").split(" | ") for line in lines if line.startswith("| ") and not line.startswith("| ---")]
    return [[cell.strip() for cell in row] for row in rows if row[0].strip() != "figure"]
