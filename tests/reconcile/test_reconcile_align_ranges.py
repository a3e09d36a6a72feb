"""Alignment blocking (bounded comparisons) and the plausible ranges of figures."""
from __future__ import annotations

import numpy as np
from hypothesis import given, strategies as st

from newsprism.model import Claim, Quantity, Span
from newsprism.reconcile.align import BLOCK_CAP, candidate_pairs, counted_head, lsh_keys
from newsprism.reconcile.ranges import compatible, plausible, quantity_range


def make_claim(index: int, entities: list[str]) -> Claim:
    return Claim(id=f"a{index}:c1", article=f"a{index}", span=Span(0, 1), text="x", entities=entities,
                 predicate="release")


def test_a_key_every_claim_shares_makes_no_candidates():
    claims = [make_claim(i, ["e-country"]) for i in range(BLOCK_CAP + 1)]
    assert all(not c for c in candidate_pairs(claims).values())


def test_a_specific_key_makes_candidates_across_articles_only():
    claims = [make_claim(0, ["e-x"]), make_claim(1, ["e-x"]), make_claim(2, ["e-y"])]
    assert candidate_pairs(claims) == {0: {1}, 1: {0}, 2: set()}


def test_lsh_keys_are_deterministic_and_shared_by_near_vectors():
    rng = np.random.default_rng(1)
    base = rng.standard_normal(384)
    near = base + 0.05 * rng.standard_normal(384)
    vectors = np.stack([base, near, -base])
    first, second = lsh_keys(vectors), lsh_keys(vectors)
    assert first == second
    assert first[0] & first[1] and not first[0] & first[2]


def test_counted_head_is_singular_head_word():
    assert [counted_head(x) for x in ("political prisoners", "Political Prisoners", "glass", None)] == \
        ["prisoner", "prisoner", "glass", ""]


def figure(value, low, high, approximate=False) -> Quantity:
    return Quantity(Span(0, 1), "x", value, low, high, approximate=approximate, counted="people")


def test_documented_readings_of_bounds():
    assert quantity_range(figure(None, 430.0, None)) == (430.0, 645.0)
    assert compatible(quantity_range(figure(None, 430.0, None)), quantity_range(figure(450.0, 450.0, 450.0)))
    assert not compatible(quantity_range(figure(None, 200.0, 999.0)), quantity_range(figure(None, 1400.0, None)))


@given(st.floats(min_value=1, max_value=1e9), st.booleans())
def test_a_value_lies_in_its_own_range(value, approximate):
    low, high = plausible(None, None, value, approximate)
    assert low <= value <= high


@given(st.floats(min_value=0, max_value=1e6), st.floats(min_value=0, max_value=1e6),
       st.floats(min_value=0, max_value=1e6), st.floats(min_value=0, max_value=1e6))
def test_compatibility_is_symmetric(a, b, c, d):
    first, second = (min(a, b), max(a, b)), (min(c, d), max(c, d))
    assert compatible(first, second) == compatible(second, first)
