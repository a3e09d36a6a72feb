"""Claims and their parts, independence of sources, status of claim groups, the brief and coverage."""
from __future__ import annotations

from conftest import Doc, span_of

from newsprism.model import Article, Attribution, Claim, Span
from newsprism.reconcile.independence import claim_origin, independent_count, root_article
from newsprism.reconcile.findings import story_findings


def claim_texts(story) -> list[str]:
    return [c.text for g in story.claims for c in g.claims]


def test_questions_opinion_and_quoted_sentences_are_not_claims(reconcile):
    text = ("Will Ostland lift its sanctions on Westmark? "
            "The government must end this shameful policy in Ostland. "
            "“We are finally free and we thank Ostland,” Mira Kell said. "
            "Ostland released 40 prisoners on Friday.")
    doc = (Doc("a1", text).mention("Ostland", "GPE", "e-o", 1).mention("Ostland", "GPE", "e-o", 2)
           .mention("Ostland", "GPE", "e-o", 3).mention("Ostland", "GPE", "e-o", 4)
           .quote("We are finally free and we thank Ostland,", "Mira Kell", "Mira Kell")
           .quantity("40", 40.0, 40.0, 40.0, "prisoners"))
    story = reconcile([doc])
    assert claim_texts(story) == ["Ostland released 40 prisoners on Friday."]
    assert [q.text for q in story.quotes] == ["We are finally free and we thank Ostland,"]


def test_subheadings_are_not_claims_but_title_case_sentences_and_list_items_are(reconcile):
    lines = ["Ostland released 40 prisoners on Friday.",
             "A Ray of Hope, But the Doubts Remain in Ostland",
             "The Long Wait: Hundreds Still Held in Ostland Jails",
             "Ostland Officials Said the Talks Would Resume in May.",
             "talks with Ostland resumed on Monday"]
    text = "\n\n".join(lines)
    doc = Doc("a1", text).quantity("40", 40.0, 40.0, 40.0, "prisoners")
    for number in range(1, 5):
        doc.mention("Ostland", "GPE", "e-o", number + 1)
    doc.ann.sentences = [span_of(text, line) for line in lines]
    story = reconcile([doc])
    assert claim_texts(story) == [lines[0], lines[3], lines[4]]


def test_claim_parts_predicate_polarity_hedges(reconcile):
    doc = Doc("a1", "Officials said Ostland reportedly did not release the 40 prisoners. "
                    "Ostland is expected to free the journalists in May.")
    doc.mention("Ostland", "GPE", "e-o").mention("Ostland", "GPE", "e-o", 2)
    story = reconcile([doc])
    first, second = [c for g in story.claims for c in g.claims]
    assert (first.predicate, first.polarity, first.hedges, first.entities) == ("release", "negative", ["reportedly"], ["e-o"])
    assert (second.predicate, second.polarity, second.hedges) == ("free", "positive", ["expected"])


def articles(*specs: tuple[str, str | None, str | None]) -> dict[str, Article]:
    return {aid: Article(id=aid, text="x", outlet=outlet, duplicate_of=dup) for aid, outlet, dup in specs}


def claim(article: str, attribution: Attribution | None = None) -> Claim:
    return Claim(id=f"{article}:c1", article=article, span=Span(0, 1), text="x", attribution=attribution)


def test_a_syndicated_copy_is_not_a_second_source():
    arts = articles(("a1", "Daily A", None), ("a2", "Daily B", "a1"), ("a3", "Daily C", None))
    assert root_article("a2", arts) == "a1"
    assert independent_count([claim("a1"), claim("a2")], arts) == 1
    assert independent_count([claim("a1"), claim("a2"), claim("a3")], arts) == 2


def test_claims_resting_on_one_cited_agency_count_once():
    arts = articles(("a1", "Daily A", None), ("a2", "Daily B", None))
    reuters = Attribution("a1", Span(0, 1), "according to Reuters", ("Reuters",), True, True)
    reuters_b = Attribution("a2", Span(0, 1), "Reuters reported", ("Reuters",), True, True)
    assert claim_origin(claim("a1", reuters), arts) == "cited:reuters"
    assert independent_count([claim("a1", reuters), claim("a2", reuters_b)], arts) == 1
    official = Attribution("a2", Span(0, 1), "a senior official said", ("a senior official",), False, False)
    assert independent_count([claim("a1", reuters), claim("a2", official)], arts) == 2


def release_doc(doc_id: str, outlet: str) -> Doc:
    text = "Ostland released 40 political prisoners on Friday after talks with Westmark."
    return (Doc(doc_id, text, outlet=outlet).mention("Ostland", "GPE", "e-o").mention("Westmark", "GPE", "e-w")
            .quantity("40", 40.0, 40.0, 40.0, "political prisoners"))


