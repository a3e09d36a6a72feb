"""B-cubed scores checked against values computed by hand."""
from __future__ import annotations

import pytest

from newsprism.group import bcubed

GOLD = {"a": "X", "b": "X", "c": "X", "d": "Y", "e": "Y"}


def test_bcubed_on_a_hand_computed_split() -> None:
    # clusters {a,b} {c,d,e}. precision per item: a 2/2, b 2/2, c 1/3, d 2/3, e 2/3 -> 11/15
    # recall per item: a 2/3, b 2/3, c 1/3, d 2/2, e 2/2 -> 11/15
    score = bcubed({"a": 1, "b": 1, "c": 2, "d": 2, "e": 2}, GOLD)
    assert score.precision == pytest.approx(11 / 15)
    assert score.recall == pytest.approx(11 / 15)
    assert score.f1 == pytest.approx(11 / 15)


def test_bcubed_when_everything_is_one_cluster() -> None:
    # precision: a,b,c 3/5 and d,e 2/5 -> 13/25; recall 1; F1 = 2 * 13/25 / (1 + 13/25) = 13/19
    score = bcubed({item: 0 for item in GOLD}, GOLD)
    assert (score.precision, score.recall) == (pytest.approx(13 / 25), 1.0)
    assert score.f1 == pytest.approx(13 / 19)


def test_bcubed_of_the_gold_clustering_is_perfect() -> None:
    assert bcubed(dict(GOLD), GOLD).f1 == 1.0


def test_bcubed_refuses_different_items() -> None:
    with pytest.raises(ValueError, match="same items"):
        bcubed({"a": 1}, GOLD)
