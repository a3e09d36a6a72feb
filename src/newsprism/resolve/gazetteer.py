"""Place and nationality gazetteers: countries, their capitals and adjectives, US states.

The data are files under ``newsprism/data`` (each names its source in its header): CLDR English territory
names, a hand-written table of capitals, nationality adjectives and short names, and the US states. Lookups go
through :func:`place_key`, so "the U.S.", "US" and "u.s." meet on one key.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources as package_files
from types import MappingProxyType
from typing import Mapping

from unidecode import unidecode

_LEADING_THE = re.compile(r"^the\s+")
_NON_KEY = re.compile(r"[^a-z0-9 ]+")
_SPACES = re.compile(r"\s+")


def place_key(text: str) -> str:
    """A spelling-insensitive key: ascii, lower case, no dots or leading "the", "&" read as "and"."""
    text = unidecode(text).lower().replace("&", " and ").replace(".", "")
    text = _LEADING_THE.sub("", text.strip())
    text = _NON_KEY.sub(" ", text)
    return _SPACES.sub(" ", text).strip()


@dataclass(frozen=True)
class Gazetteer:
    """Read-only lookups from :func:`place_key` keys to ISO codes (``US``) or US state codes (``US-WA``)."""

    country_names: Mapping[str, str]
    capitals: Mapping[str, str]
    demonyms: Mapping[str, str]
    us_states: Mapping[str, str]
    display_names: Mapping[str, str]

    def country(self, text: str) -> str | None:
        return self.country_names.get(place_key(text))

    def capital_country(self, text: str) -> str | None:
        return self.capitals.get(place_key(text))

    def demonym_country(self, text: str) -> str | None:
        return self.demonyms.get(place_key(text))

    def scale_of(self, text: str) -> tuple[str, str] | None:
        """(the place's own code, its country's code), for a known place: ("US-TN", "US") for Tennessee or
        "Tenn.", ("GR", "GR") for Greece, ("capital:athens", "GR") for Athens; None for another name."""
        country = self.country(text)
        if country:
            return country, country
        state = self.us_states.get(place_key(text))
        if state:
            return state, "US"
        capital_of = self.capital_country(text)
        return ("capital:" + place_key(text), capital_of) if capital_of else None

    def is_place(self, text: str) -> bool:
        key = place_key(text)
        return bool(key) and (key in self.country_names or key in self.capitals or key in self.us_states)

    def is_place_or_people(self, text: str) -> bool:
        return self.is_place(text) or place_key(text) in self.demonyms


def _rows(filename: str) -> list[list[str]]:
    text = package_files.files("newsprism.data").joinpath(filename).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


def _variants(name: str) -> list[str]:
    """CLDR names carry their variants: "Myanmar (Burma)", "Congo - Kinshasa", "Bosnia & Herzegovina"."""
    found = [name]
    if "(" in name:
        found += [name.split("(")[0].strip(), name.split("(")[1].rstrip(")").strip()]
    if name.startswith("St. "):
        found.append("Saint " + name[4:])
    return found


@cache
def load_gazetteer() -> Gazetteer:
    """The gazetteer, read once from the package data (immutable, so sharing it is safe)."""
    names: dict[str, str] = {}
    display: dict[str, str] = {}
    for code, name in _rows("territories.tsv"):
        display[code] = name
        for variant in _variants(name):
            names.setdefault(place_key(variant), code)
    capitals: dict[str, str] = {}
    demonyms: dict[str, str] = {}
    for code, capital_list, adjective_list, other_names in _rows("country_details.tsv"):
        for capital in filter(None, capital_list.split("|")):
            capitals.setdefault(place_key(capital), code)
        for adjective in filter(None, adjective_list.split("|")):
            demonyms.setdefault(place_key(adjective), code)
        for other in filter(None, other_names.split("|")):
            names.setdefault(place_key(other), code)
    states = {place_key(row[1]): "US-" + row[0] for row in _rows("us_states.tsv")}
    states.update({place_key(row[2]): "US-" + row[0] for row in _rows("us_states.tsv") if row[2]})
    return Gazetteer(*(MappingProxyType(m) for m in (names, capitals, demonyms, states, display)))
