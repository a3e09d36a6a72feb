"""Attribution: every wording is credited only to the articles that print it, a source that contradicts a claim is
not counted among its sources, and nothing is called established on the word of one independent source."""
from __future__ import annotations

from conftest import Doc, brief_section

from newsprism.model import Article, Claim, Conflict, Evidence, Position, Span
from newsprism.reconcile.citing import cite_group
from newsprism.reconcile.sides import SideIndex
from newsprism.render.json_report import claim_to_dict, quote_to_dict


def mayor_doc(doc_id: str, quoted: str) -> Doc:
    text = f"The council met on Tuesday. “{quoted}” Ines Varga said after the vote."
    return Doc(doc_id, text, outlet=f"Paper {doc_id}").mention("Ines Varga", "PERSON", "e-varga").quote(
        quoted, "Ines Varga", "Ines Varga")


def quote_rows(story) -> list[tuple[str, str, list[str], list[str]]]:
    return [(q.id, q.text, sorted({x.article for x in q.quotes}), q.other_wordings) for q in story.quotes]


def test_each_wording_of_a_quote_is_credited_only_to_the_articles_that_print_it(reconcile):
    story = reconcile([mayor_doc("a1", "We will reopen the old harbour bridge before the winter comes"),
                       mayor_doc("a2", "We will reopen the old harbour bridge before the winter comes."),
                       mayor_doc("a3", "We will reopen the old harbour bridge once the last inspection is done")])
    assert quote_rows(story) == [
        ("q1", "We will reopen the old harbour bridge before the winter comes", ["a1", "a2"], ["q2"]),
        ("q2", "We will reopen the old harbour bridge once the last inspection is done", ["a3"], ["q1"])]
    assert [(q.speaker, q.speaker_name) for q in story.quotes] == [("e-varga", "Ines Varga")] * 2
    first = quote_to_dict(story.quotes[0])
    assert (first["articles"], first["other_wordings"]) == (["a1", "a2"], ["q2"])
    assert [e["article"] for e in first["evidence"]] == ["a1", "a2"]
    assert [line for line in story.brief.splitlines() if line.startswith("- Ines Varga")] == [
        "- Ines Varga: “We will reopen the old harbour bridge before the winter comes” [a1, a2]",
        "- Ines Varga: “We will reopen the old harbour bridge once the last inspection is done” [a3]"]


def test_one_wording_printed_by_every_article_is_one_quote(reconcile):
    story = reconcile([mayor_doc("a1", "The bridge is safe"), mayor_doc("a2", "The bridge is safe")])
    assert quote_rows(story) == [("q1", "The bridge is safe", ["a1", "a2"], [])]


def freed_doc(doc_id: str, figure: str) -> Doc:
    text = f"Norland freed {figure} detained fishermen on Tuesday after talks with Sudmark."
    value = float(figure)
    return (Doc(doc_id, text, outlet=f"Paper {doc_id}").mention("Norland", "GPE", "e-norland")
            .mention("Sudmark", "GPE", "e-sudmark").quantity(figure, value, value, value, "detained fishermen"))


def group_rows(story) -> list[tuple[str, str, int, list[str], list[str]]]:
    return [(g.text, g.status, g.independent_sources, [e.article for e in g.evidence],
             [e.article for e in g.contradicting]) for g in story.claims]


def test_an_article_giving_an_incompatible_figure_is_not_a_source_of_the_claim(reconcile):
    story = reconcile([freed_doc("a1", "31"), freed_doc("a2", "18"), freed_doc("a3", "18")])
    assert group_rows(story) == [
        ("Norland freed 18 detained fishermen on Tuesday after talks with Sudmark.", "contested", 2, ["a2", "a3"],
         ["a1"])]
    assert story.coverage["s1:g1"] == {"Paper a1": "contradicts", "Paper a2": "reports", "Paper a3": "reports"}
    as_json = claim_to_dict(story.claims[0])
    assert (as_json["independent_sources"], [e["article"] for e in as_json["contradicting"]]) == (2, ["a1"])


def test_two_articles_that_contradict_each_other_are_one_source_each(reconcile):
    story = reconcile([freed_doc("a1", "31"), freed_doc("a2", "18")])
    assert [(status, sources, len(evidence) + len(against))
            for _, status, sources, evidence, against in group_rows(story)] == [("contested", 1, 2)]


def cut_doc(doc_id: str, scope: str) -> Doc:
    text = f"The ministry of transport is reducing {scope}, officials said on Thursday."
    return (Doc(doc_id, text, outlet=f"Paper {doc_id}").mention("ministry of transport", "ORG", "e-ministry")
            .time("on Thursday", "relative", None, relation="on"))


