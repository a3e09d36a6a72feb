"""Quotes across outlets: the same quote gathered from every article, and the ways outlets differ on it.

Two quotes are the same quote when they share a run of ``SHARED_RUN`` words (found through an index of word
runs, so not every pair is compared) and either a run of ``LONG_RUN`` words or at least ``SHARED_SHARE`` of the
shorter one's words: two statements of one senator that both name "the Endangered Species Act" are two quotes.
Within one quote, a wording that is contained in another (an excerpt) agrees with it, and so do two excerpts
that overlap at their ends (the end of one is the start of the other: two pieces of one longer statement); two
wordings that go on differently from the words they share are the same quote worded differently, a conflict.
Sentence ends count as words, so "It's a feeling of happiness." (the sentence ends there) differs from "It's a
feeling of happiness to see ...". The explanation shows where the wordings differ, as each writes it ("every
last miner" where the other has "every miner"), or, when they differ in more than a few places, the longest
run of words they share. Wordings that differ only in house style ("realised" / "realized", "six" / "6",
"aren't" / "are not", an ellipsis for a comma, "!" or "." at the end) are one wording.

Different named people given as the speaker of one statement (``SPEAKER_QUOTE_WORDS`` words or more: a phrase
in scare quotes, "midnight rules", is anyone's) are a conflict of attribution. An organisation, a title or a
description ("Interior Department officials", "a representative for the actor") is not set against a person,
who may be speaking for it, and one name spelt two ways ("Karolos" / "Carolos") is one speaker.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from difflib import SequenceMatcher

from ..disjoint import Clusters
from ..annotate.cues import ABBREVIATED_TITLES, PERSON_PRONOUNS
from ..model import Entity, Mention, Quote, Span, StoryQuote
from ..resolve.gazetteer import load_gazetteer
from ..resolve.names import TITLE_WORDS
from ..text import shorten
from .context import Finding, StoryContext, position
from .lexicon import FUNCTION_WORDS
from .names import name_within, same_name_written_otherwise
from .phrasing import article_count, articles_say, join_and, quoted

SHARED_RUN = 4
SHARED_SHARE = 0.5  # of the shorter quote's words, for two quotes to be one
LONG_RUN = 6  # words in a row that make two quotes one, whatever their lengths
SPEAKER_QUOTE_WORDS = 5
DIFFERENCES_SHOWN = 3  # places two wordings may differ in and still be described place by place
DIFFERENCE_WORDS = 8   # words of one wording at one such place
QUOTE_SUBJECT_CHARS = 60
SPEAKER_PREPOSITIONS = frozenset({"of", "for", "at", "with", "from", "to", "in", "on", "by"})
# A word, with its contractions even where a scraper spaced the apostrophe ("It ’ s", "didn ’ t"); a quote mark
# inside a quote ("they said 'close your door'") is punctuation, not part of a word.
WORD = re.compile(r"\w+(?:\s?'\s?(?:s|t|ll|re|ve|d|m)\b|'\w+)*|(?<!\.)[.!?](?!\.)", re.IGNORECASE)
# An ellipsis ("...") is not a sentence end: "problems with Mo Cheeks... then" goes on.
CONTRACTIONS = {"n't": "not", "'m": "am", "'re": "are", "'ve": "have", "'ll": "will"}
IRREGULAR_CONTRACTIONS = {"can't": ("can", "not"), "won't": ("will", "not"), "shan't": ("shall", "not"),
                          "ain't": ("is", "not")}
APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'"})
SENTENCE_ENDS = frozenset(".!?")
INSERTION = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")  # words in brackets: an outlet's insertion in a quote
ACRONYM_LETTERS = range(2, 6)  # "IE", "NATO", "UNHCR": an acronym of two to five words


# Outlets put quotes in their house style: British or American spelling, numbers in words or in figures.
# Such words are read in one form, so that "realised the neighbourhood" and "realized the neighborhood" are one
# wording. Both sides are folded alike, so a fold that also changes other words ("wise" -> "wize") is harmless.
HOUSE_SPELLINGS = ((re.compile(r"(?<=\w\w)is(e|ed|es|ing|ation|ations)$"), r"iz\1"),
                   (re.compile(r"(?<=\w\w[^aeiou])our(s|ed|ing|ite|ites|able|hood|hoods)?$"), r"or\1"),
                   (re.compile(r"(?<=\w\w)tre(s)?$"), r"ter\1"))
NUMBER_WORDS = {word: str(n) for n, word in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve".split())}
ORDINAL_WORDS = {"first": "1st", "second": "2nd", "third": "3rd", "fourth": "4th", "fifth": "5th", "sixth": "6th",
                 "seventh": "7th", "eighth": "8th", "ninth": "9th", "tenth": "10th", "eleventh": "11th",
                 "twelfth": "12th"}


def quote_words(text: str) -> tuple[str, ...]:
    """The words of a quote in house form; the minutes of a time on the hour are left out ("6:00 p.m." is "6
    p.m.", as outlets write either)."""
    return tuple(word for word, _span in _word_spans(text))


def house_form(word: str) -> str:
    """A word of a quote lower-cased, in one spelling whatever the outlet's house style (see HOUSE_SPELLINGS)."""
    word = word.lower()
    if word in NUMBER_WORDS or word in ORDINAL_WORDS:
        return NUMBER_WORDS.get(word) or ORDINAL_WORDS[word]
    for pattern, replacement in HOUSE_SPELLINGS:
        word = pattern.sub(replacement, word)
    return word


def _tokens(text: str) -> list[tuple[str, tuple[int, int]]]:
    """The words of ``text`` as written (a spaced contraction closed up, a contraction read as its two words)
    with where each stands in it."""
    return [(word, m.span()) for m in WORD.finditer(text.translate(APOSTROPHES))
            for word in _expanded(m.group().replace(" ", ""))]


def _expanded(word: str) -> list[str]:
    """A contraction as the words it stands for, as outlets write either: "aren't" -> "are not", "I'm" -> "I am";
    "'s" and "'d" are left whole (is or has, would or had)."""
    irregular = IRREGULAR_CONTRACTIONS.get(word.lower())
    if irregular is not None:
        return list(irregular)
    for ending, full in CONTRACTIONS.items():
        if word.lower().endswith(ending) and len(word) > len(ending):
            return [word[:-len(ending)], full]
    return [word]


def story_quotes(ctx: StoryContext) -> list[list[Quote]]:
    """Quotes of all articles grouped into the same quote (ordered by first appearance)."""
    quotes = [q for aid in sorted(ctx.annotations) for q in ctx.annotations[aid].quotes if aid in ctx.articles]
    words = [_unnamed_words(q.text) for q in quotes]
    clusters = Clusters(len(quotes))
    holders: dict[tuple[str, ...], list[int]] = {}
    for index, runs in enumerate(_runs(quote_words(q.text)) for q in quotes):
        partners = {other for run in runs for other in holders.get(run, ())}
        for other in sorted(partners):
            if _share_enough(words[other], words[index]):
                clusters.union(other, index)
        for run in runs:
            holders.setdefault(run, []).append(index)
    return clusters.groups(quotes)


def _runs(words: tuple[str, ...]) -> set[tuple[str, ...]]:
    """The runs of ``SHARED_RUN`` words of a quote (a shorter quote is one run)."""
    if len(words) <= SHARED_RUN:
        return {words}
    return {words[start:start + SHARED_RUN] for start in range(len(words) - SHARED_RUN + 1)}


def _unnamed_words(text: str) -> tuple[object, ...]:
    """A quote's words as compared to tell whether two quotes are one: without its sentence ends, and with each
    name (a capitalised word not opening a sentence) made a token no other quote holds. Two statements that
    name "the Endangered Species Act" share a subject, not words."""
    words: list[object] = []
    opening = True
    for word, _span in _tokens(text):
        if word in SENTENCE_ENDS:
            opening = True
            continue
        words.append(object() if word[:1].isupper() and not opening else house_form(word))
        opening = False
    return tuple(words)


def _share_enough(one: tuple[object, ...], other: tuple[object, ...]) -> bool:
    """Whether two quotes sharing a run are one quote: they share a run of ``LONG_RUN`` words, or one holds the
    other whole, or together they hold at least ``SHARED_SHARE`` of the shorter one's words, in order (names and
    sentence ends aside: see ``_unnamed_words``), and more than that share of its content words. A phrase in
    common (two statements of a speaker that both say "there was a lot of", or name "the late-night talk
    show") is a turn of phrase or a subject, not one statement."""
    if not one or not other:
        return False  # a quote of names alone ("Harry Winston") says nothing of which statement it is
    blocks = SequenceMatcher(None, one, other, autojunk=False).get_matching_blocks()
    shorter = min(one, other, key=len)
    longest = max(block.size for block in blocks)
    if longest >= LONG_RUN or longest == len(shorter):
        return True
    if sum(block.size for block in blocks) < SHARED_SHARE * len(shorter):
        return False
    shared = sum(_content_count(one[block.a:block.a + block.size]) for block in blocks)
    return shared > SHARED_SHARE * _content_count(shorter)


def _content_count(words: tuple[object, ...]) -> int:
    """How many of ``words`` are content words ("lot", "anger"; not "there's", "of", nor a name's own token)."""
    forms = (word[:-2] if word.endswith("'s") else word for word in words if isinstance(word, str))
    return sum(1 for form in forms if len(form) > 2 and form not in FUNCTION_WORDS)


def speaker_entity(quote: Quote, ctx: StoryContext) -> str | None:
    """The resolved entity of the quote's speaker: the mention at its speaker span, or, when the span is a
    pronoun ("he said"), the article's mention that bears the speaker's name. Speakers are compared as
    entities, so spelling variants that resolution merged (Yerlan / Erlan) are one speaker."""
    ann = ctx.annotations.get(quote.article)
    mentions = ann.mentions if ann else []
    if quote.speaker_span is not None:
        hit = next((m for m in mentions if m.entity and _names_speaker(m, quote.speaker_span)), None)
        if hit is not None:
            return hit.entity
    name = _normal_name(quote.speaker_name)
    if not name:
        return None
    named = next((m for m in mentions if m.entity and _names_person(m, name)), None)
    return named.entity if named is not None else None


def _names_speaker(mention: Mention, speaker: Span) -> bool:
    """Whether a mention in the speaker phrase names the speaker. A name inside a description does not:
    "a senior US official" is not the United States, "a spokesperson for Human Rights Watch" is not HRW."""
    if not mention.span.overlaps(speaker):
        return False
    return mention.label == "PERSON" or mention.span.contains(speaker)


def _names_person(mention: Mention, name: str) -> bool:
    """Whether a mention elsewhere in the article bears the speaker's name (for "he said" quotes)."""
    text = _normal_name(mention.text) or ""
    return text == name or (mention.label == "PERSON" and name_within(text, name))


def to_story_quotes(ctx: StoryContext, groups: list[list[Quote]], entities: list[Entity]) -> list[StoryQuote]:
    """One story quote per wording of each quote (see ``quote_wordings``), numbered in order, each naming the
    ids of the same quote's other wordings: a text is never credited to an article that words it otherwise."""
    names = {e.id: e.name for e in entities}
    result: list[StoryQuote] = []
    for group in groups:
        wordings = quote_wordings(group)
        ids = [f"q{len(result) + n}" for n in range(1, len(wordings) + 1)]
        for quote_id, wording in zip(ids, wordings):
            speaker, name = _speaker(ctx, wording + group, names)
            result.append(StoryQuote(quote_id, wording[0].text, speaker, name, wording,
                                     [other for other in ids if other != quote_id]))
    return result


def printed_by(quote: StoryQuote) -> list[str]:
    """The articles that print this wording of a quote, sorted: the only ones it is credited to."""
    return sorted({q.article for q in quote.quotes})


def quote_wordings(group: list[Quote]) -> list[list[Quote]]:
    """The quotes of one quote by wording, the most widely printed first (then alphabetically). A wording is
    its words and inner sentence ends (``quote_words``): case, commas, quote marks, apostrophes and a closing
    full stop ("... comes," he said / "... comes.") are how an outlet punctuates, not what was said."""
    by_wording: dict[tuple[str, ...], list[Quote]] = {}
    expansions = acronym_expansions(q.text for q in group)
    for quote in group:
        by_wording.setdefault(_wording_key(quote.text, expansions), []).append(quote)
    return sorted(by_wording.values(), key=lambda quotes: (-len({q.article for q in quotes}), quotes[0].text))


def _wording_key(text: str, expansions: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    """The wording's words (``quote_words``) without a closing sentence end, each acronym the quotes of its
    statement spell out (``expansions``) read as the words it stands for."""
    words = tuple(word for word, span in _word_spans(text)
                  for word in _spelt_out(word, text[span[0]:span[1]], expansions))
    while words and words[-1] in ".!?":
        words = words[:-1]
    return words


def acronym_expansions(texts: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """The runs of capitalised words the quotes of one statement write out, by their initials ("ie": "internet
    explorer"), where only one run has those initials: an outlet that writes "IE" in the quote writes the same
    words in its house style, as with "6" for "six"."""
    found: dict[str, set[tuple[str, ...]]] = {}
    for text in texts:
        words = _word_spans(text)
        written = [text[start:end] for _word, (start, end) in words]
        for first in range(len(words)):
            for size in ACRONYM_LETTERS:
                run = written[first:first + size]
                if len(run) == size and all(_capitalised_word(word) for word in run):
                    initials = "".join(word[0] for word in run).lower()
                    found.setdefault(initials, set()).add(tuple(word for word, _span in words[first:first + size]))
    return {initials: next(iter(runs)) for initials, runs in found.items() if len(runs) == 1}


def _capitalised_word(word: str) -> bool:
    return word.isalpha() and word[:1].isupper() and word[1:].islower()


def _spelt_out(word: str, written: str, expansions: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    """An acronym as written ("IE") as the words it stands for in ``expansions``; any other word as itself."""
    if written.isalpha() and written.isupper() and len(written) in ACRONYM_LETTERS and word in expansions:
        return expansions[word]
    return (word,)


def _speaker(ctx: StoryContext, quotes: list[Quote], names: dict[str, str]) -> tuple[str | None, str | None]:
    """The first resolved speaker entity among ``quotes`` and its name; the first name the quotes give where
    there is no entity, or it is not among the story's entities."""
    speaker = next((s for q in quotes if (s := speaker_entity(q, ctx)) is not None), None)
    given = next((q.speaker_name for q in quotes if q.speaker_name), None)
    return speaker, (names.get(speaker) if speaker else None) or given


def quote_conflicts(ctx: StoryContext, groups: list[list[Quote]]) -> list[Finding]:
    findings = []
    for group in groups:
        if len({q.article for q in group}) < 2:
            continue
        wording = _wording_finding(ctx, group)
        speaker = _speaker_finding(ctx, group)
        findings += [f for f in (wording, speaker) if f is not None]
    return findings


def _wording_finding(ctx: StoryContext, group: list[Quote]) -> Finding | None:
    wordings: dict[tuple[str, ...], list[Quote]] = {}
    expansions = acronym_expansions(q.text for q in group)
    for quote in group:
        wordings.setdefault(_wording_key(quote.text, expansions), []).append(quote)
    maximal = [w for w in wordings if not any(w != o and _contains(o, w) for o in wordings)]
    if len(maximal) < 2 or all(_pieces_of_one(a, b) for i, a in enumerate(maximal) for b in maximal[i + 1:]):
        return None
    sides = [[q for w, qs in wordings.items() if _contains(m, w) for q in qs] for m in maximal]
    if len({q.article for side in sides for q in side}) < 2:
        return None
    shown = [max(side, key=lambda q: len(q.text)) for side in sides]
    positions = [position(ctx, f"“{quote.text}”", [], [(q.article, q.span) for q in side])
                 for quote, side in zip(shown, sides)]
    who = speaker_named(group)
    differences = "; ".join(_difference(shown[0], positions[0].articles, quote, p.articles, len(shown) == 2)
                            for quote, p in zip(shown[1:], positions[1:]))
    return Finding("quote", f"wording of a quote by {who}", positions,
                   f"Outlets quote {who} in words that differ: {differences}.", set())


def speaker_named(group: list[Quote]) -> str:
    """The speaker as the quotes name them most fully ("Yerlan Zhaksybekov", not "Zhaksybekov"), the spelling
    most quotes use on a tie, then the first; "the speaker" when none names one."""
    names = Counter(q.speaker_name for q in group if q.speaker_name)
    if not names:
        return "the speaker"
    first = {name: i for i, name in reversed(list(enumerate(q.speaker_name for q in group)))}
    return max(names, key=lambda name: (len(name.split()), names[name], -first[name]))


def _difference(first: Quote, first_articles: list[str], other: Quote, other_articles: list[str],
                two: bool) -> str:
    """How ``other`` words the quote against ``first``: 'one article has “every last” and “to the surface” where
    four articles have “every” and “home”'; where the wordings differ in more than a few places, the longest
    run of words they share ("the two wordings" when ``two`` are all there are)."""
    pairs = word_differences(first.text, other.text)
    if pairs is None:
        shared = longest_shared_run(first.text, other.text)
        together = "the two wordings" if two else (f"the wording of {article_count(other_articles)} and that of "
                                                   f"{article_count(first_articles)}")
        return (f"{together} share only {quoted(shared)} and go on differently" if shared
                else f"{together} share no run of words")
    theirs, ours = articles_say(other_articles, "has", "have"), articles_say(first_articles, "has", "have")
    return (f"{theirs} {join_and(quoted(mine) for _yours, mine in pairs)} where {ours} "
            f"{join_and(quoted(yours) for yours, _mine in pairs)}")


def word_differences(first: str, second: str) -> list[tuple[str, str]] | None:
    """The places where two wordings differ, as written in each: [("every miner", "every last miner"), ("home",
    "to the surface")]; a word added or left out is shown with the word before it. None when they differ in
    more than ``DIFFERENCES_SHOWN`` places or in more than ``DIFFERENCE_WORDS`` words at one place."""
    words_a, words_b = _word_spans(first), _word_spans(second)
    matcher = SequenceMatcher(None, [w for w, _s in words_a], [w for w, _s in words_b], autojunk=False)
    places: list[tuple[int, int, int, int]] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        if i1 == i2 or j1 == j2:  # an addition or an omission: shown with the word before it (or after it)
            i1, i2, j1, j2 = (i1 - 1, i2, j1 - 1, j2) if i1 > 0 and j1 > 0 else (i1, i2 + 1, j1, j2 + 1)
        if places and i1 <= places[-1][1] + 1 and j1 <= places[-1][3] + 1:  # one shared word apart: one place
            places[-1] = (places[-1][0], i2, places[-1][2], j2)
        else:
            places.append((i1, i2, j1, j2))
    if len(places) > DIFFERENCES_SHOWN or any(max(i2 - i1, j2 - j1) > DIFFERENCE_WORDS for i1, i2, j1, j2 in places):
        return None
    return [(_words_of(first, words_a, i1, i2), _words_of(second, words_b, j1, j2)) for i1, i2, j1, j2 in places]


def longest_shared_run(first: str, second: str) -> str | None:
    """The longest run of at least two words both wordings hold, as ``first`` writes it."""
    words_a, words_b = _word_spans(first), _word_spans(second)
    matcher = SequenceMatcher(None, [w for w, _s in words_a], [w for w, _s in words_b], autojunk=False)
    match = matcher.find_longest_match(0, len(words_a), 0, len(words_b))
    return _words_of(first, words_a, match.a, match.a + match.size) if match.size >= 2 else None


def _word_spans(text: str) -> list[tuple[str, tuple[int, int]]]:
    """The words of a wording (see ``quote_words``) with where each stands in it; an outlet's insertion in
    brackets ("told her (Tara Reid) the news", "[Reid] was") is not the speaker's words."""
    inserted = _insertions(text)
    words = [(house_form(word), span) for word, span in _tokens(text)
             if not any(start <= span[0] < end for start, end in inserted)]
    return [(word, span) for i, (word, span) in enumerate(words)
            if not (word == "00" and i > 0 and words[i - 1][0].isdigit())]


def _insertions(text: str) -> list[tuple[int, int]]:
    """Where ``text`` holds words in brackets or parentheses, which a speaker does not say: each pair, and one
    left open where the quote is cut off within it."""
    spans = [m.span() for m in INSERTION.finditer(text)]
    opened = max(text.rfind("("), text.rfind("["))
    if opened >= 0 and not any(start <= opened < end for start, end in spans):
        spans.append((opened, len(text)))
    return spans


def _words_of(text: str, words: list[tuple[str, tuple[int, int]]], first: int, last: int) -> str:
    """The text of words ``[first, last)`` as written (clamped to the wording)."""
    first, last = max(first, 0), min(last, len(words))
    return " ".join(text[words[first][1][0]:words[last - 1][1][1]].split()) if first < last else ""


def _speaker_finding(ctx: StoryContext, group: list[Quote]) -> Finding | None:
    by_speaker: dict[str, list[Quote]] = {}
    names: dict[str, set[str]] = {}  # the names each speaker is written with, to match one written otherwise
    for quote in group:
        name = _normal_name(_without_abbreviated_title(quote.speaker_name))
        if name is None or _word_count(quote.text) < SPEAKER_QUOTE_WORDS or not _a_person_speaks(quote, ctx):
            continue
        if _pronoun_of_several(quote, ctx):
            continue  # "he said" after several people: whom "he" stands for is a guess, and contradicts no name
        key = speaker_entity(quote, ctx) or name
        key = next((k for k in by_speaker if k == key or any(same_name_written_otherwise(n, name) for n in names[k])),
                   key)
        by_speaker.setdefault(key, []).append(quote)
        names.setdefault(key, set()).add(name)
    if len(by_speaker) < 2:
        return None
    positions = [position(ctx, next((q.speaker_name for q in qs if q.speaker_name), key), [],
                          [(q.article, q.speaker_span or q.span) for q in qs]) for key, qs in sorted(by_speaker.items())]
    explanation = "The same quote is attributed to different speakers: " + " vs ".join(
        f"{p.value} ({article_count(p.articles)})" for p in positions) + "."
    return Finding("quote", f"who said {quoted(shorten(group[0].text, QUOTE_SUBJECT_CHARS))}", positions,
                   explanation, set())


def _pronoun_of_several(quote: Quote, ctx: StoryContext) -> bool:
    """The speaker is given only as "he" or "she", and the article names more than one person before the quote."""
    speaker = quote.speaker_span
    if speaker is None or speaker.of(ctx.articles[quote.article].text).lower() not in PERSON_PRONOUNS:
        return False
    ann = ctx.annotations.get(quote.article)
    before = {m.entity or m.text for m in (ann.mentions if ann else []) if m.label == "PERSON"
              and m.span.start < quote.span.start}
    return len(before) > 1


def _word_count(text: str) -> int:
    """The words of a quote, its sentence ends aside ("midnight rules." is two)."""
    return sum(1 for word in quote_words(text) if word not in SENTENCE_ENDS)


def _a_person_speaks(quote: Quote, ctx: StoryContext) -> bool:
    """Whether the quote's speaker is a named person: the phrase naming the speaker holds a person's name, not
    after a preposition ("a representative for Mr. Jackman" is not Jackman), and no other kind of name; or it is
    a pronoun, or names the speaker elsewhere, and the article names that person. A description ("the witness"),
    a body ("Interior Department officials") or a title alone ("the Ohio Governor") names no one to contradict."""
    if _describes(quote.speaker_name or ""):
        return False
    ann = ctx.annotations.get(quote.article)
    mentions = ann.mentions if ann else []
    speaker = quote.speaker_span
    at_speaker = [m for m in mentions if speaker is not None and m.span.overlaps(speaker)]
    text = ctx.articles[quote.article].text
    if at_speaker and not (speaker is not None and speaker.of(text).lower() in PERSON_PRONOUNS):
        return all(m.label == "PERSON" and not _after_preposition(text, speaker, m) for m in at_speaker)
    name = _normal_name(quote.speaker_name) or ""
    return any(m.label == "PERSON" and _names_person(m, name) for m in mentions)


def _after_preposition(text: str, speaker: Span, mention: Mention) -> bool:
    before = text[speaker.start:mention.span.start].lower().split()
    return any(word in SPEAKER_PREPOSITIONS for word in before)


def _without_abbreviated_title(name: str | None) -> str | None:
    """The name without a leading abbreviated title: "Insp Gaskin" is "Gaskin"."""
    words = (name or "").split()
    while len(words) > 1 and words[0].rstrip(".") in ABBREVIATED_TITLES:
        words.pop(0)
    return " ".join(words) or None


def _describes(speaker: str) -> bool:
    """Whether a speaker is described rather than named: no capitalised word ("the witness", "producers"), or only
    titles and places ("Alaska Governor", "the Interior Secretary")."""
    words = re.findall(r"[\w'’.-]+", speaker)
    capitalised = [w for w in words if w[:1].isupper()]
    if not capitalised:
        return True
    return all(w.lower().strip(".") in TITLE_WORDS or load_gazetteer().is_place(w) for w in capitalised)


def _normal_name(name: str | None) -> str | None:
    return " ".join(name.lower().split()) if name else None


def _pieces_of_one(one: tuple[str, ...], other: tuple[str, ...]) -> bool:
    """Whether one excerpt ends with the words the other starts with (at least ``SHARED_RUN`` of them): two
    pieces of one longer statement, "we can grow our economy and preserve the environment" and "and preserve
    the environment for our children", which no outlet words otherwise."""
    longest = min(len(one), len(other)) - 1
    return any(one[-size:] == other[:size] or other[-size:] == one[:size] for size in range(SHARED_RUN, longest + 1))


def _contains(outer: tuple[str, ...], inner: tuple[str, ...]) -> bool:
    if len(inner) > len(outer):
        return False
    return any(outer[i:i + len(inner)] == inner for i in range(len(outer) - len(inner) + 1))
