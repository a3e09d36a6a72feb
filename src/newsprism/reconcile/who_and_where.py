"""Who and where: the people, organisations and places a story's articles name, as every view shows them.

Resolution (``newsprism.resolve``) finds one entity behind the names the outlets write ("Maria Kalesnikava",
"Maria Kolesnikova"); what a reader is shown of them is chosen here, as data, so that the Markdown report (and
the brief) and the terminal show the same rows:

- only people, organisations and places (``KINDS``): a nationality or the title of a work is no one and nowhere;
- one row per name: entities resolution kept apart by type under one name are shown together, with every type
  they were read as ("organisation or place");
- each entity as the story's own articles write it (an entity is resolved across every article read, so it may be
  named in other stories too): the spellings they use, each with the articles that write it, and the sources that
  name it. A part of a fuller name ("Lukashenko" beside "Alexander Lukashenko") is a short form, not another
  spelling, and a change of case is the same spelling;
- most sources first, then most articles, then most mentions, then in order of first mention;
- the entities several articles name as rows, at most ``ROW_LIMIT``; those one article alone names after them
  (no other article spells them otherwise), at most ``NAMED_ONCE_LIMIT``; each list with how many it leaves out.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..model import Article, Entity, Mention
from ..text import one_line
from .status import source_of

KINDS = {"PERSON": "person", "ORG": "organisation", "GPE": "place", "LOC": "place", "FAC": "place"}
ROW_LIMIT = 15
NAMED_ONCE_LIMIT = 15


@dataclass(frozen=True, slots=True)
class Spelling:
    """One way the articles write a name, and the articles that write it so."""

    text: str
    articles: list[str]


@dataclass(frozen=True, slots=True)
class NamedEntity:
    """An entity as one story's articles name it: ``spellings[0]`` is the name it is shown by (the resolved name
    when these articles write it), the others the different spellings, most articles first."""

    entity: Entity
    kind: str
    spellings: list[Spelling]
    articles: list[str]
    sources: list[str]  # ``source_of`` each article, sorted
    mentions: int

    @property
    def name(self) -> str:
        return self.spellings[0].text


@dataclass(frozen=True, slots=True)
class WhoAndWhere:
    rows: list[NamedEntity]  # named by several articles, the most named first
    rows_left_out: int
    named_once: list[NamedEntity]  # named by one article only
    named_once_left_out: int

    def __bool__(self) -> bool:
        return bool(self.rows or self.named_once)


def who_and_where(entities: list[Entity], articles: dict[str, Article]) -> WhoAndWhere:
    """The people, organisations and places of ``entities`` that the story's ``articles`` name, chosen and
    ordered (see the module's docstring). ``entities`` come in order of first mention, which breaks ties."""
    typed = [e for e in entities if e.type in KINDS]
    named = [n for n in (named_entity(group, articles) for group in same_names(typed)) if n is not None]
    named.sort(key=lambda n: (-len(n.sources), -len(n.articles), -n.mentions))
    several = [n for n in named if len(n.articles) > 1]
    once = [n for n in named if len(n.articles) == 1]
    return WhoAndWhere(several[:ROW_LIMIT], max(len(several) - ROW_LIMIT, 0),
                       once[:NAMED_ONCE_LIMIT], max(len(once) - NAMED_ONCE_LIMIT, 0))


def same_names(entities: list[Entity]) -> list[list[Entity]]:
    """The entities grouped by their name, case aside, in order of first mention. Resolution keeps a name it
    read as two types apart ("Kosagash" a person in one article, an organisation in another, when it is a
    mine): a reader is shown one name, once, with the types it was read as."""
    groups: dict[str, list[Entity]] = {}
    for entity in entities:
        groups.setdefault(one_line(entity.name).casefold(), []).append(entity)
    return list(groups.values())


def named_entity(group: list[Entity], articles: dict[str, Article]) -> NamedEntity | None:
    """The entities of one name as ``articles`` name them; None when none of them does."""
    named = [e for e in group if any(m.article in articles for m in e.mentions)]
    if not named:
        return None
    mentions = [m for e in named for m in e.mentions if m.article in articles]
    named_in = list(dict.fromkeys(m.article for m in mentions))
    sources = sorted({source_of(a, articles) for a in named_in})
    kind = " or ".join(sorted({KINDS[e.type] for e in named}))  # "organisation or place" when read as both
    return NamedEntity(named[0], kind, spellings(mentions, one_line(named[0].name)), named_in, sources,
                       len(mentions))


def spellings(mentions: list[Mention], name: str) -> list[Spelling]:
    """The distinct spellings of the mentions (on one line, case aside), the ``name`` first when it is one of
    them, then most articles first, then first written; a part of another spelling left out."""
    by_key: dict[str, Spelling] = {}
    for mention in mentions:
        text = one_line(mention.text)
        spelling = by_key.setdefault(text.casefold(), Spelling(text, []))
        if spelling.text.isupper() and not text.isupper():  # a dateline's "ALMATY" is shown as "Almaty"
            spelling = by_key[text.casefold()] = Spelling(text, spelling.articles)
        if mention.article not in spelling.articles:
            spelling.articles.append(mention.article)
    kept = [s for s in by_key.values() if not any(_is_part_of(s.text, other.text) for other in by_key.values())]
    return sorted(kept, key=lambda s: (s.text.casefold() != name.casefold(), -len(s.articles)))


def _is_part_of(short: str, full: str) -> bool:
    """Whether every word of ``short`` is a word of the longer ``full``: "Lukashenko" of "Alexander Lukashenko"."""
    words, full_words = short.casefold().split(), full.casefold().split()
    return len(words) < len(full_words) and set(words) <= set(full_words)
