"""Disjoint sets (union-find) over indices 0..n-1, shared by every stage that groups things transitively."""
from __future__ import annotations

from collections.abc import Iterable
from typing import TypeVar

T = TypeVar("T")


class Clusters:
    """Disjoint sets of indices; the smallest index represents its set, so grouping is deterministic."""

    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, index: int) -> int:
        while self.parent[index] != index:
            self.parent[index] = self.parent[self.parent[index]]
            index = self.parent[index]
        return index

    def union(self, first: int, second: int) -> None:
        a, b = self.find(first), self.find(second)
        if a != b:
            self.parent[max(a, b)] = min(a, b)

    def union_all(self, indices: Iterable[int]) -> None:
        indices = list(indices)
        for index in indices[1:]:
            self.union(indices[0], index)

    def groups(self, items: list[T]) -> list[list[T]]:
        """``items`` (one per index) grouped by set: each group in index order, groups by their first index."""
        grouped: dict[int, list[T]] = {}
        for index, item in enumerate(items):
            grouped.setdefault(self.find(index), []).append(item)
        return list(grouped.values())