def test_a_sentence_stated_by_several_sources_is_cited_without_the_one_that_restricts_it(reconcile):
    story = reconcile([cut_doc("a1", "all subsidies"), cut_doc("a2", "subsidies for freight lines"),
                       cut_doc("a3", "all subsidies")])
    assert [c.kind for c in story.conflicts] == ["scope"]
    assert group_rows(story) == [
        ("The ministry of transport is reducing all subsidies, officials said on Thursday.", "contested", 2,
         ["a1", "a3"], ["a2"])]
    assert [line for line in story.brief.splitlines() if line.startswith("- The ministry")] == [
        "- The ministry of transport is reducing all subsidies, officials said on Thursday. [a1, a3] "
        "(disputed: scope of the lifting or easing of subsidies)"]


def hand_claim(article: str, text: str) -> Claim:
    return Claim(f"{article}:c1", article, Span(0, len(text)), text, entities=["e-norland"])


def test_a_citation_never_names_an_article_on_the_other_side_of_a_conflict():
    wide = "Norland lifted sanctions on the country."
    narrow = "Norland lifted sanctions on the potash exports of the country."
    claims = [hand_claim("a1", wide), hand_claim("a2", narrow), hand_claim("a3", wide)]
    articles = {c.article: Article(id=c.article, text=c.text, outlet=f"Paper {c.article}") for c in claims}
    conflict = Conflict("s1:x1", "scope", "scope of sanctions",
                        [Position("general", ["a1", "a3"], [Evidence("a1", 8, 23, wide[8:23]),
                                                            Evidence("a3", 8, 23, wide[8:23])]),
                         Position("restricted", ["a2"], [Evidence("a2", 8, 23, narrow[8:23])])], "")
    assert [c.article for c in cite_group(claims, articles).supporters] == ["a1", "a2", "a3"]
    citation = cite_group(claims, articles, SideIndex([conflict]))
    assert ([c.article for c in citation.supporters], citation.independent_sources) == (["a1", "a3"], 2)


def tunnel_doc(doc_id: str, text: str, duplicate_of: str | None = None) -> Doc:
    doc = Doc(doc_id, text, outlet=f"Paper {doc_id}", duplicate_of=duplicate_of)
    doc.mention("Velden", "GPE", "e-velden").mention("Orsa", "GPE", "e-orsa")
    if "nine" in text:
        return doc.quantity("nine", 9.0, 9.0, 9.0, "workers")
    return doc.mention("Brakel", "ORG", "e-brakel").time("1978", "date", "1978", low="1978-01-01", high="1978-12-31")


WIRE = "The roof of the Velden tunnel near Orsa caved in on Sunday while nine workers were inside it."
OWN = "Part of the Velden tunnel near Orsa, which the firm Brakel built in 1978, caved in on Sunday."


def test_a_wire_story_and_its_copy_are_not_two_sources_of_an_established_sentence(reconcile):
    story = reconcile([tunnel_doc("a1", WIRE), tunnel_doc("a2", WIRE, duplicate_of="a1"), tunnel_doc("a3", OWN)])
    assert [(g.status, g.independent_sources) for g in story.claims] == [("corroborated", 2)]
    assert brief_section(story, "What is established") == (
        "- No sentence is stated in full by two independent sources; what several sources report in their own words "
        "follows.")
    assert brief_section(story, "Reported by several sources, in differing words") == (
        f"- “{WIRE}” [a1, a2] … “{OWN}” [a3]")


def test_a_sentence_two_independent_sources_state_is_established(reconcile):
    story = reconcile([tunnel_doc("a1", WIRE), tunnel_doc("a2", WIRE), tunnel_doc("a3", OWN)])
    assert brief_section(story, "What is established") == (
        f"- {WIRE} [a1, a2] (related reports differing in detail: [a3])")
    assert brief_section(story, "Reported by several sources, in differing words") is None


def test_a_sentence_giving_no_figure_gathers_only_one_side_of_a_count_as_its_sources():
    from newsprism.reconcile.sides import strongest_side

    texts = {"a0": "Norland freed the fishermen on Tuesday after talks with Sudmark in Velgrad.",
             "a1": "Norland freed 18 fishermen.", "a2": "Norland freed 18 fishermen.", "a3": "Norland freed 31 fishermen."}
    claims = [Claim(f"{a}:c1", a, Span(0, len(t)), t) for a, t in texts.items()]
    articles = {a: Article(id=a, text=t, outlet=f"Paper {a}") for a, t in texts.items()}
    figure = {a: Evidence(a, 14, 16, t[14:16]) for a, t in texts.items() if a != "a0"}
    conflict = Conflict("s1:x1", "quantity", "number of fishermen (release)",
                        [Position("18", ["a1", "a2"], [figure["a1"], figure["a2"]]),
                         Position("31", ["a3"], [figure["a3"]])], "")
    shown, stating = strongest_side(claims, SideIndex([conflict]), articles)
    assert (shown.article, [c.article for c in stating]) == ("a0", ["a0", "a1", "a2"])
