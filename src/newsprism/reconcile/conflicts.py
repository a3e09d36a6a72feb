"""Conflicts of one story: every typed rule run over the story's claims, quotes and frames.

Kinds: quantity, date, duration, scope, polarity, quote, name. Each rule explains itself in its module;
this one runs them, drops repeats, and numbers the results in a stable order.
"""
from __future__ import annotations

from ..model import Conflict, Quote
from .context import Finding, StoryContext
from .names import name_conflicts
from .quantities import quantity_conflicts
from .quotes import quote_conflicts
from .scope import polarity_conflicts, scope_conflicts, story_frames
from .timing import date_conflicts, duration_conflicts

KIND_ORDER = ("quantity", "date", "duration", "scope", "polarity", "quote", "name")


def find_conflicts(ctx: StoryContext, quote_groups: list[list[Quote]]) -> list[Finding]:
    frames = story_frames(ctx)
    findings = (quantity_conflicts(ctx) + date_conflicts(ctx) + duration_conflicts(ctx)
                + scope_conflicts(ctx, frames) + polarity_conflicts(ctx, frames)
                + quote_conflicts(ctx, quote_groups) + name_conflicts(ctx))
    return sorted(_unique(findings), key=_order)


def number_conflicts(findings: list[Finding], story_id: str) -> list[Conflict]:
    return [Conflict(f"{story_id}:x{n}", f.kind, f.subject, f.positions, f.explanation)
            for n, f in enumerate(findings, start=1)]


def _signature(finding: Finding) -> tuple:
    return (finding.kind, tuple(sorted((e.article, e.start) for p in finding.positions for e in p.evidence)),
            tuple(p.value for p in finding.positions))


def _unique(findings: list[Finding]) -> list[Finding]:
    seen: dict[tuple, Finding] = {}
    for finding in findings:
        seen.setdefault(_signature(finding), finding)
    return list(seen.values())


def _order(finding: Finding) -> tuple:
    first = min(((e.article, e.start) for p in finding.positions for e in p.evidence), default=("", 0))
    return (KIND_ORDER.index(finding.kind) if finding.kind in KIND_ORDER else len(KIND_ORDER), first, finding.subject)
