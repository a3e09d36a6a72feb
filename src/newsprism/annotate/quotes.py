"""Direct quotes and who said them.

Quotes are found between quotation marks (straight or curly, several sentences long, or embedded in the
reporter's sentence as partial quotes). The speaker comes from the attribution cue in the sentence
around the quote ("X said", "said X", "X told the BBC", "according to X", "..., saying, '...'"), resolved
from pronouns and roles to the person the article names, in full; a quote standing alone after another
quote of the same paragraph continues that speaker.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from typing import TYPE_CHECKING

from ..model import Mention, Quote, Span
from .cues import (
    SPEECH_VERBS, OutletGazetteer, PeopleIndex, Speaker, build_people, is_outlet_phrase,
    load_outlets, mentions_or_entities, noun_phrase, normalise_name, phrase_head, phrase_text,
    read_source_list, resolve_speaker, subject_of,
)

if TYPE_CHECKING:  # spaCy types only; importing spaCy is left to whoever loads the model
    from spacy.tokens import Doc, Span as SpacySpan, Token

OPENING_MARKS = "“„«"
CLOSING_MARKS = "”»"
STRAIGHT_MARK = '"'
CLAUSE_OPENERS = ":,;.!?\n—–-("
RECIPIENT_DEPS = frozenset({"dative", "dobj", "iobj"})
NOUN_MODIFIER_DEPS = frozenset({"amod", "compound", "acl"})
TITLE_FUNCTION_WORDS = frozenset({"a", "an", "the", "of", "and", "in", "on", "to", "for", "at", "with", "or"})
MAX_TITLE_WORDS = 8
SCARE_PREFIX = re.compile(r"\bso[- ]called\s*$", re.IGNORECASE)
NEXT_SENTENCE_WINDOW = 16  # characters after a quote within which a split-off attribution starts
SCARE_WINDOW = 12  # characters before a quote searched for "so-called"
MIN_UNATTRIBUTED_PARTIAL_WORDS = 3  # shorter unattributed fragments are scare quotes, not quotes


@dataclass(frozen=True)
class QuoteMarks:
    """A quoted passage: ``region`` spans the marks too, ``content`` only the quoted words."""

    region: Span
    content: Span


@dataclass(frozen=True)
class Cue:
    """The attribution of a quote: the cue token and the speaker it names."""

    token: Token
    speaker: Speaker


@dataclass(frozen=True)
class QuoteContext:
    """What finding one quote's speaker needs about its article, computed once per article."""

    text: str
    sentences: tuple[SpacySpan, ...]
    marks: tuple[QuoteMarks, ...]
    people: PeopleIndex
    gazetteer: OutletGazetteer


def find_quotes(doc: Doc, article_id: str, mentions: list[Mention]) -> list[Quote]:
    """Direct and partial quotes of an article, each with its speaker where the text gives one."""
    text = doc.text  # built once: Doc.text joins every token on each call
    marks = tuple(find_quote_marks(text))
    people = build_people(doc, mentions_or_entities(doc, article_id, mentions), [m.region for m in marks])
    context = QuoteContext(text, tuple(doc.sents), marks, people, load_outlets())
    quotes: list[Quote] = []
    for mark in marks:
        quote = _quote(article_id, mark, context, quotes[-1] if quotes else None)
        if quote is not None:
            quotes.append(quote)
    return quotes


# ---------------------------------------------------------------- quotation marks


def find_quote_marks(text: str) -> list[QuoteMarks]:
    """Pair quotation marks paragraph by paragraph. A quote left open at the end of a paragraph
    counts only when the next paragraph reopens it (the convention for quotes over paragraphs)."""
    found: list[QuoteMarks] = []
    offset = 0
    paragraphs = text.split("\n")
    for number, paragraph in enumerate(paragraphs):
        reopened = number + 1 < len(paragraphs) and paragraphs[number + 1].lstrip()[:1] in (
            OPENING_MARKS + STRAIGHT_MARK)
        found.extend(_paragraph_marks(text, offset, offset + len(paragraph), reopened))
        offset += len(paragraph) + 1
    return found


