"""Sides: which position of each conflict a claim takes, and which claims of a group state the same thing.

Alignment groups sentences that speak of the same thing, whatever values they give: "18 fishermen were freed"
and "31 fishermen were freed" land in one group, and a conflict sets them against each other. A claim takes a
position of a conflict when a piece of that position's evidence lies in its sentence. Two claims are compatible
when no conflict finds them on different sides; an article whose sentence takes the other side contradicts a
claim, it does not corroborate it. A group's sources are the claims of one side: compatible with its text and
with each other (a sentence that gives no figure sides with neither count, and gathers only one side).

Conflicts are read through their positions only, so this works on the stage's findings and on a report's
numbered conflicts alike.
"""
from __future__ import annotations

from typing import Protocol, Sequence

from ..model import Article, Claim, Position
from .independence import independent_count

Sides = dict[int, frozenset[int]]  # conflict index -> the positions a claim takes in it


class Disputed(Protocol):
    """A conflict or a finding: anything with positions."""

    positions: list[Position]


class SideIndex:
    """The evidence of every position of ``disputes``, by article, so that a claim's sides are found among its own
    article's evidence, not by scanning every conflict."""

    def __init__(self, disputes: Sequence[Disputed]) -> None:
        self._by_article: dict[str, list[tuple[int, int, int, int]]] = {}
        for index, dispute in enumerate(disputes):
            for number, position in enumerate(dispute.positions):
                for evidence in position.evidence:
                    self._by_article.setdefault(evidence.article, []).append(
                        (index, number, evidence.start, evidence.end))

    def sides_of(self, claim: Claim) -> Sides:
        """For each conflict with evidence in the claim's sentence, the positions whose evidence lies there."""
        taken: dict[int, set[int]] = {}
        for index, number, start, end in self._by_article.get(claim.article, ()):
            if start < claim.span.end and claim.span.start < end:
                taken.setdefault(index, set()).add(number)
        return {index: frozenset(numbers) for index, numbers in taken.items()}


def compatible(first: Sides, second: Sides) -> bool:
    """No conflict in which both take a position finds them on different sides only."""
    return all(first[index] & second[index] for index in first.keys() & second.keys())


def strongest_side(ranked: list[Claim], index: SideIndex,
                   articles: dict[str, Article]) -> tuple[Claim, list[Claim]]:
    """The claim of ``ranked`` (best wording first) that the most independent sources state with compatible
    values, and those claims (in ``ranked`` order): the earliest of ``ranked`` wins a tie. Where no conflict
    reaches the claims, every claim states the first. Claims taking the same sides gather the same claims, so
    only the first of each is tried (a large group holds few distinct sides)."""
    if not ranked:
        raise ValueError("a claim group has at least one claim")
    sides = {claim.id: index.sides_of(claim) for claim in ranked}
    if not any(sides.values()):
        return ranked[0], list(ranked)
    best_count, best, tried = 0, (ranked[0], list(ranked)), set()
    for claim in ranked:
        if _signature(sides[claim.id]) in tried:
            continue
        tried.add(_signature(sides[claim.id]))
        agreeing = one_side(claim, ranked, sides)
        count = independent_count(agreeing, articles)
        if count > best_count:
            best_count, best = count, (claim, agreeing)
    return best


def one_side(first: Claim, ranked: list[Claim], sides: dict[str, Sides]) -> list[Claim]:
    """``first`` and the claims of ``ranked`` compatible with it and with every claim taken before them. Pairwise,
    not only with ``first``: a claim that takes no side of a conflict (it gives no figure) must not gather the
    claims of both sides as its sources."""
    held = {_signature(sides[first.id]): sides[first.id]}
    kept = {first.id}
    for claim in ranked:
        own = sides[claim.id]
        if _signature(own) in held or all(compatible(own, other) for other in held.values()):
            held[_signature(own)] = own
            kept.add(claim.id)
    return [claim for claim in ranked if claim.id in kept]


def _signature(sides: Sides) -> frozenset:
    return frozenset(sides.items())
