"""find_quantities: value, bounds, approximators, unit, kind and the thing counted, as exact spans."""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsprism.annotate.quantities import find_quantities
from newsprism.annotate.times import find_times
from newsprism.model import Quantity


@pytest.fixture(scope="module")
def nlp(resources):
    return resources.nlp


def quantities(nlp, text: str) -> list[Quantity]:
    found = find_quantities(nlp(text))
    for q in found:
        assert text[q.span.start:q.span.end] == q.text
        if q.counted_span is not None:
            assert text[q.counted_span.start:q.counted_span.end] == q.counted
    return found


def only(nlp, text: str) -> Quantity:
    found = quantities(nlp, text)
    assert len(found) == 1, found
    return found[0]


def described(q: Quantity) -> tuple:
    return (q.text, q.value, q.low, q.high, q.low_inclusive, q.high_inclusive, q.approximate, q.unit, q.kind,
            q.counted)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Rangers counted 123 wolves in the park.", ("123", 123.0, 123.0, 123.0, True, True, False, None, "count",
                                                     "wolves")),
        ("The court freed 52 political prisoners.", ("52", 52.0, 52.0, 52.0, True, True, False, None, "count",
                                                     "political prisoners")),
        ("More than 430 delegates arrived.", ("More than 430", 430.0, 430.0, None, False, True, False, None,
                                              "count", "delegates")),
        ("Police detained over 1,400 fans.", ("over 1,400", 1400.0, 1400.0, None, False, True, False, None,
                                              "count", "fans")),
        ("At least 12 miners were trapped.", ("At least 12", 12.0, 12.0, None, True, True, False, None, "count",
                                              "miners")),
        ("The ferry carries up to 40 trucks.", ("up to 40", 40.0, None, 40.0, True, True, False, None, "count",
                                                "trucks")),
        ("Fewer than 10 players turned up.", ("Fewer than 10", 10.0, None, 10.0, True, False, False, None,
                                              "count", "players")),
        ("Nearly 3,000 homes lost power.", ("Nearly 3,000", 3000.0, None, 3000.0, True, False, True, None,
                                            "count", "homes")),
        ("About 200 volunteers helped.", ("About 200", 200.0, 200.0, 200.0, True, True, True, None, "count",
                                          "volunteers")),
        ("Hundreds of nurses went on strike.", ("Hundreds", None, 200.0, 999.0, True, True, True, None, "count",
                                                "nurses")),
        ("Dozens of hikers were rescued.", ("Dozens", None, 24.0, 119.0, True, True, True, None, "count",
                                            "hikers")),
        ("Tens of thousands of refugees crossed.", ("Tens of thousands", None, 20000.0, 99999.0, True, True, True,
                                                    None, "count", "refugees")),
        ("She baked a dozen loaves.", ("a dozen", 12.0, 12.0, 12.0, True, True, False, None, "count", "loaves")),
        ("The deck holds fifty-two cards.", ("fifty-two", 52.0, 52.0, 52.0, True, True, False, None, "count",
                                             "cards")),
        ("Some 1.5 million voters stayed home.", ("Some 1.5 million", 1.5e6, 1.5e6, 1.5e6, True, True, True, None,
                                                  "count", "voters")),
        ("Between 40 and 50 boats sank.", ("Between 40 and 50", None, 40.0, 50.0, True, True, False, None, "count",
                                           "boats")),
        ("Officials expect 40\u201350 arrests.", ("40\u201350", None, 40.0, 50.0, True, True, False, None, "count",
                                                  "arrests")),
        ("The club signed 3 or more strikers.", ("3 or more", 3.0, 3.0, None, True, True, False, None, "count",
                                                 "strikers")),
    ],
)
def test_counts_with_bounds_and_what_they_count(nlp, sentence: str, expected: tuple) -> None:
    assert described(only(nlp, sentence)) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The bank lent $1.5 billion to the city.", ("$1.5 billion", 1.5e9, "USD", "money")),
        ("The club paid €20m for the striker.", ("€20m", 2e7, "EUR", "money")),
        ("The grant was worth 5 million euros.", ("5 million euros", 5e6, "EUR", "money")),
        ("The fine reached £300,000.", ("£300,000", 3e5, "GBP", "money")),
        ("Turnout fell to 12% this time.", ("12%", 12.0, "percent", "percent")),
        ("Turnout fell to 12 per cent this time.", ("12 per cent", 12.0, "percent", "percent")),
        ("The trail is 30 km long.", ("30 km", 30.0, "km", "other")),
    ],
)
def test_money_percentages_and_units(nlp, sentence: str, expected: tuple) -> None:
    q = only(nlp, sentence)
    assert (q.text, q.value, q.unit, q.kind) == expected


