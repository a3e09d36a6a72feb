"""Who a sentence is cited to, which sentences are aligned, and how a story's sources are named: texts written
for the test."""
from __future__ import annotations

from newsprism.model import Article, Attribution, Claim, Span
from newsprism.reconcile.align import StatedFigure, linked, same_figure
from newsprism.reconcile.citing import cite_group, compatible_teller

from conftest import Doc, brief_section

TOLD = "Divers recovered 12 bodies from the wreck, the harbour master said."
BARE = "Divers recovered 12 bodies from the wreck."


def told_claim(article: str, text: str, teller: str | None = None, polarity: str = "positive") -> Claim:
    attribution = Attribution(article, Span(text.index(teller), len(text)), text[text.index(teller):], (teller,),
                              True, False) if teller else None
    return Claim(f"{article}:c1", article, Span(0, len(text)), text, entities=["e-wreck"], polarity=polarity,
                 attribution=attribution)


def outlets(*ids: str) -> dict[str, Article]:
    return {a: Article(id=a, text="", outlet=f"Paper {a}") for a in ids}


def test_a_sentence_naming_its_source_is_cited_only_to_articles_naming_it():
    told, bare = told_claim("a1", TOLD, "the harbour master"), told_claim("a2", BARE)
    assert (compatible_teller(told, bare), compatible_teller(bare, told)) == (False, True)
    citation = cite_group([told, bare], outlets("a1", "a2"))
    assert (citation.claim.text, citation.articles, citation.independent_sources) == (BARE, ["a1", "a2"], 2)


def test_a_sentence_naming_another_source_is_not_cited():
    told = told_claim("a1", TOLD, "the harbour master")
    other = told_claim("a2", "Divers recovered 12 bodies from the wreck, the coastguard said.", "the coastguard")
    assert compatible_teller(told, other) is False
    assert [c.article for c in cite_group([told, other], outlets("a1", "a2")).supporters] == ["a1"]


def test_a_negated_sentence_does_not_state_the_sentence_it_negates():
    said = told_claim("a1", "The harbour reopened to ferries on Monday.")
    denied = told_claim("a2", "The harbour has not reopened to ferries on Monday.", polarity="negative")
    assert [c.article for c in cite_group([said, denied], outlets("a1", "a2")).supporters] == ["a1"]


def test_the_claim_text_is_the_sentence_the_brief_shows(reconcile):
    told = (Doc("a1", TOLD).mention("the harbour master", "PERSON", "e-master")
            .quantity("12", 12.0, 12.0, 12.0, "bodies")
            .attribution("the harbour master said", ("the harbour master",), True, False))
    bare = Doc("a2", BARE).quantity("12", 12.0, 12.0, 12.0, "bodies")
    story = reconcile([told, bare])
    assert [(g.text, g.status, g.independent_sources) for g in story.claims] == [(BARE, "corroborated", 2)]
    assert brief_section(story, "What is established") == f"- {BARE} [a1, a2]"


def test_one_specific_figure_of_one_thing_and_event_links_sentences_from_the_lower_similarity():
    first, second = told_claim("a1", "x"), told_claim("a2", "y")
    rescued = StatedFigure("v:count::45", "", "rescue")
    survivors = StatedFigure("v:count::45", "survivor", "pull")
    injured, killed = StatedFigure("v:count::45", "person", "injure"), StatedFigure("v:count::45", "person", "kill")
    assert (same_figure(rescued, survivors), same_figure(injured, killed)) == (True, False)
    specific = {"v:count::45"}
    assert linked(first, second, 0.45, specific, figures=([rescued], [survivors])) is True
    assert linked(first, second, 0.45, specific, figures=([injured], [killed])) is False
    assert linked(first, second, 0.35, specific, figures=([rescued], [survivors])) is False
    assert linked(first, second, 0.45, set(), figures=([rescued], [survivors])) is False


def test_a_statement_closed_by_a_reporting_verb_is_read_for_its_own_verb(resources):
    from newsprism.reconcile.grammar import main_predicate

    nlp = resources.nlp
    assert main_predicate(nlp("A bus carrying 40 tourists overturned near Lyon on Friday, killing 12, "
                              "police said.")).lemma_ == "overturn"
    assert main_predicate(nlp("Officials who visited the site said.")).lemma_ == "say"


STEADY = ("The ferry sank on Saturday, 7 June, as it neared Port Elin with about 90 passengers on board. "
          "Twenty-two were rescued by fishermen.")
LATE = ("PORT ELIN – A ferry carrying more than 90 people sank near Port Elin on Sunday, 8 June 2025, killing at least "
        "14 people, the mayor said on Monday. Fishermen rescued 22 survivors.")


def test_a_figure_stated_late_in_a_long_sentence_aligns_it_and_its_date_is_compared(resources):
    from newsprism.annotate import annotate_articles
    from newsprism.reconcile import reconcile_story
    from newsprism.resolve import resolve_entities

    articles = [Article(id="a1", text=STEADY, outlet="Daily A", published="2025-06-10"),
                Article(id="a2", text=LATE, outlet="Daily B")]
    resolution = resolve_entities(articles, annotate_articles(articles, resources))
    annotations = resolution.annotate(annotate_articles(articles, resources))
    story = reconcile_story("s1", "Ferry", articles, annotations, resolution.entities, resources)
    assert [(c.kind, [(p.value, p.articles) for p in c.positions]) for c in story.conflicts] == [
        ("date", [("on Saturday", ["a1"]), ("8 June 2025", ["a2"])])]
    assert [(g.status, [c.id for c in g.claims], [e.article for e in g.contradicting]) for g in story.claims] == [
        ("contested", ["a2:c1"], ["a1"]), ("corroborated", ["a1:c2", "a2:c2"], [])]


def test_a_wire_story_and_its_copy_are_listed_under_the_original(reconcile):
    original = Doc("w9", "Storm Alda closed the port of Varen on Tuesday.", outlet="Wire Nine",
                   published="2025-02-04").mention("Varen", "GPE", "e-varen")
    copy = Doc("a1", "Storm Alda closed the port of Varen on Tuesday.", outlet="Daily One", published="2025-02-05",
               duplicate_of="w9").mention("Varen", "GPE", "e-varen")
    story = reconcile([original, copy])
    assert brief_section(story, "Reported by one source only") == (
        "- **Wire Nine** (copied by Daily One)\n  - Storm Alda closed the port of Varen on Tuesday. [a1, w9]")


def test_an_outlet_without_a_copy_is_listed_alone(reconcile):
    alone = Doc("a1", "Storm Alda closed the port of Varen on Tuesday.", outlet="Daily One").mention(
        "Varen", "GPE", "e-varen")
    story = reconcile([alone])
    assert brief_section(story, "Reported by one source only") == (
        "- **Daily One**\n  - Storm Alda closed the port of Varen on Tuesday. [a1]")
