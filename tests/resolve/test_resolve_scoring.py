"""Coreference metrics on small examples computed by hand."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsprism.resolve.scoring import b_cubed, ceaf_e, conll_f1, muc

# key {a,b,c} {d,e}; response {a,b} {c,d} {e}
KEY = {"a": 1, "b": 1, "c": 1, "d": 2, "e": 2}
RESPONSE = {"a": "x", "b": "x", "c": "y", "d": "y", "e": "z"}


def test_muc_counts_links():
    # recall: {a,b,c} is cut in 2 -> 1 of 2 links kept, {d,e} cut in 2 -> 0 of 1: 1/3
    # precision: {a,b} keeps its link, {c,d} loses it, {e} has none: 1/2
    score = muc(KEY, RESPONSE)
    assert (score.precision, score.recall) == pytest.approx((1 / 2, 1 / 3))
    assert score.f1 == pytest.approx(0.4)


def test_b_cubed_averages_over_mentions():
    # recall (2/3 + 2/3 + 1/3 + 1/2 + 1/2) / 5; precision (1 + 1 + 1/2 + 1/2 + 1) / 5
    score = b_cubed(KEY, RESPONSE)
    assert (score.precision, score.recall) == pytest.approx((0.8, 8 / 15))


def test_ceaf_e_aligns_clusters_one_to_one():
    # best alignment {a,b,c}-{a,b}: 2*2/5 = 0.8 and {d,e}-{e}: 2*1/3 -> 22/15 in all
    score = ceaf_e(KEY, RESPONSE)
    assert (score.precision, score.recall) == pytest.approx((22 / 45, 11 / 15))


def test_conll_is_the_mean_of_the_three_f1():
    expected = (muc(KEY, RESPONSE).f1 + b_cubed(KEY, RESPONSE).f1 + ceaf_e(KEY, RESPONSE).f1) / 3
    assert conll_f1(KEY, RESPONSE) == pytest.approx(expected)
    assert conll_f1(KEY, RESPONSE) == pytest.approx(0.5422222, abs=1e-6)


def test_all_singletons_against_one_cluster():
    key = {"a": 1, "b": 2, "c": 3}
    response = {"a": 0, "b": 0, "c": 0}
    assert muc(key, response).recall == 1.0  # no key links to find
    assert muc(key, response).precision == 0.0
    assert b_cubed(key, response).precision == pytest.approx(1 / 3)
    assert ceaf_e(key, response).recall == pytest.approx(0.5 / 3)  # 2*1/(1+3) for the one aligned pair


@given(st.dictionaries(st.integers(0, 30), st.integers(0, 5), min_size=1))
def test_a_clustering_scores_perfectly_against_itself(clustering):
    assert b_cubed(clustering, clustering).f1 == pytest.approx(1.0)
    assert ceaf_e(clustering, clustering).f1 == pytest.approx(1.0)
    assert muc(clustering, clustering).recall == 1.0
