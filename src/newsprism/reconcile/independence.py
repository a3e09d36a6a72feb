"""Independence: how many independent sources stand behind a claim.

A syndicated copy (``Article.duplicate_of``) is its original's source, not a second one; articles of
the same outlet are one source; and a claim an article attributes to a news outlet or agency
("according to Reuters") rests on that outlet, so every article repeating it counts once, as that origin.
"""
from __future__ import annotations

from ..model import Article, Claim


def root_article(article_id: str, articles: dict[str, Article]) -> str:
    """Follow ``duplicate_of`` to the article a copy was made from (cycles are cut)."""
    seen = {article_id}
    current = articles.get(article_id)
    while current is not None and current.duplicate_of and current.duplicate_of not in seen:
        seen.add(current.duplicate_of)
        article_id = current.duplicate_of
        current = articles.get(article_id)
    return article_id


def normalise_outlet(name: str) -> str:
    return " ".join(name.lower().replace("the ", " ").split())


def article_origin(article_id: str, articles: dict[str, Article]) -> str:
    """The source an article stands for: its outlet when known, else its original article."""
    root = root_article(article_id, articles)
    outlet = articles[root].outlet if root in articles else None
    return f"outlet:{normalise_outlet(outlet)}" if outlet else f"article:{root}"


def claim_origin(claim: Claim, articles: dict[str, Article]) -> str:
    """The source a claim rests on: the outlets it cites by name, else the article's own source."""
    attribution = claim.attribution
    if attribution is not None and attribution.is_outlet and attribution.named and attribution.sources:
        return "cited:" + "+".join(sorted(normalise_outlet(s) for s in attribution.sources))
    return article_origin(claim.article, articles)


def independent_count(claims: list[Claim], articles: dict[str, Article]) -> int:
    return len({claim_origin(c, articles) for c in claims})


def story_independent_sources(article_ids: list[str], articles: dict[str, Article]) -> int:
    return len({article_origin(a, articles) for a in article_ids})
