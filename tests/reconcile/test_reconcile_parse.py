"""Sentences prepared for the parser: contractions a scraper spaced out are closed up, every offset kept."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsprism.reconcile.parse import contractions_closed


def test_a_spaced_contraction_is_closed_up_at_the_same_length():
    assert contractions_closed("Smith didn ’ t return a call.") == "Smith didn’t   return a call."
    assert contractions_closed("It ' s over") == "It's   over"


def test_what_is_no_spaced_contraction_is_left_as_written():
    for text in ("Chargers ’ offense", "don't", "'D' m", "we  ’ re", "didn ’\nt", "rock ’ n ’ roll"):
        assert contractions_closed(text) == text


@given(st.text(alphabet=st.sampled_from(list("abn tsdm’'\n.")), max_size=60))
def test_closing_contractions_keeps_the_length_and_moves_only_spaces(text):
    closed = contractions_closed(text)
    assert len(closed) == len(text)
    assert closed.replace(" ", "") == text.replace(" ", "")
