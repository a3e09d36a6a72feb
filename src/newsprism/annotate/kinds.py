"""What kind of thing a name is, read from the words around it where the tagger guessed.

The small English pipeline types a name it has not seen by its shape: the mine in "the Kosagash mine" is read
as a person, the region in "the Karaganda region" as an organisation, "President Kassym-Jomart Tokayev" as an
organisation. The words beside a name say better:

- a lowercase noun of a facility right after it ("the Kosagash mine", "the Hoover dam", "the Abay coal mine")
  makes a name read as a person a facility (FAC); a name read as an organisation is left alone, since companies
  name their sites ("the QazKomir mine" is the operator's mine, and the operator is an organisation);
- a lowercase noun of an administrative area right after it ("the Karaganda region", "Kherson oblast") makes
  a person or organisation a place (GPE);
- a word for a company right before a name read as a person ("the coal producer Qazkomir", "the rights group
  Viasna") makes it an organisation;
- the place of the dateline the reader found at the top of the article ("ALMATY, Oct 14 (Caspian Wire) –",
  ``ingest.dateline``) is a place;
- a person's title right before a name of two or more capitalised words ("President Kassym-Jomart Tokayev",
  "Minister Yerlan Zhaksybekov") makes an organisation a person.

A name keeps one kind throughout its article (one sense per discourse): once a cue types one of its mentions,
its other mentions the tagger read as a person or an organisation take that kind too ("Kosagash had been
faulty" after "the Kosagash mine"). Cues that disagree within an article leave its mentions as tagged.
"""
from __future__ import annotations

import dataclasses
import re

from ..model import Mention
from .cues import TRAILING_TITLE

FACILITY_NOUNS = ("mine", "mines", "colliery", "plant", "factory", "refinery", "smelter", "mill", "reactor", "dam",
                  "bridge", "airport", "port", "harbour", "harbor", "prison", "jail", "stadium", "tunnel",
                  "pipeline", "power station")
AREA_NOUNS = ("region", "province", "district", "county", "oblast", "prefecture", "governorate", "municipality")
# Words that may stand between a name and its facility noun: what the facility works or holds.
FACILITY_MODIFIERS = ("coal", "gold", "copper", "iron", "salt", "diamond", "uranium", "nickel", "potash", "oil",
                      "gas", "nuclear", "power", "hydroelectric", "steel", "cement", "chemical", "car",
                      "international", "military", "state", "county", "federal", "maximum-security")
_FACILITY_AFTER = re.compile(rf"\s+(?:(?:{'|'.join(FACILITY_MODIFIERS)})\s+)?(?:{'|'.join(FACILITY_NOUNS)})\b")
_AREA_AFTER = re.compile(rf"\s+(?:{'|'.join(AREA_NOUNS)})\b")
ORGANISATION_WORDS = ("company", "firm", "producer", "operator", "group", "carrier", "airline", "bank", "carmaker",
                      "automaker", "insurer", "retailer", "maker", "manufacturer", "conglomerate", "broadcaster",
                      "publisher", "charity", "organisation", "organization", "agency", "party", "union")
_ORGANISATION_BEFORE = re.compile(rf"\b[Tt]he\s+(?:[a-z-]+\s+)?(?:{'|'.join(ORGANISATION_WORDS)})\s+$")
APPOSED_ORGANISATION_WORDS = ORGANISATION_WORDS + ("center", "centre", "movement", "network", "newspaper",
                                                   "institute", "foundation", "association", "watchdog")
# "Viasna, the country's most prominent human rights center": a name set beside what it is.
_ORGANISATION_APPOSED = re.compile(
    rf",\s+(?:the|a|an)\s+(?:[\w'\u2019-]+\s+){{0,5}}?(?:{'|'.join(APPOSED_ORGANISATION_WORDS)})\b")
_TITLE_WINDOW = 40


# Which tagger readings a cue overrides, by the kind it gives. A facility cue leaves organisations alone: an
# organisation may lend its name to a site ("the QazKomir mine"), a person read for a site may not.
OVERRIDDEN = {"FAC": frozenset({"PERSON"}), "GPE": frozenset({"PERSON", "ORG"}),
              "ORG": frozenset({"PERSON", "GPE"}), "PERSON": frozenset({"ORG"})}


def typed_by_context(text: str, mentions: list[Mention], dateline_place: str | None = None) -> list[Mention]:
    """``mentions`` of one article's ``text``, retyped where the words beside them tell their kind;
    ``dateline_place``: the place of the dateline the reader found at the top of the article, if any."""
    cued: dict[str, set[str]] = {}
    for mention in mentions:
        label = context_label(text, mention, dateline_place)
        if label is not None:
            cued.setdefault(mention.text, set()).add(label)
    kinds = {name: labels.pop() for name, labels in cued.items() if len(labels) == 1}
    return [_retyped(mention, kinds.get(mention.text)) for mention in mentions]


def context_label(text: str, mention: Mention, dateline_place: str | None = None) -> str | None:
    """The kind the words beside ``mention`` give it, or None when they say nothing the tagger did not."""
    start, end = mention.span.start, mention.span.end
    before = text[max(0, start - _TITLE_WINDOW):start]
    if _AREA_AFTER.match(text, end) or _names_the_dateline(text, mention, dateline_place):
        label = "GPE"
    elif _FACILITY_AFTER.match(text, end):
        label = "FAC"
    elif _ORGANISATION_BEFORE.search(before) or _ORGANISATION_APPOSED.match(text, end):
        label = "ORG"
    elif _person_shaped(mention.text) and TRAILING_TITLE.search(before):
        label = "PERSON"
    else:
        return None
    return label if mention.label in OVERRIDDEN[label] else None


def _names_the_dateline(text: str, mention: Mention, place: str | None) -> bool:
    """The mention is the place of the article's dateline (as the reader recognised it), where the text opens."""
    if not place or mention.text.casefold() != place.casefold():
        return False
    return not text[:mention.span.start].strip()


def _person_shaped(name: str) -> bool:
    """Two or more words, each capitalised: "Kassym-Jomart Tokayev", not "Ministry of Defence"."""
    words = name.split()
    return len(words) >= 2 and all(word[:1].isupper() for word in words)


def _retyped(mention: Mention, label: str | None) -> Mention:
    if label is None or mention.label not in OVERRIDDEN[label]:
        return mention
    return dataclasses.replace(mention, label=label)