def test_a_range_of_money_shares_the_scale_written_after_it(nlp) -> None:
    q = only(nlp, "The repairs will cost $1-2 billion.")
    assert (q.text, q.value, q.low, q.high, q.unit, q.kind) == ("$1-2 billion", None, 1e9, 2e9, "USD", "money")


def test_more_than_before_a_currency_bounds_the_money(nlp) -> None:
    q = only(nlp, "The deal is worth more than $3 million.")
    assert (q.text, q.value, q.low, q.low_inclusive, q.unit) == ("more than $3 million", 3e6, 3e6, False, "USD")


def test_percent_of_what(nlp) -> None:
    q = only(nlp, "Only 12% of voters backed the plan.")
    assert (q.text, q.counted) == ("12%", "voters")


@pytest.mark.parametrize(
    ("sentence", "text", "counted", "value"),
    [
        ("A 45-year-old teacher was hurt.", "45-year-old", "teacher", 45.0),
        ("A woman aged 45 was hurt.", "aged 45", "woman", 45.0),
        ("A man aged about 60 fled.", "aged about 60", "man", 60.0),
    ],
)
def test_ages(nlp, sentence: str, text: str, counted: str, value: float) -> None:
    q = only(nlp, sentence)
    assert (q.text, q.kind, q.unit, q.counted, q.value) == (text, "age", "year", counted, value)


def test_an_age_in_months(nlp) -> None:
    q = only(nlp, "A six-month-old puppy was found.")
    assert (q.text, q.value, q.kind, q.unit, q.counted) == ("six-month-old", 6.0, "age", "month", "puppy")


@pytest.mark.parametrize(
    ("sentence", "text", "value", "counted"),
    [("Two-thirds of members voted yes.", "Two-thirds", 66.67, "members"),
     ("Half of the schools closed.", "Half", 50.0, "schools"),
     ("A quarter of the crop was lost.", "A quarter", 25.0, "crop")],
)
def test_fractions_of_something_are_shares_in_percent(nlp, sentence, text, value, counted) -> None:
    q = only(nlp, sentence)
    assert (q.text, q.value, q.kind, q.unit, q.counted) == (text, value, "percent", "percent", counted)


@pytest.mark.parametrize("sentence, counted", [
    ("A worker killed two co-workers at the bakery.", "co-workers"),
    ("Three by-elections were held on Sunday.", "by-elections"),
])
def test_a_hyphenated_word_is_counted_whole(nlp, sentence: str, counted: str) -> None:
    assert only(nlp, sentence).counted == counted


def test_a_rank_is_not_a_fraction(nlp) -> None:
    assert quantities(nlp, "She came third of the runners in the final.") == []


def test_a_duration_fused_to_a_noun_counts_that_noun(nlp) -> None:
    text = "The judge handed the banker a 12\u2011year jail term."
    q = only(nlp, text)
    assert (q.text, q.value, q.unit, q.kind, q.counted) == ("12\u2011year", 12.0, "year", "duration_count",
                                                            "jail term")
    assert text[q.counted_span.start:q.counted_span.end] == "jail term"


