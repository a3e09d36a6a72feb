"""Date normalisation: ISO 8601 at the precision written, never an exception, idempotent on its own output."""
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsprism.ingest.dates import normalise_date


@pytest.mark.parametrize(("written", "iso"), [
    ("2025", "2025"),
    ("July 2024", "2024-07"),
    ("Sept. 2024", "2024-09"),
    ("13 December 2025", "2025-12-13"),
    ("December 13, 2025", "2025-12-13"),
    ("Saturday, Dec. 13th, 2025", "2025-12-13"),
    ("Sat, 13 Dec 2025 10:00:00 GMT", "2025-12-13T10:00:00+00:00"),
    ("Fri, 12 Dec 2025 23:59:59 +0100", "2025-12-12T23:59:59+01:00"),
    ("December 13, 2025 3:45 pm EST", "2025-12-13T15:45-05:00"),
    ("December 13, 2025 12:05 AM", "2025-12-13T00:05"),
    ("Dec 13, 2025 10:00 AM ET", "2025-12-13T10:00"),
    ("2025-12-13", "2025-12-13"),
    ("2025-12", "2025-12"),
    ("2025-12-13T10:00:00Z", "2025-12-13T10:00:00+00:00"),
    ("2025-12-13 10:00", "2025-12-13T10:00"),
    ("2024-07-14T10:00:00.123456-0430", "2024-07-14T10:00:00-04:30"),
    ("  2024-02-29  ", "2024-02-29"),
    ("13/04/2025", "2025-04-13"),
    ("04/13/2025", "2025-04-13"),
    ("2025/04/13", "2025-04-13"),
])
def test_dates_keep_the_written_precision(written, iso):
    assert normalise_date(written) == iso


@pytest.mark.parametrize("not_a_date", [
    "", "   ", "yesterday", "2023-02-29", "2025-13-01", "December 32, 2025", "03/04/2025", "hello 2025",
    "2025-12-13T25:00", "Smarch 2025", "13 December 2025 10", None, 2025,
])
def test_what_is_not_a_clear_date_gives_none(not_a_date):
    assert normalise_date(not_a_date) is None


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60))
def test_normaliser_never_raises_and_is_idempotent(text):
    iso = normalise_date(text)
    assert iso is None or normalise_date(iso) == iso


@settings(max_examples=300, deadline=None)
@given(st.datetimes(), st.sampled_from(["year", "month", "day", "minute", "second"]),
       st.one_of(st.none(), st.integers(min_value=-12 * 60, max_value=14 * 60)))
def test_iso_output_round_trips(moment, precision, offset):
    from newsprism.ingest.dates import DateParts

    parts = DateParts(
        year=moment.year, month=moment.month if precision != "year" else None,
        day=moment.day if precision not in ("year", "month") else None,
        hour=moment.hour if precision in ("minute", "second") else None,
        minute=moment.minute if precision in ("minute", "second") else None,
        second=moment.second if precision == "second" else None,
        offset_minutes=offset if precision in ("minute", "second") else None,
    )
    assert normalise_date(parts.iso()) == parts.iso()
    assert len(parts.iso()) == {"year": 4, "month": 7, "day": 10, "minute": 16, "second": 19}[precision] + (
        6 if offset is not None and precision in ("minute", "second") else 0)
