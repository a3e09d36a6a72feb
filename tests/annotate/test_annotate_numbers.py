"""parse_number: numerals, number words, scales, dashes; property tests for crashes and round-trips."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsprism.annotate.numbers import (approximator_before, bounds, closed_up, normalise_dashes, parse_number,
                                       spaced_marks)


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("1,400", 1400.0),
        ("12", 12.0),
        ("3.75", 3.75),
        ("1.5 million", 1_500_000.0),
        ("2 billion", 2_000_000_000.0),
        ("3bn", 3_000_000_000.0),
        ("€20m", 20_000_000.0),
        ("$1.2tn", 1_200_000_000_000.0),
        ("5k", 5000.0),
        ("fifty-two", 52.0),
        ("fifty\u2011two", 52.0),
        ("twelve", 12.0),
        ("a dozen", 12.0),
        ("half a dozen", 6.0),
        ("half a million", 500_000.0),
        ("a thousand", 1000.0),
        ("one hundred and twenty-three", 123.0),
        ("two million three hundred thousand", 2_300_000.0),
        ("Seventy", 70.0),
        ("12\u2011year", 12.0),
        ("12\u2013year", 12.0),
        ("12-month", 12.0),
        ("five-week", 5.0),
        ("1/2", 0.5),
        ("2 1/4", 2.25),
        ("45%", 45.0),
        ("two-thirds", 2 / 3),
        ("a quarter", 0.25),
        ("half", 0.5),
    ],
)
def test_parse_number_reads_written_numbers(written: str, expected: float) -> None:
    assert parse_number(written) == expected


@pytest.mark.parametrize(
    "written",
    ["", "   ", "hundreds", "dozens", "prisoners", "a", "third", "21st", "1/0", "12,34", "x-ray", "1e5",
     "and fifty", "fifty and"],
)
def test_parse_number_refuses_what_is_not_one_number(written: str) -> None:
    assert parse_number(written) is None


def test_normalise_dashes_keeps_length_so_offsets_stay_valid() -> None:
    text = "a 12\u2011year term \u2014 40\u201350"
    assert normalise_dashes(text) == "a 12-year term - 40-50"
    assert len(normalise_dashes(text)) == len(text)


@pytest.mark.parametrize(
    ("relation", "expected"),
    [
        (">", (430.0, None, False, True, False)),
        (">=", (430.0, None, True, True, False)),
        ("<", (None, 430.0, True, False, False)),
        ("<=", (None, 430.0, True, True, False)),
        ("<~", (None, 430.0, True, False, True)),
        ("~", (430.0, 430.0, True, True, True)),
        (None, (430.0, 430.0, True, True, False)),
    ],
)
def test_bounds_of_each_relation(relation: str | None, expected: tuple) -> None:
    assert bounds(relation, 430.0) == expected


def test_approximator_before_takes_the_longest_phrase_ending_at_the_number() -> None:
    text = "they freed no more than 40 people and well over 90 dogs"
    assert approximator_before(text, text.index("40")) == ("no more than", text.index("no more"))
    assert approximator_before(text, text.index("90")) == ("well over", text.index("well over"))
    assert approximator_before(text, text.index("people")) is None


# --- properties -----------------------------------------------------------------------------------

_ONES = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
         "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _under_thousand_in_words(n: int) -> str:
    hundreds, rest = divmod(n, 100)
    parts = [f"{_ONES[hundreds]} hundred"] if hundreds else []
    if rest:
        words = _ONES[rest] if rest < 20 else _TENS[rest // 10] + ("-" + _ONES[rest % 10] if rest % 10 else "")
        parts.append(("and " if hundreds else "") + words)
    return " ".join(parts)


def _in_words(n: int) -> str:
    """English words for 1 <= n < 10**12, written independently of the parser under test."""
    parts = []
    for scale, name in ((10**9, "billion"), (10**6, "million"), (10**3, "thousand"), (1, "")):
        chunk, n = divmod(n, scale)
        if chunk:
            parts.append((_under_thousand_in_words(chunk) + " " + name).strip())
    return " ".join(parts)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40))
def test_parse_number_never_crashes(text: str) -> None:
    value = parse_number(text)
    assert value is None or isinstance(value, float)


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=0, max_value=10**15))
def test_integers_with_thousands_separators_round_trip(n: int) -> None:
    assert parse_number(f"{n:,}") == n
    assert parse_number(str(n)) == n


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=1, max_value=10**12 - 1))
def test_integers_in_words_round_trip(n: int) -> None:
    assert parse_number(_in_words(n)) == n


@settings(max_examples=200, deadline=None)
@given(st.decimals(min_value=0, max_value=10**6, places=2, allow_nan=False, allow_infinity=False))
def test_decimals_round_trip(value) -> None:
    assert parse_number(f"{value:,}") == pytest.approx(float(value))


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=1, max_value=999), st.sampled_from([("million", 10**6), ("billion", 10**9),
                                                                 ("bn", 10**9), ("m", 10**6), ("k", 10**3)]))
def test_scaled_numerals_round_trip(n: int, scale: tuple[str, int]) -> None:
    word, factor = scale
    separator = " " if len(word) > 2 else ""
    assert parse_number(f"{n / 10}{separator}{word}") == pytest.approx(n / 10 * factor)


@settings(max_examples=100, deadline=None)
@given(st.integers(min_value=1, max_value=99), st.sampled_from(["-", "\u2010", "\u2011", "\u2012", "\u2013"]),
       st.sampled_from(["year", "month", "day", "week", "hour"]))
def test_a_number_fused_to_its_unit_by_any_dash_reads_as_the_number(n: int, dash: str, unit: str) -> None:
    assert parse_number(f"{n}{dash}{unit}") == n
    assert parse_number(f"{_in_words(n)}{dash}{unit}") == n


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=1000, max_value=10**12), st.integers(min_value=0, max_value=999),
       st.integers(min_value=0, max_value=99))
def test_numbers_spaced_by_a_scraper_read_as_written_closed(n: int, whole: int, hundredths: int) -> None:
    """"120, 000" and "6. 1", as a scraper that leaves a space after every mark writes them."""
    assert parse_number(closed_up(f"{n:,}".replace(",", ", "))) == n
    assert parse_number(closed_up(f"{whole}. {hundredths:02d}")) == float(f"{whole}.{hundredths:02d}")
    assert parse_number(f"{whole}. {hundredths:02d}") is None  # not closed up: two numbers, as anywhere else


@pytest.mark.parametrize(("text", "expected"), [
    ("Rescuers said the city ’ s port reopened at 10: 55 on Monday.", True),
    ("Officials said 120, 000 people were moved by 10: 55 on Monday.", True),
    ("Officials said 120, 000 people were moved.", False),  # one sign alone may be a typo
    ("Pastor Lund read John 3: 16 to the crowd.", False),
    ("Officials said the city's port reopened at 10:55 on Monday, and J. K. Rowling spoke.", False),
])
def test_spaced_marks_tell_a_text_that_spaces_every_mark(text: str, expected: bool) -> None:
    assert spaced_marks(text) is expected
