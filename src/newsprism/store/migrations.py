"""Ordered schema migrations of the embedded store.

``MIGRATIONS[i]`` takes a database from schema version ``i`` to ``i + 1``. Steps are only ever appended:
a released step is never edited, so that every existing database can be brought forward in order.
The statements are portable SQL (plus SQLite's ``WITHOUT ROWID``-free defaults) so that a server
database can replay them with small changes.
"""
from __future__ import annotations

MIGRATIONS: list[tuple[str, str]] = [
    (
        "articles, their versions, ingest batches and errors",
        """
        CREATE TABLE batches (
            id INTEGER PRIMARY KEY,
            committed_at TEXT NOT NULL,
            articles INTEGER NOT NULL,
            engine TEXT NOT NULL
        );
        CREATE TABLE articles (
            id TEXT PRIMARY KEY,
            seq INTEGER NOT NULL UNIQUE,
            url TEXT,
            current_version INTEGER NOT NULL,
            batch_id INTEGER NOT NULL REFERENCES batches(id)
        );
        CREATE INDEX articles_url ON articles(url);
        CREATE TABLE article_versions (
            article_id TEXT NOT NULL REFERENCES articles(id),
            version INTEGER NOT NULL,
            content_hash TEXT NOT NULL,
            title TEXT,
            outlet TEXT,
            url TEXT,
            path TEXT,
            published TEXT,
            authors TEXT NOT NULL,
            dateline TEXT,
            source_format TEXT NOT NULL,
            text TEXT NOT NULL,
            original TEXT NOT NULL,
            removals TEXT NOT NULL,
            metadata TEXT NOT NULL,
            annotations TEXT,
            batch_id INTEGER NOT NULL REFERENCES batches(id),
            PRIMARY KEY (article_id, version)
        );
        CREATE TABLE ingest_errors (
            id INTEGER PRIMARY KEY,
            input TEXT NOT NULL,
            error TEXT NOT NULL,
            kind TEXT NOT NULL,
            batch_id INTEGER NOT NULL REFERENCES batches(id)
        );
        """,
    ),
    (
        "near-duplicate links and the signatures the duplicate index is rebuilt from",
        """
        CREATE TABLE duplicates (
            article_id TEXT PRIMARY KEY REFERENCES articles(id),
            duplicate_of TEXT NOT NULL REFERENCES articles(id),
            similarity REAL NOT NULL
        );
        CREATE INDEX duplicates_of ON duplicates(duplicate_of);
        CREATE TABLE signatures (
            article_id TEXT PRIMARY KEY REFERENCES articles(id),
            seq INTEGER NOT NULL,
            signature BLOB NOT NULL
        );
        """,
    ),
    (
        "stories, memberships, relations and the clusterer's per-story state",
        """
        CREATE TABLE stories (
            id TEXT PRIMARY KEY,
            seq INTEGER NOT NULL UNIQUE,
            title TEXT NOT NULL,
            first_published TEXT,
            last_published TEXT,
            state TEXT NOT NULL,
            batch_id INTEGER NOT NULL REFERENCES batches(id)
        );
        CREATE TABLE story_members (
            article_id TEXT PRIMARY KEY REFERENCES articles(id),
            story_id TEXT NOT NULL REFERENCES stories(id),
            score REAL
        );
        CREATE INDEX story_members_story ON story_members(story_id);
        CREATE TABLE story_relations (
            story_id TEXT NOT NULL REFERENCES stories(id),
            related_id TEXT NOT NULL REFERENCES stories(id),
            score REAL,
            PRIMARY KEY (story_id, related_id)
        );
        """,
    ),
    (
        "the clusterer's document frequencies, added to per batch rather than rewritten",
        """
        CREATE TABLE vocabulary (
            key TEXT PRIMARY KEY,
            count INTEGER NOT NULL
        );
        CREATE TABLE counters (
            name TEXT PRIMARY KEY,
            value INTEGER NOT NULL
        );
        """,
    ),
    (
        "a story's exemplars as rows, each written once; its index keys no longer stored",
        # Both only grew; rewritten with the state at every batch touching the story, they made storing
        # cost more per article as stories grew. Exemplars are moved out (json_each: SQLite's JSON1); the
        # keys are dropped: the index is rebuilt from each story's centroid.
        """
        CREATE TABLE story_exemplars (
            story_id TEXT NOT NULL REFERENCES stories(id),
            position INTEGER NOT NULL,
            vector TEXT NOT NULL,
            PRIMARY KEY (story_id, position)
        );
        INSERT INTO story_exemplars SELECT s.id, e.key, e.value FROM stories s, json_each(s.state, '$.exemplars') e;
        UPDATE stories SET state = json_remove(state, '$.exemplars', '$.keys');
        """,
    ),
    (
        "each batch's document frequencies appended as one row, folded into the vocabulary now and then",
        # Upserting every key of every batch into the vocabulary dirtied most of its pages at each commit, a
        # cost per article that grew with the vocabulary. A batch now appends its counts; they are folded in
        # once they hold as many keys as the vocabulary (see sqlite._write_vocabulary).
        """
        CREATE TABLE vocabulary_increments (
            batch_id INTEGER PRIMARY KEY REFERENCES batches(id),
            keys INTEGER NOT NULL,
            counts TEXT NOT NULL
        );
        """,
    ),
    (
        "a story's centroid weights stored packed beside its state, no longer as JSON numbers",
        # Hundreds of weights at 17 digits each made the state rewritten at every batch touching a story
        # cost more to encode than the article that caused it. A state stored before keeps its JSON
        # centroid (weights NULL) and is read as it was; it is packed the next time the story is written.
        """
        ALTER TABLE stories ADD COLUMN weights BLOB;
        """,
    ),
    (
        "story relations indexed by the related story too",
        # Dropping a story merged away deletes its relations on either side, and the foreign key check of
        # deleting the story looks for relations naming it: without this index both read every relation,
        # a cost per merge that grew with the store (4.5 ms a merge at 100,000 generated articles).
        """
        CREATE INDEX story_relations_related ON story_relations(related_id);
        """,
    ),
    (
        "signatures of each version's text, in the order the duplicate index took them",
        # Only an article's first text was signed, so a copy of an edited text passed for a new source; and
        # the index was rebuilt in the articles' reading order, not the (date-sorted) order it took them in.
        # The signatures stored so far are first texts, kept in the order they were rebuilt in before.
        """
        CREATE TABLE version_signatures (
            position INTEGER PRIMARY KEY,
            article_id TEXT NOT NULL,
            version INTEGER NOT NULL,
            signature BLOB NOT NULL,
            UNIQUE (article_id, version),
            FOREIGN KEY (article_id, version) REFERENCES article_versions(article_id, version)
        );
        INSERT INTO version_signatures (article_id, version, signature)
            SELECT article_id, 1, signature FROM signatures ORDER BY seq;
        DROP TABLE signatures;
        ALTER TABLE version_signatures RENAME TO signatures;
        """,
    ),
]

SCHEMA_VERSION = len(MIGRATIONS)
