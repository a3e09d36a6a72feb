"""The SQLite store: migrations, idempotent batches, versions, stories and their summaries."""
from __future__ import annotations

import json
import os
import sqlite3
import struct
from contextlib import closing
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsprism.errors import NotFound, StoreError
from newsprism.model import (
    Article, ArticleAnnotations, ArticleVersion, Attribution, Mention, Quantity, Referent, Removal, Span,
)
from newsprism.store import (
    ArticleWrite, BatchWrite, DuplicateLink, Membership, Relation, SQLiteStore, StoryWrite, open_store,
)
from newsprism.store.codec import (
    annotations_from_data, annotations_to_data, content_hash, story_state_columns, story_state_from_columns,
)
from newsprism.store.migrations import SCHEMA_VERSION


def _article(article_id: str, text: str, outlet: str | None = None, url: str | None = None) -> Article:
    return Article(id=article_id, text=text, title=f"Title {article_id}", outlet=outlet, url=url,
                   published="2024-05-01", original="Share this\n" + text,
                   removed=[Removal("Share this", "share button", 0, 10)], metadata={"lang": "en"})


def _write(article: Article, version: int = 1) -> ArticleWrite:
    return ArticleWrite(article, version, content_hash(article))


def _two_story_batch() -> BatchWrite:
    first = _article("a1", "The river flooded the town on Monday.", "Daily", "http://x/1")
    copy = _article("a2", "The river flooded the town on Monday.", "Herald")
    other = _article("a3", "A fire destroyed a warehouse.", None)
    return BatchWrite(
        articles=[_write(first), _write(copy), _write(other)],
        duplicates=[DuplicateLink("a2", "a1", 0.93)],
        signatures=[("a2", 1, b"\x01\x03"), ("a1", 1, b"\x01\x02")],
        stories=[StoryWrite("s1", "Flood", "2024-05-01", "2024-05-02", {"n": 2}),
                 StoryWrite("s2", "Fire", None, None, {"n": 1})],
        memberships=[Membership("a1", "s1", 1.0), Membership("a2", "s1", 0.9), Membership("a3", "s2", 1.0)],
        relations=[Relation("s2", "s1", 0.4)],
    )


@pytest.fixture()
def store(tmp_path: Path) -> SQLiteStore:
    opened = SQLiteStore(tmp_path / "news.db")
    yield opened
    opened.close()


def test_new_store_is_at_current_schema_in_wal_mode(tmp_path: Path) -> None:
    with open_store(f"sqlite:///{tmp_path / 'a.db'}") as store:
        assert store.schema_version() == SCHEMA_VERSION
    with sqlite3.connect(tmp_path / "a.db") as raw:
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert [row[0] for row in raw.execute("SELECT version FROM schema_version ORDER BY version")] == list(range(1, SCHEMA_VERSION + 1))


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    SQLiteStore(tmp_path / "a.db").close()
    with sqlite3.connect(tmp_path / "a.db") as raw:
        raw.execute("INSERT INTO schema_version VALUES (?, 'later')", (SCHEMA_VERSION + 1,))
    with pytest.raises(StoreError, match=f"version {SCHEMA_VERSION + 1} is newer"):
        SQLiteStore(tmp_path / "a.db")


