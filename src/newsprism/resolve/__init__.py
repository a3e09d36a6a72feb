"""The resolve stage: one entity per real-world referent across the articles of a run.

Usage::

    resolution = resolve_entities(articles, annotations)
    resolution.entities                      # list[Entity], in order of first mention
    resolution.mention_entity[(article_id, start, end)]   # entity id of one mention
    annotations = resolution.annotate(annotations)       # copies whose Mention.entity is set

``Mention`` is frozen, so the stage returns the mapping and a helper to apply it rather than mutating.
How names are compared (surnames, transliterations, nicknames, acronyms, country variants, capitals) is in
:mod:`newsprism.resolve.rules`.
"""
from __future__ import annotations

import dataclasses
from typing import NamedTuple

from ..model import Article, ArticleAnnotations, Entity, Mention
from .aliases import IntroducedAlias, introduced_aliases
from .entities import build_entities
from .forms import build_forms, contexts
from .gazetteer import load_gazetteer
from .rules import (
    Clusters,
    merge_acronyms,
    merge_countries,
    merge_fuller_person_names,
    merge_introduced_aliases,
    merge_nationalities,
    merge_organisation_variants,
    merge_partial_person_names,
    merge_same_name_across_labels,
    merge_transliterations,
    merge_unresolved_single_names,
)

__all__ = ["Resolution", "resolve_entities", "resolve_mentions"]

MentionKey = tuple[str, int, int]  # (article id, start, end)


class Resolution(NamedTuple):
    entities: list[Entity]
    mention_entity: dict[MentionKey, str]

    def annotate(self, annotations: list[ArticleAnnotations]) -> list[ArticleAnnotations]:
        """Copies of ``annotations`` whose mentions carry their entity id."""
        return [dataclasses.replace(a, mentions=[
            dataclasses.replace(m, entity=self.mention_entity.get((m.article, m.span.start, m.span.end)))
            for m in a.mentions]) for a in annotations]


def resolve_entities(articles: list[Article], annotations: list[ArticleAnnotations]) -> Resolution:
    """Entities across ``articles`` from their annotations' mentions (and the aliases their texts introduce)."""
    texts = {article.id: article.text for article in articles}
    aliases: list[IntroducedAlias] = []
    for annotation in annotations:
        if annotation.article in texts:
            aliases += introduced_aliases(texts[annotation.article], annotation.mentions)
    order = {article.id: position for position, article in enumerate(articles)}
    return resolve_mentions([m for a in annotations for m in a.mentions], aliases, order)


def resolve_mentions(mentions: list[Mention], aliases: list[IntroducedAlias], article_order: dict[str, int]
                     ) -> Resolution:
    """The clustering itself, on mentions (and introduced aliases) alone: the benchmark calls this directly."""
    gazetteer = load_gazetteer()
    forms = build_forms(mentions)
    clusters = Clusters(len(forms))
    merge_countries(forms, clusters, gazetteer)
    merge_nationalities(forms, clusters, gazetteer)
    merge_same_name_across_labels(forms, clusters)
    merge_introduced_aliases(forms, clusters, aliases)
    merge_organisation_variants(forms, clusters, gazetteer)
    merge_acronyms(forms, clusters)
    context = contexts(forms, gazetteer)
    merge_fuller_person_names(forms, clusters)
    merge_transliterations(forms, clusters, context)
    merge_unresolved_single_names(forms, clusters, merge_partial_person_names(forms, clusters, context))
    entities = build_entities(forms, clusters, article_order, gazetteer)
    mapping = {(m.article, m.span.start, m.span.end): entity.id for entity in entities for m in entity.mentions}
    return Resolution(entities, mapping)
