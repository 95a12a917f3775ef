"""The generated section of BENCHMARKS.md: machine, date, commit, and one table per group of
figures (pubstat's median, the peer's median from the same run, ratio, target, spread, count).
It sits between BEGIN and END markers; everything outside them is left as it is."""
import os

BEGIN = "<!-- BEGIN scripts/bench.sh: generated, do not edit by hand; run scripts/bench.sh to renew -->"
END = "<!-- END scripts/bench.sh -->"


class ReportError(Exception):
    """The output file's markers are broken; the message says how to repair them."""


def render(figures, machine, started, minutes, smoke, load_end, failures=()):
    lines = [BEGIN, "## Suite results (generated)", ""]
    form = "smoke form: tiny inputs, the numbers mean nothing" if smoke else "full form"
    lines += [
        f"Generated {started} by `scripts/bench.sh` ({form}) at commit `{machine['commit']}`, in {minutes:.0f} minutes.",
        f"Machine: {machine['cores']} cores ({machine['cpu']}), {machine['memory']} RAM, kernel {machine['kernel']}, "
        f"scratch files on {machine['filesystem']}; {machine['swift']}.",
        f"**Shared and noisy:** other engineers build on the same 2 cores while this runs (load average "
        f"{machine['load']} at the start, {load_end} at the end). pubstat and its peer are measured in the same run, "
        "their repetitions interleaved, so both meet the same noise; medians are reported with the spread (min–max) "
        "and the number of repetitions. The ratio is pubstat's median over the peer's.",
        "",
        "Reproduce: `scripts/bench.sh` (installs nginx-light, nghttp2-client, sqlite3 and ripgrep through apt when "
        "missing, builds release once, writes this section); `scripts/bench.sh --smoke` is the CI form.",
        "",
    ]
    groups = []
    for f in figures:
        if f.group not in groups:
            groups.append(f.group)
    for group in groups:
        rows = [f for f in figures if f.group == group]
        lines += [f"### {group}", "",
                  "| figure | pubstat (median) | spread, n | peer | peer (median) | spread, n | ratio | target | met |",
                  "| --- | ---: | ---: | --- | ---: | ---: | ---: | --- | --- |"]
        notes = []
        for f in rows:
            p, q, r, met = f.pubstat_median(), f.peer_median(), f.ratio(), f.met()
            lines.append("| " + " | ".join([
                f.name, f"{number(p)} {f.unit}", f.spread_text or spread(f.pubstat, f.samples_label),
                f.peer_name or "—", f"{number(q)}" if q is not None else "—", spread(f.peer, "reps") if f.peer else "—",
                (f"{r:.2f}×" if r >= 0.1 else f"{r:.3f}×") if r is not None else "—", f.target.text or "—",
                {True: "yes", False: "**no**", None: "—"}[met],
            ]) + " |")
            if f.note:
                notes.append(f"- {f.name}: {f.note}.")
        lines += [""] + notes + [""]
    missed = [f for f in figures if f.met() is False]
    if missed:
        lines += ["Targets missed in this run: " + "; ".join(f"{f.group.lower()}, {f.name}" for f in missed) + ".", ""]
    for name, error in failures:
        lines += [f"**Stage `{name}` failed in this run**, its figures are missing: {error}", ""]
    lines.append(END)
    return "\n".join(lines) + "\n"


def splice(path, section, template=None, merge=None):
    """Writes `section` between the markers of `path` (from `template`'s text when given: the
    smoke form writes a copy). Without markers the section goes right under the first title.
    `merge(old_section, section)`, when given, makes the section written from the one there."""
    source = template or path
    text = open(source, encoding="utf-8").read() if os.path.exists(source) else "# Benchmarks\n"
    if BEGIN in text or END in text:
        if text.count(BEGIN) != 1 or text.count(END) != 1 or text.index(BEGIN) > text.index(END):
            raise ReportError(f"{source}: expected one '{BEGIN}' line before one '{END}' line; fix or remove them")
        head, rest = text.split(BEGIN, 1)
        old, tail = rest.split(END, 1)
        if merge:
            section = merge(BEGIN + old + END, section)
        text = head + section + "\n" + tail.lstrip("\n")
    else:
        first, _, rest = text.partition("\n")
        text = first + "\n\n" + section + "\n" + rest.lstrip("\n")
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def number(value):
    if value is None:
        return "—"
    if abs(value) >= 1000:
        return f"{value:,.0f}"
    if abs(value) >= 100:
        return f"{value:.0f}"
    if abs(value) >= 10:
        return f"{value:.1f}"
    return f"{value:.2f}"


def spread(values, label):
    if not values:
        return "—"
    if len(values) == 1:
        return f"n = 1 ({label})"
    return f"{number(min(values))}–{number(max(values))}, {len(values)} {label}"
