"""A store written batch by batch (no clustering), for the views of a stored story: a flood story whose first
article was revised once, its copy, and a related fire story; each batch committed at a known time."""
from __future__ import annotations

from pathlib import Path

from newsprism.model import Article
from newsprism.store import ArticleWrite, BatchWrite, DuplicateLink, Membership, Relation, SQLiteStore, StoryWrite
from newsprism.store.codec import content_hash

FLOOD_V1 = "The river Tam flooded the town of Kelso on Monday, the mayor said."
FLOOD_V2 = "The river Tam flooded the town of Kelso on Monday, killing two people, the mayor said."
FIRE = "A fire destroyed a furniture warehouse in Ostrava on Tuesday, the fire brigade said."
COMMITTED = ("2024-05-01T09:00:00Z", "2024-05-02T17:30:00Z")


def flood_article(text: str, title: str, published: str) -> Article:
    return Article(id="kelso-daily", text=text, title=title, outlet="Kelso Daily", published=published)


def first_batch() -> BatchWrite:
    first = flood_article(FLOOD_V1, "River Tam floods Kelso", "2024-05-01")
    copy = Article(id="border-post", text=FLOOD_V1, title="Flood in Kelso", outlet="Border Post",
                   published="2024-05-01")
    fire = Article(id="ostrava-news", text=FIRE, title="Warehouse fire", outlet="Ostrava News",
                   published="2024-05-07")
    return BatchWrite(
        articles=[ArticleWrite(a, 1, content_hash(a)) for a in (first, copy, fire)],
        duplicates=[DuplicateLink("border-post", "kelso-daily", 1.0)],
        stories=[StoryWrite("s-flood", "River Tam floods Kelso", "2024-05-01", "2024-05-02", {}),
                 StoryWrite("s-fire", "Warehouse fire in Ostrava", "2024-05-07", "2024-05-07", {})],
        memberships=[Membership("kelso-daily", "s-flood"), Membership("border-post", "s-flood"),
                     Membership("ostrava-news", "s-fire")],
        relations=[Relation("s-flood", "s-fire", 0.3)],
    )


def revision() -> BatchWrite:
    revised = flood_article(FLOOD_V2, "Two dead as river Tam floods Kelso", "2024-05-02")
    return BatchWrite(articles=[ArticleWrite(revised, 2, content_hash(revised))])


def build_revised_store(path: Path) -> Path:
    """The store at ``path``: the first batch, then the revision, committed at ``COMMITTED``."""
    with SQLiteStore(path) as store:
        for batch in (first_batch(), revision()):
            store.commit_batch(batch)
        store._db.executemany("UPDATE batches SET committed_at = ? WHERE id = ?",
                              [(stamp, number) for number, stamp in enumerate(COMMITTED, start=1)])
    return path
