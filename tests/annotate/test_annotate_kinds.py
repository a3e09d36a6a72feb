"""The kind of a name from the words beside it (annotate/kinds.py): each cue on mentions typed by hand as the
tagger mistypes them, the one-kind-per-article rule, and the cues through find_mentions on a parsed doc."""
from __future__ import annotations

import pytest

from newsprism.annotate.entities import find_mentions
from newsprism.annotate.kinds import context_label, typed_by_context
from newsprism.model import Mention, Span


def mention(text: str, name: str, label: str, occurrence: int = 0) -> Mention:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(name, start + 1)
    return Mention(article="a1", span=Span(start, start + len(name)), text=name, label=label)


def kinds(text: str, named: list[tuple[str, str]]) -> list[tuple[str, str]]:
    seen: dict[str, int] = {}
    mentions = []
    for name, label in named:
        mentions.append(mention(text, name, label, seen.get(name, 0)))
        seen[name] = seen.get(name, 0) + 1
    return [(m.text, m.label) for m in typed_by_context(text, mentions)]


@pytest.mark.parametrize(("text", "name", "label", "expected"), [
    ("Smoke filled the Dorvan mine overnight.", "Dorvan", "PERSON", "FAC"),
    ("Smoke filled the Dorvan coal mine overnight.", "Dorvan", "PERSON", "FAC"),
    ("Water poured over the Belmont dam.", "Belmont", "PERSON", "FAC"),
    ("Floods hit the Tavush region on Monday.", "Tavush", "ORG", "GPE"),
    ("Floods hit Kherson oblast on Monday.", "Kherson", "PERSON", "GPE"),
    ("Shares of the steel producer Orvana fell.", "Orvana", "PERSON", "ORG"),
    ("Members of Ruvna, the country's largest rights group, protested.", "Ruvna", "GPE", "ORG"),
    ("President Amir Telkan flew to the site.", "Amir Telkan", "ORG", "PERSON"),
    ("VELDAR, March 3 (Wire) - Rescuers dug on.", "VELDAR", "ORG", "GPE"),
])
def test_words_beside_a_name_give_its_kind(text, name, label, expected):
    dateline_place = "Veldar" if text.startswith("VELDAR") else None  # as the reader found it (ingest.dateline)
    assert context_label(text, mention(text, name, label), dateline_place) == expected


@pytest.mark.parametrize(("text", "name", "label"), [
    ("Workers at the QazKomir mine walked out.", "QazKomir", "ORG"),      # a company's site: still the company
    ("Ms Dorvan said mine was the first claim.", "Dorvan", "PERSON"),     # a word between that is no modifier
    ("The Ministry of Energy said so.", "Ministry of Energy", "ORG"),     # no title before it
    ("President Telkan spoke.", "Telkan", "PERSON"),                      # already a person
    ("Floods hit the Tavush Region Council offices.", "Tavush Region Council", "ORG"),  # capitalised: a name
    ("He met Veldar, the capital, in May.", "Veldar", "GPE"),             # no organisation word apposed
    ("In VELDAR, officials wept.", "VELDAR", "ORG"),                      # the dateline's place, not opening the text
])
def test_no_cue_leaves_the_tagger_reading(text, name, label):
    assert context_label(text, mention(text, name, label), "Veldar") is None


def test_a_cued_kind_holds_for_the_name_throughout_its_article():
    text = "Fire swept the Dorvan mine. Dorvan had failed checks, and Dorvan reopened in May."
    assert kinds(text, [("Dorvan", "PERSON"), ("Dorvan", "PERSON"), ("Dorvan", "ORG")]) == [
        ("Dorvan", "FAC"), ("Dorvan", "FAC"), ("Dorvan", "ORG")]  # a facility cue never overrides an organisation


def test_cues_that_disagree_leave_the_name_as_tagged():
    text = "The Kelso region flooded. Shares of the steel producer Kelso fell."
    assert kinds(text, [("Kelso", "ORG"), ("Kelso", "PERSON")]) == [("Kelso", "ORG"), ("Kelso", "PERSON")]


def test_cues_apply_through_find_mentions(resources):
    text = "President Amir Telkan visited the Dorvan mine in the Tavush region."
    doc = resources.nlp.make_doc(text)
    doc.ents = [doc.char_span(text.index(name), text.index(name) + len(name), label=label)
                for name, label in (("Amir Telkan", "ORG"), ("Dorvan", "PERSON"), ("Tavush", "ORG"))]
    assert [(m.text, m.label) for m in find_mentions(doc, "a1")] == [
        ("Amir Telkan", "PERSON"), ("Dorvan", "FAC"), ("Tavush", "GPE")]
