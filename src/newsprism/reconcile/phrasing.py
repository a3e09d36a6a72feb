"""How conflicts and agreed points are worded for a reader: sides, counts, events, things, days and durations.

An explanation names each side by how many articles take it, with its verb agreeing ("one article says", "four
articles report"), never by an article id: the positions under an explanation cite each side's articles, and
every view names those by its labels (render/labels.py), which reconcile does not import. Numbers up to nine are
written in words ("two articles", "at least three years"); values and wordings are quoted as articles wrote them.

Events are named from their class (``lexicon.EVENT_WORDING``: "the prisoners released", "the date of the
release"); a verb outside the classes is inflected by rule ("waited", "the waiting"), irregular verbs from
``lexicon.IRREGULAR_VERBS``. Counted things are named in the plural, "people" never pluralised again.
"""
from __future__ import annotations

import math
import re
from collections.abc import Iterable
from datetime import date

from .lexicon import (AGE_EVENT, EVENT_WORDING, FINAL_STRESS_VERBS, INVARIABLE_PLURALS, IRREGULAR_PLURALS,
                      IRREGULAR_VERBS, MAN_ENDING_REGULARS, MONTHS)

SMALL_NUMBERS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
DAYS_PER_YEAR = 365.25
DAYS_PER_MONTH = DAYS_PER_YEAR / 12
VOWEL_GROUPS = re.compile(r"[aeiouy]+")
# A one-syllable verb or noun ending consonant-vowel-consonant doubles its last letter ("stop", "stopped").
SHORT_CVC = re.compile(r"^[^aeiou]*[aeiou][^aeiouwxy]$")


# ---------------------------------------------------------------- sides and counts


def number_words(number: int) -> str:
    """'one' ... 'nine', then digits with thousands separators ('12', '1,400')."""
    return SMALL_NUMBERS[number] if 0 <= number < len(SMALL_NUMBERS) else f"{number:,}"


def counted(number: int, noun: str, plural: str | None = None) -> str:
    """'one article', 'four articles', 'three years'."""
    return f"{number_words(number)} {noun if number == 1 else plural or plural_of(noun)}"


def article_count(articles: Iterable[str]) -> str:
    """How many distinct articles: 'one article', 'two articles'."""
    return counted(len(set(articles)), "article")


def articles_say(articles: Iterable[str], singular: str, plural: str) -> str:
    """The articles as the subject of a verb that agrees with them: 'one article says', 'two articles say'."""
    distinct = set(articles)
    return f"{article_count(distinct)} {singular if len(distinct) == 1 else plural}"


def join_and(items: Iterable[str]) -> str:
    """'a', 'a and b', 'a, b and c'."""
    items = list(items)
    if len(items) < 2:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def quoted(text: str) -> str:
    """Words as an article wrote them, in quotation marks, on one line."""
    return f"“{' '.join(text.split())}”"


def capitalised(text: str) -> str:
    """The sentence with its first letter upper case."""
    return text[:1].upper() + text[1:]


def value_in_sentence(value: str) -> str:
    """A written figure as it reads inside a sentence: the capital it had at the start of its own sentence
    dropped ('Twenty-five' -> 'twenty-five', 'More than 30' -> 'more than 30'); 'US$5', 'NATO' kept."""
    first = value.split(" ", 1)[0]
    return value[:1].lower() + value[1:] if first[:1].isupper() and first[1:] == first[1:].lower() else value


# ---------------------------------------------------------------- words of an event and of a thing


def participle(event: str) -> str:
    """The event class as a past participle: 'kill' -> 'killed', 'lifting/easing' -> 'lifted or eased';
    a verb outside the classes by rule ('wait' -> 'waited')."""
    return EVENT_WORDING[event][0] if event in EVENT_WORDING else _inflected(event)[1]


def past_tense(verb: str) -> str:
    """'wait' -> 'waited', 'go' -> 'went'."""
    return _inflected(verb)[0]


def event_noun(event: str) -> str:
    """The noun naming the event class: 'release', 'deaths', 'lifting or easing'; a verb outside the classes as
    its gerund ('wait' -> 'waiting'); no verb at all, 'event'."""
    if not event:
        return "event"
    return EVENT_WORDING[event][1] if event in EVENT_WORDING else gerund(event)


def gerund(verb: str) -> str:
    """'wait' -> 'waiting', 'close' -> 'closing', 'stop' -> 'stopping', 'die' -> 'dying'."""
    if verb.endswith("ie"):
        return verb[:-2] + "ying"
    if verb.endswith("e") and not verb.endswith(("ee", "oe", "ye")) and len(verb) > 2:
        return verb[:-1] + "ing"
    return (verb + verb[-1] if _doubles(verb) else verb) + "ing"


