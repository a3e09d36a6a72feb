"""The WSGI app called directly with environ dicts: every route, method and error, exact statuses and contents."""
from __future__ import annotations

import json
import re
import shutil
import sqlite3
from contextlib import closing
from html import escape
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsprism.errors import ModelUnavailable
from newsprism.render.schema import validation_errors
from newsprism.resources import Resources
from newsprism.store import open_store
from newsprism.web import create_app
from newsprism.web.app import request_path
from tests.store.store_samples import build_revised_store


def call(app, path: str, method: str = "GET") -> tuple[str, dict[str, str], str]:
    """(status line, headers, body) of one request; PATH_INFO is given the way WSGI servers pass it."""
    seen: dict[str, Any] = {}

    def start_response(status: str, headers: list[tuple[str, str]]) -> None:
        seen["status"], seen["headers"] = status, dict(headers)

    environ = {"REQUEST_METHOD": method, "PATH_INFO": path.encode("utf-8").decode("latin-1")}
    body = b"".join(app(environ, start_response))
    return seen["status"], seen["headers"], body.decode("utf-8")


def story_ids(db: Path) -> dict[str, str]:
    with open_store(db, create=False) as store:
        return {story.title: story.id for story in store.stories()}


@pytest.fixture(scope="module")
def fire_id(web_store: Path) -> str:
    return story_ids(web_store)["Fire at <Lumen> plant & warehouse"]


def test_index_lists_every_story_escaped_and_linked(web_app, web_store: Path) -> None:
    status, headers, body = call(web_app, "/")
    assert status == "200 OK" and headers["Content-Type"] == "text/html; charset=utf-8"
    assert int(headers["Content-Length"]) == len(body.encode("utf-8"))
    ids = story_ids(web_store)
    fire, ferry = ids["Fire at <Lumen> plant & warehouse"], ids["Ferry workers strike in Porto Lindo"]
    assert (f'<tr><td><a href="/stories/{fire}">Fire at &lt;Lumen&gt; plant &amp; warehouse</a></td>'
            "<td>2024-03-02 to 2024-03-03</td><td>Capital Wire, Harbor Daily</td><td>2</td><td>2</td></tr>") in body
    assert (f'<tr><td><a href="/stories/{ferry}">Ferry workers strike in Porto Lindo</a></td>'
            "<td>2024-04-10</td><td>Harbor Daily</td><td>1</td><td>1</td></tr>") in body
    assert "<Lumen>" not in body and "<p>2 stories.</p>" in body


def test_api_stories_is_the_stories_command_list(web_app, web_store: Path) -> None:
    status, headers, body = call(web_app, "/api/stories")
    assert status == "200 OK" and headers["Content-Type"] == "application/json; charset=utf-8"
    ids = story_ids(web_store)
    assert json.loads(body) == [
        {"id": ids["Fire at <Lumen> plant & warehouse"], "title": "Fire at <Lumen> plant & warehouse",
         "first_published": "2024-03-02", "last_published": "2024-03-03", "outlets": ["Capital Wire", "Harbor Daily"],
         "articles": 2, "independent_sources": 2, "related": []},
        {"id": ids["Ferry workers strike in Porto Lindo"], "title": "Ferry workers strike in Porto Lindo",
         "first_published": "2024-04-10", "last_published": "2024-04-10", "outlets": ["Harbor Daily"],
         "articles": 1, "independent_sources": 1, "related": []},
    ]


def test_api_story_is_a_valid_report_document(web_app, fire_id: str) -> None:
    status, headers, body = call(web_app, f"/api/stories/{fire_id}")
    assert status == "200 OK" and headers["Content-Type"] == "application/json; charset=utf-8"
    document = json.loads(body)
    assert document["schema"] == "newsprism.report/1" and validation_errors(document) == []
    assert [article["id"] for article in document["articles"]] == ["f1", "f2"]
    assert document["articles"][0]["removed"][0]["text"] == "Subscribe to our newsletter for more stories like this."
    conflicts = [conflict for story in document["stories"] for conflict in story["conflicts"]]
    assert [(c["kind"], [(p["value"], p["articles"]) for p in c["positions"]]) for c in conflicts] == [
        ("quantity", [("Nine", ["f2"]), ("Twelve", ["f1"])])]


