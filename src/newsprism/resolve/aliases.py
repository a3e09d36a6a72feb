"""Aliases an article introduces itself: "Human Rights Watch (HRW)", "Maria Kolesnikova, also known as Masha"."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Mention, Span
from .names import initials, name_words

_ACRONYM_AFTER = re.compile(r"\s*\(\s*([A-Z][A-Za-z&.]{1,11})\s*\)")
_NICKNAME_CUE = re.compile(
    r"\b(?:also known as|better known as|known as|nicknamed|dubbed|a\.k\.a\.?|aka)\s+[\"'\u201c\u2018]?"
    r"([A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2})")
_SENTENCE_BREAK = re.compile(r"[.!?]\s|\n")
MAX_NICKNAME_DISTANCE = 80  # characters between the name and its "also known as"


@dataclass(frozen=True, slots=True)
class IntroducedAlias:
    """``alias`` names the same referent as ``target``, as the article itself says."""

    article: str
    alias: str
    span: Span
    target: Mention
    kind: str  # "acronym" or "nickname"


def introduced_aliases(text: str, mentions: list[Mention]) -> list[IntroducedAlias]:
    """Acronyms in brackets right after a name, and nicknames introduced after a person's name."""
    return acronyms_after_names(text, mentions) + nicknames(text, mentions)


def acronyms_after_names(text: str, mentions: list[Mention]) -> list[IntroducedAlias]:
    found = []
    for mention in mentions:
        match = _ACRONYM_AFTER.match(text, mention.span.end)
        if match and _abbreviates(match.group(1), mention.text):
            found.append(IntroducedAlias(mention.article, match.group(1), Span(match.start(1), match.end(1)),
                                         mention, "acronym"))
    return found


def _abbreviates(acronym: str, name: str) -> bool:
    """"HRW" abbreviates "Human Rights Watch"; "Reuters" in "Minsk (Reuters)" abbreviates nothing."""
    letters = acronym.replace(".", "")
    if sum(ch.isupper() for ch in letters) < 2 or not letters[:1].isupper():
        return False
    words = name_words(name)
    return bool(words) and letters.lower() in (initials(words), "".join(word[0] for word in words))


def nicknames(text: str, mentions: list[Mention]) -> list[IntroducedAlias]:
    people = [mention for mention in mentions if mention.label == "PERSON"]
    found = []
    for cue in _NICKNAME_CUE.finditer(text):
        target = _person_before(text, cue.start(), people)
        if target is not None:
            found.append(IntroducedAlias(target.article, cue.group(1), Span(cue.start(1), cue.end(1)),
                                         target, "nickname"))
    return found


def _person_before(text: str, position: int, people: list[Mention]) -> Mention | None:
    """The nearest person named before ``position`` in the same sentence, close enough to be the one meant."""
    before = [person for person in people if person.span.end <= position]
    if not before:
        return None
    nearest = max(before, key=lambda person: person.span.end)
    gap = text[nearest.span.end:position]
    if len(gap) > MAX_NICKNAME_DISTANCE or _SENTENCE_BREAK.search(gap):
        return None
    return nearest
