"""The default store: one SQLite file in WAL mode (standard library sqlite3).

WAL lets readers (``newsprism stories``, ``analyze``) work while an ingest writes, and a killed writer
leaves only whole transactions behind. Each batch is one ``BEGIN IMMEDIATE ... COMMIT``.
"""
from __future__ import annotations

import json
import os
import sqlite3
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from ..errors import NotFound, StoreError
from ..model import Article, ArticleVersion
from . import codec
from .base import ArticleRef, BatchWrite, Store, StorySummary, StoryWrite
from .migrations import MIGRATIONS, SCHEMA_VERSION

BUSY_TIMEOUT_MS = 30_000
CACHE_KIB = 64 * 1024
# Appended document frequencies are folded into the vocabulary once they hold this many keys, or as many as it
# has if that is more (see _write_vocabulary): a young store folds every few batches, not at each.
FOLD_MIN_KEYS = 50_000


def _connect(path: Path, create: bool = True) -> sqlite3.Connection:
    try:
        connection = sqlite3.connect(str(path), isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
        connection.row_factory = sqlite3.Row
        _refuse_other_databases(connection, path, create)  # before WAL mode, which would change the file
        connection.execute("PRAGMA journal_mode=WAL")
        # NORMAL in WAL mode: a killed process loses no committed transaction; only power loss may.
        connection.execute("PRAGMA synchronous=NORMAL")
        connection.execute("PRAGMA foreign_keys=ON")
        # a larger page cache keeps the id, url and vocabulary indexes in memory as the store grows
        connection.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
        return connection
    except sqlite3.OperationalError as exc:  # the file could not be opened or written, whatever it holds
        raise StoreError(f"{path}: the store cannot be opened ({exc}){_folder_problem(path)}") from exc
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path}: not a newsprism store ({exc})") from exc


def _no_store(path: Path) -> StoreError:
    return StoreError(f"{path}: no store there (run `newsprism ingest ... --db {path}` first)")


def damaged_store(error: sqlite3.DatabaseError) -> StoreError:
    """The error to report for an SQLite failure met while using a store already open (a table dropped, pages
    overwritten since): the store is damaged, or was never ours."""
    return StoreError(f"the store cannot be used: it is damaged or not a newsprism store ({error})")


def _folder_problem(path: Path) -> str:
    """What is wrong with the store's folder, if anything: SQLite keeps its write-ahead log and shared-memory
    files beside the store, so even a reader needs the folder to be writable."""
    folder = path.parent
    if folder.is_dir() and not os.access(folder, os.W_OK | os.X_OK):
        return f": its folder {folder} is not writable, and SQLite keeps its log files beside the store"
    return ""


