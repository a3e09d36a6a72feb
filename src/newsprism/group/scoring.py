"""B-cubed precision, recall and F1 of a clustering against gold classes (Bagga & Baldwin, 1998).

For each item, precision is the share of its cluster that shares its gold class, recall the share of
its gold class that shares its cluster; both are averaged over items, and F1 is their harmonic mean.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Mapping
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class BCubed:
    precision: float
    recall: float
    f1: float


def bcubed(predicted: Mapping[Hashable, Hashable], gold: Mapping[Hashable, Hashable]) -> BCubed:
    """Score ``predicted`` (item -> cluster) against ``gold`` (item -> class); both must cover the same items."""
    if set(predicted) != set(gold):
        raise ValueError("predicted and gold clusterings must cover the same items")
    if not gold:
        raise ValueError("cannot score an empty clustering")
    cluster_sizes = Counter(predicted.values())
    class_sizes = Counter(gold.values())
    both = Counter((predicted[item], gold[item]) for item in gold)
    precision = sum(both[predicted[i], gold[i]] / cluster_sizes[predicted[i]] for i in gold) / len(gold)
    recall = sum(both[predicted[i], gold[i]] / class_sizes[gold[i]] for i in gold) / len(gold)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return BCubed(precision, recall, f1)
