"""Agreed figures: a count several independent sources give alike for the same thing, which no conflict disputes,
established though no sentence is stated in full by two sources; proved on short articles written for the test."""
from __future__ import annotations

import signal

from conftest import Doc, brief_section


def _doc(doc_id: str, text: str, *figures: tuple[str, float, str], outlet: str | None = None,
         duplicate_of: str | None = None, approximate: bool = False) -> Doc:
    doc = Doc(doc_id, text, outlet=outlet, published="2025-03-04", duplicate_of=duplicate_of)
    for piece, value, counted in figures:
        doc.quantity(piece, value, value, value, counted, approximate=approximate)
    return doc


def _points(story) -> list[tuple[str, str, list[str], int, list[tuple[str, str]]]]:
    return [(a.subject, a.event, a.articles, a.independent_sources, [(e.article, e.text) for e in a.evidence])
            for a in story.agreed]


def test_a_figure_two_sources_give_in_different_sentences_is_established(reconcile):
    docs = [_doc("a1", "Rescue teams evacuated 80 workers from the Brennic plant on Monday after the blast.",
                 ("80", 80.0, "workers")),
            _doc("a2", "After the blast at the Brennic plant, 80 workers were evacuated by the fire brigade on Monday.",
                 ("80", 80.0, "workers"))]
    story = reconcile(docs)
    assert _points(story) == [("80 workers evacuated", "evacuate", ["a1", "a2"], 2, [
        ("a1", "Rescue teams evacuated 80 workers from the Brennic plant"),
        ("a2", "80 workers were evacuated by the fire brigade")])]
    texts = {d.id: d.text for d in docs}
    assert [e.text == texts[e.article][e.start:e.end] for e in story.agreed[0].evidence] == [True, True]
    assert brief_section(story, "What is established").startswith(
        "- **80 workers evacuated**, stated by 2 independent sources [a1, a2]: “Rescue teams evacuated 80 workers from the Brennic plant”")


def test_figures_outside_the_event_classes_agree_as_what_they_count(reconcile):
    story = reconcile([
        _doc("a1", "The fire started in a gallery where 112 miners were working the night shift.",
             ("112", 112.0, "miners")),
        _doc("a2", "About 110 miners were underground when the fire began, officials said.",
             ("About 110", 110.0, "miners"), approximate=True),
    ])
    assert _points(story) == [("112 miners", "", ["a1", "a2"], 2, [
        ("a1", "112 miners were working the night shift"), ("a2", "About 110 miners were underground")])]


def test_a_disputed_figure_is_never_agreed_by_its_majority(reconcile):
    story = reconcile([
        _doc("a1", "The fire at the Brennic plant killed 32 workers on Monday.", ("32", 32.0, "workers")),
        _doc("a2", "Officials said 32 workers were killed in the Brennic plant fire on Monday.",
             ("32", 32.0, "workers")),
        _doc("a3", "The Brennic plant fire on Monday killed 25 workers, the union said.", ("25", 25.0, "workers")),
    ])
    assert [c.kind for c in story.conflicts] == ["quantity"]
    assert story.agreed == []


def test_one_number_said_of_two_things_that_happened_is_no_agreement(reconcile):
    """Killed (an event class) and brought to the surface (a verb outside them) may be two facts."""
    story = reconcile([
        _doc("a1", "The blast at the Brennic mine killed 32 miners on Monday.", ("32", 32.0, "miners")),
        _doc("a2", "Rescuers brought 32 miners to the surface of the Brennic mine on Monday.",
             ("32", 32.0, "miners")),
    ])
    assert story.agreed == []


def test_a_copy_does_not_make_a_second_source(reconcile):
    text = "Rescue teams evacuated 80 workers from the Brennic plant on Monday after the blast."
    story = reconcile([_doc("a1", text, ("80", 80.0, "workers"), outlet="Wire"),
                       _doc("a2", text, ("80", 80.0, "workers"), outlet="Daily", duplicate_of="a1")])
    assert story.agreed == []


def test_a_hedged_figure_states_nothing(reconcile):
    story = reconcile([
        _doc("a1", "Rescue teams may have evacuated 80 workers from the Brennic plant on Monday.",
             ("80", 80.0, "workers")),
        _doc("a2", "After the blast at the Brennic plant, 80 workers were evacuated on Monday.",
             ("80", 80.0, "workers")),
    ])
    assert story.agreed == []


def test_one_is_counted_in_the_singular(reconcile):
    story = reconcile([
        _doc("a1", "A gunman killed one man at the Brennic depot on Monday.", ("one", 1.0, "man")),
        _doc("a2", "One man was killed when a gunman opened fire at the Brennic depot on Monday.", ("One", 1.0, "man")),
    ])
    assert [a.subject for a in story.agreed] == ["one man killed"]


def test_a_figure_in_a_sentence_whose_root_is_no_verb_is_agreed_without_hanging(reconcile):
    """A headline-like sentence ("Storm hits Brennic coast, 40 boats adrift: media") has no verb above its figure. spaCy makes a new
    Token object at each access, and a climb to the root compared with `is` never stopped there."""
    def give_up(signum, frame):
        raise TimeoutError("reconciling a verbless sentence did not end")
    previous = signal.signal(signal.SIGALRM, give_up)
    signal.alarm(60)
    try:
        story = reconcile([_doc("a1", "Storm hits Brennic coast, 40 boats adrift: media", ("40", 40.0, "boats")),
                           _doc("a2", "Forty boats were adrift off the Brennic coast after the storm.", ("Forty", 40.0, "boats"))])
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    assert [(a.subject, a.articles, [e.text for e in a.evidence]) for a in story.agreed] == [
        ("40 boats", ["a1", "a2"], ["40 boats", "Forty boats were adrift off the Brennic coast after the storm"])]