def test_status_brief_and_coverage(reconcile):
    lone = Doc("a3", "A senior official said Ostland plans to close the Vitebsk border crossing.", outlet="Daily C")
    lone.mention("Ostland", "GPE", "e-o").mention("Vitebsk", "GPE", "e-v").attribution(
        "A senior official said", ("a senior official",), False, False)
    story = reconcile([release_doc("a1", "Daily A"), release_doc("a2", "Daily B"), lone], "Ostland frees prisoners")
    statuses = [(g.status, g.independent_sources, sorted({c.article for c in g.claims})) for g in story.claims]
    assert statuses == [("corroborated", 2, ["a1", "a2"]), ("single_source", 1, ["a3"])]
    assert story.claims[1].vague_attribution is True
    assert story.coverage == {
        "s1:g1": {"Daily A": "reports", "Daily B": "reports", "Daily C": "omits"},
        "s1:g2": {"Daily A": "omits", "Daily B": "omits", "Daily C": "reports"},
    }
    assert ("- Ostland released 40 political prisoners on Friday after talks with Westmark. [a1, a2]"
            in story.brief.splitlines())
    assert ("  - A senior official said Ostland plans to close the Vitebsk border crossing. [a3] "
            "(vague attribution: “A senior official said”)" in story.brief.splitlines())
    assert story.independent_sources == 3


def test_contradicting_outlet_is_marked_in_coverage(reconcile):
    other = Doc("a3", "Ostland released 95 political prisoners on Friday after talks with Westmark.", outlet="Daily C")
    other.mention("Ostland", "GPE", "e-o").mention("Westmark", "GPE", "e-w").quantity(
        "95", 95.0, 95.0, 95.0, "political prisoners")
    story = reconcile([release_doc("a1", "Daily A"), release_doc("a2", "Daily B"), other])
    assert [g.status for g in story.claims] == ["contested"]
    assert story.coverage["s1:g1"] == {"Daily A": "reports", "Daily B": "reports", "Daily C": "contradicts"}
    assert [(c.kind, [p.value for p in c.positions]) for c in story.conflicts] == [("quantity", ["40", "95"])]


def test_a_story_without_claims_has_an_honest_brief(reconcile):
    story = reconcile([Doc("a1", "Thank you for reading. Share this article.")], "Empty")
    assert (story.claims, story.conflicts, story.quotes, story.coverage) == ([], [], [], {})
    assert story.brief.splitlines()[:3] == ["### What is established", "",
                                            "- Nothing is reported by two independent sources."]
    assert "### Coverage" not in story.brief


def test_an_outlet_stating_a_claim_undisputed_is_not_marked_against_it() -> None:
    """c1 and c2 say Moroz was freed (one group); c1 also dates Varga's detention, which a2 disputes in another
    sentence. a2's own statement of the group is untouched: it reports it, not contradicts it; a3, which gives
    the group's value of the disputed detail elsewhere, reports it in part."""
    from newsprism.model import Article, Claim, ClaimGroup, Evidence, Position, Span
    from newsprism.reconcile.coverage import coverage_matrix
    from newsprism.reconcile.context import Finding

    claims = [Claim("c1", "a1", Span(0, 48), "Moroz, held for two years with Varga, was freed."),
              Claim("c2", "a2", Span(0, 21), "Moroz was also freed.")]
    group = ClaimGroup("g1", claims[0].text, claims, "contested", 2, [])
    finding = Finding("duration", "how long: Varga", [
        Position("two years", ["a1", "a3"], [Evidence("a1", 7, 24, "held for two years"),
                                             Evidence("a3", 0, 30, "Varga was held for two years.")]),
        Position("since 2019", ["a2"], [Evidence("a2", 40, 70, "Varga has been held since 2019.")])],
                      "", {"c1", "c9"})
    articles = [Article(id=a, text="x", outlet=a.upper()) for a in ("a1", "a2", "a3", "a4")]
    assert coverage_matrix([group], [finding], articles) == {
        "g1": {"A1": "reports", "A2": "reports", "A3": "reports_in_part", "A4": "omits"}}
    # an outlet on the minority side that does not state the group's claim at all contradicts it
    finding.positions[1].articles.append("a4")
    finding.positions[1].evidence.append(Evidence("a4", 0, 30, "Varga has been held since 2019."))
    assert coverage_matrix([group], [finding], articles)["g1"]["A4"] == "contradicts"