def plural_of(noun: str) -> str:
    """'miner' -> 'miners', 'person' -> 'people', 'people' -> 'people', 'family' -> 'families', 'bus' -> 'buses',
    'fisherman' -> 'fishermen' (and 'fishermen', already plural, kept)."""
    if noun in INVARIABLE_PLURALS or noun.endswith("men"):
        return noun
    if noun in IRREGULAR_PLURALS:
        return IRREGULAR_PLURALS[noun]
    if noun.endswith("man") and noun not in MAN_ENDING_REGULARS:
        return noun[:-3] + "men"
    if noun.endswith(("s", "x", "z", "ch", "sh")):
        return noun + "es"
    if noun.endswith("y") and noun[-2:-1] not in ("a", "e", "i", "o", "u"):
        return noun[:-1] + "ies"
    return noun + "s"


def _inflected(verb: str) -> tuple[str, str]:
    """(past tense, past participle) of a verb lemma."""
    if verb in IRREGULAR_VERBS:
        return IRREGULAR_VERBS[verb]
    if verb.endswith("e"):
        regular = verb + "d"
    elif verb.endswith("y") and verb[-2:-1] not in ("a", "e", "i", "o", "u"):
        regular = verb[:-1] + "ied"
    else:
        regular = (verb + verb[-1] if _doubles(verb) else verb) + "ed"
    return regular, regular


def _doubles(word: str) -> bool:
    """Whether the verb doubles its last consonant before -ing and -ed: one short syllable ("stop"), or a final
    stressed one ("occur")."""
    return word in FINAL_STRESS_VERBS or (len(VOWEL_GROUPS.findall(word)) == 1 and bool(SHORT_CVC.match(word)))


def counted_as(things: str, event: str, acting: bool) -> str:
    """The counted with what happened to them: 'miners killed', 'workers on strike', and for a verb outside the
    classes whose subject they are, 'ships that waited'."""
    if not event:
        return things
    return f"{things} that {past_tense(event)}" if _acts(event, acting) else f"{things} {participle(event)}"


def clause_of(things: str, event: str, acting: bool) -> str:
    """The event said of the counted: 'the miners were killed', 'the ships waited'."""
    return f"the {things} {past_tense(event)}" if _acts(event, acting) else f"the {things} were {participle(event)}"


def _acts(event: str, acting: bool) -> bool:
    """The classes name what happens to people and things (released, killed, on strike); a verb outside them
    says what the counted did when they are its subject."""
    return acting and event not in EVENT_WORDING


# ---------------------------------------------------------------- subjects shared by several rules


def duration_subject(name: str, event: str) -> str:
    """What a duration conflict is about: 'how long Ales Bialiatski was detained', 'age of the Kosagash mine';
    'duration given for X' when no verb says what lasted. Agreed points find the conflicts about their own event
    by it."""
    if event == AGE_EVENT:
        return f"age of {name}"
    if not event:
        return f"duration given for {name}"
    if event in EVENT_WORDING:
        return f"how long {name} was {participle(event)}"
    return f"how long {name} {past_tense(event)}"


def agreed_subject(name: str, event: str) -> str:
    """An agreed point as a statement: 'Maria Kolesnikova was released'."""
    return f"{name} was {participle(event)}"


# ---------------------------------------------------------------- days and durations


def describe_days(first: date, last: date) -> str:
    """A range of days at the precision it covers: '13 October 2025', 'October 2025', '2025', or
    '13 October 2025 to 15 October 2025'."""
    if first == last:
        return _day(first)
    if (first.month, first.day, last.month, last.day) == (1, 1, 12, 31) and first.year == last.year:
        return str(first.year)
    if first.day == 1 and (first.year, first.month) == (last.year, last.month) and _last_of_month(last):
        return f"{MONTHS[first.month - 1]} {first.year}"
    return f"{_day(first)} to {_day(last)}"


def _day(day: date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def _last_of_month(day: date) -> bool:
    return day.month != date.fromordinal(day.toordinal() + 1).month


def time_amount(days: float, rounding=round) -> str:
    """A length of time in the largest unit that keeps it a whole number of at least two ('30 years',
    'three years', 'eight months', '12 days'), rounded with ``rounding`` (``math.floor`` for 'at least',
    ``math.ceil`` for 'less than')."""
    for unit, length in (("year", DAYS_PER_YEAR), ("month", DAYS_PER_MONTH)):
        if days >= 2 * length:
            return counted(int(rounding(days / length)), unit)
    return counted(max(int(rounding(days)), 1) if days > 0 else 0, "day")


def at_least(days: float) -> str:
    return f"at least {time_amount(days, math.floor)}"


def less_than(days: float) -> str:
    return f"less than {time_amount(days, math.ceil)}"


def about(days: float) -> str:
    return f"about {time_amount(days)}"
