"""What tells one event from another, per article: terms, names, places, dates and figures.

``features_for`` is a pure function of one article (and its annotations when the annotate stage ran);
the weighting by rarity happens in the clusterer, against a document-frequency table that grows as
articles arrive (:class:`DocumentFrequencies`).
"""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from sys import intern

from ..annotate.cues import load_outlets
from ..model import Article, ArticleAnnotations, Quantity, TimeExpr
from ..model.mentions import PLACE_LABELS
from .background import WordBackground
from ..annotate.numbers import spaced_marks
from .text import (capitalised_names, content_terms, fold, name_key, stem, written_amounts, written_dates,
                   written_figures)

# News is written as an inverted pyramid: the opening (headline, lede) says which event it is, the rest
# adds background shared with earlier events of the kind. The words of the first LEDE_CHARS characters of
# the headline and text count once more (ECB+ topics 1-17: B-cubed 0.936 against 0.931 without; 0.931 at
# 400 characters; weighing the opening's names up as well lowered it to 0.90). The headline is read as the
# start of the text whether the reader found it apart (a title) or not, so that a cleaned article, whose
# headline the cleaner set apart, is grouped as the same words unclean would be.
# The page's date line, removed by the cleaner as furniture, still says when: its dates are features.
DATE_LINE_REASONS = frozenset({"date"})
# The kinds of keys that are words or names, whose commonness English at large tells (DocumentFrequencies).
BACKGROUND_KINDS = frozenset({"t:", "e:", "p:"})
LEDE_CHARS = 200
_YEAR_FIRST = re.compile(r"\d{4}(?:-|$)")
LEDE_WEIGHT = 1


@dataclass(frozen=True, slots=True)
class StoryFeatures:
    """One article as the clusterer sees it. Every map is key -> count in the article.

    ``dates`` keys are ISO prefixes at the written precision ("2013", "2013-05", "2013-05-03"), or
    "--05" for a month written without a year. ``figures`` keys are numbers ("52") and numbers with
    what they count ("52 prisoner"). ``when`` is the article's best day-precision date: its
    publication date (``when_published``), else the date its text names most often.
    ``protagonists``: the name keys the article repeats most (see :func:`protagonists`). ``amounts``: the
    sums of money its opening (:func:`lede`) names, in US dollars: the headline figure of a heist, a
    contract or a fine, which reports of one event repeat and another event of the kind does not.
    """

    article: str
    terms: dict[str, float]
    entities: dict[str, float] = field(default_factory=dict)
    places: dict[str, float] = field(default_factory=dict)
    dates: dict[str, float] = field(default_factory=dict)
    figures: dict[str, float] = field(default_factory=dict)
    when: str | None = None
    when_published: bool = False
    title: str | None = None
    protagonists: tuple[str, ...] = ()
    amounts: tuple[float, ...] = ()

    def keyed(self) -> dict[str, float]:
        """All features in one map, each key prefixed by its kind (t:, e:, p:, d:, n:).

        The keys are interned: every story's centroid, every posting and the document frequencies then
        hold one string per key rather than a copy per article, and looking a key up in a centroid that is
        cold in the cache compares pointers instead of reading the stored copy.
        """
        merged: dict[str, float] = {}
        for prefix, values in (("t:", self.terms), ("e:", self.entities), ("p:", self.places),
                               ("d:", self.dates), ("n:", self.figures)):
            merged.update({intern(prefix + key): count for key, count in values.items()})
        return merged


