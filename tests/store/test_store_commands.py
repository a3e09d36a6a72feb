"""``newsprism ingest`` and ``newsprism stories`` through the real command line app."""
from __future__ import annotations

import json
import os
import signal
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsprism.cli import build_app
from newsprism.cli.exit_codes import exit_code_for
from newsprism.cli.signals import Terminated, terminated_as_interrupt
from newsprism.cli.store_commands import analyze_story, load_story_articles, store_to_fill
from newsprism.config import Options
from newsprism.errors import NotFound, ServiceUnavailable
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
    assert first.stdout.strip() == "3 added, 0 unchanged, 0 new versions, 1 duplicate, 0 errors (2 new stories)"
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
    assert nothing.stdout == "0 added, 0 unchanged, 0 new versions, 0 duplicates, 1 error (0 new stories)\n"
    assert nothing.stderr == (f"newsprism: skipped {tmp_path / 'absent.txt'}: no such file or directory\n"
                              "newsprism: error: no article could be read\n")
    engine = _cli("ingest", "x", "--db", str(tmp_path / "n.db"), "--engine", "spark")
    assert engine.exit_code == 2
    assert engine.stderr.splitlines()[-1] == (
        "Error: Invalid value for '--engine': 'spark' is not an engine: choose local or dask")


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


def test_ingest_reads_renamed_json_fields_with_field_map(tmp_path: Path) -> None:
    source = tmp_path / "body.jsonl"
    source.write_text(json.dumps({"id": "b1", "headline": "Quake hits Veradon", "body": QUAKE}) + "\n",
                      encoding="utf-8")
    db = tmp_path / "n.db"
    unmapped = _cli("ingest", str(source), "--db", str(db), "--light", "--no-progress")
    assert unmapped.exit_code == 3
    assert unmapped.stderr.splitlines()[0] == (
        f"newsprism: skipped {source}:1: no 'text' field (fields present: body, headline, id; "
        "--field-map OURS=THEIRS reads one of ours from one of yours)")
    mapped = _cli("ingest", str(source), "--db", str(db), "--light", "--no-progress",
                  "--field-map", "text=body", "--field-map", "title=headline")
    assert mapped.exit_code == 0, mapped.output
    assert mapped.stdout == "1 added, 0 unchanged, 0 new versions, 0 duplicates, 0 errors (1 new story)\n"
    with open_store(db, create=False) as store:
        assert store.load_article("b1").title == "Quake hits Veradon"


def test_field_map_of_a_field_we_do_not_have_is_a_usage_error(tmp_path: Path) -> None:
    result = _cli("ingest", str(tmp_path), "--db", str(tmp_path / "n.db"), "--field-map", "body=text")
    assert result.exit_code == 2 and not (tmp_path / "n.db").exists()
    assert result.stderr == ("newsprism: error: --field-map body=text: 'body' is not one of our fields "
                             "(id, text, title, url, outlet, published, author, authors)\n")