def _paragraph_marks(text: str, start: int, end: int, reopened: bool) -> list[QuoteMarks]:
    found, opened = [], None
    for i in range(start, end):
        char = text[i]
        if char in OPENING_MARKS or (char == STRAIGHT_MARK and opened is None):
            opened = i
        elif opened is not None and (char in CLOSING_MARKS or char == STRAIGHT_MARK):
            found.append(_marks(text, opened, i + 1))
            opened = None
    if opened is not None and reopened:
        found.append(_marks(text, opened, end))
    return [mark for mark in found if mark is not None]


def _marks(text: str, opened: int, closed: int) -> QuoteMarks | None:
    """Quote marks around words; the content drops the marks, surrounding spaces and the comma that
    stands for a full stop before the attribution ("...ocean," he said)."""
    start, end = opened + 1, closed - 1 if text[closed - 1] in CLOSING_MARKS + STRAIGHT_MARK else closed
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    if not any(char.isalpha() for char in text[start:end]):
        return None
    return QuoteMarks(Span(opened, closed), Span(start, end))


def last_char_before(text: str, index: int, blanks: str | None = None) -> int:
    """Index of the last character before ``index`` that is not blank (-1 if none)."""
    index -= 1
    while index >= 0 and (text[index] in blanks if blanks is not None else text[index].isspace()):
        index -= 1
    return index


def is_partial(text: str, marks: QuoteMarks) -> bool:
    """A partial quote is embedded in the reporter's sentence: it follows a word rather than the
    start of a clause, or begins in lower case."""
    before = last_char_before(text, marks.region.start, " \t")
    opens_clause = before < 0 or text[before] in CLAUSE_OPENERS
    return not opens_clause or text[marks.content.start].islower()


# ---------------------------------------------------------------- one quote


def _quote(article_id: str, marks: QuoteMarks, context: QuoteContext, previous: Quote | None) -> Quote | None:
    text = context.text
    partial = is_partial(text, marks)
    cue = find_cue(marks, context)
    base = dict(article=article_id, span=marks.content, text=marks.content.of(text), partial=partial)
    if cue is not None and not (partial and _scare_quote(text, marks)):
        return Quote(**base, speaker_name=cue.speaker.name, speaker_span=cue.speaker.span,
                     cue=_cue_text(cue.token), told_to=told_to(cue.token, context.gazetteer))
    if not partial and previous is not None and _continues(marks, context, previous):
        return Quote(**base, speaker_name=previous.speaker_name, speaker_span=previous.speaker_span,
                     told_to=previous.told_to)
    if partial and (_scare_quote(text, marks) or len(base["text"].split()) < MIN_UNATTRIBUTED_PARTIAL_WORDS):
        return None
    return Quote(**base)


def _scare_quote(text: str, marks: QuoteMarks) -> bool:
    """Marks that distance the writer from a word ("so-called 'experts'") or name a work ("the
    'American Pie' star") quote nobody."""
    preceding = text[max(0, marks.region.start - SCARE_WINDOW):marks.region.start]
    return SCARE_PREFIX.search(preceding) is not None or _is_title(marks.content.of(text))


def _is_title(words: str) -> bool:
    """A title of a work: two to a few words, each capitalised but for function words."""
    tokens = [word for word in (word.strip(".,!?:;") for word in words.split()) if word]
    if not 2 <= len(tokens) <= MAX_TITLE_WORDS or not tokens[0][0].isupper():
        return False
    return all(word[0].isupper() or word.lower() in TITLE_FUNCTION_WORDS for word in tokens)


