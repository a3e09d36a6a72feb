"""A stored story's report in every view: a revised article shows its versions and the one read (the latest),
and related stories are named by their titles, not by bare ids."""
from __future__ import annotations

from pathlib import Path

import pytest
from rich.console import Console
from typer.testing import CliRunner

from newsprism.cli import build_app
from newsprism.cli.store_commands import analyze_story, load_story_articles
from newsprism.config import Options
from newsprism.model import ArticleVersion, Report
from newsprism.render.html import render_html
from newsprism.render.json_report import report_to_dict
from newsprism.render.markdown import render_markdown
from newsprism.render.schema import span_errors, validation_errors
from newsprism.render.terminal import render_terminal
from newsprism.store import open_store
from tests.store.store_samples import build_revised_store

VERSIONS = [ArticleVersion(1, "2024-05-01T09:00:00Z", "2024-05-01", "River Tam floods Kelso"),
            ArticleVersion(2, "2024-05-02T17:30:00Z", "2024-05-02", "Two dead as river Tam floods Kelso")]
REVISED_LINES = [
    "- revised: 2 versions in the store; this report reads version 2, the latest",
    "  - version 1: seen 2024-05-01 09:00 UTC, published 2024-05-01, “River Tam floods Kelso”",
    "  - version 2: seen 2024-05-02 17:30 UTC, published 2024-05-02, “Two dead as river Tam floods Kelso”",
]


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_revised_store(tmp_path_factory.mktemp("revised") / "news.db")


@pytest.fixture(scope="module")
def flood(db: Path, resources) -> Report:
    return analyze_story(db, "s-flood", Options(), resources)


def test_a_revised_article_loads_with_its_versions_and_an_unrevised_one_without(db: Path) -> None:
    with open_store(db, create=False) as store:
        articles = load_story_articles(store, "s-flood")
    assert [(a.id, a.title, a.versions) for a in articles] == [
        ("kelso-daily", "Two dead as river Tam floods Kelso", VERSIONS), ("border-post", "Flood in Kelso", [])]


def test_the_json_report_lists_the_versions_the_one_read_and_the_related_storys_title(flood: Report) -> None:
    document = report_to_dict(flood)
    assert validation_errors(document) == [] and span_errors(document) == []
    revised, copy = document["articles"]
    assert revised["versions"] == [
        {"version": 1, "seen": "2024-05-01T09:00:00Z", "published": "2024-05-01", "title": "River Tam floods Kelso"},
        {"version": 2, "seen": "2024-05-02T17:30:00Z", "published": "2024-05-02",
         "title": "Two dead as river Tam floods Kelso"}]
    assert revised["version"] == 2 and revised["text"].endswith("killing two people, the mayor said.")
    assert "versions" not in copy and "version" not in copy
    story, = document["stories"]
    assert (story["related"], story["related_titles"]) == (["s-fire"], {"s-fire": "Warehouse fire in Ostrava"})


def test_markdown_shows_the_revision_and_names_the_related_story(flood: Report) -> None:
    lines = render_markdown(flood).splitlines()
    assert "- related stories: Warehouse fire in Ostrava (`s-fire`)" in lines
    start = lines.index(REVISED_LINES[0])
    assert lines[start:start + 3] == REVISED_LINES
    assert sum(line.startswith("- revised:") for line in lines) == 1  # the copy was never revised


def test_html_shows_the_revision_as_a_nested_list_and_the_related_title(flood: Report) -> None:
    page = render_html(flood)
    assert "<li>related stories: Warehouse fire in Ostrava (<code>s-fire</code>)</li>" in page
    assert ("<li>revised: 2 versions in the store; this report reads version 2, the latest\n<ul>\n"
            "<li>version 1: seen 2024-05-01 09:00 UTC, published 2024-05-01, “River Tam floods Kelso”</li>\n"
            "<li>version 2: seen 2024-05-02 17:30 UTC, published 2024-05-02, "
            "“Two dead as river Tam floods Kelso”</li>\n"
            "</ul>\n</li>") in page


def test_the_terminal_names_the_revised_article_and_the_related_story(flood: Report) -> None:
    console = Console(record=True, width=300, color_system=None)
    render_terminal(flood, console)
    text = " ".join(console.export_text().split())
    assert "related stories: Warehouse fire in Ostrava (s-fire)" in text
    assert "revised: kelso-daily (2 versions in the store; this report reads version 2, the latest)" in text


def test_analyze_db_story_prints_the_revision_in_markdown(db: Path, resources) -> None:
    result = CliRunner().invoke(build_app(), ["analyze", "--db", str(db), "--story", "s-flood", "--format",
                                              "markdown"], obj=resources)
    assert result.exit_code == 0, result.stderr
    assert REVISED_LINES[0] in result.stdout.splitlines()
