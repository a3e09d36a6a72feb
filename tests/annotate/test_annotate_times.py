"""find_times: dates at their written precision, durations with bounds, relative times resolved or typed."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsprism.annotate.times import find_times, iso_duration, parse_date, parse_published
from newsprism.errors import InputError
from newsprism.model import TimeExpr

SUNDAY = "2025-12-14"  # publication date used below: a Sunday


@pytest.fixture(scope="module")
def nlp(resources):
    return resources.nlp


def times(nlp, text: str, published: str | None = None) -> list[TimeExpr]:
    doc = nlp(text)
    found = find_times(doc, published)
    for expr in found:
        assert text[expr.span.start:expr.span.end] == expr.text
    return found


def only(nlp, text: str, published: str | None = None) -> TimeExpr:
    found = times(nlp, text, published)
    assert len(found) == 1, found
    return found[0]


# --- absolute dates -------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("sentence", "text", "value", "precision", "low", "high"),
    [
        ("The museum reopened in July 2024 after repairs.", "in July 2024", "2024-07", "month",
         "2024-07-01", "2024-07-31"),
        ("The treaty was signed on 13 December 2025 in Geneva.", "on 13 December 2025", "2025-12-13", "day",
         "2025-12-13", "2025-12-13"),
        ("The vote took place on March 3, 2019, under heavy rain.", "on March 3, 2019", "2019-03-03", "day",
         "2019-03-03", "2019-03-03"),
        ("Shares fell on Feb. 29 2024 across Asia.", "on Feb. 29 2024", "2024-02-29", "day",
         "2024-02-29", "2024-02-29"),
        ("The log entry is dated 2023-11-05.", "2023-11-05", "2023-11-05", "day", "2023-11-05", "2023-11-05"),
        ("The firm has grown every year since 2021.", "since 2021", "2021", "year", "2021-01-01", "2021-12-31"),
        ("Prices soared in the 1970s.", "1970s", "197", "decade", "1970-01-01", "1979-12-31"),
    ],
)
def test_absolute_dates_keep_their_written_precision(nlp, sentence, text, value, precision, low, high) -> None:
    expr = only(nlp, sentence)
    assert (expr.text, expr.kind, expr.value, expr.precision, expr.low, expr.high) == (
        text, "date", value, precision, low, high)


@pytest.mark.parametrize(
    ("sentence", "published", "text", "value"),
    [
        ("Throughout the 50s, she modelled for magazines.", None, "50s", "195"),
        ("Bands of the '60s played the hall.", "2020-06-01", "'60s", "196"),
        ("The town grew fast in the mid-80s.", None, "80s", "198"),
        ("Jazz clubs thrived in the 20s.", "2025-03-01", "20s", "202"),  # the 2020s have begun by 2025
        ("Jazz clubs thrived in the 20s.", "2008-03-01", "20s", "192"),
        ("Jazz clubs thrived in the 20s.", None, "20s", "192"),  # undated: the 1900s
    ],
)
def test_a_decade_without_its_century_takes_the_latest_begun(nlp, sentence, published, text, value) -> None:
    expr = only(nlp, sentence, published)
    assert (expr.text, expr.value, expr.precision, expr.low, expr.high) == (
        text, value, "decade", f"{value}0-01-01", f"{value}9-12-31")


@pytest.mark.parametrize("sentence", ["A man in his 50s was hurt.", "Highs were in the 50s all week.",
                                      "She shot in the 70s in every round."])
def test_an_age_or_a_reading_on_a_scale_is_no_decade(nlp, sentence) -> None:
    assert times(nlp, sentence) == []


def test_a_month_is_never_filled_with_a_day(nlp) -> None:
    expr = only(nlp, "Exports have doubled since July 2024.", SUNDAY)
    assert (expr.value, expr.precision, expr.relation, expr.resolved) == ("2024-07", "month", "since", False)


def test_a_year_before_a_noun_is_a_date_but_a_count_of_people_is_not(nlp) -> None:
    found = times(nlp, "After the 2020 election, 3000 people marched.")
    assert [(e.text, e.value) for e in found] == [("2020", "2020")]


def test_an_impossible_day_keeps_only_the_month_it_names(nlp) -> None:
    expr = only(nlp, "The form said 31 February 2023 by mistake.")
    assert (expr.text, expr.value, expr.precision) == ("February 2023", "2023-02", "month")


def test_a_date_without_its_year_takes_the_year_nearest_publication(nlp) -> None:
    expr = only(nlp, "The ferry sank on 28 December.", "2026-01-03")
    assert (expr.value, expr.precision, expr.resolved, expr.relation) == ("2025-12-28", "day", True, "on")
    unresolved = only(nlp, "The ferry sank on 28 December.")
    assert (unresolved.kind, unresolved.value, unresolved.precision, unresolved.resolved) == (
        "date", None, "day", False)


@pytest.mark.parametrize(
    ("sentence", "value"),
    [("The festival opened in April.", "2025-04"), ("The festival will open in April.", "2026-04"),
     ("The festival opened in December.", "2025-12"), ("The court sat on 20 December.", "2024-12-20"),
     ("The court will sit on 20 December.", "2025-12-20")],
)
def test_a_missing_year_points_back_unless_the_sentence_speaks_of_the_future(nlp, sentence, value) -> None:
    expr = only(nlp, sentence, SUNDAY)
    assert (expr.kind, expr.value, expr.resolved) == ("date", value, True)


def test_names_holding_a_weekday_or_month_are_not_times(nlp) -> None:
    found = times(nlp, "The Sunday Times interviewed April Ryan.", SUNDAY)
    assert found == []


def test_times_anchored_on_the_story_are_typed_but_never_resolved(nlp) -> None:
    found = times(nlp, "The suspect returned the following week; the day before, he had fled.", SUNDAY)
    assert [(e.text, e.kind, e.value, e.precision, e.resolved) for e in found] == [
        ("the following week", "relative", None, "week", False), ("the day before", "relative", None, "day", False)]


def test_a_time_past_the_calendar_is_typed_but_not_resolved(nlp) -> None:
    """Found by the property test: "million years ago" moved the publication day out of the calendar's years."""
    found = times(nlp, "The crater formed a million years ago and will erode in the next billion years.", SUNDAY)
    assert [(e.text, e.value, e.resolved) for e in found] == [
        ("a million years ago", None, False), ("in the next billion years", None, False)]