def _refuse_other_databases(connection: sqlite3.Connection, path: Path, create: bool) -> None:
    """A database of some other program (tables, none of them ours) is never turned into a store, and a reader
    (``create=False``) never makes one of an empty file."""
    if stored_version(connection) > 0:
        return
    tables = sorted(row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'"))
    if tables:
        connection.close()
        shown = ", ".join(tables[:5]) + (f" and {len(tables) - 5} more" if len(tables) > 5 else "")
        raise StoreError(f"{path}: not a newsprism store: an SQLite database of something else (tables: {shown})")
    if not create:
        connection.close()
        raise _no_store(path)


def stored_version(connection: sqlite3.Connection) -> int:
    """The schema version a database is at (0 for a new, empty one)."""
    exists = connection.execute(
        "SELECT 1 FROM sqlite_master WHERE type='table' AND name='schema_version'").fetchone()
    if not exists:
        return 0
    row = connection.execute("SELECT MAX(version) FROM schema_version").fetchone()
    return int(row[0] or 0)


def migrate(connection: sqlite3.Connection, path: Path) -> int:
    """Apply the migrations this database lacks, each in its own transaction; refuse a newer one."""
    version = stored_version(connection)
    if version > SCHEMA_VERSION:
        raise StoreError(f"{path}: store schema version {version} is newer than this newsprism "
                         f"(knows up to {SCHEMA_VERSION}); upgrade newsprism")
    for number in range(version, SCHEMA_VERSION):
        _apply(connection, number + 1, MIGRATIONS[number][1])
    return SCHEMA_VERSION


def _apply(connection: sqlite3.Connection, number: int, sql: str) -> None:
    # executescript commits whatever is open first, so the step carries its own transaction.
    connection.executescript(
        "BEGIN IMMEDIATE;\n"
        "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL, applied_at TEXT NOT NULL);\n"
        f"{sql}\n"
        f"INSERT INTO schema_version VALUES ({number}, '{_now()}');\n"
        "COMMIT;")


def _now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _check_store_path(path: Path, create: bool) -> None:
    """Refuse, with the reason, a path that cannot hold a store: SQLite would only say "unable to open"."""
    if path.is_dir():
        raise StoreError(f"{path}: is a folder; a store is one file (e.g. {path / 'news.db'})")
    if not create and not path.is_file():
        raise _no_store(path)
    if not path.parent.is_dir():
        raise StoreError(f"{path}: cannot create a store there: the folder {path.parent} does not exist")


def remove_store_files(path: str | Path) -> None:
    """Delete a store file and the companions SQLite keeps beside it (``-wal``, ``-shm``, ``-journal``).

    For a store that was just created and must not be left behind; the caller decides that it may go.
    """
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


class SQLiteStore(Store):
    """A store in one SQLite file. ``create=False`` refuses a path that holds no store yet."""

    def __init__(self, path: str | Path, create: bool = True) -> None:
        self.path = Path(path)
        _check_store_path(self.path, create)
        self._db = _connect(self.path, create)
        try:
            migrate(self._db, self.path)
        except sqlite3.DatabaseError as exc:
            self._db.close()
            raise StoreError(f"{self.path}: cannot prepare the store ({exc})") from exc
        except StoreError:
            self._db.close()
            raise

    def close(self) -> None:
        self._db.close()

    def schema_version(self) -> int:
        return stored_version(self._db)

    def find_article(self, article_id: str, url: str | None) -> ArticleRef | None:
        row = self._ref_where("a.id = ?", article_id)
        if row is None and url:
            row = self._ref_where("a.url = ?", url)
        return row

    def _ref_where(self, condition: str, value: str) -> ArticleRef | None:
        row = self._db.execute(
            "SELECT a.id, a.current_version, v.content_hash, a.url FROM articles a JOIN article_versions v "
            f"ON v.article_id = a.id AND v.version = a.current_version WHERE {condition} ORDER BY a.seq LIMIT 1",
            (value,)).fetchone()
        return None if row is None else ArticleRef(row[0], row[1], row[2], row[3])

    def commit_batch(self, batch: BatchWrite) -> int:
        try:
            self._db.execute("BEGIN IMMEDIATE")
            batch_id = _write_batch(self._db, batch)
            self._db.execute("COMMIT")
            return batch_id
        except sqlite3.Error as exc:
            if self._db.in_transaction:
                self._db.execute("ROLLBACK")
            raise StoreError(f"{self.path}: batch not committed ({exc})") from exc

    def load_article(self, article_id: str, version: int | None = None) -> Article:
        row = self._version_row(article_id, version)
        article = codec.article_from_row(article_id, row)
        link = self._db.execute(
            "SELECT duplicate_of, similarity FROM duplicates WHERE article_id = ?", (article_id,)).fetchone()
        if link is not None:
            article.duplicate_of, article.duplicate_similarity = link[0], link[1]
        return article

    def _version_row(self, article_id: str, version: int | None) -> sqlite3.Row:
        row = self._db.execute(
            "SELECT v.* FROM article_versions v JOIN articles a ON a.id = v.article_id "
            "WHERE v.article_id = ? AND v.version = COALESCE(?, a.current_version)",
            (article_id, version)).fetchone()
        if row is None:
            raise NotFound(f"no article {article_id!r}" + (f" version {version}" if version else "")
                           + f" in {self.path}")
        return row

    def load_annotations(self, article_id: str) -> dict[str, Any] | None:
        raw = self._version_row(article_id, None)["annotations"]
        return None if raw is None else json.loads(raw)

    def versions(self, article_id: str) -> list[int]:
        rows = self._db.execute(
            "SELECT version FROM article_versions WHERE article_id = ? ORDER BY version", (article_id,))
        return [row[0] for row in rows]

    def version_history(self, article_id: str) -> list[ArticleVersion]:
        rows = self._db.execute(
            "SELECT v.version, b.committed_at, v.published, v.title FROM article_versions v "
            "JOIN batches b ON b.id = v.batch_id WHERE v.article_id = ? ORDER BY v.version", (article_id,))
        return [ArticleVersion(*row) for row in rows]

    def story_article_ids(self, story_id: str) -> list[str]:
        if self._db.execute("SELECT 1 FROM stories WHERE id = ?", (story_id,)).fetchone() is None:
            raise NotFound(f"no story {story_id!r} in {self.path} (see `newsprism stories --db {self.path}`)")
        rows = self._db.execute(
            "SELECT m.article_id FROM story_members m JOIN articles a ON a.id = m.article_id "
            "WHERE m.story_id = ? ORDER BY a.seq", (story_id,))
        return [row[0] for row in rows]

    def story_of(self, article_id: str) -> str | None:
        row = self._db.execute("SELECT story_id FROM story_members WHERE article_id = ?", (article_id,)).fetchone()
        return None if row is None else row[0]

    def vocabulary(self) -> tuple[int, dict[str, int]]:
        # One snapshot: a concurrent ingest may fold the appended counts in between the reads.
        with self._snapshot():
            counts = Counter({key: count for key, count in self._db.execute("SELECT key, count FROM vocabulary")})
            counts.update(_appended_counts(self._db))
            return _counter(self._db, "documents"), dict(counts)

    @contextmanager
    def _snapshot(self) -> Iterator[None]:
        """One read transaction: the reads inside see one state of the file, whatever an ingest commits."""
        self._db.execute("BEGIN")
        try:
            yield
        finally:
            self._db.execute("COMMIT")

    def stories(self) -> list[StorySummary]:
        # One consistent snapshot for the three queries: a concurrent ingest may commit in between.
        with self._snapshot():
            members = _story_members(self._db)
            related = _story_relations(self._db)
            rows = self._db.execute(
                "SELECT id, title, first_published, last_published FROM stories "
                "ORDER BY first_published IS NULL, first_published, seq").fetchall()
        return [_summary(row, members.get(row[0], []), related.get(row[0], ())) for row in rows]

    def iter_signatures(self) -> Iterator[tuple[str, int, bytes]]:
        for row in self._db.execute("SELECT article_id, version, signature FROM signatures ORDER BY position"):
            yield row[0], row[1], bytes(row[2])

    def iter_story_states(self) -> Iterator[tuple[str, dict[str, Any]]]:
        exemplars: dict[str, list[dict]] = {}
        for story_id, vector in self._db.execute("SELECT story_id, vector FROM story_exemplars "
                                                 "ORDER BY story_id, position"):
            exemplars.setdefault(story_id, []).append(json.loads(vector))
        for story_id, state, weights in self._db.execute("SELECT id, state, weights FROM stories ORDER BY seq"):
            yield story_id, {**codec.story_state_from_columns(state, weights),
                             "exemplars": exemplars.pop(story_id, [])}

    def iter_memberships(self) -> Iterator[tuple[str, str]]:
        for row in self._db.execute("SELECT m.story_id, m.article_id FROM story_members m "
                                    "JOIN articles a ON a.id = m.article_id ORDER BY a.seq"):
            yield row[0], row[1]

    def iter_relations(self) -> Iterator[tuple[str, str]]:
        for row in self._db.execute("SELECT story_id, related_id FROM story_relations ORDER BY rowid"):
            yield row[0], row[1]

    def counts(self) -> dict[str, int]:
        tables = ("batches", "articles", "article_versions", "ingest_errors", "duplicates", "signatures",
                  "stories", "story_members", "story_relations", "story_exemplars", "vocabulary",
                  "vocabulary_increments")
        return {table: self._db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0] for table in tables}

    def integrity_problems(self) -> list[str]:
        """SQLite's integrity check and foreign-key check; empty when the file is sound."""
        problems = [row[0] for row in self._db.execute("PRAGMA integrity_check") if row[0] != "ok"]
        problems += [f"foreign key: {tuple(row)}" for row in self._db.execute("PRAGMA foreign_key_check")]
        return problems


