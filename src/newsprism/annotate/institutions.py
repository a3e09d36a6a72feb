"""Whether a source phrase names an institution or organisation: by name, by function, or by referring back.

By name or by function: "the Belarusian government", "the emergency situations ministry", "the regional
prosecutor's office" (a definite institution noun with a word saying which: a reader can tell who to ask).

By referring back: an article names an organisation once and then calls it by what it is ("Brennic Foods
recalled 40,000 jars ... The recall covers two batches, the company said"; "Floods cut off three villages, the
interior ministry said. ... the ministry said"). A reader knows who "the company" and "the ministry" are, so such
a source is named, not vague. A bare singular "the X" refers back when X is an institution noun (``cues.INSTITUTION_HEADS``)
and the article has named an institution of that kind before it (a phrase with the same head that names it), or
when X is an organisation noun (``cues.ORGANISATION_NOUNS``) and an organisation was named before it: the nearest
name tagged ORG, outside quotes, that is not a news outlet and does not merely modify another noun ("the Abay coal
mine" names a mine, not its operator). Without such a name the description stays vague ("The ministry said the
mine would reopen").
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..model import Mention, Span
from .cues import (INSTITUTION_HEADS, ORGANISATION_NOUNS, VAGUE_HEADS, OutletGazetteer, normalise_name, noun_phrase,
                   phrase_text)

if TYPE_CHECKING:  # spaCy types only
    from spacy.tokens import Doc, Token

NAMING_LABELS = frozenset({"NORP", "GPE", "ORG"})


def names_institution(tokens: Sequence[Token], head: Token) -> bool:
    """"the Belarusian government": a definite institution identified by a name, not a vague head; or one
    identified by its function, "the emergency situations ministry", "the regional prosecutor's office"."""
    if head.lemma_.lower() in VAGUE_HEADS or head.pos_ == "PRON":
        return False
    return any(token.ent_type_ in NAMING_LABELS for token in tokens) or _specific_institution(head)


def _specific_institution(head: Token) -> bool:
    """An institution noun made definite and specific by "the" and a modifier, or by a possessor that is
    not a pronoun ("the regional prosecutor's office"; not "its office", "a government office")."""
    owner = any(c.dep_ == "poss" and c.pos_ != "PRON" for c in head.children)
    definite = owner or any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
    specified = owner or any(c.dep_ in ("compound", "amod") for c in head.children)
    return head.lemma_.lower() in INSTITUTION_HEADS and definite and specified


def organisation_referred_to(head: Token, tokens: Sequence[Token], mentions: Sequence[Mention],
                             quoted: Sequence[Span], gazetteer: OutletGazetteer) -> str | None:
    """The name of the organisation a bare ``the <head>`` refers back to, or None (see the module docstring)."""
    if not _bare_definite(head, tokens):
        return None
    lemma = head.lemma_.lower()
    if lemma in INSTITUTION_HEADS:
        return _institution_named_before(head)
    if lemma in ORGANISATION_NOUNS:
        return _organisation_named_before(head, mentions, quoted, gazetteer)
    return None


def _bare_definite(head: Token, tokens: Sequence[Token]) -> bool:
    """'the company': a singular common noun whose only word besides it is 'the'."""
    others = [token for token in tokens if token.i != head.i]
    return (head.pos_ == "NOUN" and head.tag_ == "NN" and len(others) == 1
            and others[0].lower_ == "the" and others[0].dep_ == "det")


def _institution_named_before(head: Token) -> str | None:
    """The nearest earlier phrase with the same head noun that names its institution ("the disaster ministry")."""
    lemma = head.lemma_.lower()
    for token in reversed(head.doc[:head.i]):
        if token.lemma_.lower() == lemma and token.pos_ in ("NOUN", "PROPN"):
            phrase = noun_phrase(token)
            if names_institution(phrase, token):
                return normalise_name(phrase_text(phrase))
    return None


def _organisation_named_before(head: Token, mentions: Sequence[Mention], quoted: Sequence[Span],
                               gazetteer: OutletGazetteer) -> str | None:
    """The nearest organisation named before ``head``, outside quotes, that is no outlet and no modifier."""
    earlier = [m for m in mentions if m.label == "ORG" and m.span.end <= head.idx
               and not any(region.contains(m.span) for region in quoted)]
    for mention in sorted(earlier, key=lambda m: -m.span.start):
        if gazetteer.lookup(mention.text) is None and not _modifies_a_noun(head.doc, mention):
            return normalise_name(mention.text)
    return None


def _modifies_a_noun(doc: Doc, mention: Mention) -> bool:
    """'the Abay coal mine': the name modifies a common noun, so it names that thing."""
    span = doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
    return span is not None and span.root.dep_ in ("compound", "amod") and span.root.head.pos_ == "NOUN"