def test_reader_refuses_missing_store_and_unknown_scheme(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no store there"):
        open_store(tmp_path / "none.db", create=False)
    with pytest.raises(StoreError, match="no store backend for 'postgres'"):
        open_store("postgres://host/db")
    (tmp_path / "junk.db").write_bytes(b"not a database at all" * 100)
    with pytest.raises(StoreError, match="junk.db"):
        open_store(tmp_path / "junk.db")


def test_articles_round_trip_with_removals_metadata_and_duplicate_link(store: SQLiteStore) -> None:
    store.commit_batch(_two_story_batch())
    loaded = store.load_article("a2")
    assert loaded.text == "The river flooded the town on Monday."
    assert loaded.original == "Share this\nThe river flooded the town on Monday."
    assert loaded.removed == [Removal("Share this", "share button", 0, 10)]
    assert loaded.metadata == {"lang": "en"}
    assert (loaded.duplicate_of, loaded.duplicate_similarity) == ("a1", 0.93)
    assert store.load_article("a1").duplicate_of is None
    with pytest.raises(NotFound, match="no article 'zz'"):
        store.load_article("zz")


def test_find_article_by_id_then_url(store: SQLiteStore) -> None:
    store.commit_batch(_two_story_batch())
    by_url = store.find_article("other-id", "http://x/1")
    assert (by_url.id, by_url.version) == ("a1", 1)
    assert by_url.content_hash == content_hash(_article("a1", "The river flooded the town on Monday."))
    assert store.find_article("missing", None) is None


def test_new_version_is_kept_beside_the_old(store: SQLiteStore) -> None:
    store.commit_batch(_two_story_batch())
    changed = _article("a1", "The river flooded the town on Monday; two died.", "Daily", "http://x/1")
    store.commit_batch(BatchWrite(articles=[_write(changed, version=2)]))
    assert store.versions("a1") == [1, 2]
    assert store.load_article("a1").text.endswith("two died.")
    assert store.load_article("a1", version=1).text.endswith("on Monday.")
    assert store.find_article("a1", None).version == 2


def test_version_history_gives_each_versions_batch_time_date_and_title(store: SQLiteStore) -> None:
    store.commit_batch(_two_story_batch())
    changed = _article("a1", "The river flooded the town on Monday; two died.", "Daily", "http://x/1")
    changed.title, changed.published = "Two dead in flood", "2024-05-02"
    store.commit_batch(BatchWrite(articles=[_write(changed, version=2)]))
    store._db.executemany("UPDATE batches SET committed_at = ? WHERE id = ?",
                          [("2024-05-01T09:00:00Z", 1), ("2024-05-02T17:30:00Z", 2)])
    assert store.version_history("a1") == [ArticleVersion(1, "2024-05-01T09:00:00Z", "2024-05-01", "Title a1"),
                                           ArticleVersion(2, "2024-05-02T17:30:00Z", "2024-05-02", "Two dead in flood")]
    assert store.version_history("a2") == [ArticleVersion(1, "2024-05-01T09:00:00Z", "2024-05-01", "Title a2")]
    assert store.version_history("zz") == []


def test_story_summaries_count_copies_once(store: SQLiteStore) -> None:
    store.commit_batch(_two_story_batch())
    flood, fire = store.stories()
    assert (flood.id, flood.title, flood.article_count, flood.outlets) == ("s1", "Flood", 2, ("Daily", "Herald"))
    assert flood.independent_sources == 1
    assert (flood.first_published, flood.last_published) == ("2024-05-01", "2024-05-02")
    assert flood.related == ("s2",) and fire.related == ("s1",)
    assert (fire.article_count, fire.independent_sources, fire.outlets) == (1, 1, ())
    assert store.story_article_ids("s1") == ["a1", "a2"]
    with pytest.raises(NotFound, match="no story 's9'"):
        store.story_article_ids("s9")


def test_stories_are_listed_oldest_first_by_their_first_date_undated_last(store: SQLiteStore) -> None:
    store.commit_batch(_two_story_batch())  # s1 from 2024-05-01, s2 undated
    stories = [StoryWrite("s3", "Storm", "2024-04-30T22:00:00Z", "2024-05-01", {}),
               StoryWrite("s4", "Drought", "2024", "2024", {}), StoryWrite("s5", "Strike", "2024-05-01", None, {})]
    store.commit_batch(BatchWrite(articles=[_write(_article(f"a{n}", f"text {n}")) for n in (4, 5, 6)],
                                  stories=stories,
                                  memberships=[Membership(f"a{n}", f"s{n - 1}") for n in (4, 5, 6)]))
    assert [story.id for story in store.stories()] == ["s4", "s3", "s1", "s5", "s2"]


def test_story_update_keeps_creation_order_and_replaces_state(store: SQLiteStore) -> None:
    store.commit_batch(_two_story_batch())
    late = _article("a4", "Water receded on Wednesday.", "Daily")
    store.commit_batch(BatchWrite(articles=[_write(late)],
                                  stories=[StoryWrite("s1", "Flood", "2024-05-01", "2024-05-03", {"n": 3})],
                                  memberships=[Membership("a4", "s1", 0.7)]))
    assert list(store.iter_story_states()) == [("s1", {"n": 3, "exemplars": []}), ("s2", {"n": 1, "exemplars": []})]
    assert list(store.iter_signatures()) == [("a2", 1, b"\x01\x03"), ("a1", 1, b"\x01\x02")]
    assert store.stories()[0].article_count == 3


def test_failed_batch_leaves_nothing(store: SQLiteStore) -> None:
    store.commit_batch(_two_story_batch())
    before = store.counts()
    clash = BatchWrite(articles=[_write(_article("a9", "new text")), _write(_article("a1", "again"))])
    with pytest.raises(StoreError, match="batch not committed"):
        store.commit_batch(clash)
    assert store.counts() == before
    assert store.integrity_problems() == []


def test_annotations_round_trip_through_json(store: SQLiteStore) -> None:
    text = "Officials said 52 prisoners were freed in Minsk. Ales Pell said he was among them."
    annotations = ArticleAnnotations(
        article="a1", sentences=[Span(0, 48), Span(49, len(text))],
        mentions=[Mention("a1", Span(42, 47), "Minsk", "GPE"), Mention("a1", Span(49, 58), "Ales Pell", "PERSON")],
        quantities=[Quantity(Span(15, 17), "52", 52.0, 52.0, 52.0, counted="prisoners", counted_span=Span(18, 27))],
        attributions=[Attribution("a1", Span(0, 14), "Officials said", ("Officials",), False, False, "said")],
        referents=[Referent("a1", Span(64, 66), "he", Span(49, 58), "Ales Pell")],
    )
    data = annotations_to_data(annotations)
    store.commit_batch(BatchWrite(articles=[ArticleWrite(_article("a1", text), 1, "h", data)]))
    assert annotations_from_data(store.load_annotations("a1")) == annotations


def test_merge_moves_members_and_drops_the_absorbed_story(store: SQLiteStore) -> None:
    store.commit_batch(_two_story_batch())
    late = _article("a5", "The warehouse fire spread to the river bank.", "Daily")
    store.commit_batch(BatchWrite(articles=[_write(late)], memberships=[Membership("a5", "s1", 0.6)],
                                  merges=[("s2", "s1")],
                                  stories=[StoryWrite("s1", None, "2024-05-01", "2024-05-05", {"n": 4})]))
    (merged,) = store.stories()
    assert (merged.id, merged.title, merged.article_count, merged.related) == ("s1", "Flood", 4, ())
    assert store.story_article_ids("s1") == ["a1", "a2", "a3", "a5"]
    assert store.integrity_problems() == []


def test_relation_noted_before_a_merge_in_the_same_batch_follows_the_surviving_story(store: SQLiteStore) -> None:
    """An article relates s3 to s2, a later one merges s2 into s1: the relation must land on s1, not break the batch."""
    store.commit_batch(_two_story_batch())
    third = _article("a6", "Rain closed the mountain pass.", "Daily")
    store.commit_batch(BatchWrite(
        articles=[_write(third)], memberships=[Membership("a6", "s3", 1.0)],
        stories=[StoryWrite("s3", "Pass", None, None, {"n": 1})],
        relations=[Relation("s3", "s2", 0.3), Relation("s2", "s1", 0.5)], merges=[("s2", "s1")]))
    related = {summary.id: summary.related for summary in store.stories()}
    assert related == {"s1": ("s3",), "s3": ("s1",)}
    assert store.integrity_problems() == []


def test_merges_that_chain_in_one_batch_move_members_to_the_last_keeper(store: SQLiteStore) -> None:
    """In one batch a new story s8 absorbs s2, then another new story s9 absorbs s8: s8 is never written, so
    s2's members must go straight to s9 (moving them to s8 would break the foreign key and the batch)."""
    store.commit_batch(_two_story_batch())
    late = _article("a7", "The fire reached the docks.", "Daily")
    store.commit_batch(BatchWrite(
        articles=[_write(late)], memberships=[Membership("a7", "s9", 0.7)],
        merges=[("s2", "s8"), ("s8", "s9")], stories=[StoryWrite("s9", "Docks fire", None, None, {"n": 2})]))
    assert sorted((summary.id, summary.article_count) for summary in store.stories()) == [("s1", 2), ("s9", 2)]
    assert store.story_article_ids("s9") == ["a3", "a7"]
    assert store.integrity_problems() == []


def test_exemplars_are_added_to_not_rewritten(store: SQLiteStore) -> None:
    """A story's exemplars only grow: each batch writes the new ones, and all come back in the state."""
    first = StoryWrite("s1", "Flood", None, None, {"n": 1}, ((0, {"t:river": 0.8}),))
    store.commit_batch(BatchWrite(articles=[_write(_article("a1", "The river rose."))], stories=[first],
                                  memberships=[Membership("a1", "s1", 1.0)]))
    later = StoryWrite("s1", None, None, None, {"n": 2}, ((1, {"t:levee": 0.6}),))
    store.commit_batch(BatchWrite(articles=[_write(_article("a2", "The levee held."))], stories=[later],
                                  memberships=[Membership("a2", "s1", 0.5)]))
    assert list(store.iter_story_states()) == [("s1", {"n": 2, "exemplars": [{"t:river": 0.8}, {"t:levee": 0.6}]})]
    assert store.counts()["story_exemplars"] == 2


def test_merge_drops_the_absorbed_story_exemplars(store: SQLiteStore) -> None:
    two = _two_story_batch()
    two.stories[1] = StoryWrite("s2", "Fire", None, None, {"n": 1}, ((0, {"t:fire": 1.0}),))
    store.commit_batch(two)
    keeper = StoryWrite("s1", None, None, None, {"n": 4}, ((0, {"t:fire": 1.0}),))
    store.commit_batch(BatchWrite(articles=[_write(_article("a5", "The fire spread."))],
                                  memberships=[Membership("a5", "s1", 0.6)], merges=[("s2", "s1")],
                                  stories=[keeper]))
    assert list(store.iter_story_states()) == [("s1", {"n": 4, "exemplars": [{"t:fire": 1.0}]})]
    assert store.integrity_problems() == []


def test_migration_moves_exemplars_out_of_stored_states(tmp_path: Path) -> None:
    """A store written at schema 4 kept exemplars and index keys inside each story's state; version 5 makes
    the exemplars rows and drops the keys (the index is rebuilt from the centroids)."""
    from newsprism.store.migrations import MIGRATIONS
    from newsprism.store.sqlite import _apply

    path = tmp_path / "old.db"
    with sqlite3.connect(path, isolation_level=None) as raw:
        for number, (_, sql) in enumerate(MIGRATIONS[:4], start=1):
            _apply(raw, number, sql)
        raw.execute("INSERT INTO batches VALUES (1, 'then', 0, 'local')")
        state = '{"members": 2, "exemplars": [{"t:a": 1.0}, {"t:b": 0.5}], "keys": ["t:a", "t:b"], "first": null}'
        raw.execute("INSERT INTO stories VALUES ('s1', 1, 'Old', NULL, NULL, ?, 1)", (state,))
    with SQLiteStore(path) as store:
        assert store.schema_version() == SCHEMA_VERSION
        ((_, loaded),) = store.iter_story_states()
        assert loaded == {"members": 2, "first": None, "exemplars": [{"t:a": 1.0}, {"t:b": 0.5}]}
    with sqlite3.connect(path) as raw:
        assert raw.execute("SELECT state FROM stories").fetchone()[0] == '{"members":2,"first":null}'


def _vocabulary_batch(number: int, counts: dict[str, int]) -> BatchWrite:
    return BatchWrite(articles=[_write(_article(f"v{number}", f"text {number}"))], documents=2, key_counts=counts)


def test_document_frequencies_are_appended_then_folded_into_the_vocabulary(
        store: SQLiteStore, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("newsprism.store.sqlite.FOLD_MIN_KEYS", 4)
    store.commit_batch(_vocabulary_batch(1, {"t:fire": 2, "e:kelso": 1}))
    store.commit_batch(_vocabulary_batch(2, {"t:fire": 1}))
    assert store.vocabulary() == (4, {"t:fire": 3, "e:kelso": 1})
    assert (store.counts()["vocabulary"], store.counts()["vocabulary_increments"]) == (0, 2)
    store.commit_batch(_vocabulary_batch(3, {"t:flood": 1}))  # 4 keys appended: folded
    assert (store.counts()["vocabulary"], store.counts()["vocabulary_increments"]) == (3, 0)
    # folded, the vocabulary holds 3 keys: the next fold waits for 4 appended keys, as the minimum asks
    store.commit_batch(_vocabulary_batch(4, {"t:fire": 1, "t:levee": 1, "e:kelso": 1}))
    assert store.counts()["vocabulary_increments"] == 1
    assert store.vocabulary() == (8, {"t:fire": 4, "e:kelso": 2, "t:flood": 1, "t:levee": 1})
    with sqlite3.connect(store.path) as raw:
        assert sorted(raw.execute("SELECT key, count FROM vocabulary")) == [
            ("e:kelso", 1), ("t:fire", 3), ("t:flood", 1)]


def test_a_schema_5_vocabulary_is_read_with_the_counts_appended_after_the_migration(tmp_path: Path) -> None:
    from newsprism.store.migrations import MIGRATIONS
    from newsprism.store.sqlite import _apply

    path = tmp_path / "v5.db"
    with sqlite3.connect(path, isolation_level=None) as raw:
        for number, (_, sql) in enumerate(MIGRATIONS[:5], start=1):
            _apply(raw, number, sql)
        raw.executemany("INSERT INTO vocabulary VALUES (?, ?)", [("t:fire", 5), ("e:kelso", 2)])
        raw.execute("INSERT INTO counters VALUES ('documents', 6)")
    with SQLiteStore(path) as store:
        assert store.schema_version() == SCHEMA_VERSION
        assert store.vocabulary() == (6, {"t:fire": 5, "e:kelso": 2})
        store.commit_batch(_vocabulary_batch(1, {"t:fire": 1, "t:levee": 1}))
        assert store.vocabulary() == (8, {"t:fire": 6, "e:kelso": 2, "t:levee": 1})


_WEIGHTS = st.dictionaries(st.text(min_size=1, max_size=12), st.floats(allow_nan=False), max_size=60)


@given(_WEIGHTS)
def test_a_story_state_round_trips_exactly_with_its_centroid_packed(centroid: dict[str, float]) -> None:
    state = {"id": "s1", "members": 3, "first": None, "centroid": centroid}
    text, weights = story_state_columns(state)
    assert "centroid" not in json.loads(text)
    assert len(weights) == 8 * len(centroid)
    loaded = story_state_from_columns(text, weights)
    assert loaded == state
    assert list(loaded["centroid"]) == list(centroid)  # the centroid's own order, not sorted


def test_the_centroid_is_stored_as_packed_weights_and_read_back(store: SQLiteStore) -> None:
    centroid = {"t:river": 0.1 + 0.2, "e:kelso": 1 / 3}
    batch = _two_story_batch()
    batch.stories[0] = StoryWrite("s1", "Flood", None, None, {"members": 2, "centroid": centroid})
    store.commit_batch(batch)
    with sqlite3.connect(store.path) as raw:
        state, weights = raw.execute("SELECT state, weights FROM stories WHERE id = 's1'").fetchone()
    assert state == '{"centroid_keys":["t:river","e:kelso"],"members":2}'
    assert weights == struct.pack("<2d", 0.1 + 0.2, 1 / 3)
    states = dict(store.iter_story_states())
    assert states["s1"] == {"members": 2, "centroid": centroid, "exemplars": []}
    assert states["s2"] == {"n": 1, "exemplars": []}


def _older_store(path: Path, schema: int) -> sqlite3.Connection:
    """A raw connection to a new database brought up to ``schema`` only, holding one batch: to write rows as an
    older newsprism did."""
    from newsprism.store.migrations import MIGRATIONS
    from newsprism.store.sqlite import _apply

    raw = sqlite3.connect(path, isolation_level=None)
    for number, (_, sql) in enumerate(MIGRATIONS[:schema], start=1):
        _apply(raw, number, sql)
    raw.execute("INSERT INTO batches VALUES (1, 'then', 0, 'local')")
    return raw


def test_a_state_stored_before_schema_7_keeps_its_json_centroid(tmp_path: Path) -> None:
    path = tmp_path / "v6.db"
    with closing(_older_store(path, 6)) as raw:
        raw.execute("INSERT INTO stories VALUES ('s1', 1, 'Old', NULL, NULL, ?, 1)",
                    ('{"centroid":{"t:a":0.5},"members":1}',))
    with SQLiteStore(path) as store:
        assert store.schema_version() == SCHEMA_VERSION == 9
        assert dict(store.iter_story_states()) == {"s1": {"centroid": {"t:a": 0.5}, "members": 1, "exemplars": []}}


def test_signatures_stored_before_schema_9_are_first_versions_in_their_old_order(tmp_path: Path) -> None:
    path = tmp_path / "v8.db"
    with closing(_older_store(path, 8)) as raw:
        for seq, article_id in ((1, "a1"), (2, "a2")):
            raw.execute("INSERT INTO articles VALUES (?, ?, NULL, 1, 1)", (article_id, seq))
            raw.execute("INSERT INTO article_versions (article_id, version, content_hash, authors, source_format, "
                        "text, original, removals, metadata, batch_id) VALUES (?, 1, 'h', '[]', 'text', 't', 't', "
                        "'[]', '{}', 1)", (article_id,))
        raw.executemany("INSERT INTO signatures VALUES (?, ?, ?)", [("a2", 2, b"\x02"), ("a1", 1, b"\x01")])
    with SQLiteStore(path) as store:
        assert store.schema_version() == SCHEMA_VERSION
        assert list(store.iter_signatures()) == [("a1", 1, b"\x01"), ("a2", 1, b"\x02")]
        assert store.integrity_problems() == []


def test_a_later_versions_signature_is_kept_beside_the_first(store: SQLiteStore) -> None:
    store.commit_batch(_two_story_batch())
    changed = _article("a1", "The river flooded the town on Monday and Tuesday.", "Daily", "http://x/1")
    store.commit_batch(BatchWrite(articles=[_write(changed, version=2)], signatures=[("a1", 2, b"\x01\x04")]))
    assert list(store.iter_signatures()) == [("a2", 1, b"\x01\x03"), ("a1", 1, b"\x01\x02"), ("a1", 2, b"\x01\x04")]
    assert store.integrity_problems() == []


def test_dropping_a_merged_story_searches_its_relations_by_index_on_either_side(store: SQLiteStore) -> None:
    # a scan here cost every merge a read of all relations: a cost that grew with the store
    plans = {column: store._db.execute(f"EXPLAIN QUERY PLAN DELETE FROM story_relations WHERE {column} = ?",
                                       ("s1",)).fetchall()[0][3]
             for column in ("story_id", "related_id")}
    assert plans == {"story_id": "SEARCH story_relations USING COVERING INDEX sqlite_autoindex_story_relations_1 "
                                 "(story_id=?)",
                     "related_id": "SEARCH story_relations USING COVERING INDEX story_relations_related "
                                   "(related_id=?)"}


def test_weights_that_do_not_match_the_centroid_keys_are_a_store_error() -> None:
    with pytest.raises(StoreError, match="names 2 centroid keys but holds 8 bytes of weights"):
        story_state_from_columns('{"centroid_keys":["t:a","t:b"]}', struct.pack("<d", 0.5))


def test_another_programs_database_is_refused_and_left_untouched(tmp_path):
    """Neither a reader nor ingest turns an SQLite file of something else into a store (nor switches it to WAL)."""
    other = tmp_path / "invoices.db"
    with closing(sqlite3.connect(other)) as connection:
        connection.execute("CREATE TABLE invoices (id INTEGER)")
        connection.commit()
    for create in (False, True):
        with pytest.raises(StoreError) as raised:
            open_store(other, create=create)
        assert str(raised.value) == (f"{other}: not a newsprism store: an SQLite database of something else "
                                     "(tables: invoices)")
    with closing(sqlite3.connect(other)) as connection:
        assert connection.execute("SELECT name FROM sqlite_master").fetchall() == [("invoices",)]
        assert connection.execute("PRAGMA journal_mode").fetchone() == ("delete",)


def test_a_reader_does_not_make_a_store_of_an_empty_file(tmp_path):
    empty = tmp_path / "empty.db"
    empty.write_bytes(b"")
    with pytest.raises(StoreError) as raised:
        open_store(empty, create=False)
    assert str(raised.value) == f"{empty}: no store there (run `newsprism ingest ... --db {empty}` first)"
    assert empty.read_bytes() == b""


def test_a_store_in_a_folder_it_cannot_write_says_so(tmp_path, monkeypatch):
    """SQLite keeps its log files beside the store: in a read-only folder even a reader fails to open it, and the
    message names the folder, not 'not a newsprism store'. (As root every folder is writable: the refusal is
    simulated where the test runs as root.)"""
    db = tmp_path / "ro" / "s.db"
    db.parent.mkdir()
    open_store(db).close()
    for suffix in ("-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    db.parent.chmod(0o555)
    try:
        if os.geteuid() == 0:
            def refuse(*args, **kwargs):
                raise sqlite3.OperationalError("attempt to write a readonly database")
            monkeypatch.setattr(sqlite3, "connect", refuse)
            monkeypatch.setattr(os, "access", lambda path, mode: Path(path) != db.parent)
        with pytest.raises(StoreError) as raised:
            open_store(db, create=False)
    finally:
        db.parent.chmod(0o755)
    assert str(raised.value) == (f"{db}: the store cannot be opened (attempt to write a readonly database): its "
                                 f"folder {db.parent} is not writable, and SQLite keeps its log files beside the store")
