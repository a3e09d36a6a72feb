"""Direct quotes and their speakers (issue 3, item 4)."""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from newsprism.annotate.quotes import find_quote_marks, find_quotes, is_partial
from newsprism.model import Mention, Quote, Span


@pytest.fixture(scope="module")
def nlp(resources):
    return resources.nlp


def quotes_in(nlp, text: str, mentions: list[Mention] | None = None) -> list[Quote]:
    doc = nlp(text)
    quotes = find_quotes(doc, "t", mentions or [])
    for quote in quotes:
        assert doc.text[quote.span.start:quote.span.end] == quote.text
        assert quote.article == "t"
    return quotes


def summary(quote: Quote) -> tuple:
    return quote.text, quote.speaker_name, quote.cue, quote.told_to, quote.partial


def speaker_text(text: str, quote: Quote) -> str | None:
    return quote.speaker_span.of(text) if quote.speaker_span else None


# ------------------------------------------------------------------ cue patterns, one per case

CASES = [
    pytest.param(  # "X said" after the quote, straight marks, trailing comma dropped
        '"The harvest was the worst in a decade," Tomas Ferreira said on Monday.',
        [("The harvest was the worst in a decade", "Tomas Ferreira", "said", None, False)], id="X-said"),
    pytest.param(  # inverted "said X" with an apposition after the name
        '"Rates will stay high," said Christine Marlowe, the bank\'s chief economist.',
        [("Rates will stay high", "Christine Marlowe", "said", None, False)], id="said-X"),
    pytest.param(  # "X told <outlet>" keeps the outlet; multi-sentence quote in curly marks
        "The coach was blunt. “We lost our focus in the second half. That cannot happen again,” "
        "Pedro Alves told ESPN.",
        [("We lost our focus in the second half. That cannot happen again", "Pedro Alves", "told", "ESPN",
          False)], id="told-outlet"),
    pytest.param(  # "X, who ..., said:" with a colon introduction
        'Dr. Anita Rao, who leads the vaccine trial at Leeds, said: "The early results are encouraging."',
        [("The early results are encouraging.", "Anita Rao", "said", None, False)], id="who-said-colon"),
    pytest.param(  # "according to X" before a partial quote
        'According to the fire chief, "the blaze spread faster than anyone expected."',
        [("the blaze spread faster than anyone expected.", "the fire chief", "according to", None, True)],
        id="according-to"),
    pytest.param(  # pronoun -> the nearest person named before
        'Engineer Liu Wei has worked on the dam for ten years. "It will hold," he said.',
        [("It will hold", "Liu Wei", "said", None, False)], id="pronoun"),
    pytest.param(  # role -> the person introduced with that role
        "Sarah Jennings, a veteran marine biologist, has studied the reef since 2004. "
        '"The coral is bleaching every summer now," the biologist said.',
        [("The coral is bleaching every summer now", "Sarah Jennings", "said", None, False)], id="role"),
    pytest.param(  # role introduced before the name, in apposition
        "The team's captain, Luis Moreno, was emotional. \"I love this club,\" the captain said.",
        [("I love this club", "Luis Moreno", "said", None, False)], id="role-before-name"),
    pytest.param(  # surname-only cue -> the full name given earlier; "X added"
        "The union leader, Frank Ortiz, spoke outside the plant. Ortiz said the strike would continue. "
        '"We are not going back until the contract is signed," Ortiz added.',
        [("We are not going back until the contract is signed", "Frank Ortiz", "added", None, False)],
        id="surname-added"),
    pytest.param(  # vague speaker keeps its description; told a named outlet
        '"Prices will keep rising," a senior central bank official told Bloomberg.',
        [("Prices will keep rising", "a senior central bank official", "told", "Bloomberg", False)],
        id="vague-told"),
    pytest.param(  # "..., saying, '...'" takes the subject of the clause it continues
        "Marta Kovac won the race in record time, saying, \"I trained for this moment all my life.\"",
        [("I trained for this moment all my life.", "Marta Kovac", "saying", None, False)], id="saying"),
    pytest.param(  # partial quote embedded in the reporter's sentence
        'Economists called the budget "a reckless gamble with public money" on Monday.',
        [("a reckless gamble with public money", "Economists", "called", None, True)], id="partial"),
    pytest.param(  # a standalone quote after another in the same paragraph continues its speaker
        "Jane Doe spoke first. “The water is not safe to drink,” she told The Guardian. "
        "“We have known this for years.”",
        [("The water is not safe to drink", "Jane Doe", "told", "Guardian", False),
         ("We have known this for years.", "Jane Doe", None, "Guardian", False)], id="continuation"),
    pytest.param(  # a quote over two paragraphs: the second reopens it and keeps its speaker
        "Chef Paolo Russo opened the restaurant in 1998. He said: \"We cooked for our neighbours first.\n"
        "\"Then the whole city came.\"",
        [("We cooked for our neighbours first.", "Paolo Russo", "said", None, False),
         ("Then the whole city came.", "Paolo Russo", None, None, False)], id="over-paragraphs"),
    pytest.param(  # a colon ends the sentence that introduces the quote
        "The minister of transport said:\n\"The tunnel opens in May.\"",
        [("The tunnel opens in May.", "The minister of transport", "said", None, False)], id="colon-before"),
    pytest.param(  # the segmenter splits after "Const."; the comma still announces the attribution
        'The alarm rang at noon. "No school can prepare for this," Const. Ruth Mayer said.',
        [("No school can prepare for this", "Ruth Mayer", "said", None, False)], id="split-attribution"),
    pytest.param(  # scare quotes and titles of works are not quotes
        'Officials described the so-called "emergency" measures as routine. '
        'The "Blade Runner" actor declined to comment.',
        [], id="scare-and-title"),
    pytest.param(  # a pronoun with nobody to refer to leaves the speaker unnamed
        'She won the race, saying, "I trained for this."',
        [("I trained for this.", None, "saying", None, False)], id="unresolved-pronoun"),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_quote_patterns(nlp, text, expected):
    assert [summary(quote) for quote in quotes_in(nlp, text)] == expected


def test_speaker_span_points_at_the_reference(nlp):
    text = 'Engineer Liu Wei has worked on the dam for ten years. "It will hold," he said.'
    (quote,) = quotes_in(nlp, text)
    assert speaker_text(text, quote) == "he"
    assert quote.span == Span(55, 67)


def test_given_mentions_are_used_instead_of_the_tagger(nlp):
    # the tagger labels the lone surname ORG; given PERSON mentions, the speaker is still resolved
    text = 'Kim Ode runs the bakery. "Bread is life," Ode said.'
    mentions = [Mention("t", Span(0, 7), "Kim Ode", "PERSON"), Mention("t", Span(42, 45), "Ode", "PERSON")]
    (quote,) = quotes_in(nlp, text, mentions)
    assert (quote.speaker_name, speaker_text(text, quote)) == ("Kim Ode", "Ode")


def test_gender_keeps_pronouns_apart(nlp):
    text = ("Mr. Tom Hale met Ms. Ana Ruiz in Lisbon. Hale left before Ruiz spoke. "
            '"We found common ground," he said.')
    (quote,) = quotes_in(nlp, text)
    assert quote.speaker_name == "Tom Hale"


# ------------------------------------------------------------------ quotation marks (no model)


def test_marks_pair_straight_and_curly_quotes():
    text = 'He said "one" and “two”.'
    assert [m.content.of(text) for m in find_quote_marks(text)] == ["one", "two"]


def test_quote_open_at_paragraph_end_counts_only_when_reopened():
    text = '"First paragraph goes on\n"and the next one closes it."\nAn "unclosed one\nends here.'
    contents = [m.content.of(text) for m in find_quote_marks(text)]
    assert contents == ["First paragraph goes on", "and the next one closes it."]


def test_partial_is_decided_by_what_precedes_the_quote():
    full, embedded = 'She said: "We won."', 'She called it "a win".'
    assert is_partial(full, find_quote_marks(full)[0]) is False
    assert is_partial(embedded, find_quote_marks(embedded)[0]) is True


@given(st.text(alphabet=st.sampled_from(list('ab ,."“”\n')), max_size=60))
def test_marks_are_always_inside_the_text(text):
    for marks in find_quote_marks(text):
        assert marks.region.contains(marks.content)
        assert 0 <= marks.region.start < marks.region.end <= len(text)
        assert text[marks.region.start] in '"“„«'
        assert any(char.isalpha() for char in marks.content.of(text))


# ------------------------------------------------------------------ the reference corpus


def test_belarus_quotes_and_speakers(nlp, belarus_dir: Path):
    if not belarus_dir.is_dir():
        pytest.skip(f"reference corpus absent: {belarus_dir}")
    found = {}
    for path in sorted(belarus_dir.glob("*.txt")):
        for quote in quotes_in(nlp, path.read_text(encoding="utf-8")):
            found[quote.text[:40]] = (quote.speaker_name, quote.cue, quote.told_to, quote.partial)
    assert found == {
        "It's like coming up from the depth of th": ("Ales Bialiatski", "told", "BBC", False),
        "It's a feeling of incredible happiness t": ("Maria Kolesnikova", "saying", None, False),
        "This is a major breakthrough for human r": ("a spokesperson for the Human Rights Watch", "said", None, False),
        "The release of these prisoners is a test": ("a spokesperson for the Human Rights Watch", None, None, False),
        "It’s a feeling of incredible happiness. ": ("Maria Kolesnikova", "said", None, False),
        "This is not a blank cheque": ("a senior US official", "said", None, False),
        "Being released means meeting with family": ("Ales Bialiatski", "stated", None, False),
    }


WORDS = ["He", "she", "said", "told", "the", "BBC", "according", "to", "Anna", "Berg", "officials", "say",
         ",", ".", ":", '"', "“", "”", "\n", "saying", "a", "senior", "official", "reported", "by"]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(WORDS), max_size=30))
def test_any_text_gives_exact_spans(nlp, words):
    from newsprism.annotate.attributions import find_attributions

    doc = nlp(" ".join(words))
    for found in find_quotes(doc, "t", []) + find_attributions(doc, "t", []):
        assert doc.text[found.span.start:found.span.end] == found.text


def test_speaker_whose_head_the_tagger_misreads_as_punctuation_still_gives_a_quote(resources):
    """ "No." split off as the subject of "said" once emptied the speaker phrase and crashed the layer."""
    doc = resources.nlp('"We were searching," Juror No. 12 said.')
    quotes = find_quotes(doc, "a1", [])
    assert [q.text for q in quotes] == ["We were searching"]
    assert all(doc.text[q.speaker_span.start:q.speaker_span.end] for q in quotes if q.speaker_span)
