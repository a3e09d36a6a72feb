"""Dependency parses of the sentences the annotate stage found, one spaCy Doc per sentence.

Reconcile needs each sentence's grammar (main verb, negation, objects and their modifiers). The
annotate stage hands over spans, not parses, so the sentences are parsed here once, without the
entity recogniser (entities come from the annotations), and every token offset is shifted back into
the article's text.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable

from ..annotate.numbers import SPACED_CONTRACTION
from ..model import Article, ArticleAnnotations, Span

PARSE_BATCH = 64
VERB_CLIMB = 6  # heads climbed from a word to its verb


@dataclass(frozen=True, slots=True)
class ParsedSentence:
    """A sentence of one article: its span and its parse (token ``idx`` + ``span.start`` = article offset)."""

    article: str
    span: Span
    doc: Any

    def token_span(self, start_token: int, end_token: int) -> Span:
        """The article-text span of tokens ``[start_token, end_token)``."""
        first, last = self.doc[start_token], self.doc[end_token - 1]
        return Span(self.span.start + first.idx, self.span.start + last.idx + len(last.text))

    def token_at(self, char: int) -> Any | None:
        """The first token at or after the article offset ``char``."""
        return next((t for t in self.doc if self.span.start + t.idx >= char), None)

    def verb_above(self, char: int) -> Any | None:
        """The verb nearest above the word at the article offset ``char`` in the parse (a date's, a figure's)."""
        token = self.token_at(char)
        for _ in range(VERB_CLIMB):
            if token is None or token.pos_ in ("VERB", "AUX"):
                return token
            token = None if token.head == token else token.head
        return None


def contractions_closed(text: str) -> str:
    """The text with contractions a scraper or tokeniser spaced out closed up, at the same length so that every
    token keeps its offset: "didn ’ t return" is parsed as "didn’t   return" (the parser reads "didn", "’", "t"
    as three words and misses the negation)."""
    return SPACED_CONTRACTION.sub(lambda m: m.group(1) + m.group(2) + "  ", text)


def trimmed(text: str, span: Span) -> Span:
    """The span without leading or trailing whitespace (sentence splitters often keep it)."""
    piece = span.of(text)
    left = len(piece) - len(piece.lstrip())
    right = len(piece.rstrip())
    return Span(span.start + left, span.start + max(left, right))


def sentence_spans(articles: list[Article], annotations: list[ArticleAnnotations]) -> list[tuple[Article, Span]]:
    """Every non-empty sentence of every article, in article order."""
    by_id = {a.id: a for a in articles}
    spans: list[tuple[Article, Span]] = []
    for ann in annotations:
        article = by_id.get(ann.article)
        if article is None:
            continue
        for sentence in ann.sentences:
            span = trimmed(article.text, sentence)
            if len(span) > 0:
                spans.append((article, span))
    return spans


def parse_sentences(pairs: list[tuple[Article, Span]], resources: Any) -> list[ParsedSentence]:
    """Parse each sentence (NER switched off: the annotations already carry the entities)."""
    texts: Iterable[str] = (contractions_closed(span.of(article.text)) for article, span in pairs)
    disabled = [name for name in ("ner",) if name in resources.nlp.pipe_names]
    docs = resources.nlp.pipe(texts, batch_size=PARSE_BATCH, disable=disabled)
    return [ParsedSentence(article.id, span, doc) for (article, span), doc in zip(pairs, docs)]
