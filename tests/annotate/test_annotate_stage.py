"""The annotate stage: one spaCy pass, then every layer on each article's parse."""
from __future__ import annotations

import sys
import types
import warnings

import pytest

from newsprism import annotate
from newsprism.annotate import annotate_article, annotate_articles, sentence_spans
from newsprism.model import Article, Span

ARTICLES = [
    Article(id="a", text="Ales Bialiatski was freed in Minsk.  He thanked Lithuania.\n\nShare", published="2025-09-12"),
    Article(id="b", text="Washington lifted sanctions on Belarus.", published=None),
    Article(id="c", text=""),
]


@pytest.fixture
def fake_layers(monkeypatch):
    """Layer modules that record what they were called with (the real ones are other engineers' work)."""
    calls = []
    module = types.ModuleType("fake_newsprism_layers")
    module.find_quantities = lambda doc: calls.append(("quantities", doc.text)) or ["q"]
    module.find_times = lambda doc, published: calls.append(("times", published)) or ["t"]
    module.find_quotes = lambda doc, article_id, mentions: calls.append(("quotes", article_id, len(mentions))) or []
    module.find_attributions = lambda doc, article_id, mentions: calls.append(("attributions", article_id)) or []
    module.find_referents = lambda doc, article_id, mentions: calls.append(("referents", len(mentions))) or ["r"]
    monkeypatch.setitem(sys.modules, module.__name__, module)
    monkeypatch.setattr(annotate, "LAYER_MODULES", {
        name: (module.__name__, function) for name, (_, function) in annotate.LAYER_MODULES.items()})
    return calls


def test_every_article_gets_sentences_and_mentions_in_order(resources, fake_layers):
    results = annotate_articles(ARTICLES, resources)
    assert [r.article for r in results] == ["a", "b", "c"]
    first = results[0]
    assert [s.of(ARTICLES[0].text) for s in first.sentences] == [
        "Ales Bialiatski was freed in Minsk.", "He thanked Lithuania.", "Share"]
    assert [(m.text, m.label) for m in first.mentions] == [
        ("Ales Bialiatski", "PERSON"), ("Minsk", "GPE"), ("Lithuania", "GPE")]
    assert [(m.text, m.label) for m in results[1].mentions] == [("Washington", "GPE"), ("Belarus", "GPE")]
    assert (results[2].sentences, results[2].mentions) == ([], [])


def test_layers_receive_the_doc_the_publication_date_and_the_mentions(resources, fake_layers):
    result = annotate_articles(ARTICLES[:1], resources)[0]
    assert fake_layers == [("quantities", ARTICLES[0].text), ("times", "2025-09-12"), ("quotes", "a", 3),
                           ("attributions", "a"), ("referents", 3)]
    assert (result.quantities, result.times, result.quotes, result.attributions, result.referents) == (
        ["q"], ["t"], [], [], ["r"])


def test_one_article_alone_gives_the_same_as_the_batch(resources, fake_layers):
    doc = resources.nlp(ARTICLES[1].text)
    assert annotate_article(ARTICLES[1], doc) == annotate_articles(ARTICLES[1:2], resources)[0]


def test_two_processes_give_the_same_annotations(resources, fake_layers):
    assert annotate_articles(ARTICLES, resources, n_process=2) == annotate_articles(ARTICLES, resources)


def test_a_missing_layer_is_reported_and_skipped(resources, monkeypatch):
    monkeypatch.setattr(annotate, "LAYER_MODULES", {"quantities": ("newsprism_no_such_layer", "find_quantities")})
    with pytest.warns(UserWarning, match="'quantities' is not available"):
        result = annotate_articles(ARTICLES[1:2], resources)[0]
    assert result.quantities == [] and len(result.mentions) == 2


def test_a_layer_with_a_broken_import_is_an_error(monkeypatch, tmp_path):
    (tmp_path / "fake_broken_layer.py").write_text("import newsprism_missing_dependency\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr(annotate, "LAYER_MODULES", {"times": ("fake_broken_layer", "find_times")})
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with pytest.raises(ModuleNotFoundError, match="newsprism_missing_dependency"):
            annotate.load_layers()


def test_sentence_spans_skip_blank_lines(resources):
    doc = resources.nlp("First one.\n\n\nSecond one.")
    assert sentence_spans(doc) == [Span(0, 10), Span(13, 24)]


def test_a_line_break_ends_a_sentence_even_where_the_parser_runs_on(resources):
    from newsprism.annotate import sentence_spans

    text = "Sanctions: A Double-Edged Sword\nThe sanctions imposed on the country were designed to apply pressure.\n\n  Rain fell.  "
    doc = resources.nlp(text)
    assert [text[s.start:s.end] for s in sentence_spans(doc)] == [
        "Sanctions: A Double-Edged Sword",
        "The sanctions imposed on the country were designed to apply pressure.",
        "Rain fell.",
    ]
