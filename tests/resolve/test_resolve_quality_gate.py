"""Quality gate: cross-document entity resolution on ECB+ must not fall below the floors in quality_gates.json.

Clustering is scored on all 35 topics (it takes seconds); mention detection needs spaCy on every document,
so the gate runs it on the documents of topics 1-5 (127 documents), the figures named ``..._topics_1_5``.
"""
from __future__ import annotations

import pytest

from benchmarks._shared import quality_floors
from benchmarks.entity_resolution import measure

pytestmark = pytest.mark.slow
DETECTION_TOPICS = range(1, 6)


@pytest.fixture(scope="module")
def clustering(shared):
    return measure(detection=False)


@pytest.fixture(scope="module")
def detection(shared, resources):
    return measure(topics=DETECTION_TOPICS, nlp=resources.nlp)


@pytest.mark.parametrize("figure", ["chained_conll_f1", "chained_b_cubed_f1", "conll_f1", "b_cubed_f1"])
def test_clustering_stays_above_its_floor(clustering, figure):
    assert clustering[figure] >= quality_floors("entity_resolution")[figure]


@pytest.mark.parametrize("figure", ["detection_recall", "detection_precision"])
def test_mention_detection_stays_above_its_floor(detection, figure):
    assert detection[figure] >= quality_floors("entity_resolution")[f"{figure}_topics_1_5"]


def test_the_gold_set_is_the_documented_one(clustering):
    assert (clustering["documents"], clustering["gold_mentions"], clustering["chained_gold_entities"]) == (
        772, 3977, 370)
