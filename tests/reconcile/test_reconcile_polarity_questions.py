"""Polarity read from how a clause is put: "has yet to" denies, "whether to" asks; on the real annotate and
resolve stages, with texts written for the test."""
from __future__ import annotations

DATE = "2025-03-04"


def polarity_of(story) -> list[list[tuple[str, list[str]]]]:
    return [[(p.value.split(":")[0], p.articles) for p in c.positions] for c in story.conflicts
            if c.kind == "polarity"]


def test_has_yet_to_denies_as_has_not_yet_does(analyse):
    not_yet = "Nurse Anna Kolb had not yet regained consciousness on Tuesday, doctors at the Varnes clinic said."
    yet_to = "Nurse Anna Kolb had yet to regain consciousness on Tuesday, doctors at the Varnes clinic said."
    woke = "Nurse Anna Kolb regained consciousness on Tuesday, doctors at the Varnes clinic said."
    assert polarity_of(analyse((not_yet, DATE), (yet_to, DATE))) == []
    assert polarity_of(analyse((yet_to, DATE), (woke, DATE))) == [[("did not happen", ["a1"]), ("happened", ["a2"])]]


def test_a_clause_asking_whether_states_nothing(analyse):
    weighing = "The Varnes city attorney was considering on Monday whether to file charges against the driver."
    none_filed = "No charges have been filed against the driver, the Varnes city attorney said on Monday."
    filed = "The Varnes city attorney filed charges against the driver on Monday."
    assert polarity_of(analyse((weighing, DATE), (none_filed, DATE))) == []
    assert polarity_of(analyse((none_filed, DATE), (filed, DATE))) == [[("did not happen", ["a1"]), ("happened", ["a2"])]]
