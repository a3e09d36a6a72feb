"""Polarity read from how a clause is put: "has yet to" denies, "whether to" asks; on the real annotate and
resolve stages, with texts written for the test."""
from __future__ import annotations

import pytest

DATE = "2025-03-04"
DENIED, ASKED = (
    ("Nurse Anna Kolb had not yet regained consciousness on Tuesday, doctors at the Varnes clinic said.",
     "Nurse Anna Kolb had yet to regain consciousness on Tuesday, doctors at the Varnes clinic said.",
     "Nurse Anna Kolb regained consciousness on Tuesday, doctors at the Varnes clinic said."),
    ("No charges have been filed against the driver, the Varnes city attorney said on Monday.",
     "The Varnes city attorney was considering on Monday whether to file charges against the driver.",
     "The Varnes city attorney filed charges against the driver on Monday."),
)


def polarity_of(story) -> list[list[tuple[str, list[str]]]]:
    return [[(p.value.split(":")[0], p.articles) for p in c.positions] for c in story.conflicts
            if c.kind == "polarity"]


CONFLICT = [[("did not happen", ["a1"]), ("happened", ["a2"])]]


@pytest.mark.parametrize("denied, put_so, happened, against_fact", [(*DENIED, CONFLICT), (*ASKED, [])],
                         ids=["has-yet-to", "whether-to"])
def test_how_a_clause_is_put_decides_its_polarity(analyse, denied, put_so, happened, against_fact):
    """"had yet to regain" denies as "had not regained" does; "considering whether to file" states nothing."""
    assert polarity_of(analyse((denied, DATE), (happened, DATE))) == CONFLICT
    assert polarity_of(analyse((denied, DATE), (put_so, DATE))) == []
    assert polarity_of(analyse((put_so, DATE), (happened, DATE))) == against_fact
