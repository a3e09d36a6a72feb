"""Name forms: the distinct names the mentions of a set of articles use, with what surrounds them.

A form gathers the mentions that write one name the same way (on :func:`name_key`) with the same kind of
referent. A one-word person name ("Reid") is kept per article, because the same surname may stand for two
people in two articles; every other form spans all articles. Forms are what the rules in
:mod:`newsprism.resolve.rules` merge.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from ..model import Mention
from .gazetteer import Gazetteer
from .names import name_words

# Labels that refer to the same kind of thing, so that a name tagged GPE here and LOC there stays one form.
# ORG and FAC are one family: the tagger (and annotators) disagree on whether a clinic is one or the other.
LABEL_FAMILIES = {"PERSON": "person", "ORG": "org", "GPE": "place", "LOC": "place", "FAC": "org",
                  "NORP": "people"}


@dataclass
class Form:
    index: int
    key: str
    family: str
    words: list[str]
    mentions: list[Mention] = field(default_factory=list)
    articles: set[str] = field(default_factory=set)
    introduced: set[str] = field(default_factory=set)  # aliases the texts introduce for it

    @property
    def is_single_person_word(self) -> bool:
        return self.family == "person" and len(self.words) == 1


def family_of(label: str) -> str:
    return LABEL_FAMILIES.get(label, "other")


def build_forms(mentions: list[Mention]) -> list[Form]:
    """Forms in order of first mention; mentions whose name is empty after normalising are left out."""
    forms: dict[tuple[str, ...], Form] = {}
    for mention in mentions:
        family = family_of(mention.label)
        words = name_words(mention.text, person=family == "person")
        if not words:
            continue
        identity = (family, " ".join(words)) + ((mention.article,) if family == "person" and len(words) == 1 else ())
        form = forms.get(identity)
        if form is None:
            form = forms[identity] = Form(len(forms), " ".join(words), family, words)
        form.mentions.append(mention)
        form.articles.add(mention.article)
    return list(forms.values())


def context_key(form: Form, gazetteer: Gazetteer) -> str:
    """What a form counts as in another form's context: its country code when it is a country."""
    code = gazetteer.country_names.get(form.key)
    return f"country:{code}" if code and form.family in ("place", "org", "other") else form.key


def contexts(forms: list[Form], gazetteer: Gazetteer) -> dict[int, frozenset[str]]:
    """For each form, the names that occur in the same articles (its own name left out)."""
    by_article: dict[str, set[str]] = defaultdict(set)
    for form in forms:
        for article in form.articles:
            by_article[article].add(context_key(form, gazetteer))
    return {form.index: frozenset(set().union(*(by_article[a] for a in form.articles))
                                  - {context_key(form, gazetteer)})
            for form in forms}
