"""Facts compared only when said of the same doer, a pronoun read as the person it stands for; on the real
annotate and resolve stages, with texts written for the test."""
from __future__ import annotations

import pytest
from conftest import Doc

DATE = "2025-05-13"
OWNER_DENIED = ("Karl Hoff was questioned by police on Monday. He does not own the Varnes warehouse, the city "
                "register shows.")


def conflicts_of(story, kind: str) -> list[tuple[str, list[tuple[str, list[str]]]]]:
    return [(c.subject, [(p.value, p.articles) for p in c.positions]) for c in story.conflicts if c.kind == kind]


def test_a_figure_said_of_a_pronoun_is_said_of_the_person_it_stands_for(analyse):
    """"Erik Lund was hurt in May. He missed ten games." is Lund's record, not a dispute of Ortiz's eight."""
    story = analyse(("Marco Ortiz missed eight games this season with a broken leg, the Varnes club said.", DATE),
                    ("Erik Lund was hurt in May. He missed ten games this season with a broken leg, the Varnes club "
                     "said.", DATE))
    assert [c.kind for c in story.conflicts] == []


def test_figures_said_of_one_person_through_pronouns_are_compared_apart_from_anothers(analyse):
    """Both reports' "he" is Lund: eight games against ten is a dispute of Lund's record, and Ortiz's twelve is
    his own, in no dispute."""
    story = analyse(("Erik Lund was hurt in May. He missed eight games this season, the Varnes club said.", DATE),
                    ("Erik Lund was hurt in May. He missed ten games this season, the Varnes club said.", DATE),
                    ("Marco Ortiz missed twelve games this season, the Varnes club said.", DATE))
    assert conflicts_of(story, "quantity") == [("number of games missed", [("eight", ["a1"]), ("ten", ["a2"])])]


@pytest.mark.parametrize("first_player, expected", [
    pytest.param("Erik Lund", [], id="two-players"),
    pytest.param("Marco Ortiz", [("number of points had", [("14", ["a2"]), ("20", ["a1"])])], id="one-player"),
])
def test_a_figure_a_pronoun_had_is_said_of_its_person(analyse, first_player, expected):
    """"He had 14 points": the light verb's subject is the doer, read through the pronoun."""
    story = analyse(("Marco Ortiz had 20 points for the Varnes team on Sunday.", DATE),
                    (f"{first_player} scored in the first minute. He had 14 points for the Varnes team on Sunday.", DATE))
    assert conflicts_of(story, "quantity") == expected


@pytest.mark.parametrize("reported, expected", [
    pytest.param("Marco Ortiz", [], id="two-players"),
    pytest.param("Erik Lund", [("number of games missed", [("eight", ["a1"]), ("ten", ["a2"])])], id="one-player"),
])
def test_a_verb_coordinated_with_another_shares_its_doer(analyse, reported, expected):
    """"Lund broke his leg in May and missed ten games": Lund missed them."""
    story = analyse((f"{reported} missed eight games this season, the Varnes club said.", DATE),
                    ("Erik Lund broke his leg in May and missed ten games this season, the Varnes club said.", DATE))
    assert conflicts_of(story, "quantity") == expected


def test_owning_denied_of_one_person_and_said_of_another_is_no_conflict(analyse):
    """Hoff does not own the warehouse; "he had owned it" is said of Brenner, its previous owner: two facts."""
    story = analyse((OWNER_DENIED, DATE),
                    ("Tomas Brenner, the previous owner, was questioned by police on Monday. He had owned the Varnes "
                     "warehouse since 2004.", DATE))
    assert conflicts_of(story, "polarity") == []


def test_owning_denied_and_said_of_one_person_through_pronouns_is_a_conflict(analyse):
    story = analyse((OWNER_DENIED, DATE),
                    ("Karl Hoff was questioned by police on Monday. He has owned the Varnes warehouse since 2004.",
                     DATE))
    assert conflicts_of(story, "polarity") == [("whether the owning of warehouse happened", [
        ("did not happen: “own the Varnes warehouse”", ["a1"]), ("happened: “owned the Varnes warehouse”", ["a2"])])]


def test_statements_are_surely_of_different_doers_only_when_neither_sentence_names_the_others():
    """A sentence naming both may be parsed with either as its subject; an unknown doer may be anyone."""
    from newsprism.model import Claim, Span
    from newsprism.reconcile.doers import said_of_different_doers

    def claim(*entities: str) -> Claim:
        return Claim("a1:c1", "a1", Span(0, 4), "text", entities=list(entities))

    assert said_of_different_doers("e-hoff", claim("e-hoff"), "e-brenner", claim("e-brenner"))
    assert not said_of_different_doers("e-hoff", claim("e-hoff", "e-brenner"), "e-brenner", claim("e-brenner"))
    assert not said_of_different_doers("e-hoff", claim("e-hoff"), "e-hoff", claim("e-hoff"))
    assert not said_of_different_doers("e-hoff", claim("e-hoff"), None, claim())


def test_statements_about_two_named_things_are_no_conflict(reconcile):
    """A film, a product or a building is what a statement is about as a person is: "Harbor Lights doesn't have a
    release date" is not denied by "Night Tide has a release date"."""
    first = Doc("a1", "Harbor Lights doesn't have a release date, the studio said on Monday.")
    first.mention("Harbor Lights", "WORK_OF_ART", "e-harbor-lights")
    second = Doc("a2", "Night Tide has a release date of 22 November, the studio said on Monday.")
    second.mention("Night Tide", "WORK_OF_ART", "e-night-tide")
    assert [c.kind for c in reconcile([first, second]).conflicts] == []


@pytest.mark.parametrize("failed, expected", [
    pytest.param("Tom Varga and Ben Sollis", [], id="other-players"),
    pytest.param("Erik Lund", [("whether the passing of Ortiz happened", [
        ("did not happen: “pass Marco Ortiz on the club's scoring list”", ["a1"]),
        ("happened: “passed Marco Ortiz on the club's scoring list on Sunday”", ["a2"])])], id="the-same-player"),
])
def test_a_verb_completing_another_is_done_by_its_subject(analyse, failed, expected):
    """"Varga and Sollis failed to pass Ortiz": they did not pass him, which does not deny that Lund did."""
    story = analyse((f"{failed} failed to pass Marco Ortiz on the club's scoring list, the Varnes club said.", DATE),
                    ("Erik Lund passed Marco Ortiz on the club's scoring list on Sunday, the Varnes club said.", DATE))
    assert conflicts_of(story, "polarity") == expected
