"""Quality gate: planted-conflict recall and precision per kind on a deterministic subset of ECB+ dev.

The floors live in benchmarks/quality_gates.json under "conflicts"; the full figures come from
``python -m benchmarks.conflicts`` (all subtopics). The subset is the first ``SUBSET`` subtopics in corpus
order, so the test is deterministic and runs in a few minutes.
"""
from __future__ import annotations

import pytest

from benchmarks._shared import quality_floors

SUBSET = 6


@pytest.fixture(scope="module")
def figures(shared):
    from benchmarks.conflicts import measure

    return measure(SUBSET)


@pytest.mark.parametrize("kind", ["quantity", "date", "name", "polarity", "quote", "scope"])
def test_planted_conflicts_meet_their_floors(figures, kind):
    floors = quality_floors("conflicts")
    measured = figures[kind]
    assert measured["planted"] >= floors["min_planted_per_kind_subset"], measured
    assert measured["recall"] >= floors[f"{kind}_recall"], measured
    assert measured["precision"] >= floors[f"{kind}_precision"], measured
