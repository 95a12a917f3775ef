"""One row of the generated report: a pubstat figure, its peer measured in the same run, the target."""
from dataclasses import dataclass, field

from . import stats


@dataclass
class Target:
    """What the issue asks of a figure.

    kind: "min" (pubstat's median at least `value`), "max" (at most `value`), "ratio" (pubstat's
    median at least `value` times the peer's median), or "none" (printed, not checked).
    """
    kind: str
    value: float = 0.0
    text: str = ""
    ratio: float = None  # with "min" or "max": also at least this many times the peer's median


    def met(self, pubstat, peer):
        """True, False, or None when the target is not checked or cannot be (no peer)."""
        if self.kind in ("min", "max") and self.ratio is not None and peer:
            if pubstat < self.ratio * peer:
                return False
        if self.kind == "min":
            return pubstat >= self.value
        if self.kind == "max":
            return pubstat <= self.value
        if self.kind == "ratio":
            return None if not peer else pubstat >= self.value * peer
        return None


@dataclass
class Figure:
    """A measured figure. `pubstat` and `peer` are the repetitions' values (peer may be empty)."""
    group: str
    name: str
    unit: str
    pubstat: list
    peer_name: str = ""
    peer: list = field(default_factory=list)
    target: Target = field(default_factory=lambda: Target("none"))
    note: str = ""
    # for latency percentiles the "repetitions" are samples: say how many and what the spread is over
    samples_label: str = "reps"
    spread_text: str = ""  # shown instead of the repetitions' spread (a percentile's samples)

    def pubstat_median(self):
        return stats.median(self.pubstat) if self.pubstat else None

    def peer_median(self):
        return stats.median(self.peer) if self.peer else None

    def ratio(self):
        p, q = self.pubstat_median(), self.peer_median()
        return None if p is None or not q else p / q

    def met(self):
        p = self.pubstat_median()
        return None if p is None else self.target.met(p, self.peer_median())

    def as_dict(self):
        return {
            "group": self.group, "name": self.name, "unit": self.unit, "pubstat": self.pubstat,
            "peer_name": self.peer_name, "peer": self.peer, "target": self.target.text,
            "met": self.met(), "note": self.note,
        }