def test_a_bounded_duration_is_a_figure_too(nlp) -> None:
    q = only(nlp, "He worked there for more than five years.")
    assert (q.text, q.value, q.low, q.low_inclusive, q.unit, q.kind, q.counted) == (
        "more than five years", 5.0, 5.0, False, "year", "duration_count", None)


@pytest.mark.parametrize(
    "sentence",
    [
        "The 2020 election was disputed.",
        "The market opened on 13 December 2025.",
        "Trains leave at 10:30 every day.",
        "She finished third, and he came 21st.",
        "One of the activists spoke; no one else did.",
        "The COVID-19 ward was closed in May 2021.",
        "Growth slowed in the past two years.",
    ],
)
def test_years_dates_clock_times_ordinals_and_pronouns_are_not_quantities(nlp, sentence: str) -> None:
    assert quantities(nlp, sentence) == []


@pytest.mark.parametrize(
    "sentence",
    ["A Boeing 737 landed safely.", "Article 5 of the treaty applies.", "They drove along Route 66."],
)
def test_numbers_inside_names_are_not_quantities(nlp, sentence: str) -> None:
    assert quantities(nlp, sentence) == []


def test_from_one_figure_to_another_is_a_change_not_a_range(nlp) -> None:
    found = quantities(nlp, "Support rose from 40 to 55 percent.")
    assert [(q.text, q.value, q.kind) for q in found] == [("40", 40.0, "count"), ("55 percent", 55.0, "percent")]


def test_a_time_expression_is_not_what_a_figure_counts(nlp) -> None:
    q = only(nlp, "Filings rose to 120 last year.")
    assert (q.text, q.value, q.counted, q.counted_span) == ("120", 120.0, None, None)


@pytest.mark.parametrize(
    ("sentence", "text", "counted"),
    [
        ("The death toll from the avalanche has risen to 19, police said.", "19", "death toll"),
        ("The number of dead climbed to 41 on Sunday.", "41", "number of dead"),
        ("By evening the toll stood at 7.", "7", "toll"),
        ("Rescuers confirmed a death toll of 9.", "9", "death toll"),
        ("Three more climbers died, bringing the death toll to 12.", "12", "death toll"),
    ],
)
def test_a_figure_stated_as_the_value_of_a_tally_counts_the_tally(nlp, sentence, text, counted) -> None:
    q = next(q for q in quantities(nlp, sentence) if q.text == text)
    assert (q.kind, q.counted) == ("count", counted)
    assert sentence[q.counted_span.start:q.counted_span.end] == counted


@pytest.mark.parametrize("sentence", ["Shares rose to 120 on Monday.", "The index closed at 7,210.",
                                      "The mill shipped 5,000 tonnes on Monday."])
def test_a_figure_stated_as_the_value_of_something_else_counts_nothing(nlp, sentence) -> None:
    assert only(nlp, sentence).counted is None


@pytest.mark.parametrize(
    ("sentence", "text", "value", "measured"),
    [
        ("A magnitude 5.8 earthquake shook the island.", "magnitude 5.8", 5.8, "earthquake"),
        ("The 6.1-magnitude quake hit at dawn.", "6.1-magnitude", 6.1, "quake"),
        ("An earthquake of magnitude 7.3 hit the coast.", "magnitude 7.3", 7.3, "earthquake"),
        ("The tremor measured 4.9 on the Richter scale.", "4.9 on the Richter scale", 4.9, "tremor"),
        ("The quake had a magnitude of 6.2.", "magnitude of 6.2", 6.2, "quake"),
    ],
)
def test_a_magnitude_is_a_measurement_of_the_quake(nlp, sentence, text, value, measured) -> None:
    q = only(nlp, sentence)
    assert (q.text, q.value, q.kind, q.unit, q.counted) == (text, value, "other", "magnitude", measured)


def test_precomputed_times_give_the_same_figures(nlp) -> None:
    doc = nlp("Since 2019, over 300 schools have closed, about a third of them in 2023.")
    assert find_quantities(doc, find_times(doc, None)) == find_quantities(doc)
    assert [(q.text, q.value) for q in find_quantities(doc)] == [("over 300", 300.0), ("a third", 33.33)]