def test_coverage_row_is_worded_as_a_reporting_outlet_words_it(reconcile):
    """The dissenting article comes first, but the group's text is the sentence the most sources state (its
    sources are those two); the coverage row must not show Daily C contradicting its own words either."""
    other = Doc("a0", "Ostland released 95 political prisoners on Friday after talks with Westmark.", outlet="Daily C")
    other.mention("Ostland", "GPE", "e-o").mention("Westmark", "GPE", "e-w").quantity(
        "95", 95.0, 95.0, 95.0, "political prisoners")
    story_docs = (release_doc("a1", "Daily A"), release_doc("a2", "Daily B"))
    story = reconcile([other, *story_docs])
    assert story.claims[0].text.startswith("Ostland released 40")
    assert [e.article for e in story.claims[0].contradicting] == ["a0"]
    assert story.coverage["s1:g1"] == {"Daily A": "reports", "Daily B": "reports", "Daily C": "contradicts"}
    rows = story_findings(story, {d.id: d.article for d in (other, *story_docs)}).coverage
    assert [(row.group.id, row.label) for row in rows] == [
        ("s1:g1", "Ostland released 40 political prisoners on Friday after talks with Westmark.")]
    table = story.brief.split("### Coverage\n\n")[1].splitlines()[2:]
    assert table == ["| claim | Daily A | Daily B | Daily C |", "|---|---|---|---|",
                     "| Ostland released 40 political prisoners on Friday after talks with Westmark. | "
                     "reports | reports | contradicts |"]


def test_a_group_of_the_minority_is_reported_by_it_and_contradicted_by_the_majority() -> None:
    """g2 holds only a3's claim (the mine opened 40 years ago), the minority side of a duration finding:
    a3 reports its own claim, and the majority's articles contradict it."""
    from newsprism.model import Article, Claim, ClaimGroup, Evidence, Position, Span
    from newsprism.reconcile.coverage import coverage_matrix
    from newsprism.reconcile.context import Finding

    claims = [Claim("c1", "a1", Span(0, 24), "The mine opened in 1995."),
              Claim("c2", "a2", Span(0, 24), "Kosagash opened in 1995."),
              Claim("c3", "a3", Span(0, 46), "The mine had operated for more than 40 years.")]
    majority = ClaimGroup("g1", claims[0].text, claims[:2], "contested", 2, [])
    minority = ClaimGroup("g2", claims[2].text, claims[2:], "contested", 1, [])
    evidence = [Evidence(c.article, c.span.start, c.span.end, c.text) for c in claims]
    finding = Finding("duration", "how long: the mine", [Position("1995", ["a1", "a2"], evidence[:2]),
                                                         Position("40 years", ["a3"], evidence[2:])],
                      "", {"c1", "c2", "c3"})
    articles = [Article(id=a, text="x", outlet=a.upper()) for a in ("a1", "a2", "a3", "a4")]
    assert coverage_matrix([majority, minority], [finding], articles) == {
        "g1": {"A1": "reports", "A2": "reports", "A3": "contradicts", "A4": "omits"},
        "g2": {"A1": "contradicts", "A2": "contradicts", "A3": "reports", "A4": "omits"}}


def test_the_dissenting_outlet_repeating_its_figure_gives_one_coverage_row() -> None:
    """a3 gives 52 released in two sentences (two single-source groups, same conflict, same cells) and names a
    minister in a third sentence that no conflict touches: the second "52" row repeats the first and is left out;
    the majority's row and the undisputed one stay."""
    from newsprism.model import Article, Claim, ClaimGroup, Evidence, Position, Span
    from newsprism.reconcile.context import Finding
    from newsprism.reconcile.coverage import coverage_matrix, coverage_rows
    from newsprism.reconcile.sides import SideIndex

    claims = [Claim("c1", "a1", Span(0, 20), "Ostland freed 123."),
              Claim("c2", "a2", Span(0, 20), "Ostland freed 123 people."),
              Claim("c3", "a3", Span(0, 20), "Ostland freed 52."),
              Claim("c4", "a3", Span(30, 60), "The release of these 52 is a start."),
              Claim("c5", "a3", Span(70, 90), "Minister Varga spoke."),
              Claim("c6", "a1", Span(70, 90), "Minister Varga spoke too.")]
    groups = [ClaimGroup("g1", claims[0].text, claims[:2], "contested", 2, []),
              ClaimGroup("g2", claims[2].text, claims[2:3], "contested", 1, []),
              ClaimGroup("g3", claims[3].text, claims[3:4], "contested", 1, []),
              ClaimGroup("g4", claims[4].text, [claims[4], claims[5]], "corroborated", 2, [])]
    evidence = [Evidence(c.article, c.span.start, c.span.end, c.text) for c in claims[:4]]
    finding = Finding("quantity", "number released", [Position("123", ["a1", "a2"], evidence[:2]),
                                                      Position("52", ["a3"], evidence[2:])], "", {"c1", "c2", "c3", "c4"})
    articles = {a: Article(id=a, text="x", outlet=a.upper()) for a in ("a1", "a2", "a3")}
    coverage = coverage_matrix(groups, [finding], list(articles.values()))
    assert coverage["g2"] == coverage["g3"] == {"A1": "contradicts", "A2": "contradicts", "A3": "reports"}
    rows = coverage_rows(groups, coverage, articles, SideIndex([finding]))
    assert [row.group.id for row in rows] == ["g1", "g2", "g4"]
    assert [row.group.id for row in coverage_rows(groups, coverage, articles)] == ["g1", "g2", "g3", "g4"]
