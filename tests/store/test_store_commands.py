"""``newsprism ingest`` and ``newsprism stories`` through the real command line app."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsprism.cli import build_app
from newsprism.cli.store_commands import analyze_story, load_story_articles
from newsprism.config import Options
from newsprism.errors import NotFound
from newsprism.resources import Resources
from newsprism.store import open_store

QUAKE = ("An earthquake of magnitude 6.1 struck the coastal province of Veradon on Friday night, the national "
         "seismology institute said. Governor Paulo Ternes said 14 people were injured when a hotel collapsed "
         "in the harbour town of Sainte-Orme. Aftershocks continued into Saturday morning.")
STRIKE = ("Rail workers in Norvik walked out on Monday over pay, halting all trains between the capital and the "
          "northern ports. Union leader Greta Halvorsen said the strike would last 48 hours unless the railway "
          "company raised its offer of 3 percent.")


@pytest.fixture()
def feed(tmp_path: Path) -> Path:
    path = tmp_path / "feed.jsonl"
    records = [{"id": "q1", "title": "Quake hits Veradon", "text": QUAKE, "outlet": "Coast News", "published": "2023-08-04"},
               {"id": "q2", "title": "Quake hits Veradon", "text": QUAKE, "outlet": "Wire", "published": "2023-08-04"},
               {"id": "r1", "title": "Norvik rail strike", "text": STRIKE, "outlet": "Norvik Post", "published": "2023-09-11"}]
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def _cli(*args: str):
    return CliRunner().invoke(build_app(), list(args))


def test_ingest_prints_a_summary_and_is_idempotent(tmp_path: Path, feed: Path) -> None:
    db = str(tmp_path / "n.db")
    first = _cli("ingest", str(feed), "--db", db, "--light", "--no-progress")
    assert first.exit_code == 0, first.output
    assert first.stdout.strip() == "3 added, 0 unchanged, 0 new versions, 1 duplicates, 0 errors (2 new stories)"
    again = _cli("ingest", str(feed), "--db", db, "--light", "--no-progress")
    assert again.stdout.strip() == "0 added, 3 unchanged, 0 new versions, 0 duplicates, 0 errors (0 new stories)"


def test_stories_lists_json_and_text(tmp_path: Path, feed: Path) -> None:
    db = str(tmp_path / "n.db")
    _cli("ingest", str(feed), "--db", db, "--light", "--no-progress")
    listed = json.loads(_cli("stories", "--db", db, "--format", "json").stdout)
    assert [(s["title"], s["articles"], s["independent_sources"], s["outlets"]) for s in listed] == [
        ("Quake hits Veradon", 2, 1, ["Coast News", "Wire"]), ("Norvik rail strike", 1, 1, ["Norvik Post"])]
    assert (listed[0]["first_published"], listed[0]["last_published"]) == ("2023-08-04", "2023-08-04")
    lines = _cli("stories", "--db", db).stdout.splitlines()
    assert lines[1] == (f"{listed[1]['id']}\t1 article\t1 independent\t2023-09-11\t"
                        "Norvik rail strike\t[Norvik Post]")


def test_errors_have_their_exit_codes(tmp_path: Path) -> None:
    missing = _cli("stories", "--db", str(tmp_path / "none.db"))
    assert missing.exit_code == 4 and "no store there" in missing.stderr
    nothing = _cli("ingest", str(tmp_path / "absent.txt"), "--db", str(tmp_path / "n.db"), "--no-progress")
    assert nothing.exit_code == 3
    assert "0 added" in nothing.stdout and "absent.txt" in nothing.stderr
    engine = _cli("ingest", "x", "--db", str(tmp_path / "n.db"), "--engine", "spark")
    assert engine.exit_code == 2


def test_story_articles_load_for_analyze(tmp_path: Path, feed: Path, resources: Resources) -> None:
    db = tmp_path / "n.db"
    _cli("ingest", str(feed), "--db", str(db), "--light", "--no-progress")
    with open_store(db, create=False) as store:
        quake = store.stories()[0].id
        articles = load_story_articles(store, quake)
    assert [(a.id, a.duplicate_of) for a in articles] == [("q1", None), ("q2", "q1")]
    report = analyze_story(db, quake, Options(), resources)
    assert [a.id for a in report.articles] == ["q1", "q2"]
    with pytest.raises(NotFound, match="no story 'nope'"):
        analyze_story(db, "nope", Options(), resources)
