"""Coreference scores: MUC, B-cubed, CEAF-e and their mean, the CoNLL F1.

Clusterings are given as ``{mention: cluster id}`` over the same mentions (a gold-mention evaluation).
Definitions follow Vilain et al. 1995 (MUC), Bagga & Baldwin 1998 (B-cubed) and Luo 2005 (CEAF, entity
similarity phi4), as used by the CoNLL-2012 scorer.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Hashable, Mapping

import numpy as np
from scipy.optimize import linear_sum_assignment

Clustering = Mapping[Hashable, Hashable]


@dataclass(frozen=True)
class PRF:
    precision: float
    recall: float

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


def clusters_of(assignment: Clustering) -> list[frozenset]:
    groups: dict[Hashable, set] = defaultdict(set)
    for mention, cluster in assignment.items():
        groups[cluster].add(mention)
    return [frozenset(group) for group in groups.values()]


def muc(key: Clustering, response: Clustering) -> PRF:
    return PRF(_muc_recall(response, key), _muc_recall(key, response))


def _muc_recall(key: Clustering, response: Clustering) -> float:
    """Links of the key clusters that the response keeps: sum(|K| - partitions(K)) / sum(|K| - 1)."""
    found = needed = 0
    for cluster in clusters_of(key):
        partitions = {response.get(mention, ("unresolved", mention)) for mention in cluster}
        found += len(cluster) - len(partitions)
        needed += len(cluster) - 1
    return found / needed if needed else 1.0


def b_cubed(key: Clustering, response: Clustering) -> PRF:
    return PRF(_b_cubed_recall(response, key), _b_cubed_recall(key, response))


def _b_cubed_recall(key: Clustering, response: Clustering) -> float:
    """Mean over key mentions of the share of their key cluster that shares their response cluster."""
    response_members: dict[Hashable, set] = defaultdict(set)
    for mention, cluster in response.items():
        response_members[cluster].add(mention)
    total, mentions = 0.0, 0
    for cluster in clusters_of(key):
        for mention in cluster:
            same = response_members[response[mention]] if mention in response else {mention}
            total += len(cluster & same) / len(cluster)
            mentions += 1
    return total / mentions if mentions else 1.0


def ceaf_e(key: Clustering, response: Clustering) -> PRF:
    """Entity-based CEAF: the best one-to-one alignment of clusters under phi4 = 2|K & R| / (|K| + |R|).

    Clusters that share no mention score 0, so the alignment is solved per group of overlapping clusters.
    """
    key_clusters, response_clusters = clusters_of(key), clusters_of(response)
    if not key_clusters or not response_clusters:
        return PRF(0.0, 0.0)
    total = sum(_best_alignment(keys, responses) for keys, responses in _overlapping_groups(key_clusters,
                                                                                          response_clusters))
    return PRF(total / len(response_clusters), total / len(key_clusters))


def _best_alignment(keys: list[frozenset], responses: list[frozenset]) -> float:
    similarity = np.array([[2 * len(k & r) / (len(k) + len(r)) for r in responses] for k in keys])
    rows, columns = linear_sum_assignment(-similarity)
    return float(similarity[rows, columns].sum())


def _overlapping_groups(keys: list[frozenset], responses: list[frozenset]
                        ) -> list[tuple[list[frozenset], list[frozenset]]]:
    """Connected groups of key and response clusters, linked where they share a mention."""
    response_of = {mention: index for index, cluster in enumerate(responses) for mention in cluster}
    key_of = {mention: index for index, cluster in enumerate(keys) for mention in cluster}
    seen_keys: set[int] = set()
    groups = []
    for start in range(len(keys)):
        if start in seen_keys:
            continue
        group_keys, group_responses, frontier = {start}, set(), [start]
        while frontier:
            touched = {response_of[m] for m in keys[frontier.pop()] if m in response_of} - group_responses
            group_responses |= touched
            new_keys = {key_of[m] for r in touched for m in responses[r] if m in key_of} - group_keys
            group_keys |= new_keys
            frontier.extend(new_keys)
        seen_keys |= group_keys
        if group_responses:
            groups.append(([keys[i] for i in sorted(group_keys)], [responses[j] for j in sorted(group_responses)]))
    return groups


def conll_f1(key: Clustering, response: Clustering) -> float:
    return (muc(key, response).f1 + b_cubed(key, response).f1 + ceaf_e(key, response).f1) / 3
