"""Who did it: the person, team or body an event word's subject names, so that what is said of one is compared
only with what is said of the same one ("Ortiz missed eight games" and "Lund missed ten" are two facts).

The subject names its doer itself ("Ortiz missed"), or through a pronoun whose person the annotate stage
resolved ("Lund was hurt in May. He missed ten games": Lund; annotate/referents.py); a verb coordinated with
another shares its subject ("He made 8 shots and grabbed seven rebounds"), and a verb completing another is done
by that verb's subject ("Jamison failed to pass Ford") or object ("asked police to search"). A subject that names no one, or a
pronoun whose person is unclear, leaves the doer unknown.

Figures are compared per doer (quantities.py); a denial and a report of an event are no conflict when they are
surely said of different doers (``said_of_different_doers``, scope.py).
"""
from __future__ import annotations

from typing import Any

from ..model import Claim, Mention
from .claims import entity_key
from .context import StoryContext
from .parse import ParsedSentence

# The kinds of names that can be the doer of an event, or the thing a statement is about ("First Class 2 doesn't
# have a release date" is not said of Catching Fire). Places are left out: "Belarus freed 52" and "Lukashenko
# freed 52" tell of one act.
DOER_LABELS = frozenset({"PERSON", "ORG", "NORP", "WORK_OF_ART", "PRODUCT", "FAC", "EVENT", "LAW"})


def doer_of(ctx: StoryContext, claim: Claim, sentence: ParsedSentence, event: Any) -> str | None:
    """The entity key of whom the subject of ``event`` (a verb or event noun of ``sentence``) names or, as "he"
    or "she", refers to; None when it names no one."""
    subject = _subject(event)
    if subject is None:
        return None
    start = sentence.span.start + subject.idx
    named = [m for m in ctx.mentions_in(claim) if m.label in DOER_LABELS and m.span.start <= start < m.span.end]
    if named:
        return entity_key(named[0])
    referred = _referred_to(ctx, claim.article, start)
    return entity_key(referred) if referred is not None else None


def _subject(event: Any) -> Any | None:
    """The active subject of ``event``, or of the verb it is coordinated with, which it shares ("Echenique scored
    11 points and grabbed 11 rebounds"), or, for a verb completing another, that verb's object or subject (see
    ``_controller``)."""
    subject = next((c for c in event.children if c.dep_ == "nsubj"), None)
    if subject is None and event.dep_ == "conj" and event.head.pos_ in ("VERB", "AUX"):
        return next((c for c in event.head.children if c.dep_ == "nsubj"), None)
    if subject is None and event.dep_ == "xcomp" and event.head.pos_ in ("VERB", "AUX"):
        return _controller(event.head)
    return subject


def _controller(verb: Any) -> Any | None:
    """Who does what ``verb`` is completed by: its object where it has one ("asked police to search the house":
    the police search), else its own subject ("Jordan and Jamison failed to pass Ford": they did not pass him)."""
    direct = next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)
    return direct if direct is not None else _subject(verb)


def _referred_to(ctx: StoryContext, article: str, start: int) -> Mention | None:
    """The mention of the person the pronoun at ``start`` stands for, where annotate resolved it."""
    annotations = ctx.annotations.get(article)
    if annotations is None:
        return None
    referent = next((r for r in annotations.referents if r.span.start == start), None)
    if referent is None:
        return None
    return next((m for m in annotations.mentions if m.span == referent.antecedent), None)


def said_of_different_doers(first: str | None, first_claim: Claim, second: str | None, second_claim: Claim) -> bool:
    """Whether two statements are surely said of two doers: each names one, they differ, and neither's sentence
    names the other's too (a sentence that names both may be parsed with either as its subject: "The church,
    ... made famous by Governor Sarah Palin, has caught fire")."""
    if first is None or second is None or first == second:
        return False
    return first not in second_claim.entities and second not in first_claim.entities
