"""The JSON report contract ``newsprism.report/1`` (DESIGN.md): model objects to plain, ordered dicts."""
from __future__ import annotations

import json
from typing import Any

from ..model import (
    Agreement, Article, ArticleVersion, ClaimGroup, Conflict, Entity, ErrorRecord, Evidence, Position, Removal, Report,
    Story, StoryQuote,
)
from ..reconcile.quotes import printed_by


def report_to_dict(report: Report) -> dict[str, Any]:
    return {
        "schema": report.schema,
        "articles": [article_to_dict(a) for a in report.articles],
        "stories": [story_to_dict(s) for s in report.stories],
        "errors": [error_to_dict(e) for e in report.errors],
    }


def report_to_json(report: Report) -> str:
    """Deterministic JSON: the same report gives the same bytes."""
    return json.dumps(report_to_dict(report), ensure_ascii=False, indent=2) + "\n"


def article_to_dict(article: Article) -> dict[str, Any]:
    """The article's fields. Optional ones only where they apply: ``outlet_source`` when the outlet was not given
    with the article but read elsewhere (its dateline); ``versions`` and ``version`` (the one this report reads,
    the latest) for an article a store holds in several versions; ``unread_fields`` for one given with fields
    that could not be read (each left empty), with their values as written."""
    source = {"outlet_source": article.outlet_source} if article.outlet_source else {}
    unread = {"unread_fields": article.unread_fields} if article.unread_fields else {}
    versions = {"versions": [version_to_dict(v) for v in article.versions],
                "version": article.versions[-1].version} if article.versions else {}
    return {
        "id": article.id,
        "title": article.title,
        "outlet": article.outlet,
        **source,
        "url": article.url,
        "path": article.path,
        "published": article.published,
        "authors": list(article.authors),
        "dateline": article.dateline,
        "format": article.source_format,
        "text": article.text,
        "removed": [removal_to_dict(r) for r in article.removed],
        "duplicate_of": article.duplicate_of,
        "duplicate_similarity": article.duplicate_similarity,
        **unread,
        **versions,
    }


def version_to_dict(version: ArticleVersion) -> dict[str, Any]:
    return {"version": version.version, "seen": version.seen, "published": version.published,
            "title": version.title}


def removal_to_dict(removal: Removal) -> dict[str, Any]:
    return {"text": removal.text, "reason": removal.reason, "start": removal.start, "end": removal.end}


def error_to_dict(error: ErrorRecord) -> dict[str, Any]:
    return {"input": error.input, "error": error.error, "kind": error.kind}


def evidence_to_dict(evidence: Evidence) -> dict[str, Any]:
    return {"article": evidence.article, "start": evidence.start, "end": evidence.end, "text": evidence.text}


def story_to_dict(story: Story) -> dict[str, Any]:
    """The story's fields; ``related_titles`` only when it names related stories the report does not hold."""
    related_titles = {"related_titles": dict(story.related_titles)} if story.related_titles else {}
    return {
        "id": story.id,
        "title": story.title,
        "articles": list(story.articles),
        "related": list(story.related),
        **related_titles,
        "time_span": {"start": story.time_span[0], "end": story.time_span[1]},
        "outlets": list(story.outlets),
        "independent_sources": story.independent_sources,
        "entities": [entity_to_dict(e) for e in story.entities],
        "quotes": [quote_to_dict(q) for q in story.quotes],
        "claims": [claim_to_dict(c) for c in story.claims],
        "conflicts": [conflict_to_dict(c) for c in story.conflicts],
        "agreed": [agreement_to_dict(a) for a in story.agreed],
        "coverage": story.coverage,
        "brief": story.brief,
    }


def entity_to_dict(entity: Entity) -> dict[str, Any]:
    return {
        "id": entity.id, "name": entity.name, "type": entity.type,
        "aliases": list(entity.aliases), "articles": list(entity.articles), "linked_to": entity.linked_to,
    }


def quote_to_dict(quote: StoryQuote) -> dict[str, Any]:
    return {
        "id": quote.id, "text": quote.text, "speaker": quote.speaker, "speaker_name": quote.speaker_name,
        "articles": printed_by(quote),
        "evidence": [evidence_to_dict(Evidence(q.article, q.span.start, q.span.end, q.text)) for q in quote.quotes],
        "other_wordings": list(quote.other_wordings),
    }


def claim_to_dict(group: ClaimGroup) -> dict[str, Any]:
    return {
        "id": group.id, "text": group.text, "status": group.status,
        "independent_sources": group.independent_sources,
        "vague_attribution": group.vague_attribution,
        "evidence": [evidence_to_dict(e) for e in group.evidence],
        "contradicting": [evidence_to_dict(e) for e in group.contradicting],
    }


def agreement_to_dict(agreement: Agreement) -> dict[str, Any]:
    return {
        "id": agreement.id, "subject": agreement.subject, "event": agreement.event, "entity": agreement.entity,
        "articles": list(agreement.articles), "independent_sources": agreement.independent_sources,
        "evidence": [evidence_to_dict(e) for e in agreement.evidence], "disputed": list(agreement.disputed),
    }


def conflict_to_dict(conflict: Conflict) -> dict[str, Any]:
    return {
        "id": conflict.id, "kind": conflict.kind, "subject": conflict.subject,
        "positions": [position_to_dict(p) for p in conflict.positions],
        "explanation": conflict.explanation,
    }


def position_to_dict(position: Position) -> dict[str, Any]:
    return {
        "value": position.value, "articles": list(position.articles),
        "evidence": [evidence_to_dict(e) for e in position.evidence],
    }