# --- the reference corpus -------------------------------------------------------------------------

def test_figures_in_the_reference_corpus(nlp, belarus_dir: Path) -> None:
    if not belarus_dir.is_dir():
        pytest.skip(f"reference corpus not found at {belarus_dir}")
    texts = {p.name[:3]: p.read_text(encoding="utf-8") for p in sorted(belarus_dir.glob("*.txt"))}
    found = {key: [described(q) for q in quantities(nlp, text)] for key, text in texts.items()}
    assert found["000"] == [
        ("123", 123.0, 123.0, 123.0, True, True, False, None, "count", "political prisoners"),
        ("over two years", 2.0, 2.0, None, False, True, False, "year", "duration_count", None),
    ]
    assert found["001"] == [
        ("123", 123.0, 123.0, 123.0, True, True, False, None, "count", "prisoners"),
        ("more than five years", 5.0, 5.0, None, False, True, False, "year", "duration_count", None),
        ("hundreds", None, 200.0, 999.0, True, True, True, None, "count", "political prisoners"),
        ("12\u2011year", 12.0, 12.0, 12.0, True, True, False, "year", "duration_count", "jail term"),
    ]
    assert found["002"] == [
        ("123", 123.0, 123.0, 123.0, True, True, False, None, "count", "political prisoners"),
        ("more than 430", 430.0, 430.0, None, False, True, False, None, "count", "political prisoners"),
    ]
    assert found["003"] == [("123", 123.0, 123.0, 123.0, True, True, False, None, "count", "prisoners")]
    assert ("over 1,400", 1400.0, 1400.0, None, False, True, False, None, "count", "political prisoners") in \
        found["004"]
    assert ("over a thousand", 1000.0, 1000.0, None, False, True, False, None, "count", None) in found["004"]
    assert [q for q in found["004"] if q[0] == "52"] == [
        ("52", 52.0, 52.0, 52.0, True, True, False, None, "count", counted)
        for counted in ("Political Prisoners", "individuals", "individuals", "individuals", "prisoners",
                        "individuals")
    ]


_NEWSY = st.lists(st.sampled_from(
    ["over", "about", "1,400", "1.5", "million", "fifty-two", "a", "dozen", "hundreds", "of", "prisoners", "$",
     "€20m", "12\u2011year", "jail", "term", "%", "between", "and", "40-50", "aged", "since", "2021", "July",
     "2024", "on", "Saturday", "the", "past", "week", "more", "than", "five", "years", "ago", ",", ".", "one",
     "12:30", "3bn", "per", "cent", "-"]), max_size=25).map(" ".join)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.one_of(_NEWSY, st.text(max_size=60)))
def test_any_text_gives_exact_spans_and_no_crash(nlp, text: str) -> None:
    doc = nlp(text)
    for q in find_quantities(doc):
        assert text[q.span.start:q.span.end] == q.text
        assert q.low is None or q.high is None or q.low <= q.high
    for t in find_times(doc, "2025-12-14"):
        assert text[t.span.start:t.span.end] == t.text


def test_a_text_spacing_every_mark_writes_its_decimals_and_thousands_spaced(nlp) -> None:
    """A scraper that leaves a space after every mark ("Diego ’ s") writes "6. 1" and "120, 000": one number each."""
    spaced = quantities(nlp, "The 6. 1 - magnitude quake struck the island, home to 120, 000 people, near Diego ’ s port.")
    assert [(q.text, q.value, q.counted) for q in spaced] == [("6. 1 - magnitude", 6.1, "quake"),
                                                              ("120, 000", 120000.0, "people")]
    plain = quantities(nlp, "On May 5, 300 people marched to the port.")
    assert [(q.text, q.value) for q in plain] == [("5", 5.0), ("300", 300.0)]
