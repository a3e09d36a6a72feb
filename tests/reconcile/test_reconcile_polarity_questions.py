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


@pytest.mark.parametrize("unasserted, reported", [
    # predicted, not reported
    ("The Varnes council will not approve the budget before March, the mayor said.",
     "The Varnes council approved the budget on Tuesday, the mayor said."),
    # an infinitive that did not happen, or not yet
    ("The Varnes council made a promise not to sell the old depot, the mayor said.",
     "The Varnes council sold the old depot on Tuesday, the mayor said."),
    # an event noun under such a verb
    ("The Varnes council had not bought the old depot by Tuesday, the mayor said.",
     "Varnes voters approved a bond to pay for the purchase of the old depot, the mayor said."),
    # a condition, around the denial however deep
    ("If the Varnes council does not buy the old depot, the mayor said, the site will be sold.",
     "The Varnes council bought the old depot on Tuesday, the mayor said."),
    ("If it comes down to a vote between the mayor and a council that hasn't approved a budget, the mayor wins.",
     "The Varnes council approved a budget on Tuesday, the mayor said."),
    # a denial of no particular thing
    ("A council that has not approved a budget cannot spend money, the Varnes mayor said.",
     "The Varnes council approved a budget on Tuesday, the mayor said."),
    # a denial over a period, not of this event
    ("The Varnes valley has not been hit by a flood in more than 40 years, the mayor said.",
     "A flood hit the Varnes valley on Tuesday, the mayor said."),
    # an event that only places another in time: "did not fall near the end" does not deny the end
    ("Maria Ortiz did not fall near the end of the second round in Varnes, her coach said.",
     "The second round ended with Maria Ortiz on the ropes in Varnes, her coach said."),
    # a denial of degree or frequency, not of the event
    ("Maria Ortiz did not score much in the first half for the Varnes team, her coach said.",
     "Maria Ortiz scored in the first half for the Varnes team, her coach said."),
    ("The Varnes council has not always paid its contractors on time, the mayor said.",
     "The Varnes council paid its contractors on Tuesday, the mayor said."),
    # a denied bound, not a denied event
    ("Having never hit fewer than 20 homers in a season, Maria Ortiz is the Varnes team's best hitter.",
     "Maria Ortiz has hit at least 30 homers in each of the past five seasons for the Varnes team."),
])
def test_what_is_not_stated_as_fact_is_no_polarity_conflict(analyse, unasserted, reported):
    assert polarity_of(analyse((unasserted, DATE), (reported, DATE))) == []


def test_a_negation_spaced_out_by_a_scraper_still_denies(analyse):
    """"didn ’ t" as some scrapers and tokenisers leave it is "didn't": the same denial, against a report of the act."""
    spaced = "Varnes mayor Anna Kolb didn ’ t return a call seeking comment on Tuesday."
    closed = "Varnes mayor Anna Kolb didn't return a call seeking comment on Tuesday."
    returned = "Varnes mayor Anna Kolb returned a call seeking comment on Tuesday."
    assert polarity_of(analyse((spaced, DATE), (closed, DATE))) == []
    assert polarity_of(analyse((spaced, DATE), (returned, DATE))) == CONFLICT


@pytest.mark.parametrize("denied, reported", [
    # what an implicative verb's "to" clause names happened, or (after "declined to") did not
    ("Rescuers in Varnes did not abandon the search for the missing climber on Tuesday.",
     "Rescuers in Varnes were forced to abandon the search for the missing climber on Tuesday."),
    ("Varnes police declined to release the name of the driver on Tuesday.",
     "Varnes police released the name of the driver on Tuesday."),
    # a year is not a stretch of years
    ("The Varnes ferry had not been inspected in a year, the harbour master said.",
     "The Varnes ferry was inspected on Tuesday, the harbour master said."),
    # a past relative clause is of particular people
    ("Rescuers reached residents who had not evacuated the Varnes valley on Tuesday.",
     "Residents evacuated the Varnes valley on Tuesday, rescuers said."),
    # a degree word that is not the verb's ("much of the harbour") leaves the denial whole
    ("Varnes police did not close much of the harbour district on Tuesday.",
     "Varnes police closed much of the harbour district on Tuesday."),
    # "as well" is "also", no degree
    ("Varnes police did not arrest the driver as well on Tuesday.",
     "Varnes police arrested the driver on Tuesday."),
    # a comparison is no bound
    ("Ostland did not impose higher tariffs on steel from Varnes on Tuesday.",
     "Ostland imposed higher tariffs on steel from Varnes on Tuesday."),
])
def test_a_denial_and_a_report_still_conflict(analyse, denied, reported):
    assert polarity_of(analyse((denied, DATE), (reported, DATE))) == CONFLICT


@pytest.mark.parametrize("bounded", [
    "Varnes police did not release the name of the driver until Tuesday, a spokesman said.",
    "Varnes police declined to release the name of the driver until Tuesday, a spokesman said.",
])
def test_a_denial_bounded_in_time_says_when_not_whether(analyse, bounded):
    """"did not release the name until Tuesday" says it was released on Tuesday: no dispute with a report that it was."""
    released = "Varnes police released the name of the driver on Tuesday, a spokesman said."
    assert polarity_of(analyse((bounded, DATE), (released, DATE))) == []
