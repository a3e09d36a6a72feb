"""Referents: the person each "he" or "she" of an article stands for, where the text makes that clear.

Reconcile compares what is said of one doer: "Lund was hurt in May. He missed ten games." says Lund missed
ten, not whoever another report names. The people are those the quote speakers are resolved among
(cues.py: named in text order, in full, with the gender the text gives them), read more strictly than a
speaker's "he said": only the pronoun's sentence and the one before are searched, the nearest person named
there must fit the pronoun's gender, and no other person named there may fit it too. A pronoun inside a
quote stands for someone the speaker means, and people named inside quotes are not candidates.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..model import Mention, Referent, Span
from .cues import PERSON_PRONOUNS, build_people, mentions_or_entities, pronoun_referent
from .quotes import find_quote_marks

if TYPE_CHECKING:  # spaCy types only; importing spaCy is left to whoever loads the model
    from spacy.tokens import Doc


def find_referents(doc: Doc, article_id: str, mentions: list[Mention]) -> list[Referent]:
    """Every "he" and "she" outside quotes whose person is clear, in text order, with that person's mention."""
    pronouns = [token for token in doc if token.lower_ in PERSON_PRONOUNS]
    if not pronouns:
        return []
    quoted = [marks.region for marks in find_quote_marks(doc.text)]
    people = build_people(doc, mentions_or_entities(doc, article_id, mentions), quoted)
    referents = []
    for pronoun in pronouns:
        span = Span(pronoun.idx, pronoun.idx + len(pronoun.text))
        person = None if people.in_excluded(span) else pronoun_referent(pronoun, people)
        if person is not None:
            referents.append(Referent(article_id, span, pronoun.text, person.mention.span, person.full_name))
    return referents
