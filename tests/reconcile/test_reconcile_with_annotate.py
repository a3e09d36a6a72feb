"""Reconcile on the real annotate and resolve stages, with texts written for the test."""
from __future__ import annotations

from newsprism.model import Article

FIRST = ("Ostland released 40 political prisoners on Friday, officials said. "
         "Dana Pell, who had been jailed for over two years, was among those freed. "
         "\"It is a day of great joy for all of us and for our families,\" Pell told reporters.")
SECOND = ("Ostland has freed 95 political prisoners, according to rights groups. "
          "Dana Pell had been jailed since 2019. "
          "\"It is a day of great joy. We never gave up hope,\" Pell said.")


def test_real_annotations_give_typed_conflicts(resources):
    from newsprism.annotate import annotate_articles
    from newsprism.reconcile import reconcile_story
    from newsprism.resolve import resolve_entities

    articles = [Article(id="a1", text=FIRST, outlet="Daily A", published="2025-12-14"),
                Article(id="a2", text=SECOND, outlet="Daily B", published="2025-12-14")]
    resolution = resolve_entities(articles, annotate_articles(articles, resources))
    annotations = resolution.annotate(annotate_articles(articles, resources))
    story = reconcile_story("s1", "Ostland", articles, annotations, resolution.entities, resources)
    found = {c.kind: [(p.value, p.articles) for p in c.positions] for c in story.conflicts}
    assert found["quantity"] == [("40", ["a1"]), ("95", ["a2"])]
    assert found["duration"] == [("for over two years", ["a1"]), ("since 2019", ["a2"])]
    assert [p.articles for p in next(c for c in story.conflicts if c.kind == "quote").positions] == [["a1"], ["a2"]]
    for conflict in story.conflicts:
        for pos in conflict.positions:
            for ev in pos.evidence:
                assert ev.text == {"a1": FIRST, "a2": SECOND}[ev.article][ev.start:ev.end]