class DocumentFrequencies:
    """How many articles seen so far carry each key: an online table for rarity weights.

    ``prior_documents``: until the table has counted this many articles, the ones missing are taken from
    ``background`` (how common each word or name is in English at large) for the keys of words and names;
    dates and figures have no background and are counted alone. A folder of a few reports of one event then
    weighs its shared words ("dam", "breach") as rare, as a large table would, instead of as common as "said".
    On ECB+ subtopics analysed one folder each (66 folders of 2 to 17 articles), B-cubed rose from 0.800 to
    0.971 at 400 (one story per folder in 55 instead of 19), folders holding two unrelated events from 0.908 to
    0.956, and folders of two incidents of one kind fell from 0.868 to 0.850; the full set (772 articles, past
    the prior) is barely moved, and read in batches of 64 it rose from 0.9286 to 0.9357
    (benchmarks/story_clustering.py). 100 gave 0.965 on the single folders, 1,000 lowered the full set.
    """

    def __init__(self, prior_documents: int = 0, background: WordBackground | None = None) -> None:
        self.documents = 0
        self.counts: Counter[str] = Counter()
        self.prior_documents = prior_documents
        self.background = background

    def observe(self, keys: dict[str, float]) -> None:
        self.documents += 1
        self.counts.update(keys.keys())

    def idf(self, key: str, prior: bool = True) -> float:
        """Smoothed inverse document frequency: 1 for a key in every article, larger for rare ones;
        ``prior=False`` counts the articles alone, whatever their number."""
        unseen = self.prior_documents - self.documents
        if prior and unseen > 0 and self.background is not None and key[:2] in BACKGROUND_KINDS:
            expected = unseen * self.background.article_share(key[2:])
            return math.log((self.documents + unseen + 1) / (self.counts.get(key, 0) + expected + 1)) + 1.0
        return math.log((self.documents + 1) / (self.counts.get(key, 0) + 1)) + 1.0

    def export(self) -> dict:
        return {"documents": self.documents, "counts": dict(self.counts)}

    def load(self, state: dict) -> None:
        self.documents = int(state["documents"])
        self.counts = Counter({intern(key): int(value) for key, value in state["counts"].items()})


def features_for(article: Article, annotations: ArticleAnnotations | None = None) -> StoryFeatures:
    """The grouping features of ``article``; names, dates and figures from ``annotations`` when given."""
    text = headed_text(article)
    terms = Counter(content_terms(text))
    for term in content_terms(lede(text)):
        terms[term] += LEDE_WEIGHT
    entities, places = _names(article, text, annotations)
    dates = _dates(article, text, annotations)
    return StoryFeatures(
        article=article.id, terms=dict(terms), entities=entities, places=places,
        dates=_date_keys(dates), figures=_figure_keys(text, annotations),
        when=_best_day(dates, article.published), when_published=_valid_day((article.published or "")[:10]),
        title=article.title, protagonists=protagonists(entities),
        amounts=tuple(written_amounts(lede(text), spaced_marks(text))),
    )


def protagonists(entities: dict[str, float]) -> tuple[str, ...]:
    """The name keys named most often in the article, if at least twice (all of them on a tie), sorted.

    A report keeps naming who its event happened to or who did it: the fighter's opponent, the player
    arrested, the team making the offer. A report of another incident of the kind keeps naming someone
    else, even where it recalls the first in passing (the clusterer reads this: ``StoryClusterer``).
    Names the article repeats less than its most named one were tried as well, and flagged more reports
    of one incident as different (ECB+: names counted at least 0.7 or 0.5 times the top count gave
    B-cubed 0.929 and 0.915 on the full set, against 0.931 for the top count alone, in a first version
    of the clusterer's test).
    """
    top = max(entities.values(), default=0)
    if top < 2:
        return ()
    return tuple(sorted(key for key, count in entities.items() if count == top))


def headed_text(article: Article) -> str:
    """The article's text with its headline, if it has one apart, as the first line."""
    title = (article.title or "").strip()
    return f"{title}\n{article.text}" if title and not article.text.startswith(title) else article.text


def lede(text: str, chars: int = LEDE_CHARS) -> str:
    """The opening of ``text``: its first ``chars`` characters, cut back to a word boundary."""
    head = text[:chars]
    if len(text) <= chars or text[chars].isspace() or head[-1:].isspace():
        return head
    parts = head.rsplit(None, 1)  # the last word runs on past the cut: drop it
    return parts[0] if len(parts) > 1 else head


def _names(article: Article, text: str,
           annotations: ArticleAnnotations | None) -> tuple[dict[str, float], dict[str, float]]:
    """Names (people, organisations and places alike) from capitalised runs, and places from annotations.

    Capitalised runs separated ECB+ events better than the spaCy model's entity spans did (B-cubed 0.91
    against 0.87 on topics 1-17), so they are the names whether or not annotations are given. The
    annotations' place mentions (GPE, LOC, FAC) are kept apart as ``places``; weighing them apart
    lowered the score there, so their default weight is 0.
    """
    entities: Counter[str] = Counter()
    for name in capitalised_names(text):
        for key in _name_keys(name):
            entities[key] += 1
    mentions = annotations.mentions if annotations is not None else []
    places = Counter(name_key(m.text) for m in mentions if m.label in PLACE_LABELS)
    return dict(entities), dict(places)