def _write_batch(db: sqlite3.Connection, batch: BatchWrite) -> int:
    cursor = db.execute("INSERT INTO batches (committed_at, articles, engine) VALUES (?, ?, ?)",
                        (_now(), len(batch.articles), batch.engine))
    batch_id = int(cursor.lastrowid)
    _write_articles(db, batch, batch_id)
    db.executemany("INSERT INTO ingest_errors (input, error, kind, batch_id) VALUES (?, ?, ?, ?)",
                   [(error.input, error.error, error.kind, batch_id) for error in batch.errors])
    db.executemany("INSERT OR REPLACE INTO duplicates VALUES (?, ?, ?)",
                   [(link.article_id, link.duplicate_of, link.similarity) for link in batch.duplicates])
    db.executemany("INSERT OR REPLACE INTO signatures (article_id, version, signature) VALUES (?, ?, ?)",
                   batch.signatures)
    _write_stories(db, batch, batch_id)
    _write_vocabulary(db, batch, batch_id)
    return batch_id


def _write_vocabulary(db: sqlite3.Connection, batch: BatchWrite, batch_id: int) -> None:
    """Append the batch's document frequencies; fold the appended ones into the vocabulary once they hold as
    many keys as it does (and at least ``FOLD_MIN_KEYS``).

    Upserting each batch's keys (some 7,000 for 256 articles) dirtied most of the vocabulary's pages at every
    commit, a cost per article that grew with the vocabulary. Folded this way, each key a batch adds is
    upserted about once, with the keys of the batches folded with it counted together, and the pages a fold
    dirties are spread over as many articles as the vocabulary has keys: the cost per article stays level
    as the store grows. Readers add the appended counts to the vocabulary (see ``_vocabulary``)."""
    if not batch.documents and not batch.key_counts:
        return
    _add_to_counter(db, "documents", batch.documents)
    db.execute("INSERT INTO vocabulary_increments VALUES (?, ?, ?)",
               (batch_id, len(batch.key_counts), _counts_json(batch.key_counts)))
    appended = _add_to_counter(db, "appended_keys", len(batch.key_counts))
    if appended >= max(FOLD_MIN_KEYS, _counter(db, "vocabulary_keys")):
        _fold_increments(db)


