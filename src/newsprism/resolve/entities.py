"""From clusters of name forms to :class:`Entity` records: canonical name, type, aliases, articles, links."""
from __future__ import annotations

import dataclasses
import hashlib
from collections import Counter, defaultdict

from ..model import Entity, Mention
from .forms import Form
from .gazetteer import Gazetteer
from .rules import Clusters

# When labels tie, the more specific reading wins.
LABEL_PREFERENCE = ("PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW",
                    "LANGUAGE")


def build_entities(forms: list[Form], clusters: Clusters, article_order: dict[str, int],
                   gazetteer: Gazetteer) -> list[Entity]:
    """One entity per cluster, in order of first mention; capitals are linked to their country's entity."""
    members: dict[int, list[Form]] = defaultdict(list)
    for form in forms:
        members[clusters.find(form.index)].append(form)
    entities, used_ids = [], set()
    for root in sorted(members, key=lambda r: _first_position(members[r], article_order)):
        entity = _entity(members[root], article_order)
        entity.id = _unique_id(entity, used_ids)
        entity.mentions = [dataclasses.replace(m, entity=entity.id) for m in entity.mentions]
        entities.append(entity)
    _link_capitals(entities, gazetteer)
    return entities


def _entity(forms: list[Form], article_order: dict[str, int]) -> Entity:
    mentions = sorted((m for form in forms for m in form.mentions),
                      key=lambda m: (article_order.get(m.article, 0), m.span.start))
    surfaces = Counter(m.text for m in mentions)
    name = canonical_name(surfaces, [m.text for m in mentions])
    # the fullest name is the best tagged ("Masha" alone may be taken for an ORG)
    label = _majority_label([m for m in mentions if m.text == name])
    aliases = sorted(set(surfaces) | {alias for form in forms for alias in form.introduced})
    articles = sorted({m.article for m in mentions}, key=lambda a: article_order.get(a, 0))
    return Entity(id="", name=name, type=label, aliases=aliases, articles=articles, mentions=mentions)


def canonical_name(surfaces: Counter, in_order: list[str]) -> str:
    """The fullest name (most words), then the most frequent, then the first written; shouting and possessives
    lose to plain forms."""
    first_seen = {text: position for position, text in reversed(list(enumerate(in_order)))}
    return max(surfaces, key=lambda text: (not _is_possessive(text), not (text.isupper() and len(text) > 5),
                                           len(text.split()), surfaces[text], -first_seen[text]))


def _is_possessive(text: str) -> bool:
    return text.endswith(("'s", "\u2019s", "'", "\u2019"))


def _majority_label(mentions: list[Mention]) -> str:
    counts = Counter(m.label for m in mentions)
    rank = {label: position for position, label in enumerate(LABEL_PREFERENCE)}
    return max(counts, key=lambda label: (counts[label], -rank.get(label, len(rank))))


def _first_position(forms: list[Form], article_order: dict[str, int]) -> tuple[int, int]:
    return min((article_order.get(m.article, 0), m.span.start) for form in forms for m in form.mentions)


def _unique_id(entity: Entity, used: set[str]) -> str:
    """"e-" and a short hash of name and type; a second entity of the same name gets its first article added."""
    seed = f"{entity.type}\x1f{entity.name}"
    candidate = "e-" + hashlib.sha1(seed.encode("utf-8")).hexdigest()[:10]
    if candidate in used:
        first = entity.mentions[0]
        seed += f"\x1f{first.article}\x1f{first.span.start}"
        candidate = "e-" + hashlib.sha1(seed.encode("utf-8")).hexdigest()[:10]
    used.add(candidate)
    return candidate


def _link_capitals(entities: list[Entity], gazetteer: Gazetteer) -> None:
    """"Washington" (the seat of the US government, often standing for it) and "Belarusian" are linked to
    their country, not merged with it."""
    countries = {}
    for entity in entities:
        code = next(filter(None, (gazetteer.country(alias) for alias in entity.aliases)), None)
        if code and entity.type in ("GPE", "LOC"):
            countries.setdefault(code, entity.id)
    for entity in entities:
        if entity.type in ("GPE", "LOC") and entity.id not in countries.values():
            code = gazetteer.capital_country(entity.name)
        elif entity.type == "NORP":  # "Belarusian" is linked to Belarus, never merged with it
            code = gazetteer.demonym_country(entity.name)
        else:
            continue
        entity.linked_to = countries.get(code) if code else None
