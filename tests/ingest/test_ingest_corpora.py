"""The readers on real text: the reference corpus, ECB+ news written out as files, the project's examples."""
import json

import pytest

from newsprism.config import Options
from newsprism.ingest import read_inputs
from newsprism.ingest.text import split_title


def test_reference_corpus_titles_and_datelines(belarus_dir):
    result = read_inputs([str(belarus_dir)], Options())
    assert result.errors == []
    assert [a.title for a in result.articles] == [
        None, None, None,
        "Belarus Signals Humanitarian Opening with Release of Prominent Political Prisoners",
        "Belarus frees political prisoners in exchange for easing of US sanctions",
    ]
    assert [a.dateline for a in result.articles] == [None, None, None, "Vilnius", None]
    assert result.articles[2].text.startswith("Credited from: LATIMES\n")  # left for the cleaner to read
    for article, path in zip(result.articles, sorted(belarus_dir.iterdir())):
        source = path.read_text(encoding="utf-8").strip()
        assert source.endswith(article.text)  # the body keeps every character after the title
        assert article.original == article.text and article.source_format == "text"


@pytest.fixture(scope="module")
def ecb_documents(shared):
    with open(shared / "datasets" / "ecbplus-dev" / "documents.jsonl", encoding="utf-8") as stream:
        return [json.loads(line) for line in stream]


def test_ecb_documents_read_as_text_files_lose_nothing(ecb_documents, tmp_path):
    subset = ecb_documents[::8]
    for document in subset:
        (tmp_path / f"{document['doc_id']}.txt").write_text(document["text"], encoding="utf-8")
    result = read_inputs([str(tmp_path)], Options())
    assert result.errors == [] and len(result.articles) == len(subset)
    by_name = {a.path.rsplit("/", 1)[1][:-4]: a for a in result.articles}
    for document in subset:
        article = by_name[document["doc_id"]]
        rebuilt = f"{article.title}\n{article.text}" if article.title else article.text
        assert rebuilt == document["text"].strip()
    assert len({a.id for a in result.articles}) == len(subset)


def test_ecb_titles_are_headline_lines_not_sentences(ecb_documents):
    titled = [split_title(d["text"])[0] for d in ecb_documents]
    titles = [title for title in titled if title]
    assert len(titles) == 414  # of 772: the documents that open with their headline (pinned; review changes)
    assert not [title for title in titles if title.endswith(".") and not title.endswith("..")]


def test_examples_read_without_errors(examples_dir):
    if not examples_dir.is_dir():
        pytest.skip("examples/ not written yet")
    result = read_inputs([str(examples_dir)], Options())
    assert result.errors == []
    assert result.articles and all(a.text for a in result.articles)
