"""Agreed points: a person's part in an event that several independent sources state, each in its own sentence
shape, even when those sentences carry a disputed figure; proved on short articles written for the test."""
from __future__ import annotations

from conftest import Doc, brief_section


def _berg(doc_id: str, text: str, *figures: str) -> Doc:
    doc = Doc(doc_id, text, published="2025-06-06")
    for name, label, entity in (("Anna Berg", "PERSON", "e-berg"), ("Ostland", "GPE", "e-o")):
        if name in text:
            doc.mention(name, label, entity)
    for figure in figures:
        doc.quantity(figure, float(figure), float(figure), float(figure), "political prisoners")
    return doc


def _points(story) -> list[tuple[str, list[str], int, list[tuple[str, int, int, str]], list[str]]]:
    return [(a.subject, a.articles, a.independent_sources, [(e.article, e.start, e.end, e.text) for e in a.evidence],
             a.disputed) for a in story.agreed]


def test_a_release_three_sources_state_is_agreed_though_the_count_is_disputed(reconcile):
    story = reconcile([
        _berg("a1", "Ostland released 40 political prisoners, including the journalist Anna Berg, on Friday.", "40"),
        _berg("a2", "Ostland announced the release of 52 political prisoners, among them Anna Berg.", "52"),
        _berg("a3", "Anna Berg, who had spent six years in a labour camp, was freed on Friday."),
    ])
    # the sentence giving 52 contradicts the group's sentence (40): it is not one of its sources
    assert [(g.status, g.independent_sources, [e.article for e in g.contradicting])
            for g in story.claims] == [("contested", 2, ["a2"])]
    assert [c.subject for c in story.conflicts] == ["number of prisoners released"]
    assert _points(story) == [("Anna Berg was released", ["a1", "a2", "a3"], 3, [
        ("a1", 8, 75, "released 40 political prisoners, including the journalist Anna Berg"),
        ("a2", 18, 77, "the release of 52 political prisoners, among them Anna Berg"),
        ("a3", 0, 62, "Anna Berg, who had spent six years in a labour camp, was freed"),
    ], ["s1:x1"])]
    assert story.agreed[0].id == "s1:a1"
    assert brief_section(story, "What is established") == (
        "- **Anna Berg was released**, stated by 3 independent sources [a1, a2, a3]: "
        "“released 40 political prisoners, including the journalist Anna Berg” … "
        "“the release of 52 political prisoners, among them Anna Berg” … "
        "“Anna Berg, who had spent six years in a labour camp, was freed” "
        "(disputed detail: number of prisoners released)")


def test_every_agreed_span_points_at_its_own_text(reconcile):
    docs = [_berg("a1", "Ostland released 40 political prisoners, including the journalist Anna Berg, on Friday.", "40"),
            _berg("a2", "Anna Berg, who had spent six years in a labour camp, was freed on Friday.")]
    story = reconcile(docs)
    texts = {d.id: d.text for d in docs}
    assert [e.text == texts[e.article][e.start:e.end] for a in story.agreed for e in a.evidence] == [True, True]


def test_one_source_alone_agrees_with_nobody(reconcile):
    story = reconcile([_berg("a1", "Anna Berg was freed on Friday."),
                       _berg("a2", "Ostland released 52 political prisoners on Friday.", "52")])
    assert story.agreed == []


def test_a_release_asked_for_or_to_come_is_not_one_that_happened(reconcile):
    called = reconcile([_berg("a1", "Rights groups called for the release of Anna Berg on Friday."),
                        _berg("a2", "Activists demanded that Ostland free Anna Berg without delay.")])
    future = reconcile([_berg("a1", "Anna Berg will be released on Friday."),
                        _berg("a2", "Anna Berg could be freed on Friday.")])
    assert (called.agreed, future.agreed) == ([], [])


def test_a_release_one_source_denies_is_not_agreed(reconcile):
    story = reconcile([_berg("a1", "Anna Berg was released from prison on Friday."),
                       _berg("a2", "Anna Berg was freed from prison on Friday."),
                       _berg("a3", "Anna Berg was not released from prison on Friday, her lawyer said.")])
    assert story.agreed == []


def test_a_person_not_the_one_released_is_not_agreed_as_released(reconcile):
    """The releaser, a relative's release and a lawyer of the released are other people's part in it."""
    agent = reconcile([_berg("a1", "Judge Anna Berg released the prisoners on Friday."),
                       _berg("a2", "Judge Anna Berg freed the prisoners on Friday.")])
    brother = reconcile([_berg("a1", "Anna Berg, whose brother was freed on Friday, thanked the mediators."),
                         _berg("a2", "Anna Berg, whose brother was released on Friday, thanked the mediators in Ostland.")])
    lawyer = reconcile([_berg("a1", "Anna Berg, a lawyer for the released prisoners, spoke on Friday."),
                        _berg("a2", "Anna Berg, a lawyer for the freed prisoners, spoke to reporters on Friday.")])
    assert (agent.agreed, brother.agreed, lawyer.agreed) == ([], [], [])


def test_the_json_report_carries_agreed_points_valid_against_the_schema(reconcile):
    from newsprism.model import Report
    from newsprism.render.json_report import report_to_dict
    from newsprism.render.schema import span_errors, validation_errors

    docs = [_berg("a1", "Ostland released 40 political prisoners, including the journalist Anna Berg, on Friday.", "40"),
            _berg("a2", "Anna Berg, who had spent six years in a labour camp, was freed on Friday.")]
    document = report_to_dict(Report(articles=[d.article for d in docs], stories=[reconcile(docs)]))
    assert (validation_errors(document), span_errors(document)) == ([], [])
    assert document["stories"][0]["agreed"] == [{
        "id": "s1:a1", "subject": "Anna Berg was released", "event": "release", "entity": "e-berg",
        "articles": ["a1", "a2"], "independent_sources": 2,
        "evidence": [{"article": "a1", "start": 8, "end": 75,
                      "text": "released 40 political prisoners, including the journalist Anna Berg"},
                     {"article": "a2", "start": 0, "end": 62,
                      "text": "Anna Berg, who had spent six years in a labour camp, was freed"}],
        "disputed": []}]