def test_story_page_shows_the_rendered_report(web_app, fire_id: str) -> None:
    status, headers, body = call(web_app, f"/stories/{fire_id}")
    assert status == "200 OK" and headers["Content-Type"] == "text/html; charset=utf-8"
    assert body.startswith("<!DOCTYPE html>") and '<nav><a href="/">All stories</a>' in body
    assert "<title>Fire at &lt;Lumen&gt; plant &amp; warehouse</title>" in body and "<Lumen>" not in body
    document = json.loads(call(web_app, f"/api/stories/{fire_id}")[2])
    for conflict in document["stories"][0]["conflicts"]:  # every position and its evidence is on the page
        for position in conflict["positions"]:
            assert escape(position["value"], quote=False) in body
            assert all(escape(e["text"], quote=False) in body for e in position["evidence"])
    assert "The roof collapsed within minutes" in body  # the quote
    assert "<em>newsletter</em>: Subscribe to our newsletter for more stories like this." in body  # the removal


def test_story_page_links_citations_to_the_articles_on_the_page(web_app, fire_id: str) -> None:
    body = call(web_app, f"/stories/{fire_id}")[2]
    assert set(re.findall(r'href="#([^"]*)"', body)) == {"article-f1", "article-f2"}
    assert re.findall(r'<h3 id="([^"]*)"', body) == ["article-f1", "article-f2"]


def test_reports_are_cached_per_store_generation(tmp_path: Path, web_store: Path, resources: Resources,
                                                add_to_store) -> None:
    db = tmp_path / "copy.db"
    shutil.copy(web_store, db)
    app = create_app(db, resources)
    fire = story_ids(db)["Fire at <Lumen> plant & warehouse"]
    assert call(app, f"/api/stories/{fire}")[0] == "200 OK" and app.reports.computed == 1
    assert call(app, f"/stories/{fire}")[0] == "200 OK" and app.reports.computed == 1
    extra = {"id": "f3", "title": "Castelmar fire toll", "outlet": "Evening Post", "published": "2024-03-04",
             "text": "Twelve workers were killed in a fire at the Lumen textile plant in Castelmar on Saturday, "
                     "the regional fire service said."}
    add_to_store([extra], db)
    assert story_ids(db)["Fire at <Lumen> plant & warehouse"] == fire
    document = json.loads(call(app, f"/api/stories/{fire}")[2])
    assert app.reports.computed == 2 and [a["id"] for a in document["articles"]] == ["f1", "f2", "f3"]


def test_unknown_story_is_404_with_a_clear_message(web_app) -> None:
    status, headers, body = call(web_app, "/api/stories/nope")
    assert status == "404 Not Found" and headers["Content-Type"] == "application/json; charset=utf-8"
    assert json.loads(body) == {"error": {"status": 404,
                                          "message": "no story 'nope' in this store (see / for the stories)"}}
    status, headers, body = call(web_app, "/stories/<b>nope&")
    assert status == "404 Not Found" and headers["Content-Type"] == "text/html; charset=utf-8"
    assert "<h1>404 Not Found</h1>" in body and "<b>" not in body and "nope&'" not in body
    assert "<p>no story &#x27;&lt;b&gt;nope&amp;&#x27; in this store (see / for the stories)</p>" in body


@pytest.mark.parametrize("path, kind", [
    ("/stories", "html"), ("/stories/", "html"), ("/favicon.ico", "html"), ("/index.html", "html"),
    ("/api", "json"), ("/api/", "json"), ("/api/stories/", "json"), ("/api/stories/a/b", "json"),
])
def test_other_paths_are_404(web_app, path: str, kind: str) -> None:
    status, headers, body = call(web_app, path)
    assert status == "404 Not Found"
    message = f"nothing at {path}: see / for the stories"
    if kind == "json":
        assert json.loads(body) == {"error": {"status": 404, "message": message}}
    else:
        assert headers["Content-Type"] == "text/html; charset=utf-8" and f"<p>{escape(message)}</p>" in body


@pytest.mark.parametrize("method", ["POST", "PUT", "DELETE", "PATCH", "OPTIONS"])
def test_only_get_and_head_are_allowed(web_app, method: str) -> None:
    status, headers, body = call(web_app, "/api/stories", method)
    assert (status, headers["Allow"]) == ("405 Method Not Allowed", "GET, HEAD")
    assert json.loads(body)["error"] == {
        "status": 405, "message": f"{method} is not allowed: this app is read-only (GET and HEAD only)"}
    status, headers, body = call(web_app, "/", method)
    assert status == "405 Method Not Allowed" and "<h1>405 Method Not Allowed</h1>" in body


def test_head_sends_the_headers_of_get_and_no_body(web_app, fire_id: str) -> None:
    for path in ("/", f"/stories/{fire_id}", "/api/stories/nope"):
        got, head = call(web_app, path), call(web_app, path, "HEAD")
        assert (head[0], head[1], head[2]) == (got[0], got[1], "")


