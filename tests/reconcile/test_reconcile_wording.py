"""How conflicts are worded for a reader: plain English naming what is counted, dated or quoted with the
articles' own words, sides by how many articles take them (never by an id), durations without invented
ranges; on texts written for the test."""
from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from conftest import Doc

from newsprism.reconcile.phrasing import (at_least, clause_of, counted_as, describe_days, duration_subject,
                                          event_noun, less_than, plural_of, time_amount, value_in_sentence)
from newsprism.reconcile.quotes import longest_shared_run, quote_words, speaker_named, word_differences

YEAR = 365.25


@pytest.mark.parametrize("noun, plural", [
    ("miner", "miners"), ("person", "people"), ("people", "people"), ("family", "families"), ("bus", "buses"),
    ("fisherman", "fishermen"), ("fishermen", "fishermen"), ("human", "humans"), ("child", "children"),
])
def test_the_counted_are_named_in_the_plural(noun, plural):
    assert plural_of(noun) == plural


def test_what_happened_to_the_counted_reads_as_english():
    assert counted_as("prisoners", "release", acting=False) == "prisoners released"
    assert counted_as("nurses", "strike", acting=True) == "nurses on strike"
    assert counted_as("ships", "wait", acting=True) == "ships that waited"
    assert counted_as("tankers", "stop", acting=False) == "tankers stopped"
    assert clause_of("miners", "kill", acting=False) == "the miners were killed"
    assert clause_of("ships", "wait", acting=True) == "the ships waited"
    assert event_noun("lifting/easing") == "lifting or easing"
    assert event_noun("close") == "closing"
    assert event_noun("") == "event"


def test_a_verb_stressed_on_its_last_syllable_doubles_its_consonant_and_others_do_not():
    assert [event_noun(verb) for verb in ("occur", "admit", "stop", "open", "visit", "happen")] == [
        "occurring", "admitting", "stopping", "opening", "visiting", "happening"]
    assert [counted_as("ships", verb, acting=False) for verb in ("control", "visit")] == [
        "ships controlled", "ships visited"]


def test_a_duration_subject_names_who_and_what_lasted():
    assert duration_subject("Tomas Reyes", "detention") == "how long Tomas Reyes was detained"
    assert duration_subject("Tomas Reyes", "hide") == "how long Tomas Reyes hid"
    assert duration_subject("the Orla dam", "age") == "age of the Orla dam"
    assert duration_subject("Tomas Reyes", "") == "duration given for Tomas Reyes"


def test_lengths_of_time_are_whole_numbers_in_words_up_to_nine():
    assert time_amount(30 * YEAR) == "30 years"
    assert time_amount(3 * YEAR) == "three years"
    assert time_amount(240) == "eight months"
    assert time_amount(12) == "12 days"
    assert at_least(3 * YEAR + 40) == "at least three years"
    assert less_than(2 * YEAR + 40) == "less than three years"
    assert not any(".0" in amount for amount in (time_amount(45 * YEAR), at_least(2 * YEAR), less_than(40 * YEAR)))


def test_days_are_written_at_the_precision_they_cover():
    assert describe_days(date(2024, 3, 9), date(2024, 3, 9)) == "9 March 2024"
    assert describe_days(date(2024, 3, 1), date(2024, 3, 31)) == "March 2024"
    assert describe_days(date(2024, 1, 1), date(2024, 12, 31)) == "2024"
    assert describe_days(date(2024, 3, 9), date(2024, 3, 11)) == "9 March 2024 to 11 March 2024"


def test_a_figure_inside_a_sentence_loses_only_its_sentence_capital():
    assert value_in_sentence("Forty-one") == "forty-one"
    assert value_in_sentence("Nearly 600") == "nearly 600"
    assert value_in_sentence("US$5 million") == "US$5 million"
    assert value_in_sentence("NATO") == "NATO"


def test_two_wordings_differ_at_the_words_each_writes():
    assert word_differences("The harvest was the worst we have ever had", "The harvest was the worst we have had") \
        == [("have ever", "have")]  # a word left out is shown with the word before it
    assert word_differences("We will rebuild the school before winter", "We will rebuild the old school by spring") \
        == [("the school before winter", "the old school by spring")]
    assert word_differences("We will rebuild the school", "We will rebuild the school") == []


def test_wordings_differing_in_many_places_are_described_by_what_they_share():
    first = "Nobody told us the river would rise so fast, and nobody came to help us that night"
    second = "No one warned us that the river would rise, and no one came for us during the night"
    assert word_differences(first, second) is None
    assert longest_shared_run(first, second) == "the river would rise"
    assert longest_shared_run("Water everywhere", "Nothing left") is None