def test_a_year_named_by_the_parser_stays_a_year_before_a_plural(nlp) -> None:
    expr = only(nlp, "She was charged in the 1967 killings of two hikers.")
    assert (expr.text, expr.kind, expr.value) == ("1967", "date", "1967")


def test_clock_times(nlp) -> None:
    found = times(nlp, "The polls closed at 8 p.m. and results came at 23:15.")
    assert [(e.text, e.kind, e.value, e.precision) for e in found] == [
        ("at 8 p.m.", "time", "T20:00", "hour"), ("at 23:15", "time", "T23:15", "minute")]
    found = times(nlp, "The blast came at 0940 GMT; by noon the fire was out; it was 13: 42 BST on Dec.14.")
    assert [(e.text, e.kind, e.value) for e in found] == [
        ("at 0940 GMT", "time", "T09:40"), ("by noon", "time", "T12:00"), ("13: 42 BST", "time", "T13:42"),
        ("on Dec.14", "date", None)]


# --- durations ------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("sentence", "text", "value", "precision", "low", "high", "low_inclusive", "high_inclusive"),
    [
        ("She had been jailed for more than five years.", "for more than five years", "P5Y", "year",
         1826.0, None, False, True),
        ("He spent over two years in exile.", "over two years", "P2Y", "year", 730.0, None, False, True),
        ("The strike lasted for three months.", "for three months", "P3M", "month", 91.0, 91.0, True, True),
        ("It took a decade to rebuild the bridge.", "a decade", "P10Y", "decade", 3652.0, 3652.0, True, True),
        ("Talks went on for nearly 12 hours.", "for nearly 12 hours", "PT12H", "hour", None, 0.5, True, False),
        ("Rescuers searched for at least two weeks.", "for at least two weeks", "P2W", "week",
         14.0, None, True, True),
        ("The court handed down a 12\u2011year sentence.", "12\u2011year", "P12Y", "year", 4383.0, 4383.0,
         True, True),
        ("The loan runs for two and a half years.", "for two and a half years", "P2.5Y", "year",
         913.0, 913.0, True, True),
    ],
)
def test_durations_with_bounds_in_days(nlp, sentence, text, value, precision, low, high, low_inclusive,
                                       high_inclusive) -> None:
    expr = only(nlp, sentence)
    assert (expr.text, expr.kind, expr.value, expr.precision, expr.low, expr.high, expr.low_inclusive,
            expr.high_inclusive) == (text, "duration", value, precision, low, high, low_inclusive, high_inclusive)