def find_cue(marks: QuoteMarks, context: QuoteContext) -> Cue | None:
    """The nearest speech cue outside quotes in the sentences around the quote that has a speaker."""
    candidates = [token for token in context_tokens(marks, context) if _is_cue(token)]
    candidates.sort(key=lambda token: _distance(context.text, token, marks))
    for token in candidates:
        head = speaker_head(token)
        if head is not None:
            return Cue(token, resolve_speaker(head, context.people))
    return None


def context_tokens(marks: QuoteMarks, context: QuoteContext) -> list[Token]:
    """Tokens outside any quote in the sentences the quote touches, in the sentence before when that
    one introduces the quote with a colon, and in the sentence after when the quote ends with the
    comma that announces its attribution (the segmenter sometimes splits there)."""
    content = marks.content
    sentences = [sent for sent in context.sentences
                 if sent.start_char < content.end and sent.end_char > content.start]
    before = last_char_before(context.text, marks.region.start)
    if before >= 0 and context.text[before] == ":":
        sentences += [sent for sent in context.sentences
                      if sent.start_char <= before < sent.end_char and sent not in sentences]
    if context.text[content.end:content.end + 1] == ",":  # '...," Const. Fanning said.' split after "Const."
        sentences += _next_sentence(marks.region.end, context)[:1]
    regions = [mark.region for mark in context.marks]
    return [token for sent in sentences for token in sent
            if not any(region.start <= token.idx < region.end for region in regions)]


def _next_sentence(char: int, context: QuoteContext) -> list[SpacySpan]:
    """The sentence starting soon after ``char`` in the same paragraph, if any."""
    for sent in context.sentences:
        if char < sent.start_char <= char + NEXT_SENTENCE_WINDOW:
            return [] if "\n" in context.text[char:sent.start_char] else [sent]
    return []


def _is_cue(token: Token) -> bool:
    if token.lower_ == "according":
        return token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ == "to"
    # a participle modifying a noun ("first-responding officers") reports nothing
    return token.pos_ == "VERB" and token.lemma_.lower() in SPEECH_VERBS and token.dep_ not in NOUN_MODIFIER_DEPS


def _distance(text: str, token: Token, marks: QuoteMarks) -> int:
    """Characters between cue and quote; a cue introducing the quote ("stated, '...'") comes first."""
    if token.idx >= marks.region.end:
        return token.idx - marks.region.end
    between = text[token.idx + len(token.text):marks.region.start]
    if between.strip() in {",", ":"}:
        return -1
    return max(0, len(between))


def speaker_head(cue: Token) -> Token | None:
    """The head word of who speaks: the subject of the cue verb (climbing from "saying"), the object
    of "according to", or the phrase right after an inverted "said X" the parser left unattached."""
    if cue.lower_ == "according":
        items = read_source_list(cue.doc, cue.i + 2)
        return phrase_head(items[0]) if items else None
    subject = subject_of(cue)
    if subject is not None:
        return subject
    items = read_source_list(cue.doc, cue.i + 1)
    return phrase_head(items[0]) if items else None


def told_to(cue: Token, gazetteer: OutletGazetteer) -> str | None:
    """The outlet a quote was given to: the recipient of "told" when it is an outlet."""
    if cue.lemma_.lower() != "tell":
        return None
    for child in cue.children:
        if child.dep_ in RECIPIENT_DEPS:
            tokens = noun_phrase(child)
            if is_outlet_phrase(tokens, gazetteer):
                return normalise_name(phrase_text(tokens))
    return None


def _cue_text(token: Token) -> str:
    return "according to" if token.lower_ == "according" else token.text


def _continues(marks: QuoteMarks, context: QuoteContext, previous: Quote) -> bool:
    """A quote standing alone right after another quote of the same paragraph, or reopening at the
    start of the next paragraph a quote left open, continues its speaker."""
    if previous.speaker_name is None:
        return False
    between = context.text[previous.span.end:marks.region.start]
    if "\n" in between and between.strip():  # a new paragraph, unless it reopens the same quote
        return False
    return not any(token.is_alpha for token in context_tokens(marks, context))