def test_a_store_removed_while_serving_is_503(tmp_path: Path, web_store: Path, resources: Resources) -> None:
    db = tmp_path / "gone.db"
    shutil.copy(web_store, db)
    app = create_app(db, resources)
    db.unlink()
    status, _, body = call(app, "/api/stories")
    assert status == "503 Service Unavailable"
    assert json.loads(body)["error"]["message"] == f"{db}: no store there (run `newsprism ingest ... --db {db}` first)"


def test_a_store_damaged_while_serving_is_503_saying_so(tmp_path: Path, web_store: Path, resources: Resources) -> None:
    db = tmp_path / "damaged.db"
    shutil.copy(web_store, db)
    app = create_app(db, resources)
    with closing(sqlite3.connect(db)) as raw:
        raw.execute("DROP TABLE stories")
        raw.commit()
    status, _, body = call(app, "/api/stories")
    assert status == "503 Service Unavailable"
    assert json.loads(body)["error"]["message"] == ("the store cannot be used: it is damaged or not a newsprism store "
                                                    "(no such table: stories)")


class NoModels(Resources):
    @property
    def nlp(self) -> Any:
        raise ModelUnavailable("the spaCy model is not installed")


def test_a_missing_model_is_503_and_not_cached(web_store: Path, fire_id: str) -> None:
    app = create_app(web_store, NoModels())
    status, _, body = call(app, f"/stories/{fire_id}")
    assert status == "503 Service Unavailable" and "<p>the spaCy model is not installed</p>" in body
    assert app.reports.computed == 0


class BrokenModels(Resources):
    @property
    def nlp(self) -> Any:
        raise RuntimeError("secret detail")


def test_a_bug_is_500_naming_only_its_type(web_store: Path, fire_id: str, capsys: pytest.CaptureFixture,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NEWSPRISM_DEBUG", raising=False)
    status, _, body = call(create_app(web_store, BrokenModels()), f"/api/stories/{fire_id}")
    assert status == "500 Internal Server Error"
    assert json.loads(body) == {"error": {"status": 500, "message": "internal error (RuntimeError)"}}
    assert capsys.readouterr().err == (f"newsprism serve: internal error on /api/stories/{fire_id}: "
                                       "RuntimeError: secret detail\n")


def test_request_path_decodes_utf8_sent_as_latin1() -> None:
    assert request_path({"PATH_INFO": "/stories/é".encode("utf-8").decode("latin-1")}) == "/stories/é"
    assert request_path({"PATH_INFO": ""}) == "/" and request_path({}) == "/"


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="/"), min_size=1, max_size=30))
def test_any_unknown_id_is_a_404_naming_it(web_app, story_id: str) -> None:
    status, _, body = call(web_app, f"/api/stories/{story_id}")
    assert status == "404 Not Found"
    assert json.loads(body)["error"]["message"] == f"no story {story_id!r} in this store (see / for the stories)"


def test_a_story_page_shows_an_article_revised_by_a_later_ingest(tmp_path: Path, web_store: Path,
                                                                 resources: Resources, add_to_store) -> None:
    db = tmp_path / "copy.db"
    shutil.copy(web_store, db)
    fire = story_ids(db)["Fire at <Lumen> plant & warehouse"]
    revised = {"id": "f2", "title": "Castelmar plant fire: toll rises", "outlet": "Capital Wire",
               "published": "2024-03-04", "text": ("Eleven workers were killed in a fire at the Lumen textile plant in "
                                               "Castelmar on Saturday, mayor Teodor Vass said.")}
    add_to_store([revised], db)
    app = create_app(db, resources)
    body = call(app, f"/stories/{fire}")[2]
    assert "<li>revised: 2 versions in the store; this report reads version 2, the latest" in body
    article = {a["id"]: a for a in json.loads(call(app, f"/api/stories/{fire}")[2])["articles"]}["f2"]
    assert [(v["version"], v["published"], v["title"]) for v in article["versions"]] == [
        (1, "2024-03-03", "Castelmar plant fire"), (2, "2024-03-04", "Castelmar plant fire: toll rises")]
    assert article["version"] == 2 and article["text"].startswith("Eleven workers")
    assert all(re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", v["seen"]) for v in article["versions"])


def test_a_story_page_names_related_stories_by_title(tmp_path: Path, resources: Resources) -> None:
    app = create_app(build_revised_store(tmp_path / "news.db"), resources)
    body = call(app, "/stories/s-flood")[2]
    assert "<li>related stories: Warehouse fire in Ostrava (<code>s-fire</code>)</li>" in body
    story = json.loads(call(app, "/api/stories/s-flood")[2])["stories"][0]
    assert story["related_titles"] == {"s-fire": "Warehouse fire in Ostrava"}