def test_seconds_and_a_few_minutes(nlp) -> None:
    found = times(nlp, "The tremor lasted just over 10 seconds; a second quake came after a few minutes.")
    assert [(e.text, e.value, e.precision, e.low, e.low_inclusive, e.approximator) for e in found] == [
        ("just over 10 seconds", "PT10S", "second", 0.000116, False, "just over"),
        ("after a few minutes", None, "minute", 0.001389, True, "a few")]


def test_a_vague_duration_is_at_least_two_of_its_unit(nlp) -> None:
    expr = only(nlp, "They reunited after years of separation.")
    assert (expr.text, expr.kind, expr.value, expr.precision, expr.low, expr.high, expr.approximate) == (
        "after years", "duration", None, "year", 730.0, None, True)


def test_an_age_is_not_a_duration(nlp) -> None:
    assert times(nlp, "A 45-year-old teacher and a man 30 years old were hurt.") == []


@pytest.mark.parametrize(
    ("count", "unit", "iso"),
    [(5, "year", "P5Y"), (1, "decade", "P10Y"), (3, "month", "P3M"), (2, "week", "P2W"), (1, "fortnight", "P2W"),
     (4, "day", "P4D"), (12, "hour", "PT12H"), (30, "minute", "PT30M"), (1.5, "year", "P1.5Y")],
)
def test_iso_durations(count, unit, iso) -> None:
    assert iso_duration(count, unit) == iso


# --- relative expressions -------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("sentence", "text", "value", "precision", "low", "high"),
    [
        ("The ship docked on Saturday.", "on Saturday", "2025-12-13", "day", "2025-12-13", "2025-12-13"),
        ("The minister resigned on Tuesday.", "on Tuesday", "2025-12-09", "day", "2025-12-09", "2025-12-09"),
        ("The minister will resign on Tuesday.", "on Tuesday", "2025-12-16", "day", "2025-12-16", "2025-12-16"),
        ("Storms hit the coast over the weekend.", "over the weekend", "2025-12-13/2025-12-14", "day",
         "2025-12-13", "2025-12-14"),
        ("Prices rose last week.", "last week", "2025-W49", "week", "2025-12-01", "2025-12-07"),
        ("Prices rose over the past week.", "over the past week", "2025-12-07/2025-12-14", "week",
         "2025-12-07", "2025-12-14"),
        ("The band played yesterday.", "yesterday", "2025-12-13", "day", "2025-12-13", "2025-12-13"),
        ("Fire broke out late Thursday night.", "late Thursday night", "2025-12-11", "day", "2025-12-11",
         "2025-12-11"),
        ("Shots were heard last night.", "last night", "2025-12-13", "day", "2025-12-13", "2025-12-13"),
        ("Earlier this month the bank cut rates.", "Earlier this month", "2025-12", "month",
         "2025-12-01", "2025-12-14"),
        ("Inflation fell last year.", "last year", "2024", "year", "2024-01-01", "2024-12-31"),
        ("The mayor left three days ago.", "three days ago", "2025-12-11", "day", "2025-12-11", "2025-12-11"),
        ("Rents climbed in the past two months.", "in the past two months", "2025-10-14/2025-12-14", "month",
         "2025-10-14", "2025-12-14"),
    ],
)
def test_relative_expressions_resolve_against_publication(nlp, sentence, text, value, precision, low,
                                                          high) -> None:
    expr = only(nlp, sentence, SUNDAY)
    assert (expr.text, expr.kind, expr.value, expr.precision, expr.resolved, expr.low, expr.high) == (
        text, "relative", value, precision, True, low, high)


def test_an_approximator_before_ago_bounds_the_time(nlp) -> None:
    more, less = times(nlp, "He left more than a week ago and she less than two years ago.", SUNDAY)
    assert (more.text, more.value, more.low, more.high, more.approximator) == (
        "more than a week ago", "2025-W49", None, "2025-12-07", "more than")
    assert (less.text, less.value, less.low, less.high, less.approximator) == (
        "less than two years ago", "2023", "2023-01-01", "2025-12-14", "less than")


