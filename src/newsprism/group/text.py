"""Light text analysis for grouping: content terms, capitalised names, written dates and figures.

These need no model, so story assignment works on any text; when the annotate stage has run, its
entity mentions, time expressions and quantities are preferred (see ``features``).
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from unidecode import unidecode

from .background import wordfreq_frequency
from ..annotate.numbers import NUMBER_WORDS_RE, NUMERAL_RE, SPACED_NUMERAL_RE, closed_up, parse_number

STOP_WORDS = frozenset("""
a about above after again against all almost also although am among an and another any are around as
at be became because been before being below between both but by can could did do does doing done
down during each either else even ever every few for from further get gets got had has have having he
her here hers herself him himself his how however i if in into is it its itself just least less like
made make many may me might more most much must my myself near neither no nor not now of off on once
one only or other others our ours ourselves out over own per perhaps put rather said same say says
see seen several shall she should since so some such than that the their theirs them themselves then
there these they this those though through thus to too toward towards under until up upon us very
via was we were what whatever when where whether which while who whom whose why will with within
without would yet you your yours yourself yourselves mr mrs ms dr told according also new news
week weeks year years day days time times today yesterday tomorrow monday tuesday wednesday thursday
friday saturday sunday last next first two three four five six seven eight nine ten people
""".split())

# Titles and roles written before a full name: "President Alexander Lukashenko" is "Alexander Lukashenko"
# (only before two or more words, so that "General Motors" and "President Obama" stay whole).
TITLES = frozenset("""
president vice prime minister chancellor king queen prince princess pope general gen governor gov senator
sen judge justice secretary ambassador envoy mayor chairman chief director coach captain sir lord lady
colonel col lieutenant sergeant officer detective professor prof rev reverend sheikh emir
""".split())

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}

_TOKEN = re.compile(r"[A-Za-z][A-Za-z'\-]*[A-Za-z]|[A-Za-z]|\d[\d,.]*\d|\d")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\"\u201c\u201d()\[\]\n]\s*)$")
# The words of a name are apart by spaces and at most one line break: a blank line ends a paragraph (or a
# headline), and the next paragraph's first capitalised words are not the end of the same name.
_NAME_GAP = r"(?:[ \t]+|[ \t]*\n[ \t]*)"
_NAME = re.compile(rf"\b[A-Z][a-zA-Z'\-]*(?:{_NAME_GAP}(?:[A-Z][a-zA-Z'\-]*|of|de|al|bin|van|von|la|del)"
                   rf"(?={_NAME_GAP}[A-Z]|\b))*")
# Three or more words in capitals in a row are a line shouted ("THREE PEOPLE HAVE DIED IN A BLAZE"), not a name:
# read as lower case, they do not run into the names beside them.
_SHOUTED = re.compile(r"\b[A-Z][A-Z'\-]*(?:[ \t]+[A-Z][A-Z'\-]*){2,}\b")
# A word of a Title Case headline used this often or more per word of English is read as a word, not as part of
# a name (see _title_case_read). ECB+ (2026-12-06): tuning topics 1-17 0.9332 -> 0.9383, held-out 18-35 0.9559 ->
# 0.9575, product path 0.9107 -> 0.9127; 1e-5 and 3e-5 lowered the full set (0.9491, 0.94998 against 0.95001).
# Keeping a common word the text writes as a name within a sentence ("Queens") then raised the full set to 0.9512
# and 18-35 to 0.9596, and lowered the product path to 0.9118 and batches of 64 from 0.9521 to 0.9501.
TITLE_CASE_COMMON = 3e-6
_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
_DATE = re.compile(
    rf"\b(?P<month>{_MONTH_NAMES})\.?(?:\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?)?,?(?:\s+(?P<year>(?:19|20)\d\d))?\b"
    rf"|\b(?P<day2>\d{{1,2}})\s+(?P<month2>{_MONTH_NAMES})\.?,?(?:\s+(?P<year2>(?:19|20)\d\d))?\b"
    r"|\b(?P<iso>(?:19|20)\d\d-[01]\d(?:-[0-3]\d)?)\b"
    r"|\b(?P<alone>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
_FIGURE = re.compile(
    r"(?<![\w.,])(?P<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\w,]*\d)(?P<after>(?:[ \t]+[A-Za-z][A-Za-z\-]*){0,2})"
)


def fold(text: str) -> str:
    """Case-folded ASCII form, so that spellings with and without accents meet."""
    return unidecode(unicodedata.normalize("NFKC", text)).casefold()


def stem(word: str) -> str:
    """A deliberately small suffix folding: plurals and possessives, nothing that merges different words."""
    if word.endswith("'s"):
        word = word[:-2]
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def content_terms(text: str) -> list[str]:
    """Lower-cased, folded content words of ``text`` (no stop words, no bare numbers)."""
    terms = []
    for token in _TOKEN.findall(fold(text)):
        if token[0].isdigit() or len(token) < 3 or token in STOP_WORDS:
            continue
        terms.append(stem(token))
    return terms


def name_key(name: str) -> str:
    """The key under which a name is compared: folded, without a leading article or possessive."""
    key = fold(name).strip(" .,'\"")
    key = re.sub(r"^(?:the|a|an)\s+", "", key)
    key = re.sub(r"'s$", "", key)
    return re.sub(r"\s+", " ", key)


def capitalised_names(text: str) -> list[str]:
    """Runs of capitalised words that are names, not just sentence-initial words.

    A single capitalised word counts only away from a sentence start, or when the text never writes it
    in lower case ("Tuesday" and "Perennial" at a sentence start are dropped; "Reid" is kept).
    """
    lower_words = set(re.findall(r"\b[a-z][a-z'\-]+\b", text))
    names = []
    for match in _NAME.finditer(_title_case_read(_SHOUTED.sub(lambda m: m.group(0).lower(), text))):
        words = match.group(0).split()
        at_start = _opens_sentence(text, match.start())
        while words and (words[0].lower() in STOP_WORDS or (words[0].lower() in TITLES and len(words) > 2)
                         or (at_start and words[0].lower() in lower_words)):
            words.pop(0)
            at_start = False
        if words and not (len(words) == 1 and (words[0].lower() in lower_words or words[0].lower() in MONTHS)):
            names.append(" ".join(words))
    return names


def _title_case_read(text: str, frequency: Callable[[str], float] = wordfreq_frequency) -> str:
    """``text`` with the common English words of each Title Case line lower-cased ("Lindsay Lohan Checks Into
    Rehab" -> "Lindsay Lohan checks into rehab"): a headline written so capitalises every word, and read as it
    stands it is one long name in which the names it holds are lost. A word is common from ``TITLE_CASE_COMMON``
    uses per word of English (``frequency``); a name that common ("Microsoft") is read from the text below."""
    lines = text.split("\n")
    titled = [index for index, line in enumerate(lines) if _title_case(line.split())]
    if not titled:
        return text
    skipped = set(titled)
    named = _named_within_sentences("\n".join(line for index, line in enumerate(lines) if index not in skipped))
    for index in titled:  # the names are read once, from the other lines: a page of Title Case lines stays linear
        lines[index] = " ".join(word if _bare(word) in named or frequency(_bare(word)) <= TITLE_CASE_COMMON
                                else word.lower() for word in lines[index].split())
    return "\n".join(lines)


def _named_within_sentences(text: str) -> set[str]:
    """The words ``text`` capitalises past the start of a sentence, lower-cased: names, whatever their
    commonness as words ("Queens", "Reading")."""
    return {m.group(1).lower() for m in re.finditer(r"(?<![.!?\n\"“])[ \t]+([A-Z][a-z'\-]+)", text)}


def _title_case(words: list[str]) -> bool:
    """Whether a line of words is in Title Case: at least four words, every word of four letters or more
    capitalised, and a capitalised stop word past the first ("Into", "With"), which only Title Case writes so."""
    long = [word for word in words if len(word) >= 4 and word[0].isalpha()]
    return (len(words) >= 4 and bool(long) and all(word[0].isupper() for word in long)
            and any(word[0].isupper() and word.lower() in STOP_WORDS for word in words[1:]))


def _bare(word: str) -> str:
    return word.strip(",.:;!?'\"()[]").lower()


def _opens_sentence(text: str, position: int) -> bool:
    return position == 0 or bool(_SENTENCE_START.search(text[max(0, position - 3):position]))


def written_dates(text: str) -> list[tuple[int | None, int | None, int | None]]:
    """(year, month, day) of each date written in ``text``; unknown parts are None."""
    dates = []
    for match in _DATE.finditer(text):
        if match.group("iso"):
            parts = [int(p) for p in match.group("iso").split("-")]
            dates.append((parts[0], parts[1], parts[2] if len(parts) > 2 else None))
            continue
        if match.group("alone"):
            dates.append((int(match.group("alone")), None, None))
            continue
        month_word = (match.group("month") or match.group("month2")).lower()
        if month_word == "may" and not (match.group("day") or match.group("year") or match.group("day2")):
            continue  # the modal verb, far more often than the month
        if month_word[0].islower() and match.group(0)[0].islower():
            continue  # "mar", "march" as verbs: months are capitalised in news text
        day = match.group("day") or match.group("day2")
        year = match.group("year") or match.group("year2")
        dates.append((int(year) if year else None, MONTHS[month_word], int(day) if day and int(day) <= 31 else None))
    return dates


def written_figures(text: str) -> list[tuple[str, str | None]]:
    """Figures written in digits, with the word that follows (what they count), excluding years."""
    date_spans = [m.span() for m in _DATE.finditer(text) if not m.group("alone")]
    figures = []
    for match in _FIGURE.finditer(text):
        number = match.group("num").replace(",", "")
        if re.fullmatch(r"(?:19|20)\d\d", number) or _inside(match.start(), date_spans):
            continue
        figures.append((number, _counted_word(match.group("after"))))
    return figures


# Rough US-dollar values of the currencies news most often writes sums in: sums of one event given in several
# currencies ("85 million euros ($108 million)") then compare; a sum of another event is usually further off
# than any rate has moved (the clusterer's tolerance is a factor of 1.5).
DOLLARS_PER_UNIT = {"usd": 1.0, "eur": 1.3, "gbp": 1.5}
_CURRENCY_SIGNS = {"us$": "usd", "$": "usd", "€": "eur", "£": "gbp"}
_CURRENCY_WORDS = {"dollar": "usd", "euro": "eur", "pound": "gbp"}
# A scale joined by dashes, as in "$137-million" or "two - million - euro".
_DASHED_SCALE = r"(?:\s*-\s*(?P<{}>thousand|million|billion)\b)?"


def _amount_pattern(numeral: str) -> re.Pattern[str]:
    """A sum of money: a currency sign before a number, or a number before a currency word."""
    number = "(?:" + numeral + "|" + NUMBER_WORDS_RE + ")"
    return re.compile(
        r"(?P<sign>US\$|\$|€|£)\s?(?P<signed>" + number + ")" + _DASHED_SCALE.format("signed_scale")
        + r"|(?P<worded>" + number + ")" + _DASHED_SCALE.format("worded_scale")
        + r"(?:\s*-\s*|[ \t]+)(?P<word>dollar|euro|pound)s?\b(?!(?<=pounds)\s+of\b)",
        re.IGNORECASE,
    )


_AMOUNT = _amount_pattern(NUMERAL_RE)
# "e80 million", "E75m": the euro sign as a feed that keeps to ASCII writes it; only before a sum with a scale,
# so that "E3 2013" or "1e6" are left alone.
_ASCII_EURO = re.compile(r"(?<![\w.])[eE](?=\d[\d.,]*\s?(?:million|billion|m|bn)\b)")
_SPACED_AMOUNT = _amount_pattern(SPACED_NUMERAL_RE)  # "$2. 6 million", as a scraper spacing every mark writes it


def written_amounts(text: str, spaced: bool = False) -> list[float]:
    """The sums of money written in ``text`` ("$2.6 million", "€2m", "two million euros"), in US dollars
    (see ``DOLLARS_PER_UNIT``); ``spaced``: the text has a space after every mark (``spaced_marks``)."""
    amounts = []
    for match in (_SPACED_AMOUNT if spaced else _AMOUNT).finditer(_ASCII_EURO.sub("€", text)):
        number, scale = match.group("signed", "signed_scale") if match["sign"] else match.group("worded", "worded_scale")
        currency = _CURRENCY_SIGNS[match["sign"].lower()] if match["sign"] else _CURRENCY_WORDS[match["word"].lower()]
        value = parse_number(closed_up(number))
        if value:
            amounts.append(value * (parse_number("1 " + scale.lower()) if scale else 1.0) * DOLLARS_PER_UNIT[currency])
    return amounts


def _counted_word(after: str) -> str | None:
    """What a figure counts: the last of the (up to two) words after it, before any stop word.

    "52 political prisoners" -> "prisoner"; "52 were freed" -> None.
    """
    kept = []
    for word in after.split():
        if word.lower() in STOP_WORDS:
            break
        kept.append(word)
    return stem(fold(kept[-1])) if kept else None


def _inside(position: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= position < end for start, end in spans)
