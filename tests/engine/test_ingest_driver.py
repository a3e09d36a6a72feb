"""The ingest driver with the local engine: idempotence, versions, syndicated copies, stories, errors."""
from __future__ import annotations

import gc
import json
from pathlib import Path

import pytest

from newsprism.config import Options
from newsprism.engine import IngestSummary, LocalEngine, PipelineSettings, ingest
from newsprism.engine.grouping import rebuild_grouping
from newsprism.ingest.ids import name_id, stored_location
from newsprism.resources import Resources
from newsprism.store import SQLiteStore

FLOOD = ("Floodwaters from the Maravi river swept through the town of Kelso on Tuesday, forcing 3,400 residents "
         "from their homes. Mayor Elena Dobrova said rescue teams had pulled 41 people from rooftops overnight. "
         "The regional weather office warned that rain would continue until Thursday, and engineers inspected "
         "the cracked levee near the Kelso grain terminal.")
FIRE = ("A fire destroyed a textile warehouse in the port city of Aldmouth early on Sunday, the city fire "
        "brigade said. Chief officer Tomas Varga told reporters that 60 firefighters fought the blaze for nine "
        "hours and that no one was hurt. Investigators from the Aldmouth police are examining a faulty "
        "generator as the likely cause.")
LIGHT = PipelineSettings(annotate=False, batch_size=2)


def _jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(record) + "\n" for record in records), encoding="utf-8")
    return path


def _run(db: Path, *paths: Path):
    with SQLiteStore(db) as store:
        return ingest(store, LocalEngine(LIGHT), [str(p) for p in paths], Options(), Resources())


@pytest.fixture()
def first_feed(tmp_path: Path) -> Path:
    return _jsonl(tmp_path / "day1.jsonl", [
        {"id": "flood-1", "title": "River floods Kelso", "text": FLOOD, "outlet": "Kelso Courier",
         "published": "2024-03-05", "url": "https://courier.example/flood"},
        {"id": "fire-1", "title": "Warehouse fire in Aldmouth", "text": FIRE, "outlet": "Aldmouth Post",
         "published": "2024-03-03"},
        {"id": "flood-copy", "title": "River floods Kelso", "text": FLOOD, "outlet": "Valley Times",
         "published": "2024-03-05"},
    ])


def test_first_ingest_groups_copies_and_events(tmp_path: Path, first_feed: Path) -> None:
    summary = _run(tmp_path / "s.db", first_feed)
    assert (summary.added, summary.unchanged, summary.duplicates, summary.errors) == (3, 0, 1, 0)
    assert summary.batches == 2 and summary.stories_created == 2
    with SQLiteStore(tmp_path / "s.db") as store:
        flood = store.load_article("flood-copy")
        assert (flood.duplicate_of, flood.duplicate_similarity) == ("flood-1", 1.0)
        stories = {story.title: story for story in store.stories()}
        assert set(stories) == {"River floods Kelso", "Warehouse fire in Aldmouth"}
        kelso = stories["River floods Kelso"]
        assert (kelso.article_count, kelso.independent_sources) == (2, 1)
        assert kelso.outlets == ("Kelso Courier", "Valley Times")
        assert (kelso.first_published, kelso.last_published) == ("2024-03-05", "2024-03-05")
        assert store.story_article_ids(kelso.id) == ["flood-1", "flood-copy"]


def test_the_summary_line_counts_merges_and_agrees_in_number() -> None:
    merged = IngestSummary(added=5, unchanged=2, new_versions=1, duplicates=1, errors=1, stories_created=3,
                           stories_merged=1)
    assert merged.line() == ("5 added, 2 unchanged, 1 new version, 1 duplicate, 1 error "
                             "(3 new stories, 1 merged into another)")
    assert IngestSummary(added=2, new_versions=2, duplicates=2, errors=2, stories_created=1).line() == (
        "2 added, 0 unchanged, 2 new versions, 2 duplicates, 2 errors (1 new story)")
    assert IngestSummary(added=4, stories_created=4, stories_merged=2).line() == (
        "4 added, 0 unchanged, 0 new versions, 0 duplicates, 0 errors (4 new stories, 2 merged into others)")