def test_an_ingest_that_reads_nothing_leaves_no_store_it_created(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    db = tmp_path / "new.db"
    result = _cli("ingest", str(tmp_path / "empty.txt"), "--db", str(db), "--light", "--no-progress")
    assert result.exit_code == 3
    assert result.stderr == (f"newsprism: skipped {tmp_path / 'empty.txt'}: file is empty\n"
                             "newsprism: error: no article could be read\n")
    assert sorted(path.name for path in tmp_path.iterdir()) == ["empty.txt"]


def test_an_ingest_that_reads_nothing_keeps_a_store_that_existed(tmp_path: Path, feed: Path) -> None:
    db = tmp_path / "n.db"
    _cli("ingest", str(feed), "--db", str(db), "--light", "--no-progress")
    result = _cli("ingest", str(tmp_path / "absent.txt"), "--db", str(db), "--light", "--no-progress")
    assert result.exit_code == 3
    with open_store(db, create=False) as store:
        assert store.counts()["articles"] == 3


def test_a_store_created_for_a_failing_ingest_is_removed_and_one_that_existed_kept(tmp_path: Path) -> None:
    db = tmp_path / "n.db"
    with pytest.raises(ServiceUnavailable):
        with store_to_fill(db):
            raise ServiceUnavailable("no Dask scheduler answered")
    assert list(tmp_path.iterdir()) == []
    open_store(db).close()
    with pytest.raises(ServiceUnavailable):
        with store_to_fill(db):
            raise ServiceUnavailable("no Dask scheduler answered")
    assert db.is_file()


def test_sigterm_during_a_first_ingest_cleans_up_as_ctrl_c_does(tmp_path: Path) -> None:
    """SIGTERM raises Terminated where the process was: the store this ingest created, still empty, is removed
    (the default action ended the process at once and left it behind), and the command exits 143."""
    db = tmp_path / "n.db"
    with pytest.raises(Terminated):
        with terminated_as_interrupt(), store_to_fill(db):
            os.kill(os.getpid(), signal.SIGTERM)
            time.sleep(5)  # the handler raises at the next bytecode, long before this ends
    assert list(tmp_path.iterdir()) == []
    assert signal.getsignal(signal.SIGTERM) is signal.SIG_DFL
    assert (exit_code_for(Terminated()), exit_code_for(KeyboardInterrupt())) == (143, 130)


def test_an_unreachable_service_exits_69() -> None:
    assert exit_code_for(ServiceUnavailable("no Dask scheduler answered")) == 69


def test_stories_of_an_empty_store_say_so_on_stderr_and_list_nothing(tmp_path: Path) -> None:
    db = tmp_path / "empty.db"
    open_store(db).close()
    text = _cli("stories", "--db", str(db))
    assert (text.exit_code, text.stdout) == (0, "")
    assert text.stderr == (f"newsprism: {db} holds no stories yet (add articles with "
                           f"'newsprism ingest PATH... --db {db}')\n")
    listed = _cli("stories", "--db", str(db), "--format", "json")
    assert (listed.exit_code, listed.stdout, listed.stderr) == (0, "[]\n", "")


def test_a_folder_given_as_the_store_is_named_as_a_folder(tmp_path: Path) -> None:
    for command in (["stories"], ["ingest", str(tmp_path)]):
        result = _cli(*command, "--db", str(tmp_path))
        assert result.exit_code == 4
        assert result.stderr == (f"newsprism: error: {tmp_path}: is a folder; a store is one file "
                                 f"(e.g. {tmp_path / 'news.db'})\n")


def test_a_store_in_a_folder_that_does_not_exist_is_refused_with_the_reason(tmp_path: Path, feed: Path) -> None:
    db = tmp_path / "no-such-folder" / "n.db"
    result = _cli("ingest", str(feed), "--db", str(db), "--light", "--no-progress")
    assert result.exit_code == 4
    assert result.stderr == (f"newsprism: error: {db}: cannot create a store there: the folder "
                             f"{db.parent} does not exist\n")


def test_a_text_file_without_an_outlet_is_listed_under_its_dateline_agency(tmp_path: Path) -> None:
    story = tmp_path / "quake.txt"
    story.write_text("VERADON (Great Lakes Wire) — " + QUAKE + "\n", encoding="utf-8")
    db = str(tmp_path / "n.db")
    assert _cli("ingest", str(story), "--db", db, "--light", "--no-progress").exit_code == 0
    listed = json.loads(_cli("stories", "--db", db, "--format", "json").stdout)
    assert [(s["outlets"], s["independent_sources"]) for s in listed] == [(["Great Lakes Wire"], 1)]
    with open_store(db, create=False) as store:
        article = store.load_article(store.story_article_ids(listed[0]["id"])[0])
    assert (article.outlet, article.outlet_source, article.dateline) == (
        "Great Lakes Wire", "dateline", "VERADON (Great Lakes Wire)")
