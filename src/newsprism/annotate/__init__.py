"""The annotate stage: sentences, named entities, quantities, time expressions, quotes, attributions and the
people pronouns stand for.

spaCy parses every article's cleaned text once (``nlp.pipe``); each layer then reads the parsed doc and
returns spans into that text. The layers other than entities live in their own modules and are imported
when the stage runs, not when this package is imported (no work at import time).
"""
from __future__ import annotations

import importlib
import warnings
from typing import Any, Callable

from ..model import Article, ArticleAnnotations, Span
from ..resources import Resources
from .entities import find_mentions

__all__ = ["annotate_article", "annotate_articles", "find_mentions", "sentence_spans"]

# Layer modules and the function each provides, in the order they run.
LAYER_MODULES = {
    "quantities": ("newsprism.annotate.quantities", "find_quantities"),
    "times": ("newsprism.annotate.times", "find_times"),
    "quotes": ("newsprism.annotate.quotes", "find_quotes"),
    "attributions": ("newsprism.annotate.attributions", "find_attributions"),
    "referents": ("newsprism.annotate.referents", "find_referents"),
}
PIPE_BATCH_SIZE = 32


def annotate_articles(articles: list[Article], resources: Resources, n_process: int = 1) -> list[ArticleAnnotations]:
    """Annotations of each article, in the order given; spaCy runs once over all texts."""
    layers = load_layers()
    docs = resources.nlp.pipe((article.text for article in articles), n_process=n_process,
                              batch_size=PIPE_BATCH_SIZE)
    return [annotate_article(article, doc, layers) for article, doc in zip(articles, docs)]


def annotate_article(article: Article, doc: Any, layers: dict[str, Callable[..., list]] | None = None
                     ) -> ArticleAnnotations:
    """Every layer's findings for one article whose text ``doc`` is the parse of."""
    layers = load_layers() if layers is None else layers
    try:
        mentions = find_mentions(doc, article.id, article.metadata.get("dateline_place"))
        annotations = ArticleAnnotations(article=article.id, sentences=sentence_spans(doc), mentions=mentions)
        if "quantities" in layers:
            annotations.quantities = layers["quantities"](doc)
        if "times" in layers:
            annotations.times = layers["times"](doc, article.published)
        if "quotes" in layers:
            annotations.quotes = layers["quotes"](doc, article.id, mentions)
        if "attributions" in layers:
            annotations.attributions = layers["attributions"](doc, article.id, mentions)
        if "referents" in layers:
            annotations.referents = layers["referents"](doc, article.id, mentions)
    except Exception as exc:  # a layer bug: say which article triggers it, and let it propagate
        exc.add_note(f"while annotating article {article.id!r}")
        raise
    return annotations


def sentence_spans(doc: Any) -> list[Span]:
    """Sentence spans without their surrounding whitespace (a blank line is no sentence).

    A line break always ends a sentence: in cleaned news text a line is a paragraph or a subheading, and
    spaCy's parser sometimes runs a subheading into the first sentence under it.
    """
    text = doc.text
    spans = []
    for sent in doc.sents:
        spans += _line_pieces(text, sent.start_char, sent.end_char)
    return spans


def _line_pieces(text: str, start: int, end: int) -> list[Span]:
    """The non-blank lines of ``text[start:end]``, each stripped of surrounding whitespace."""
    pieces = []
    offset = start
    for line in text[start:end].split("\n"):
        stripped_start = offset + len(line) - len(line.lstrip())
        stripped_end = offset + len(line.rstrip())
        if stripped_end > stripped_start:
            pieces.append(Span(stripped_start, stripped_end))
        offset += len(line) + 1
    return pieces


def load_layers() -> dict[str, Callable[..., list]]:
    """The annotation layers that are installed; a missing layer module is reported with a warning."""
    layers = {}
    for name, (module_name, function_name) in LAYER_MODULES.items():
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name != module_name:
                raise  # the layer exists but one of its own imports is broken: that is a real error
            warnings.warn(f"annotation layer {name!r} is not available ({module_name} not found)", stacklevel=2)
            continue
        layers[name] = getattr(module, function_name)
    return layers