def _counts_json(counts: dict[str, int]) -> str:
    # not codec.dumps: sorting and escaping thousands of keys per batch cost more than all the rest of this
    return json.dumps(counts, ensure_ascii=False, separators=(",", ":"))


def _fold_increments(db: sqlite3.Connection) -> None:
    totals = _appended_counts(db)
    db.executemany("INSERT INTO vocabulary VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET count = count + excluded.count",
                   sorted(totals.items()))
    db.execute("DELETE FROM vocabulary_increments")
    _set_counter(db, "appended_keys", 0)
    _set_counter(db, "vocabulary_keys", db.execute("SELECT COUNT(*) FROM vocabulary").fetchone()[0])


def _appended_counts(db: sqlite3.Connection) -> Counter[str]:
    totals: Counter[str] = Counter()
    for (raw,) in db.execute("SELECT counts FROM vocabulary_increments ORDER BY batch_id"):
        totals.update(json.loads(raw))
    return totals


def _counter(db: sqlite3.Connection, name: str) -> int:
    row = db.execute("SELECT value FROM counters WHERE name = ?", (name,)).fetchone()
    return 0 if row is None else int(row[0])


def _add_to_counter(db: sqlite3.Connection, name: str, amount: int) -> int:
    db.execute("INSERT INTO counters VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET value = value + excluded.value",
               (name, amount))
    return _counter(db, name)


