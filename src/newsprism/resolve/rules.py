"""The rules that decide which name forms refer to one referent.

Each rule merges forms in a :class:`Clusters` (disjoint sets) and says why in its docstring. Spelling
evidence that is weak on its own (a transliteration key, a surname) is only trusted with context: names the
two forms' articles share, or the same article.
"""
from __future__ import annotations

import re
from collections import defaultdict
from typing import Iterable

from rapidfuzz.distance import Indel

from ..disjoint import Clusters  # noqa: F401  (re-exported: the resolve stage groups name forms with it)

from .aliases import IntroducedAlias
from .forms import Form
from .gazetteer import Gazetteer
from .names import initials, institution_core, name_key, transliteration_key

_DIGITS = re.compile(r"\d+")
NAME_KEY_SIMILARITY = 0.8  # normalised Indel similarity of two transliteration keys
LONG_NAME_SIMILARITY = 0.95  # names of three words or more that differ by about a letter
MIN_SHARED_CONTEXT = 2     # names two spellings' articles must share before they are taken as one person
PROPER_NAME_FAMILIES = ("place", "org", "other")


def merge_countries(forms: list[Form], clusters: Clusters, gazetteer: Gazetteer) -> None:
    """US, U.S., USA, America and the United States are one country (gazetteer codes)."""
    by_code: dict[str, list[int]] = defaultdict(list)
    for form in forms:
        code = gazetteer.country_names.get(form.key)
        if code and form.family in PROPER_NAME_FAMILIES:
            by_code[code].append(form.index)
    for indices in by_code.values():
        clusters.union_all(indices)


def merge_nationalities(forms: list[Form], clusters: Clusters, gazetteer: Gazetteer) -> None:
    """"Belarusian" and "Belarusians" are one people (a NORP entity, apart from the country Belarus)."""
    by_code: dict[str, list[int]] = defaultdict(list)
    for form in forms:
        code = gazetteer.demonyms.get(form.key)
        if code and form.family == "people":
            by_code[code].append(form.index)
    for indices in by_code.values():
        clusters.union_all(indices)


def merge_same_name_across_labels(forms: list[Form], clusters: Clusters) -> None:
    """One name tagged ORG in one article and GPE in another (a frequent tagger slip) is one referent."""
    by_key: dict[str, list[int]] = defaultdict(list)
    for form in forms:
        if form.family in ("org", "other"):  # not places: "Boston" the city is not "Boston" the team
            by_key[form.key].append(form.index)
    for indices in by_key.values():
        clusters.union_all(indices)


def merge_introduced_aliases(forms: list[Form], clusters: Clusters, aliases: list[IntroducedAlias]) -> None:
    """"Human Rights Watch (HRW)", "also known as Masha": the alias, wherever written, names the target."""
    form_of_mention = {id(mention): form for form in forms for mention in form.mentions}
    by_key: dict[str, list[int]] = defaultdict(list)
    for form in forms:
        if form.family != "people":
            by_key[form.key].append(form.index)
    for alias in aliases:
        target = form_of_mention.get(id(alias.target))
        if target is None:
            continue
        target.introduced.add(alias.alias)
        clusters.union_all([target.index, *by_key.get(name_key(alias.alias), [])])


def merge_acronyms(forms: list[Form], clusters: Clusters) -> None:
    """An all-capitals word that spells the initials of exactly one name of its family abbreviates it
    ("AP" - "the Associated Press", "THR" - "The Hollywood Reporter")."""
    expansions: dict[tuple[str, str], set[int]] = defaultdict(set)
    for form in forms:
        if form.family in ("org", "other") and len(form.words) >= 2:
            for letters in _acronyms_of(form):
                expansions[(form.family, letters)].add(clusters.find(form.index))
    for form in forms:
        written_caps = any(m.text.replace(".", "").isupper() for m in form.mentions)
        candidates = expansions.get((form.family, form.key), set())
        if len(form.words) == 1 and written_caps and len(candidates) == 1:
            clusters.union(form.index, next(iter(candidates)))


def _acronyms_of(form: Form) -> set[str]:
    """Initials with and without the small words, and with a leading "The" where the name was so written."""
    found = {initials(form.words), "".join(word[0] for word in form.words)}
    if any(m.text.lower().startswith("the ") for m in form.mentions):
        found.add("t" + initials(form.words))
    return found


def merge_organisation_variants(forms: list[Form], clusters: Clusters, gazetteer: Gazetteer) -> None:
    """"Betty Ford Center" is the "Betty Ford Clinic" (same name but for generic head words); long names that
    differ by a letter are one ("Academy of Motion Picture(s) Arts and Sciences"); "US State Department" is
    the "State Department"; "Promises" is "Promises Treatment Center" and "Red Sox" the "Boston Red Sox" when
    no other name starts (ends) that way."""
    organisations = [form for form in forms if form.family in ("org", "other")]
    _merge_same_core(organisations, clusters)
    _merge_near_identical_long_names(organisations, clusters)
    for short in organisations:
        longer = [form for form in organisations if len(form.words) > len(short.words)]
        national = [form for form in longer if _is_national_variant(short, form, gazetteer)]
        clusters.union_all([short.index] + [form.index for form in national])
        if not gazetteer.is_place_or_people(short.key):
            _merge_unique_extension(short, longer, clusters)


def _merge_same_core(organisations: list[Form], clusters: Clusters) -> None:
    by_core: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for form in organisations:
        by_core[tuple(institution_core(form.words))].append(form.index)
    for indices in by_core.values():
        clusters.union_all(indices)