def harvest_doc(doc_id: str, quoted: str) -> Doc:
    text = f"Farmer Ilse Brandt surveyed her fields. “{quoted}” Ilse Brandt said on Friday."
    return Doc(doc_id, text).mention("Ilse Brandt", "PERSON", None, occurrence=2).quote(quoted, "Ilse Brandt",
                                                                                        "Ilse Brandt")


def test_a_quote_conflict_says_which_words_differ_not_how_long_each_is(reconcile):
    story = reconcile([harvest_doc("a1", "It was the worst harvest my family has ever seen in this valley."),
                       harvest_doc("a2", "It was the worst harvest my family has seen in forty years."),
                       harvest_doc("a3", "It was the worst harvest my family has seen in forty years.")])
    [conflict] = story.conflicts
    assert (conflict.kind, conflict.subject) == ("quote", "wording of a quote by Ilse Brandt")
    assert conflict.explanation == ("Outlets quote Ilse Brandt in words that differ: two articles have “has” and "
                                    "“forty years” where one article has “has ever” and “this valley”.")
    assert "characters" not in conflict.explanation


def test_a_quote_conflict_in_wholly_different_words_names_what_they_share(reconcile):
    story = reconcile([harvest_doc("a1", "It was the worst harvest my family has ever seen, and the rain never came."),
                       harvest_doc("a2", "It was the worst harvest my family has known. The banks will not wait "
                                         "for us, and the ministry has sent nobody.")])
    [conflict] = story.conflicts
    assert conflict.explanation == ("Outlets quote Ilse Brandt in words that differ: the two wordings share only "
                                    "“It was the worst harvest my family has” and go on differently.")


def dam_doc(doc_id: str, text: str) -> Doc:
    return Doc(doc_id, text, published="2025-04-10").mention("Orla", "FAC", "e-orla")


def test_an_exact_duration_is_quoted_without_a_range(reconcile):
    opened = dam_doc("a1", "Inspectors visited the Orla dam, which opened in 1961, on Tuesday.").time(
        "in 1961", "date", "1961", low="1961-01-01", high="1961-12-31", relation="in")
    age = dam_doc("a2", "Inspectors visited the Orla dam. The dam has operated for 20 years.").time(
        "for 20 years", "duration", "P20Y", low=7305.0, high=7305.0, relation="for")
    [conflict] = reconcile([opened, age]).conflicts
    assert (conflict.kind, conflict.subject) == ("duration", "age of Orla")
    assert conflict.explanation == ("One article says “for 20 years”; one article says “opened in 1961” (about 64 "
                                    "years before publication on 10 April 2025): the two cannot both hold.")


def test_the_longer_of_two_durations_gets_no_invented_upper_bound(reconcile):
    opened = dam_doc("a1", "Inspectors visited the Orla dam, which opened in 2015, on Tuesday.").time(
        "in 2015", "date", "2015", low="2015-01-01", high="2015-12-31", relation="in")
    age = dam_doc("a2", "Inspectors visited the Orla dam. The dam has operated for more than 40 years.").time(
        "for more than 40 years", "duration", "P40Y", low=14610.0, high=None, relation="for")
    [conflict] = reconcile([opened, age]).conflicts
    assert conflict.explanation == ("One article says “opened in 2015” (about 10 years before publication on 10 "
                                    "April 2025); one article says “for more than 40 years”: the two cannot both "
                                    "hold.")


def test_a_quote_conflict_names_its_speaker_as_the_quotes_name_them_most_fully():
    from newsprism.model import Quote, Span

    def quote(name):
        return Quote("a1", Span(0, 5), "words", speaker_name=name)

    assert speaker_named([quote("Zhaksybekov"), quote("Erlan Zhaksybekov"), quote("Yerlan Zhaksybekov"),
                          quote("Yerlan Zhaksybekov")]) == "Yerlan Zhaksybekov"
    assert speaker_named([quote("Brandt"), quote("Ilse Brandt"), quote("Ilse Brant")]) == "Ilse Brandt"
    assert speaker_named([quote(None), quote("the minister")]) == "the minister"
    assert speaker_named([quote(None)]) == "the speaker"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=126) | st.sampled_from("’‘…—“”"), max_size=80))
def test_a_wording_read_again_is_the_same_wording(text):
    """The words a quote is compared by are a fixed point: read again, they give themselves (house style,
    contractions and sentence ends are settled once)."""
    words = quote_words(text)
    assert quote_words(" ".join(words)) == words
    assert word_differences(text, text) == []