@pytest.mark.parametrize(
    ("sentence", "text", "precision", "relation"),
    [
        ("The ship docked on Saturday.", "on Saturday", "day", "on"),
        ("Storms hit the coast over the weekend.", "over the weekend", "day", "over"),
        ("Prices rose over the past week.", "over the past week", "week", "over"),
        ("Earlier this month the bank cut rates.", "Earlier this month", "month", None),
        ("Sales have slowed in recent weeks.", "in recent weeks", "week", "in"),
        ("Rents rose over the past few years.", "over the past few years", "year", "over"),
    ],
)
def test_relative_expressions_stay_typed_without_a_publication_date(nlp, sentence, text, precision,
                                                                     relation) -> None:
    expr = only(nlp, sentence)
    assert (expr.text, expr.kind, expr.value, expr.precision, expr.resolved, expr.relation) == (
        text, "relative", None, precision, False, relation)


def test_publication_dates_in_other_forms_and_bad_ones() -> None:
    assert parse_published("2025-12-14T09:30:00Z") == date(2025, 12, 14)
    assert parse_published("Sun, 14 Dec 2025 09:30:00 GMT") == date(2025, 12, 14)
    assert parse_published(None) is None
    with pytest.raises(InputError):
        parse_published("December 2025")


# --- the reference corpus -------------------------------------------------------------------------

def _corpus(belarus_dir: Path) -> dict[str, str]:
    if not belarus_dir.is_dir():
        pytest.skip(f"reference corpus not found at {belarus_dir}")
    return {path.name[:3]: path.read_text(encoding="utf-8") for path in sorted(belarus_dir.glob("*.txt"))}


def test_times_in_the_reference_corpus(nlp, belarus_dir: Path) -> None:
    corpus = _corpus(belarus_dir)
    found = {key: [(e.text, e.kind, e.value, e.precision, e.relation, e.low, e.low_inclusive)
                   for e in times(nlp, text)] for key, text in corpus.items()}
    assert ("for over two years", "duration", "P2Y", "year", "for", 730.0, False) in found["000"]
    assert ("for more than five years", "duration", "P5Y", "year", "for", 1826.0, False) in found["001"]
    assert ("12\u2011year", "duration", "P12Y", "year", None, 4383.0, True) in found["001"]
    assert ("2020", "date", "2020", "year", None, "2020-01-01", True) in found["001"]
    assert ("since July 2024", "date", "2024-07", "month", "since", "2024-07-01", True) in found["002"]
    assert ("over the weekend", "relative", None, "day", "over", None, True) in found["002"]
    assert ("on Saturday", "relative", None, "day", "on", None, True) in found["003"]
    assert ("since 2021", "date", "2021", "year", "since", "2021-01-01", True) in found["003"]
    assert ("over the past week", "relative", None, "week", "over", None, True) in found["004"]


def test_reference_corpus_resolved_against_a_publication_date(nlp, belarus_dir: Path) -> None:
    corpus = _corpus(belarus_dir)
    saturday = [e for e in times(nlp, corpus["003"], SUNDAY) if e.text == "on Saturday"]
    assert [(e.value, e.resolved) for e in saturday] == [("2025-12-13", True)]


# --- properties -----------------------------------------------------------------------------------

_DATES = st.dates(min_value=date(1600, 1, 1), max_value=date(2099, 12, 31))


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40))
def test_parse_date_never_crashes(text: str) -> None:
    parsed = parse_date(text)
    assert parsed is None or parsed[1] in ("year", "month", "day")


@settings(max_examples=200, deadline=None)
@given(_DATES, st.sampled_from(["{d} {B} {Y}", "{B} {d}, {Y}", "{d} {b} {Y}", "{B} {d} {Y}", "{Y}-{m}-{dd}"]))
def test_written_days_parse_to_their_iso_date(day: date, form: str) -> None:
    written = form.format(d=day.day, dd=f"{day.day:02d}", m=f"{day.month:02d}", Y=day.year,
                          B=day.strftime("%B"), b=day.strftime("%b"))
    assert parse_date(written) == (day.isoformat(), "day")


@settings(max_examples=200, deadline=None)
@given(_DATES, st.sampled_from(["day", "month", "year"]))
def test_iso_output_parses_back_to_itself_with_its_precision(day: date, precision: str) -> None:
    iso = {"day": day.isoformat(), "month": day.isoformat()[:7], "year": day.isoformat()[:4]}[precision]
    assert parse_date(iso) == (iso, precision)


@settings(max_examples=100, deadline=None)
@given(_DATES)
def test_a_written_month_keeps_month_precision(day: date) -> None:
    assert parse_date(f"{day.strftime('%B')} {day.year}") == (day.isoformat()[:7], "month")