def _merge_unique_extension(short: Form, longer: list[Form], clusters: Clusters) -> None:
    """Join the one name that starts with ``short`` (else the one that ends with it), if there is one."""
    for part in (slice(None, len(short.words)), slice(-len(short.words), None)):
        matching = {clusters.find(form.index) for form in longer if form.words[part] == short.words}
        if len(matching) == 1:
            clusters.union(short.index, matching.pop())
            return


def _merge_near_identical_long_names(organisations: list[Form], clusters: Clusters) -> None:
    """Long names a letter apart are one, unless their numbers differ ("Internet Explorer 8" and "9")."""
    long_names = [form for form in organisations if len(form.words) >= 3]
    for position, first in enumerate(long_names):
        for second in long_names[position + 1:]:
            if (Indel.normalized_similarity(first.key, second.key) >= LONG_NAME_SIMILARITY
                    and _DIGITS.findall(first.key) == _DIGITS.findall(second.key)):
                clusters.union(first.index, second.index)


def _is_national_variant(short: Form, long: Form, gazetteer: Gazetteer) -> bool:
    extra = long.words[:len(long.words) - len(short.words)]
    return long.words[len(extra):] == short.words and gazetteer.is_place_or_people(" ".join(extra))


def merge_fuller_person_names(forms: list[Form], clusters: Clusters) -> None:
    """"George Bush" is "George W. Bush", "Boone Isaacs" is "Cheryl Boone Isaacs": a name of two words or
    more whose words all occur, in order and with the same surname, in exactly one fuller name."""
    people = [form for form in forms if form.family == "person" and len(form.words) >= 2]
    for short in people:
        fuller = {clusters.find(form.index) for form in people
                  if len(form.words) > len(short.words) and form.words[-1] == short.words[-1]
                  and _is_subsequence(short.words, form.words)}
        if len(fuller) == 1:
            clusters.union(short.index, fuller.pop())


def _is_subsequence(short: list[str], long: list[str]) -> bool:
    remaining = iter(long)
    return all(word in remaining for word in short)


def merge_transliterations(forms: list[Form], clusters: Clusters, context: dict[int, frozenset[str]]) -> None:
    """Full names spelled two ways (Maria Kolesnikova / Maria Kalesnikava) when their keys nearly agree, the
    two spellings never meet in one article, and their articles share enough other names."""
    people = [form for form in forms if form.family == "person" and len(form.words) >= 2]
    for position, first in enumerate(people):
        for second in people[position + 1:]:
            if _same_person_spelled_differently(first, second, context):
                clusters.union(first.index, second.index)


def _same_person_spelled_differently(first: Form, second: Form, context: dict[int, frozenset[str]]) -> bool:
    if first.articles & second.articles or not _keys_close(first.words[-1], second.words[-1]):
        return False
    if not _given_names_agree(first.words[:-1], second.words[:-1]):
        return False
    return len(context[first.index] & context[second.index]) >= MIN_SHARED_CONTEXT


def _keys_close(first: str, second: str) -> bool:
    return Indel.normalized_similarity(transliteration_key(first), transliteration_key(second)) >= NAME_KEY_SIMILARITY


def _given_names_agree(first: list[str], second: list[str]) -> bool:
    """Given names agree on their transliteration key, or one is an initial of the other."""
    if not first or not second:
        return True
    a, b = first[0], second[0]
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    return _keys_close(a, b)


def merge_partial_person_names(forms: list[Form], clusters: Clusters, context: dict[int, frozenset[str]]
                               ) -> set[int]:
    """A one-word person name joins the full name it is the surname (or, failing that, given name) of.
    Returns the indices of the one-word forms that found their full name."""
    full_names = [form for form in forms if form.family == "person" and len(form.words) >= 2]
    resolved = set()
    for form in forms:
        if form.is_single_person_word:
            target = _full_name_for(form, full_names, clusters, context)
            if target is not None:
                clusters.union(form.index, target)
                resolved.add(form.index)
    return resolved


def _full_name_for(form: Form, full_names: list[Form], clusters: Clusters,
                   context: dict[int, frozenset[str]]) -> int | None:
    for position in (-1, 0):  # surname first, then given name
        candidates = [name for name in full_names if _word_matches(form, name, position, context)]
        target = _one_cluster(candidates, form, clusters)
        if target is not None:
            return target
    return None


def _word_matches(form: Form, name: Form, position: int, context: dict[int, frozenset[str]]) -> bool:
    word = name.words[position]
    if word == form.key:
        return True
    same_key = transliteration_key(word) == transliteration_key(form.key) and len(form.key) > 3
    shared = form.articles & name.articles or len(context[form.index] & context[name.index]) >= MIN_SHARED_CONTEXT
    return position == -1 and same_key and bool(shared)


def _one_cluster(candidates: list[Form], form: Form, clusters: Clusters) -> int | None:
    """The candidates' single cluster; when several, the only one named in the form's own article."""
    roots = {clusters.find(name.index) for name in candidates}
    if len(roots) > 1:
        roots = {clusters.find(name.index) for name in candidates if name.articles & form.articles}
    return roots.pop() if len(roots) == 1 else None


def merge_unresolved_single_names(forms: list[Form], clusters: Clusters, resolved: set[int]) -> None:
    """One-word person names that found no full name: the same word across articles is one person, unless
    the word went to several different people elsewhere."""
    by_key: dict[str, list[Form]] = defaultdict(list)
    for form in forms:
        if form.is_single_person_word:
            by_key[form.key].append(form)
    for group in by_key.values():
        people = {clusters.find(f.index) for f in group if f.index in resolved}
        if len(people) <= 1:
            clusters.union_all([f.index for f in group] + sorted(people))
