"""Name keys: the spelling-insensitive forms that names are compared on.

``name_key`` removes what varies without changing the name (case, accents, dots, "the", a possessive,
a title). ``transliteration_key`` also folds the variants of romanising Slavic names: Kolesnikova and
Kalesnikava, Bialiatski and Byalyatski, Alexander and Alyaksandr, Zhaksybekov and Jaksybekov, Yerlan and Erlan
meet on one key. That key is deliberately
coarse (Kalashnikova comes within one letter of Kolesnikova), so resolution only trusts it together with
context (see :mod:`newsprism.resolve.rules`).
"""
from __future__ import annotations

import re

from unidecode import unidecode

# Titles, roles and honorifics that may precede a name and are not part of it.
TITLE_WORDS = frozenset("""
president vice prime minister deputy foreign interior defence defense finance secretary state special envoy
ambassador senator sen rep representative congressman congresswoman gov governor mayor judge justice chief
general gen col colonel lt lieutenant sgt sergeant capt captain admiral major cmdr commander officer king queen
prince princess pope father rev reverend dr doctor mr mrs ms miss sir dame lord lady chancellor premier leader
opposition exiled former late jailed imprisoned detained veteran activist dissident journalist chairman
chairwoman chair ceo director spokesman spokeswoman spokesperson detective sheriff attorney commissioner coach
professor prof archbishop bishop cardinal sheikh actor actress singer star laureate nobel peace prize winner
human rights campaigner lawyer leading prominent st saint
""".split())

# Words that do not count towards an organisation's initials ("Human Rights Watch" -> HRW).
ACRONYM_SKIP_WORDS = frozenset({"of", "the", "and", "for", "in", "on", "at", "de", "du", "la", "&"})

# Words a mention may start with that are not part of the name ("at Betty Ford", "the US").
LEADING_FUNCTION_WORDS = frozenset({"the", "a", "an", "at", "in", "into", "to", "from", "of", "on", "by", "for",
                                    "with", "near"})
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
# Head words of institutions that writers drop or vary: "Betty Ford Center", "Betty Ford Clinic", "Betty Ford".
INSTITUTION_HEADS = frozenset({"center", "centre", "clinic", "hospital", "institute", "facility", "unit", "rehab",
                               "recovery", "treatment", "program", "programme", "inc", "corp", "corporation", "co",
                               "ltd", "llc", "plc", "company", "group", "service", "services", "agency"})

_POSSESSIVE = re.compile(r"['\u2019]s?$")
# Where a name ends and a description of it begins: "Betty Ford Center in Rancho Mirage, Calif."
_NAME_END = re.compile(r",|\s+(?:in|at|near)\s+(?=[A-Z])")
_NON_WORD = re.compile(r"[^a-z0-9]+")
_FOLDS = (("x", "ks"), ("dzh", "j"), ("zh", "j"), ("ck", "k"), ("tch", "ch"), ("kh", "h"), ("tz", "c"), ("ts", "c"), ("cz", "ch"), ("w", "v"),
          ("ph", "f"), ("q", "k"), ("j", "y"))
# Iotated "е" at the start of a word is romanised "ye" or "e": Yerlan / Erlan, Yevgeny / Evgeny.
_INITIAL_YE = re.compile(r"^ye(?=[^aeiouy])")
# Belarusian "ў" is romanised "u" after a vowel, Russian "в" as "v": Tsikhanouskaya / Tikhanovskaya.
_SHORT_U = re.compile(r"(?<=[aeiouy])u(?=[^aeiouy]|$)")
_DOUBLED = re.compile(r"(.)\1+")
_VOWELS = re.compile(r"[aeiouy]")


def name_words(text: str, person: bool = False) -> list[str]:
    """The words of a name, ascii and lower case, without a possessive or a leading "the"; a person's name
    also loses its leading titles ("President", "Sen.")."""
    name = _NAME_END.split(text.strip(), maxsplit=1)[0]
    words = [word for word in _NON_WORD.split(_POSSESSIVE.sub("", unidecode(name).lower().replace(".", "")))
             if word]
    while len(words) > 1 and words[0] in LEADING_FUNCTION_WORDS:
        words = words[1:]
    while person and len(words) > 1 and words[0] in TITLE_WORDS:
        words = words[1:]
    while person and len(words) > 1 and words[-1] in NAME_SUFFIXES:
        words = words[:-1]
    return words


def name_key(text: str, person: bool = False) -> str:
    """"The U.S.'s" -> "us"; a person's "President Alexander Lukashenko" -> "alexander lukashenko"."""
    return " ".join(name_words(text, person))


def transliteration_key(word: str) -> str:
    """A consonant skeleton of one word after folding romanisation variants (first letter kept)."""
    folded = _INITIAL_YE.sub("e", re.sub(r"[^a-z]", "", unidecode(word).lower()))
    for variant, common in _FOLDS:
        folded = folded.replace(variant, common)
    folded = _DOUBLED.sub(r"\1", _SHORT_U.sub("v", folded))
    return folded[:1] + _VOWELS.sub("", folded[1:])


def institution_core(words: list[str]) -> list[str]:
    """An institution's name without its trailing generic head words: "betty ford center" -> "betty ford"."""
    core = list(words)
    while len(core) > 1 and core[-1] in INSTITUTION_HEADS:
        core.pop()
    return core


def initials(words: list[str]) -> str:
    """Initials of the words that count in an acronym: ["human", "rights", "watch"] -> "hrw"."""
    return "".join(word[0] for word in words if word not in ACRONYM_SKIP_WORDS)
