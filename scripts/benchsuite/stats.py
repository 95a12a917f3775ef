"""Medians, percentiles and spreads of repeated measurements."""
import math
import statistics


def median(values):
    """The median of a non-empty list of numbers."""
    return statistics.median(values)


def percentile(values, fraction):
    """Nearest-rank percentile: the smallest value with at least `fraction` of the values at or below it."""
    ordered = sorted(values)
    rank = max(1, math.ceil(fraction * len(ordered)))
    return ordered[rank - 1]


def spread(values):
    """(min, max) of a non-empty list."""
    return min(values), max(values)