def test_second_ingest_of_the_same_input_changes_nothing(tmp_path: Path, first_feed: Path) -> None:
    _run(tmp_path / "s.db", first_feed)
    with SQLiteStore(tmp_path / "s.db") as store:
        before = store.counts()
    summary = _run(tmp_path / "s.db", first_feed)
    assert (summary.added, summary.unchanged, summary.new_versions, summary.batches) == (0, 3, 0, 0)
    with SQLiteStore(tmp_path / "s.db") as store:
        assert store.counts() == before


def test_changed_text_is_a_new_version_by_id_or_url(tmp_path: Path, first_feed: Path) -> None:
    _run(tmp_path / "s.db", first_feed)
    update = _jsonl(tmp_path / "day2.jsonl", [
        {"id": "fire-1", "title": "Warehouse fire in Aldmouth", "text": FIRE + " Damage is put at $2 million.",
         "outlet": "Aldmouth Post"},
        {"id": "other-id", "title": "River floods Kelso", "text": FLOOD + " Two people died.",
         "url": "https://courier.example/flood"},
    ])
    summary = _run(tmp_path / "s.db", update)
    assert (summary.added, summary.new_versions, summary.unchanged) == (0, 2, 0)
    with SQLiteStore(tmp_path / "s.db") as store:
        assert store.versions("fire-1") == [1, 2] and store.versions("flood-1") == [1, 2]
        assert store.load_article("fire-1").text.endswith("$2 million.")
        assert store.load_article("fire-1", version=1).text == FIRE
        assert store.counts()["articles"] == 3