def _set_counter(db: sqlite3.Connection, name: str, value: int) -> None:
    db.execute("INSERT INTO counters VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET value = excluded.value",
               (name, value))


def _write_articles(db: sqlite3.Connection, batch: BatchWrite, batch_id: int) -> None:
    next_seq = db.execute("SELECT COALESCE(MAX(seq), 0) FROM articles").fetchone()[0] + 1
    for item in batch.articles:
        article = item.article
        if item.version == 1:
            db.execute("INSERT INTO articles VALUES (?, ?, ?, 1, ?)", (article.id, next_seq, article.url, batch_id))
            next_seq += 1
        else:
            db.execute("UPDATE articles SET current_version = ?, url = COALESCE(?, url) WHERE id = ?",
                       (item.version, article.url, article.id))
        row = codec.article_row(article)
        annotations = None if item.annotations is None else codec.dumps(item.annotations)
        db.execute(
            f"INSERT INTO article_versions (article_id, version, content_hash, annotations, batch_id, "
            f"{', '.join(row)}) VALUES (?, ?, ?, ?, ?, {', '.join('?' * len(row))})",
            (article.id, item.version, item.content_hash, annotations, batch_id, *row.values()))


def _write_stories(db: sqlite3.Connection, batch: BatchWrite, batch_id: int) -> None:
    next_seq = db.execute("SELECT COALESCE(MAX(seq), 0) FROM stories").fetchone()[0] + 1
    for story in batch.stories:
        exists = db.execute("SELECT 1 FROM stories WHERE id = ?", (story.id,)).fetchone()
        state, weights = codec.story_state_columns(story.state)
        values = (story.title, story.first_published, story.last_published, state)
        if exists:
            db.execute("UPDATE stories SET title = COALESCE(?, title), first_published = ?, last_published = ?, "
                       "state = ?, weights = ? WHERE id = ?", (*values, weights, story.id))
        else:
            db.execute("INSERT INTO stories VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                       (story.id, next_seq, *values, batch_id, weights))
            next_seq += 1
        _add_exemplars(db, story)
    db.executemany("INSERT OR REPLACE INTO story_members VALUES (?, ?, ?)",
                   [(m.article_id, m.story_id, m.score) for m in batch.memberships])
    final = _final_keepers(batch.merges)
    for gone, _keeper in batch.merges:
        db.execute("UPDATE story_members SET story_id = ? WHERE story_id = ?", (final(gone), gone))
        db.execute("DELETE FROM story_relations WHERE story_id = ?", (gone,))
        db.execute("DELETE FROM story_relations WHERE related_id = ?", (gone,))
        # the survivor's own StoryWrite carries the exemplars it took over, as new ones
        db.execute("DELETE FROM story_exemplars WHERE story_id = ?", (gone,))
        db.execute("DELETE FROM stories WHERE id = ?", (gone,))
    db.executemany("INSERT OR IGNORE INTO story_relations VALUES (?, ?, ?)", _surviving_relations(db, batch, final))


def _add_exemplars(db: sqlite3.Connection, story: StoryWrite) -> None:
    """The story's exemplars the store does not hold yet (they only grow)."""
    db.executemany("INSERT OR REPLACE INTO story_exemplars VALUES (?, ?, ?)",
                   [(story.id, position, codec.dumps(vector)) for position, vector in story.new_exemplars])


def _final_keepers(merges: list[tuple[str, str]]) -> Callable[[str], str]:
    """Maps a story to the one that holds it once all of a batch's merges are done.

    Merges chain within a batch (b into a, then a into c): b's members go to c, since a, absorbed later in
    the same batch, is never written (moving them to a would break the foreign key, and the batch).
    """
    keeper_of = dict(merges)

    def final(story_id: str) -> str:
        seen = set()
        while story_id in keeper_of and story_id not in seen:
            seen.add(story_id)
            story_id = keeper_of[story_id]
        return story_id

    return final


def _surviving_relations(db: sqlite3.Connection, batch: BatchWrite,
                         final: Callable[[str], str]) -> list[tuple[str, str, float]]:
    """The batch's relations with merged-away stories replaced by the stories that absorbed them.

    A relation noted early in a batch may name a story that a later article of the same batch merged into
    another; writing it as noted would break the foreign key (and the batch). Self-relations are dropped.
    """
    rows = {}
    for relation in batch.relations:
        a, b = final(relation.story_id), final(relation.related_id)
        if a != b:
            rows.setdefault((a, b), relation.score)
    existing = _existing_stories(db, {story_id for pair in rows for story_id in pair})
    return [(a, b, score) for (a, b), score in rows.items() if a in existing and b in existing]


def _existing_stories(db: sqlite3.Connection, story_ids: set[str]) -> set[str]:
    """Which of ``story_ids`` the store holds (one query per 500, under SQLite's limit on parameters)."""
    ids, found = sorted(story_ids), set()
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        query = f"SELECT id FROM stories WHERE id IN ({', '.join('?' * len(chunk))})"
        found.update(row[0] for row in db.execute(query, chunk))
    return found


def _story_members(db: sqlite3.Connection) -> dict[str, list[tuple[str | None, bool]]]:
    """story id -> [(outlet, is a duplicate)] of its members' current versions."""
    rows = db.execute(
        "SELECT m.story_id, v.outlet, d.article_id IS NOT NULL FROM story_members m "
        "JOIN articles a ON a.id = m.article_id "
        "JOIN article_versions v ON v.article_id = a.id AND v.version = a.current_version "
        "LEFT JOIN duplicates d ON d.article_id = a.id ORDER BY a.seq")
    members: dict[str, list[tuple[str | None, bool]]] = {}
    for story_id, outlet, is_duplicate in rows:
        members.setdefault(story_id, []).append((outlet, bool(is_duplicate)))
    return members


def _story_relations(db: sqlite3.Connection) -> dict[str, tuple[str, ...]]:
    related: dict[str, set[str]] = {}
    for story_id, related_id in db.execute("SELECT story_id, related_id FROM story_relations"):
        related.setdefault(story_id, set()).add(related_id)
        related.setdefault(related_id, set()).add(story_id)
    return {story_id: tuple(sorted(ids)) for story_id, ids in related.items()}


def independent_sources(members: list[tuple[str | None, bool]]) -> int:
    """Originals counted once per outlet; a syndicated copy adds nothing; an unnamed outlet counts alone."""
    originals = [outlet for outlet, is_duplicate in members if not is_duplicate]
    named = {outlet.casefold() for outlet in originals if outlet}
    return len(named) + sum(1 for outlet in originals if not outlet)


def _summary(row: sqlite3.Row, members: list[tuple[str | None, bool]], related: tuple[str, ...]) -> StorySummary:
    outlets = tuple(sorted({outlet for outlet, _ in members if outlet}))
    return StorySummary(id=row[0], title=row[1], first_published=row[2], last_published=row[3], outlets=outlets,
                        article_count=len(members), independent_sources=independent_sources(members),
                        related=related)
