"""Named-entity mentions: spaCy's NER, then a correction layer for the errors it is known to make on news.

The small English pipeline, run on scraped news, tags countries and capitals as ORG or PERSON ("Belarus",
"Washington"), tags page furniture as entities ("Share", "Related Articles"), glues a headline to the next
line ("...Prisoners\\nVilnius"), keeps possessives and titles inside names ("Alexander Lukashenko's",
"Exiled Belarusian Sviatlana ...") and misses places it has not seen. Each correction below is a general rule
or a gazetteer lookup (:mod:`newsprism.resolve.gazetteer`); spans stay exact: ``doc.text[s:e] == text``.
"""
from __future__ import annotations

import re
from typing import Any, Iterable, Iterator

from ..model import Mention, Span
from ..resolve.gazetteer import Gazetteer, load_gazetteer, place_key
from ..resolve.names import TITLE_WORDS
from .cues import ABBREVIATED_TITLES, load_outlets
from .kinds import typed_by_context

# Labels that name things; numbers and dates are the quantities and times layers' business.
NAME_LABELS = frozenset({"PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART",
                         "LAW", "LANGUAGE"})
OUTLET_MISTAKEN_LABELS = frozenset({"LOC", "GPE", "FAC", "WORK_OF_ART", "PRODUCT"})
RELABEL_TO_GPE = frozenset({"ORG", "PERSON", "NORP", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW"})

# Words of page furniture (share bars, comment counters, navigation) that spaCy takes for names.
BOILERPLATE_WORDS = frozenset("""
share shares engage comment comments subscribe subscription newsletter newsletters advertisement advertising
sponsored related articles article stories story read login register follow email print
menu home search cookie cookies privacy policy terms click here watch video photo photos gallery image images
caption credit trending latest news breaking update updated reply replies
""".split())

_POSSESSIVE = re.compile(r"(?:['\u2019]s|(?<=s)['\u2019])$")
_EDGE_PUNCT = "\"'\u2018\u2019\u201c\u201d()[],;:!?*|-\u2013\u2014 "
_LEADING_THE = re.compile(r"(?:the|The|THE)\s+")  # used with match(text, pos)
_HYPHEN_PARTS = re.compile(r"[^-\u2010\u2011\u2013]+")
_MAX_PLACE_WORDS = 4


def find_mentions(doc: Any, article_id: str, dateline_place: str | None = None) -> list[Mention]:
    """Named-entity mentions of one parsed article, corrected, sorted by position, without overlaps;
    ``dateline_place``: the place of the article's dateline, as the reader found it (see annotate/kinds.py)."""
    gazetteer = load_gazetteer()
    text = doc.text  # spaCy rebuilds Doc.text from its tokens on every access: read it once
    entities = doc.ents
    mentions: list[Mention] = []
    for ent in entities:
        if ent.label_ in NAME_LABELS:
            mentions.extend(_corrected(text, ent.start_char, ent.end_char, ent.label_, article_id, gazetteer))
    mentions.extend(_missed_places(doc, text, entities, article_id, gazetteer))
    return typed_by_context(text, _without_overlaps(mentions), dateline_place)


def _corrected(text: str, start: int, end: int, label: str, article_id: str, gazetteer: Gazetteer
               ) -> Iterator[Mention]:
    """One spaCy entity as zero or more corrected mentions."""
    start, end = _trimmed(text, start, end)
    if label != "PERSON":
        end = _without_trailing_title(text, start, end)
    if "\n" in text[start:end]:
        yield from _newline_pieces(text, start, end, article_id, gazetteer)
        return
    if end <= start or _is_furniture(text[start:end], label):
        return
    if label == "PERSON":
        yield from _person_parts(text, start, end, article_id, gazetteer)
        return
    yield from _place_parts(text, start, end, label, article_id, gazetteer)


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop edge punctuation and spaces, a leading "the" and a trailing possessive."""
    start, end = _without_edges(text, start, end)
    the = _LEADING_THE.match(text, start, end)
    if the:
        start = the.end()
    possessive = _POSSESSIVE.search(text[start:end])
    if possessive and end - start > len(possessive.group()):
        end -= len(possessive.group())
    return _without_edges(text, start, end)


def _without_trailing_title(text: str, start: int, end: int) -> int:
    """The end of a name without a person's title that closes it: the model takes "Oregon State Police Lt." (of
    "said Oregon State Police Lt. Gregg Hastings") as one organisation; the title belongs to the person after."""
    words = text[start:end].split()
    if len(words) > 1 and words[-1].rstrip(".") in ABBREVIATED_TITLES:
        return _without_edges(text, start, start + text[start:end].rstrip().rfind(words[-1]))[1]
    return end


def _without_edges(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start] in _EDGE_PUNCT or text[start].isspace()):
        start += 1
    while end > start and (text[end - 1] in _EDGE_PUNCT or text[end - 1].isspace()):
        end -= 1
    return start, end


def _is_furniture(span_text: str, label: str) -> bool:
    """Page furniture or a shouted headline fragment rather than a name."""
    if not any(ch.isupper() for ch in span_text):
        return True
    words = re.findall(r"[A-Za-z]+", span_text)
    if words and all(word.lower() in BOILERPLATE_WORDS for word in words):
        return True
    return _is_shouted_fragment(span_text, words, label)


def _is_shouted_fragment(span_text: str, words: list[str], label: str) -> bool:
    """All-caps runs of several words, or one long all-caps word, that are not places ("BREAKING NEWS").
    A shouted person's name of two or three words ("GARY ROSS" in a headline) is still a name."""
    if not words or not all(word.isupper() for word in words) or load_gazetteer().is_place_or_people(span_text):
        return False
    if label == "PERSON" and len(words) in (2, 3):
        return False
    return len(words) >= 2 and all(len(word) > 2 for word in words) or len(span_text) >= 7


def _newline_pieces(text: str, start: int, end: int, article_id: str, gazetteer: Gazetteer) -> Iterator[Mention]:
    """An entity spanning a line break glued two lines together; only pieces that are known places survive."""
    offset = start
    for piece in text[start:end].split("\n"):
        piece_start, piece_end = _trimmed(text, offset, offset + len(piece))
        offset += len(piece) + 1
        if piece_end > piece_start and gazetteer.is_place_or_people(text[piece_start:piece_end]):
            yield _mention(text, piece_start, piece_end, _gazetteer_label(text[piece_start:piece_end], gazetteer),
                           article_id)


def _gazetteer_label(span_text: str, gazetteer: Gazetteer) -> str:
    return "GPE" if gazetteer.is_place(span_text) else "NORP"


def _person_parts(text: str, start: int, end: int, article_id: str, gazetteer: Gazetteer) -> Iterator[Mention]:
    """Strip titles and nationality words off a PERSON span; a nationality word becomes its own NORP."""
    if gazetteer.is_place_or_people(text[start:end]):
        yield _mention(text, start, end, _gazetteer_label(text[start:end], gazetteer), article_id)
        return
    tokens = [(m.start(), m.end()) for m in re.finditer(r"\S+", text[start:end])]
    for index, (token_start, token_end) in enumerate(tokens):
        word = text[start + token_start:start + token_end]
        if _is_nationality_word(word, gazetteer):
            yield _mention(text, start + token_start, start + token_end, _gazetteer_label(word, gazetteer),
                           article_id)
        elif word.lower().strip(".") not in TITLE_WORDS or index == len(tokens) - 1:
            if word[0].isupper() and word.lower().strip(".") not in TITLE_WORDS:
                yield _mention(text, start + token_start, end, "PERSON", article_id)
            return


def _is_nationality_word(word: str, gazetteer: Gazetteer) -> bool:
    """"Belarusian", "U.S.", "UK" before a name; not "Jordan" or "Paris", which are also first names."""
    if gazetteer.demonym_country(word):
        return True
    return gazetteer.country(word) is not None and ("." in word or word.isupper())


def _place_parts(text: str, start: int, end: int, label: str, article_id: str, gazetteer: Gazetteer
                 ) -> Iterator[Mention]:
    """Relabel known places, nationalities and news outlets; split hyphenated pairs of places ("U.S.-Belarus")."""
    span_text = text[start:end]
    if gazetteer.is_place(span_text):
        yield _mention(text, start, end, "GPE" if label in RELABEL_TO_GPE else label, article_id)
    elif gazetteer.demonym_country(span_text) and label != "LANGUAGE":
        yield _mention(text, start, end, "NORP", article_id)
    else:
        parts = [(start + m.start(), start + m.end()) for m in _HYPHEN_PARTS.finditer(span_text)]
        if len(parts) > 1 and all(gazetteer.is_place(text[s:e]) for s, e in parts):
            yield from (_mention(text, s, e, "GPE", article_id) for s, e in parts)
        else:
            yield _mention(text, start, end, "ORG" if _names_outlet(span_text, label) else label, article_id)


def _names_outlet(span_text: str, label: str) -> bool:
    """A news outlet of the outlet list the model took for a place or a work ("South China Morning Post" as LOC).
    A name of one word is left as tagged: "Hindu" (of "The Hindu") is more often a faith than the newspaper."""
    return label in OUTLET_MISTAKEN_LABELS and len(span_text.split()) > 1 and bool(load_outlets().lookup(span_text))


def _missed_places(doc: Any, text: str, entities: tuple, article_id: str, gazetteer: Gazetteer
                   ) -> Iterator[Mention]:
    """Capitalised gazetteer names outside every spaCy entity (the model misses rare countries and cities)."""
    covered = {index for ent in entities for index in range(ent.start, ent.end)}
    index = 0
    while index < len(doc):
        length = _place_length_at(doc, index, covered, gazetteer)
        if length:
            span = doc[index:index + length]
            yield _mention(text, span.start_char, span.end_char, _gazetteer_label(span.text, gazetteer),
                           article_id)
        index += length or 1


def _place_length_at(doc: Any, index: int, covered: set[int], gazetteer: Gazetteer) -> int:
    """Number of tokens of the longest gazetteer name starting at ``index``, or 0."""
    token = doc[index]
    if not token.is_title or index in covered:
        return 0
    sentence_start = token.is_sent_start
    for length in range(min(_MAX_PLACE_WORDS, len(doc) - index), 0, -1):
        span = doc[index:index + length]
        if not doc[index + length - 1].is_title and length > 1:
            continue
        if length == 1 and sentence_start:
            continue  # a capitalised first word may be a common word ("Turkey", "Polish")
        if not covered.intersection(range(index, index + length)) and _is_country_or_people(span.text, gazetteer):
            return length
    return 0


def _is_country_or_people(span_text: str, gazetteer: Gazetteer) -> bool:
    """Countries, states and nationalities; capitals are left out here: many are also words or first names."""
    return bool(gazetteer.country(span_text) or gazetteer.demonym_country(span_text)
                or place_key(span_text) in gazetteer.us_states)


def _mention(text: str, start: int, end: int, label: str, article_id: str) -> Mention:
    return Mention(article=article_id, span=Span(start, end), text=text[start:end], label=label)


def _without_overlaps(mentions: Iterable[Mention]) -> list[Mention]:
    """Sorted by position; of two overlapping mentions the longer (then the earlier) wins."""
    kept: list[Mention] = []
    for mention in sorted(mentions, key=lambda m: (-len(m.span), m.span.start)):
        if not any(mention.span.overlaps(other.span) for other in kept):
            kept.append(mention)
    return sorted(kept, key=lambda m: (m.span.start, m.span.end))
