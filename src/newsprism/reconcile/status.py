"""Claim groups with their status: corroborated, single_source or contested, and their evidence."""
from __future__ import annotations

from ..model import Article, Claim, ClaimGroup
from .context import Finding, StoryContext
from .independence import independent_count

CORROBORATION_MIN = 2


def representative(claims: list[Claim]) -> Claim:
    """The wording shown for a group: the unhedged claim with most parts, earliest article first."""
    return min(claims, key=lambda c: (bool(c.hedges), -(len(c.entities) + len(c.quantities) + len(c.times)),
                                      c.article, c.span.start))


def claim_groups(ctx: StoryContext, findings: list[Finding], story_id: str) -> list[ClaimGroup]:
    contested = {cid for f in findings for cid in f.claim_ids}
    ordered = sorted(ctx.groups, key=lambda g: min((c.article, c.span.start) for c in g))
    return [_group(ctx, f"{story_id}:g{n}", members, contested) for n, members in enumerate(ordered, start=1)]


def _group(ctx: StoryContext, group_id: str, members: list[Claim], contested: set[str]) -> ClaimGroup:
    sources = independent_count(members, ctx.articles)
    if any(c.id in contested for c in members):
        status = "contested"
    else:
        status = "corroborated" if sources >= CORROBORATION_MIN else "single_source"
    ordered = sorted(members, key=lambda c: (c.article, c.span.start))
    return ClaimGroup(group_id, representative(members).text, ordered, status, sources,
                      [ctx.claim_evidence(c) for c in ordered], vague_attribution=_vague(members))


def _vague(members: list[Claim]) -> bool:
    """Every claim of the group rests on an unnamed source ("a senior official", "sources say")."""
    attributions = [c.attribution for c in members]
    return all(a is not None and not a.named for a in attributions)


def outlet_of(article: Article) -> str:
    return article.outlet or article.id
