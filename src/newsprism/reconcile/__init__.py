"""Reconcile one story: claims, their alignment across outlets, independence, conflicts, agreed points, quotes
and coverage.

``reconcile_story`` is the stage; each step is a module of its own (claims, align, independence,
quantities, timing, scope, quotes, names, status, agreed, coverage). What each view of a story shows is chosen
by ``findings``; the brief is written by render (story_markdown), which the pipeline runs after this stage, so
that ``Story.brief`` is the story's findings exactly as the Markdown report shows them.
"""
from __future__ import annotations

from typing import Any

import numpy as np

from ..model import Article, ArticleAnnotations, Claim, Entity, Story
from .agreed import agreed_points
from .align import align_claims, content_words
from .claims import extract_claims
from .conflicts import find_conflicts, number_conflicts
from .context import StoryContext
from .coverage import coverage_matrix
from .independence import story_independent_sources
from .parse import parse_sentences, sentence_spans
from .quantities import stated_figures
from .quotes import story_quotes, to_story_quotes
from .status import claim_groups, outlet_of

EMBED_BATCH = 64
EMBED_WORDS = 40

__all__ = ["reconcile_story", "embed_claims", "build_context"]


def embed_claims(claims: list[Claim], resources: Any) -> np.ndarray:
    """Unit vectors of the claims' sentences (an empty (0, 1) array for no claims)."""
    if not claims:
        return np.zeros((0, 1), dtype=np.float32)
    texts = [embedding_text(c.text) for c in claims]
    unique = list(dict.fromkeys(texts))  # syndicated copies repeat sentences: encode each once
    encoded = resources.embedder.encode(unique, normalize_embeddings=True, batch_size=EMBED_BATCH,
                                        show_progress_bar=False)
    row = {text: i for i, text in enumerate(unique)}
    return np.asarray(encoded, dtype=np.float32)[[row[t] for t in texts]]


def embedding_text(text: str) -> str:
    """The claim's first ``EMBED_WORDS`` words: what a claim is about is said early, and the model's cost
    grows with the longest sentence of each batch."""
    return " ".join(text.split()[:EMBED_WORDS])


def build_context(articles: list[Article], annotations: list[ArticleAnnotations], resources: Any) -> StoryContext:
    """Parse, extract claims, embed and align them: everything the conflict rules read."""
    parsed = parse_sentences(sentence_spans(articles, annotations), resources)
    claims = extract_claims(parsed, annotations)
    by_span = {(p.article, p.span.start): p for p in parsed}
    ctx = StoryContext(articles={a.id: a for a in articles}, claims=claims,
                       parses={c.id: by_span[(c.article, c.span.start)] for c in claims},
                       annotations={a.article: a for a in annotations})
    words = [content_words(ctx.parses[c.id].doc) for c in claims]
    figures = stated_figures(ctx)
    ctx.groups = align_claims(claims, embed_claims(claims, resources), words, [figures.get(c.id, []) for c in claims])
    return ctx


def reconcile_story(story_id: str, title: str, articles: list[Article], annotations: list[ArticleAnnotations],
                    entities: list[Entity], resources: Any) -> Story:
    ctx = build_context(articles, annotations, resources)
    quote_groups = story_quotes(ctx)
    findings = find_conflicts(ctx, quote_groups)
    groups = claim_groups(ctx, findings, story_id)
    conflicts = number_conflicts(findings, story_id)
    agreed = agreed_points(ctx, conflicts, entities, story_id)
    quotes = to_story_quotes(ctx, quote_groups, entities)
    coverage = coverage_matrix(groups, findings, articles)
    ids = [a.id for a in articles]
    return Story(
        id=story_id, title=title, articles=ids,
        independent_sources=story_independent_sources(ids, ctx.articles),
        time_span=_time_span(articles), outlets=sorted({outlet_of(a) for a in articles if a.outlet}),
        entities=[e for e in entities if not e.articles or set(e.articles) & set(ids)],
        quotes=quotes, claims=groups, conflicts=conflicts, agreed=agreed, coverage=coverage,
    )


def _time_span(articles: list[Article]) -> tuple[str | None, str | None]:
    dates = sorted(a.published for a in articles if a.published)
    return (dates[0], dates[-1]) if dates else (None, None)
