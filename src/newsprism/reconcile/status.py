"""Claim groups with their status: corroborated, single_source or contested, and their evidence.

A group's sources are the claims of the side the most independent sources take with compatible values (see
sides.py); only those claims are its sources and its evidence. An aligned sentence that takes another side of a
conflict over it is listed as contradicting it, and makes the group contested. The group's text is the sentence
of those claims that the most of them state in full (see citing.py): the wording every view shows for it, so that
a group is never worded with a detail only one of its sources gives.
"""
from __future__ import annotations

from ..model import Article, Claim, ClaimGroup
from .citing import cite_group
from .context import Finding, StoryContext
from .independence import independent_count, root_article
from .sides import SideIndex, strongest_side

CORROBORATION_MIN = 2


def wording_rank(claim: Claim) -> tuple:
    """The order in which a group's claims are tried as the side it takes (the first wins a tie): unhedged, most
    parts, earliest article."""
    return (bool(claim.hedges), -(len(claim.entities) + len(claim.quantities) + len(claim.times)),
            claim.article, claim.span.start)


def claim_groups(ctx: StoryContext, findings: list[Finding], story_id: str) -> list[ClaimGroup]:
    contested = {cid for f in findings for cid in f.claim_ids}
    sides = SideIndex(findings)
    ordered = sorted(ctx.groups, key=lambda g: min((c.article, c.span.start) for c in g))
    return [_group(ctx, f"{story_id}:g{n}", members, contested, sides) for n, members in enumerate(ordered, start=1)]


def _group(ctx: StoryContext, group_id: str, members: list[Claim], contested: set[str], sides: SideIndex) -> ClaimGroup:
    _first, stating = strongest_side(sorted(members, key=wording_rank), sides, ctx.articles)
    stating_ids = {c.id for c in stating}
    against = _text_order(c for c in members if c.id not in stating_ids)
    sources = independent_count(stating, ctx.articles)
    if against or any(c.id in contested for c in members):
        status = "contested"
    else:
        status = "corroborated" if sources >= CORROBORATION_MIN else "single_source"
    ordered = _text_order(stating)
    text = cite_group(ordered, ctx.articles, sides).claim.text
    return ClaimGroup(group_id, text, ordered, status, sources, [ctx.claim_evidence(c) for c in ordered],
                      vague_attribution=_vague(stating), contradicting=[ctx.claim_evidence(c) for c in against])


def _text_order(claims) -> list[Claim]:
    return sorted(claims, key=lambda c: (c.article, c.span.start))


def _vague(members: list[Claim]) -> bool:
    """Every claim of the group rests on an unnamed source ("a senior official", "sources say")."""
    attributions = [c.attribution for c in members]
    return all(a is not None and not a.named for a in attributions)


def outlet_of(article: Article) -> str:
    return article.outlet or article.id


def source_of(article_id: str, articles: dict[str, Article]) -> str:
    """The article's source (``outlet_of``); an article not among ``articles`` is its own source."""
    article = articles.get(article_id)
    return outlet_of(article) if article else article_id


def original_article(claims: list[Claim], articles: dict[str, Article]) -> str:
    """The article a source's claims come from, after which the source is named: the original that copies of it
    repeat (followed through ``duplicate_of``), the earliest published of several (then the first id)."""
    roots = {root_article(c.article, articles) for c in claims}
    return min(roots, key=lambda a: (_published(a, articles) is None, _published(a, articles) or "", a))


def _published(article_id: str, articles: dict[str, Article]) -> str | None:
    article = articles.get(article_id)
    return article.published if article else None
