"""Cited sources: who, named or vague, outlet or not (issue 3, item 5)."""
from __future__ import annotations

from pathlib import Path

import pytest

from newsprism.annotate.attributions import find_attributions
from newsprism.annotate.cues import load_outlets, normalise_name
from newsprism.model import Attribution, Mention, Span


@pytest.fixture(scope="module")
def nlp(resources):
    return resources.nlp


def attributions_in(nlp, text: str, mentions: list[Mention] | None = None) -> list[Attribution]:
    doc = nlp(text)
    found = find_attributions(doc, "t", mentions or [])
    for attribution in found:
        assert doc.text[attribution.span.start:attribution.span.end] == attribution.text
        assert attribution.article == "t"
    return found


def summary(attribution: Attribution) -> tuple:
    return attribution.text, attribution.sources, attribution.named, attribution.is_outlet, attribution.cue


CASES = [
    pytest.param(
        "The storm killed at least 40 people, according to Reuters, the Associated Press and AFP.",
        [("according to Reuters, the Associated Press and AFP", ("Reuters", "Associated Press", "AFP"),
          True, True, "according to")], id="according-to-outlets"),
    pytest.param(
        "The ship sank near the coast, as reported by the BBC.",
        [("as reported by the BBC", ("BBC",), True, True, "as reported by")], id="as-reported-by"),
    pytest.param(
        "Al Jazeera reported that the border crossing had reopened.",
        [("Al Jazeera reported", ("Al Jazeera",), True, True, "reported")], id="X-reported"),
    pytest.param(
        "The ministry raised its forecast, citing state media.",
        [("citing state media", ("state media",), False, True, "citing")], id="citing-generic-outlet"),
    pytest.param(
        "Hospital staff were evacuated, a senior UN official said.",
        [("a senior UN official said", ("a senior UN official",), False, False, "said")], id="vague-official"),
    pytest.param(
        "Conservation groups estimate that fewer than 500 tigers remain.",
        [("Conservation groups estimate", ("Conservation groups",), False, False, "estimate")], id="estimate"),
    pytest.param(
        "Sources say the merger talks have stalled. Observers say turnout was low.",
        [("Sources say", ("Sources",), False, False, "say"),
         ("Observers say", ("Observers",), False, False, "say")], id="sources-observers"),
    pytest.param(
        "Diplomatic sources have emphasized that the talks are at an early stage.",
        [("Diplomatic sources have emphasized", ("Diplomatic sources",), False, False, "emphasized")],
        id="aux-verb"),
    pytest.param(
        "According to people familiar with the negotiations, a deal is close.",
        [("According to people familiar with the negotiations", ("people familiar with the negotiations",),
          False, False, "according to")], id="people-familiar"),
    pytest.param(  # an institution a definite phrase identifies by its function is a named source
        "Rescuers brought 80 miners to the surface, according to the emergency situations ministry.",
        [("according to the emergency situations ministry", ("emergency situations ministry",), True, False,
          "according to")], id="institution-by-function"),
    pytest.param(
        "The company was fined twice, according to the regional prosecutor's office.",
        [("according to the regional prosecutor's office", ("regional prosecutor's office",), True, False,
          "according to")], id="institution-by-owner"),
    pytest.param(  # ... but not one the phrase leaves unspecified, nor an indefinite one
        "The ministry said the mine would reopen. A government office confirmed the fines.",
        [("The ministry said", ("The ministry",), False, False, "said"),
         ("A government office confirmed", ("A government office",), False, False, "confirmed")],
        id="institution-unspecified"),
    pytest.param(  # "the ministry" after the article has named the ministry refers back to it: named
        "Floods cut off three villages, the interior ministry said on Sunday. "
        "Roads would reopen within a week, the ministry said.",
        [("the interior ministry said", ("interior ministry",), True, False, "said"),
         ("the ministry said", ("interior ministry",), True, False, "said")], id="institution-referred-back"),
    pytest.param(  # ... but not before it is named, nor an institution of another kind
        "The ministry said the bridge would reopen. Floods cut off three villages, the interior ministry said. "
        "The court said hearings would start in May.",
        [("The ministry said", ("The ministry",), False, False, "said"),
         ("the interior ministry said", ("interior ministry",), True, False, "said"),
         ("The court said", ("The court",), False, False, "said")], id="institution-not-yet-named"),
    pytest.param(  # "the company" after a named organisation
        "Brennic Foods recalled 40,000 jars of jam on Friday. The recall covers two batches, the company said.",
        [("the company said", ("Brennic Foods",), True, False, "said")], id="organisation-referred-back"),
    pytest.param(  # ... an outlet is no company the article speaks of
        "Reuters reported a recall of jam. The recall covers two batches, the company said.",
        [("Reuters reported", ("Reuters",), True, True, "reported"),
         ("the company said", ("the company",), False, False, "said")], id="organisation-not-an-outlet"),
    pytest.param(  # an outlet next to a vague group: one attribution each, each of its own kind
        "The ferry capsized, citing Reuters and local fishermen.",
        [("Reuters", ("Reuters",), True, True, "citing"),
         ("local fishermen", ("local fishermen",), False, False, "citing")], id="mixed-kinds"),
    pytest.param(  # a named person in full, without the title
        "The results were confirmed by Professor Helen Clarke of Oxford University.",
        [("confirmed by Professor Helen Clarke of Oxford University", ("Helen Clarke",), True, False,
          "confirmed by")], id="agent-person"),
    pytest.param(  # a role refers back to the person introduced with it
        "Orchestra director Lena Vogt, a renowned conductor, confirmed the tour. "
        "The conductor said it would start in May.",
        [("Orchestra director Lena Vogt, a renowned conductor, confirmed", ("Lena Vogt",), True, False,
          "confirmed"),
         ("The conductor said", ("Lena Vogt",), True, False, "said")], id="role"),
    pytest.param(
        "Wildlife officials and park rangers estimate that 300 wolves live in the valley.",
        [("Wildlife officials and park rangers estimate", ("Wildlife officials", "park rangers"), False, False,
          "estimate")], id="coordinated-subjects"),
    pytest.param(  # a reporting verb inside a quote cites nobody for the article
        '"Everyone says it will rain," the farmer said.',
        [("the farmer said", ("the farmer",), False, False, "said")], id="not-inside-quotes"),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_attribution_patterns(nlp, text, expected):
    assert [summary(attribution) for attribution in attributions_in(nlp, text)] == expected


def test_pronoun_source_resolves_to_the_person(nlp):
    text = "Mayor Rita Gomez visited the flooded district. She said the dam would be repaired."
    (attribution,) = attributions_in(nlp, text)
    assert (attribution.text, attribution.sources, attribution.named) == ("She said", ("Rita Gomez",), True)
    assert attribution.span == Span(47, 55)


def test_gazetteer_maps_aliases_to_the_canonical_name():
    outlets = load_outlets()
    assert outlets.lookup("the British Broadcasting Corporation") == "BBC"
    assert outlets.lookup("AFP") == "Agence France-Presse"
    assert outlets.lookup("the Guardian's") == "The Guardian"
    assert outlets.lookup("Human Rights Watch") is None
    assert load_outlets() is outlets  # read once


def test_gazetteer_file_states_its_source():
    from importlib import resources

    text = resources.files("newsprism").joinpath("data/outlets.txt").read_text("utf-8")
    header = [line for line in text.splitlines() if line.startswith("#")][:5]
    assert any("Source:" in line for line in header)
    names = [line.split("|")[0] for line in text.splitlines() if line.strip() and not line.startswith("#")]
    assert len(names) > 250 and len(set(names)) == len(names)


def test_normalise_name_drops_article_and_possessive():
    assert normalise_name("the BBC’s") == "BBC"
    assert normalise_name("The Washington Post") == "Washington Post"


def test_belarus_attributions(nlp, belarus_dir: Path):
    if not belarus_dir.is_dir():
        pytest.skip(f"reference corpus absent: {belarus_dir}")
    found = set()
    for path in sorted(belarus_dir.glob("*.txt")):
        for attribution in attributions_in(nlp, path.read_text(encoding="utf-8")):
            found.add((path.name[:3],) + summary(attribution)[1:])
    expected = {
        ("002", ("Reuters", "CBS News", "Al Jazeera"), True, True, "according to"),
        ("002", ("BBC", "Los Angeles Times"), True, True, "as outlined by"),
        ("002", ("India Times", "India Times", "Le Monde"), True, True, "as reported by"),
        ("002", ("South China Morning Post", "ABC News"), True, True, "emphasized by"),
        ("002", ("John Coale",), True, False, "as confirmed by"),
        ("002", ("human rights advocates",), False, False, "according to"),
        ("000", ("Ales Bialiatski",), True, False, "according to"),
        ("000", ("Ales Bialiatski",), True, False, "told"),
        ("000", ("a spokesperson for the Human Rights Watch",), False, False, "said"),
        ("001", ("a senior US official",), False, False, "said"),
        ("001", ("Human rights groups",), False, False, "estimate"),
        ("001", ("Analysts",), False, False, "say"),
        ("001", ("US officials",), False, False, "confirmed"),
        ("003", ("Observers",), False, False, "say"),
        ("003", ("Diplomatic sources",), False, False, "emphasized"),
        ("003", ("those close to the released individuals",), False, False, "according to"),
        ("003", ("Sviatlana Tsikhanouskaya",), True, False, "noted"),
        ("004", ("BBC",), True, True, "reported"),
        ("004", ("Belarusian state media",), False, True, "citing"),
        ("004", ("human rights groups",), False, False, "citing"),
    }
    assert expected <= found
    outlets = {sources for _, sources, _, is_outlet, _ in found if is_outlet}
    assert outlets == {("Reuters", "CBS News", "Al Jazeera"), ("BBC", "Los Angeles Times"),
                       ("India Times", "India Times", "Le Monde"), ("South China Morning Post", "ABC News"),
                       ("BBC",), ("Belarusian state media",)}