def _name_keys(name: str) -> list[str]:
    """The name itself and, for a name of several words, its last word, which later mentions use alone
    ("Tara Reid" ... "Reid"). A news outlet's name is left out: "according to Reuters" says who reported
    the event, not who took part in it (on ECB+, leaving outlets out gave B-cubed 0.913 against 0.903 on the
    full set and 0.930 against 0.915 on held-out topics 18-35; 0.934 against 0.936 on tuning topics 1-17)."""
    key = name_key(name)
    if not key or key in outlet_keys():
        return []
    words = key.split()
    return [key, words[-1]] if len(words) > 1 else [key]


@lru_cache(maxsize=1)
def outlet_keys() -> frozenset[str]:
    """The name keys of the outlets and agencies in newsprism/data/outlets.txt (read once)."""
    return frozenset(name_key(name) for name in load_outlets().canonical)


def _dates(article: Article, text: str,
           annotations: ArticleAnnotations | None) -> list[tuple[int | None, int | None, int | None]]:
    """Dates from the annotations (else written in the text), and those of the page's removed date line."""
    found = _annotated_dates(annotations.times) if annotations is not None and annotations.times else None
    date_lines = [d for r in article.removed if r.reason in DATE_LINE_REASONS for d in written_dates(r.text)]
    return (found if found is not None else written_dates(text)) + date_lines


def _annotated_dates(times: list[TimeExpr]) -> list[tuple[int | None, int | None, int | None]]:
    """The (year, month, day) of each annotated date whose value names a year. A decade ("the 1930s", value
    "193") names none: read as a year it became the year 193, a key two reports of one decade shared."""
    dates = []
    for time in times:
        if time.kind != "date" or not time.value or not _YEAR_FIRST.match(time.value):
            continue
        parts = [int(p) if p.isdigit() else None for p in time.value[:10].split("-")]
        dates.append(tuple((parts + [None, None])[:3]))
    return dates


def _date_keys(dates: list[tuple[int | None, int | None, int | None]]) -> dict[str, float]:
    keys: Counter[str] = Counter()
    for year, month, day in dates:
        if year is not None:
            keys[f"{year:04d}"] += 1
            if month is not None:
                keys[f"{year:04d}-{month:02d}"] += 1
                if day is not None:
                    keys[f"{year:04d}-{month:02d}-{day:02d}"] += 1
        elif month is not None:
            keys[f"--{month:02d}"] += 1
    return dict(keys)


def _best_day(dates: list[tuple[int | None, int | None, int | None]], published: str | None) -> str | None:
    """Publication day if known, else the full date the text names most often (earliest on a tie)."""
    if published and _valid_day(published[:10]):
        return published[:10]
    full = Counter(f"{y:04d}-{m:02d}-{d:02d}" for y, m, d in dates if y and m and d and _valid_day(f"{y:04d}-{m:02d}-{d:02d}"))
    if not full:
        return None
    return min(full, key=lambda day: (-full[day], day))


def _valid_day(text: str) -> bool:
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True


def _figure_keys(text: str, annotations: ArticleAnnotations | None) -> dict[str, float]:
    keys: Counter[str] = Counter()
    if annotations is not None and annotations.quantities:
        pairs = [_quantity_pair(q) for q in annotations.quantities if q.value is not None and q.kind == "count"]
    else:
        pairs = written_figures(text)
    for number, noun in pairs:
        keys[number] += 1
        if noun:
            keys[f"{number} {noun}"] += 1
    return dict(keys)


def _quantity_pair(quantity: Quantity) -> tuple[str, str | None]:
    value = quantity.value
    number = str(int(value)) if float(value).is_integer() else f"{value:g}"
    counted = stem(fold(quantity.counted.split()[-1])) if quantity.counted else None
    return number, counted