def _text_file(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_an_edited_text_file_is_a_new_version_of_its_article(tmp_path: Path) -> None:
    folder = tmp_path / "reports"
    herald = _text_file(folder / "herald.txt", "Flood in Kelso\n\n" + FLOOD)
    _text_file(folder / "post.txt", "Fire in Aldmouth\n\n" + FIRE)
    _run(tmp_path / "s.db", folder)
    herald.write_text("Flood in Kelso\n\n" + FLOOD.replace("3,400 residents", "3,500 residents"), encoding="utf-8")
    summary = _run(tmp_path / "s.db", folder)
    assert (summary.added, summary.unchanged, summary.new_versions, summary.duplicates) == (0, 1, 1, 0)
    article_id = name_id("file", stored_location(str(herald)))
    with SQLiteStore(tmp_path / "s.db") as store:
        assert store.versions(article_id) == [1, 2]
        assert "3,500 residents" in store.load_article(article_id).text
        assert "3,400 residents" in store.load_article(article_id, version=1).text
        assert [s.article_count for s in store.stories()] == [1, 1]


def test_the_same_text_in_another_file_is_a_copy_not_an_unchanged_article(tmp_path: Path) -> None:
    original = _text_file(tmp_path / "a" / "herald.txt", "Flood in Kelso\n\n" + FLOOD)
    _run(tmp_path / "s.db", original)
    copy = _text_file(tmp_path / "a" / "valley-times.txt", "Flood in Kelso\n\n" + FLOOD)
    summary = _run(tmp_path / "s.db", copy)
    assert (summary.added, summary.unchanged, summary.new_versions, summary.duplicates) == (1, 0, 0, 1)
    with SQLiteStore(tmp_path / "s.db") as store:
        stored = store.load_article(name_id("file", stored_location(str(copy))))
        assert (stored.duplicate_of, stored.duplicate_similarity) == (
            name_id("file", stored_location(str(original))), 1.0)


FLOOD_UPDATE = ("By Wednesday the river had fallen by half a metre, and the first families were allowed back into "
                "the lower streets of Kelso. Volunteers from neighbouring villages cleared mud from the school and "
                "the market hall, while the water company warned residents to boil tap water for another week. "
                "Mayor Dobrova said damage to roads and bridges would cost at least 12 million to repair.")


def test_a_copy_of_an_edited_file_is_a_copy_of_its_article_as_a_copy_of_its_first_text_is(tmp_path: Path) -> None:
    herald = _text_file(tmp_path / "reports" / "herald.txt", "Flood in Kelso\n\n" + FLOOD)
    _text_file(tmp_path / "reports" / "post.txt", "Fire in Aldmouth\n\n" + FIRE)
    _run(tmp_path / "s.db", tmp_path / "reports")
    edited = "Flood in Kelso\n\n" + FLOOD + "\n\n" + FLOOD_UPDATE  # too far from the first text to copy it
    herald.write_text(edited, encoding="utf-8")
    assert _run(tmp_path / "s.db", tmp_path / "reports").new_versions == 1
    copy_of_edit = _text_file(tmp_path / "copies" / "valley.txt", edited)
    copy_of_first = _text_file(tmp_path / "copies" / "ridge.txt", "Flood in Kelso\n\n" + FLOOD)
    summary = _run(tmp_path / "s.db", tmp_path / "copies")
    assert (summary.added, summary.duplicates, summary.stories_created) == (2, 2, 0)
    herald_id = name_id("file", stored_location(str(herald)))
    with SQLiteStore(tmp_path / "s.db") as store:
        for copy in (copy_of_edit, copy_of_first):
            stored = store.load_article(name_id("file", stored_location(str(copy))))
            assert (stored.duplicate_of, stored.duplicate_similarity) == (herald_id, 1.0)
        kelso = next(story for story in store.stories() if story.title == "Flood in Kelso")
        assert (kelso.article_count, kelso.independent_sources) == (3, 1)
        assert [version for _, version, _ in store.iter_signatures()] == [1, 1, 2, 1, 1]


def test_a_copy_arriving_with_the_edit_it_copies_is_a_copy(tmp_path: Path) -> None:
    herald = _text_file(tmp_path / "reports" / "herald.txt", "Flood in Kelso\n\n" + FLOOD)
    _run(tmp_path / "s.db", herald)
    edited = "Flood in Kelso\n\n" + FLOOD + "\n\n" + FLOOD_UPDATE
    herald.write_text(edited, encoding="utf-8")
    copy = _text_file(tmp_path / "reports" / "valley.txt", edited)
    summary = _run(tmp_path / "s.db", copy, herald)  # the copy read first, in the same batch
    assert (summary.added, summary.new_versions, summary.duplicates) == (1, 1, 1)
    with SQLiteStore(tmp_path / "s.db") as store:
        stored = store.load_article(name_id("file", stored_location(str(copy))))
        assert stored.duplicate_of == name_id("file", stored_location(str(herald)))


def test_the_duplicate_index_is_rebuilt_in_the_order_it_took_the_articles(tmp_path: Path) -> None:
    """A batch's articles are matched in date order: the earlier-dated one read second is the original, and a
    reopened store names it as the original of a later copy too."""
    _run(tmp_path / "s.db", _jsonl(tmp_path / "day1.jsonl", [
        {"id": "reprint", "title": "Fire in Aldmouth", "text": FIRE, "published": "2024-03-05"},
        {"id": "first", "title": "Fire in Aldmouth", "text": FIRE, "published": "2024-03-03"}]))
    _run(tmp_path / "s.db", _jsonl(tmp_path / "day2.jsonl", [
        {"id": "later", "title": "Fire in Aldmouth", "text": FIRE, "published": "2024-03-06"}]))
    with SQLiteStore(tmp_path / "s.db") as store:
        assert [store.load_article(a).duplicate_of for a in ("reprint", "first", "later")] == ["first", None, "first"]


def test_files_of_two_folders_sharing_a_name_are_two_articles(tmp_path: Path) -> None:
    _run(tmp_path / "s.db", _text_file(tmp_path / "monday" / "story.txt", "Flood in Kelso\n\n" + FLOOD))
    summary = _run(tmp_path / "s.db", _text_file(tmp_path / "tuesday" / "story.txt", "Fire in Aldmouth\n\n" + FIRE))
    assert (summary.added, summary.new_versions, summary.stories_created) == (1, 0, 1)


def test_two_outlets_with_the_same_text_under_their_own_urls_are_both_kept(tmp_path: Path) -> None:
    post = _jsonl(tmp_path / "post.jsonl", [
        {"text": FIRE, "outlet": "Aldmouth Post", "url": "https://post.example/fire"}])
    wire = _jsonl(tmp_path / "wire.jsonl", [
        {"text": FIRE, "outlet": "Wire Daily", "url": "https://wire.example/fire"}])
    summary = _run(tmp_path / "s.db", post, wire)
    assert (summary.added, summary.unchanged, summary.duplicates) == (2, 0, 1)
    with SQLiteStore(tmp_path / "s.db") as store:
        assert store.stories()[0].outlets == ("Aldmouth Post", "Wire Daily")


def test_reopened_store_recognises_copies_of_earlier_runs(tmp_path: Path, first_feed: Path) -> None:
    _run(tmp_path / "s.db", first_feed)
    later = _jsonl(tmp_path / "day3.jsonl", [
        {"id": "fire-syndicated", "title": "Fire at Aldmouth warehouse", "text": FIRE, "outlet": "Wire Daily"}])
    summary = _run(tmp_path / "s.db", later)
    assert (summary.added, summary.duplicates, summary.stories_created) == (1, 1, 0)
    with SQLiteStore(tmp_path / "s.db") as store:
        assert store.load_article("fire-syndicated").duplicate_of == "fire-1"
        assert store.story_of("fire-syndicated") == store.story_of("fire-1")


def test_unreadable_input_is_recorded_and_counted(tmp_path: Path, first_feed: Path) -> None:
    broken = tmp_path / "broken.jsonl"
    broken.write_text('{"id": "x", "text": 5}\n', encoding="utf-8")
    summary = _run(tmp_path / "s.db", first_feed, broken)
    assert (summary.added, summary.errors) == (3, 1)
    assert summary.error_records[0].input == f"{broken}:1"
    with SQLiteStore(tmp_path / "s.db") as store:
        assert store.counts()["ingest_errors"] == 1


def test_store_rebuilds_exactly_the_clusterer_the_ingest_left(shared: Path, tmp_path: Path) -> None:
    """Story states are written in parts (the state rewritten, exemplars and keys added to): over two ingest
    runs with many batches and merges, the clusterer rebuilt from the store equals the one held in memory."""
    from benchmarks.gen_corpus import generate
    from newsprism.engine import rebuild_grouping

    corpus = generate(300, tmp_path / "corpus", seed=9, shard_size=100) / "articles"  # a seed with merges
    shards = sorted(corpus.glob("*.jsonl"))
    settings = PipelineSettings(annotate=False, batch_size=16)
    with SQLiteStore(tmp_path / "s.db") as store:
        first = ingest(store, LocalEngine(settings), [str(shards[0])], Options(), Resources())
        grouping = rebuild_grouping(store)
        summary = ingest(store, LocalEngine(settings), [str(s) for s in shards[1:]], Options(), Resources(),
                         grouping=grouping)
        rebuilt = rebuild_grouping(store).clusterer
    assert summary.added == 200 and first.stories_merged + summary.stories_merged >= 1  # merges happened (how many: the generator)
    held = grouping.clusterer
    assert rebuilt.story_ids() == held.story_ids()
    for story_id in held.story_ids():
        expected, got = held.export_story(story_id), rebuilt.export_story(story_id)
        assert set(got.pop("related")) == set(expected.pop("related"))
        # after a merge the store lists members by arrival, the clusterer keeper's first: the same members
        assert sorted(got.pop("articles")) == sorted(expected.pop("articles"))
        assert got == expected


def test_indexes_are_spared_from_the_collector_during_an_ingest_and_handed_back(tmp_path: Path,
                                                                                first_feed: Path) -> None:
    frozen_after_batches = []

    def progress(stage: str, done: int, total: int) -> None:
        frozen_after_batches.append(gc.get_freeze_count())

    with SQLiteStore(tmp_path / "s.db") as store:
        ingest(store, LocalEngine(LIGHT), [str(first_feed)], Options(), Resources(), progress=progress)
    # progress runs before the batch's survivors are spared: the first two calls see nothing frozen yet
    assert frozen_after_batches[:2] == [0, 0]
    assert len(frozen_after_batches) == 3 and frozen_after_batches[2] > 0
    assert gc.get_freeze_count() == 0


def test_an_ingest_leaves_a_callers_own_frozen_objects_as_they_were(tmp_path: Path, first_feed: Path) -> None:
    mine = [[]]  # a container, so that the collector tracks it
    gc.freeze()
    try:
        with SQLiteStore(tmp_path / "s.db") as store:
            grouping = rebuild_grouping(store)
            ingest(store, LocalEngine(LIGHT), [str(first_feed)], Options(), Resources(), grouping=grouping)
        # still frozen (the permanent generation is not listed), and the ingest froze nothing of its own
        tracked = {id(obj) for obj in gc.get_objects()}
        assert id(mine) not in tracked
        stories = [grouping.clusterer.story(sid) for sid in grouping.clusterer.story_ids()]
        assert len(stories) == 2 and all(id(story) in tracked for story in stories)
    finally:
        gc.unfreeze()
