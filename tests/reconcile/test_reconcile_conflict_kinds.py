"""Each conflict kind, and the near-misses that must not be conflicts, on texts written for the test."""
from __future__ import annotations

import pytest
from conftest import Doc


def in_places(doc_id: str, text: str, *places: str) -> Doc:
    """A document naming each of ``places`` as a GPE (entity "e-" + the name in lower case)."""
    doc = Doc(doc_id, text)
    for place in places:
        doc.mention(place, "GPE", f"e-{place.lower()}")
    return doc


def kinds(story) -> list[str]:
    return [c.kind for c in story.conflicts]


def only(story, kind: str):
    found = [c for c in story.conflicts if c.kind == kind]
    assert len(found) == 1, [(c.kind, c.explanation) for c in story.conflicts]
    return found[0]


def flood_doc(doc_id: str, figure: str, value, low, high, approximate: bool = False) -> Doc:
    text = f"Rescuers said {figure} residents were evacuated from Marlow after the river burst its banks."
    return (Doc(doc_id, text).mention("Marlow", "GPE", "e-marlow")
            .quantity(figure, value, low, high, "residents", approximate=approximate))


def test_incompatible_figures_are_a_quantity_conflict(reconcile):
    story = reconcile([flood_doc("a1", "120", 120.0, 120.0, 120.0), flood_doc("a2", "340", 340.0, 340.0, 340.0)])
    conflict = only(story, "quantity")
    assert [(p.value, p.articles) for p in conflict.positions] == [("120", ["a1"]), ("340", ["a2"])]
    assert conflict.positions[0].evidence[0].text == story_text(story, "a1")


def story_text(story, article_id: str) -> str:
    return f"Rescuers said {'120' if article_id == 'a1' else '340'} residents were evacuated from Marlow after the river burst its banks."


def test_bounded_figure_that_allows_the_other_is_no_conflict(reconcile):
    story = reconcile([flood_doc("a1", "more than 430", None, 430.0, None),
                       flood_doc("a2", "450", 450.0, 450.0, 450.0)])
    assert kinds(story) == []


def test_hundreds_against_over_fourteen_hundred_conflict(reconcile):
    story = reconcile([flood_doc("a1", "hundreds of", None, 200.0, 999.0, approximate=True),
                       flood_doc("a2", "over 1,400", None, 1400.0, None)])
    conflict = only(story, "quantity")
    assert [p.value for p in conflict.positions] == ["hundreds of", "over 1,400"]


def release_doc(doc_id: str, figure: str, value: float, when: str, day: str) -> Doc:
    text = f"The government released {figure} political prisoners on {when}, their lawyers said."
    return (Doc(doc_id, text).quantity(figure, value, value, value, "political prisoners")
            .time(when, "date", day, low=day, high=day))


def test_figures_of_differently_dated_events_are_not_a_conflict(reconcile):
    story = reconcile([release_doc("a1", "52", 52.0, "11 September 2025", "2025-09-11"),
                       release_doc("a2", "123", 123.0, "13 December 2025", "2025-12-13")])
    assert "quantity" not in kinds(story)


def test_running_total_is_not_compared_with_one_release(reconcile):
    total = Doc("a1", "More than 430 political prisoners have been released since July 2024, activists said.")
    total.quantity("More than 430", None, 430.0, None, "political prisoners").time(
        "July 2024", "date", "2024-07", low="2024-07-01", high="2024-07-31", relation="since")
    single = Doc("a2", "The government released 123 political prisoners on Saturday, activists said.")
    single.quantity("123", 123.0, 123.0, 123.0, "political prisoners")
    assert "quantity" not in kinds(reconcile([total, single]))


def freed_doc(doc_id: str, figure: str, counted: str, tail: str = "") -> Doc:
    text = f"The government freed {figure} {counted} on Saturday, their lawyers said.{tail}"
    return Doc(doc_id, text).quantity(figure, float(figure), float(figure), float(figure), counted)


def test_a_generic_count_of_people_is_compared_with_the_one_kind_counted(reconcile):
    story = reconcile([freed_doc("a1", "52", "individuals"), freed_doc("a2", "123", "political prisoners")])
    conflict = only(story, "quantity")
    assert [(p.value, p.articles) for p in conflict.positions] == [("52", ["a1"]), ("123", ["a2"])]
    assert conflict.subject == "number of prisoners released"


def test_a_figure_described_as_a_kind_counts_the_event_not_the_description(reconcile):
    described = Doc("a1", "The government announced the release of 52 individuals widely considered political "
                          "prisoners, their lawyers said.")
    described.quantity("52", 52.0, 52.0, 52.0, "individuals")
    conflict = only(reconcile([described, freed_doc("a2", "123", "political prisoners")]), "quantity")
    assert conflict.subject == "number of prisoners released"


def test_a_generic_count_is_not_compared_when_several_kinds_are_counted(reconcile):
    guards = freed_doc("a3", "7", "guards")
    story = reconcile([freed_doc("a1", "52", "individuals"), freed_doc("a2", "123", "political prisoners"), guards])
    assert "quantity" not in kinds(story)


def test_a_generic_count_in_an_event_that_counts_things_is_not_compared(reconcile):
    homes = Doc("a2", "Rescuers evacuated 200 homes on Saturday, officials said.")
    homes.quantity("200", 200.0, 200.0, 200.0, "homes")
    people = Doc("a1", "Rescuers evacuated 52 people on Saturday, officials said.")
    people.quantity("52", 52.0, 52.0, 52.0, "people")
    assert "quantity" not in kinds(reconcile([people, homes]))


def detention_doc(doc_id: str, sentence: str, published: str | None) -> Doc:
    return Doc(doc_id, sentence, published=published).mention("Anton Varga", "PERSON", "e-varga")


def test_duration_against_start_date_uses_the_publication_date(reconcile):
    short = detention_doc("a1", "Anton Varga, who had been imprisoned for over two years, was freed.", "2025-12-14")
    short.time("for over two years", "duration", "P2Y", low=730.0, high=None, relation="for")
    since = detention_doc("a2", "Anton Varga had been detained since 2021 before his release.", "2025-12-14")
    since.time("2021", "date", "2021", low="2021-01-01", high="2021-12-31", relation="since")
    conflict = only(reconcile([short, since]), "duration")
    assert [(p.value, p.articles) for p in conflict.positions] == [("for over two years", ["a1"]),
                                                                   ("since 2021", ["a2"])]
    assert conflict.subject == "how long Anton Varga was detained"
    assert conflict.explanation == (
        "One article says “for over two years” (which suggests less than three years); one article says “since "
        "2021” (about four years before publication on 14 December 2025): the two cannot both hold.")


def test_start_date_without_publication_date_is_not_compared(reconcile):
    short = detention_doc("a1", "Anton Varga, who had been imprisoned for over two years, was freed.", None)
    short.time("for over two years", "duration", "P2Y", low=730.0, high=None, relation="for")
    since = detention_doc("a2", "Anton Varga had been detained since 2021 before his release.", None)
    since.time("2021", "date", "2021", low="2021-01-01", high="2021-12-31", relation="since")
    assert "duration" not in kinds(reconcile([short, since]))


def undated_detention_pair(third_sentence: str) -> list[Doc]:
    short = detention_doc("a1", "Anton Varga, who had been imprisoned for over two years, was freed.", None)
    short.time("for over two years", "duration", "P2Y", low=730.0, high=None, relation="for")
    since = detention_doc("a2", "Anton Varga had been detained since 2019 before his release.", None)
    since.time("2019", "date", "2019", low="2019-01-01", high="2019-12-31", relation="since")
    other = Doc("a3", third_sentence).mention("Lena Moroz", "PERSON", "e-moroz")
    return [short, since, other]


def test_start_date_is_measured_to_the_storys_earliest_day_of_writing(reconcile):
    docs = undated_detention_pair("Lena Moroz, who had been jailed for more than five years after the 2018 "
                                  "protests, was freed too.")
    docs[2].time("for more than five years", "duration", "P5Y", low=1826.0, relation="for")
    docs[2].time("2018", "date", "2018", low="2018-01-01", high="2018-12-31")
    conflict = only(reconcile(docs), "duration")
    assert [(p.value, p.articles) for p in conflict.positions] == [("for over two years", ["a1"]),
                                                                   ("since 2019", ["a2"])]
    assert conflict.explanation == (
        "One article says “for over two years” (which suggests less than three years); one article says “since "
        "2019” (at least three years, as the story was written on 1 January 2023 or later, going by “for more "
        "than five years after the 2018”): the two cannot both hold.")


def test_a_state_since_a_date_bounds_the_day_of_writing(reconcile):
    docs = undated_detention_pair("Lena Moroz has lived in exile since March 2023.")
    docs[2].time("March 2023", "date", "2023-03", low="2023-03-01", high="2023-03-31", relation="since")
    conflict = only(reconcile(docs), "duration")
    assert conflict.explanation == (
        "One article says “for over two years” (which suggests less than three years); one article says “since "
        "2019” (at least three years, as the story was written on 1 March 2023 or later, going by “since March "
        "2023”): the two cannot both hold.")


def test_a_duration_that_ends_before_a_date_bounds_nothing(reconcile):
    docs = undated_detention_pair("Lena Moroz had been jailed for more than five years before the 2018 protests.")
    docs[2].time("for more than five years", "duration", "P5Y", low=1826.0, relation="for")
    docs[2].time("2018", "date", "2018", low="2018-01-01", high="2018-12-31")
    assert "duration" not in kinds(reconcile(docs))


def test_a_future_duration_bounds_nothing(reconcile):
    docs = undated_detention_pair("Lena Moroz will be jailed for more than five years after the 2018 protests.")
    docs[2].time("for more than five years", "duration", "P5Y", low=1826.0, relation="for")
    docs[2].time("2018", "date", "2018", low="2018-01-01", high="2018-12-31")
    assert "duration" not in kinds(reconcile(docs))


def plant_doc(doc_id: str, when: str, day: str) -> Doc:
    text = f"The Harlow steel plant closed on {when} after forty years of production, the company said."
    return Doc(doc_id, text).mention("Harlow", "GPE", "e-harlow").time(when, "date", day, low=day, high=day)


def test_dates_that_do_not_overlap_are_a_date_conflict(reconcile):
    story = reconcile([plant_doc("a1", "3 March 2024", "2024-03-03"), plant_doc("a2", "9 March 2024", "2024-03-09")])
    conflict = only(story, "date")
    assert [(p.value, p.articles) for p in conflict.positions] == [("3 March 2024", ["a1"]), ("9 March 2024", ["a2"])]


def test_same_date_at_coarser_precision_is_no_conflict(reconcile):
    coarse = plant_doc("a2", "March 2024", "2024-03")
    coarse.ann.times[0] = coarse.ann.times[0].__class__(coarse.ann.times[0].span, "March 2024", "date", "2024-03",
                                                        low="2024-03-01", high="2024-03-31")
    assert "date" not in kinds(reconcile([plant_doc("a1", "3 March 2024", "2024-03-03"), coarse]))


def test_general_against_restricted_statement_is_a_scope_conflict(reconcile):
    general = in_places("a1", "Ostland lifted sanctions on the country after the talks, officials said.", "Ostland")
    narrow = in_places(
        "a2", "Ostland eased sanctions on fertiliser exports, while broader restrictions remain in place.", "Ostland")
    conflict = only(reconcile([general, narrow]), "scope")
    assert [p.articles for p in conflict.positions] == [["a1"], ["a2"]]
    assert conflict.positions[0].value == "general: “lifted sanctions on the country”"
    assert conflict.explanation == ("One article states the lifting or easing of sanctions as a whole; one article "
                                    "restricts it: “on fertiliser exports”.")


def test_an_added_detail_is_not_a_scope_conflict(reconcile):
    plain = in_places("a1", "Firefighters evacuated residents after the blaze in Dunmore, police said.", "Dunmore")
    detail = in_places("a2", "Firefighters evacuated residents of the tower block after the blaze in Dunmore.",
                       "Dunmore")
    assert "scope" not in kinds(reconcile([plain, detail]))


@pytest.mark.parametrize("whole, conflict_expected", [
    ("closed roads", False),  # the article restricts them itself: its plain wording is shorthand
    ("closed all roads", True),  # "all" is chosen, not shorthand
])
def test_an_articles_own_restriction_excuses_shorthand_but_not_all(reconcile, whole, conflict_expected):
    both = in_places("a1", f"Police {whole} near Varna on Monday, officials said. Later police "
                           "closed two mountain roads near Varna, officials said.", "Varna")
    both.mention("Varna", "GPE", "e-varna", occurrence=2)
    narrow = in_places("a2", "Police closed mountain roads near Varna on Monday, officials said.", "Varna")
    found = [c for c in reconcile([both, narrow]).conflicts if c.kind == "scope"]
    assert [[p.articles for p in c.positions] for c in found] == ([[["a1"], ["a1", "a2"]]] if conflict_expected else [])


def test_it_did_not_happen_against_it_happened_is_a_polarity_conflict(reconcile):
    no = in_places("a1", "Ostland has not signed the trade agreement with Westmark, its ministry said.",
                   "Ostland", "Westmark")
    yes = in_places("a2", "Ostland signed the trade agreement with Westmark on Friday in the capital.",
                    "Ostland", "Westmark")
    conflict = only(reconcile([no, yes]), "polarity")
    assert [p.articles for p in conflict.positions] == [["a1"], ["a2"]]
    assert conflict.positions[0].value.startswith("did not happen:")


def test_no_before_the_object_negates_the_clause(reconcile):
    """"have no leads" says what "do not have any leads" says; against "have several leads" both deny it."""
    none = in_places("a1", "Police have no leads in the Dunmore arson case, the chief said on Monday.", "Dunmore")
    not_any = in_places("a2", "Police do not have any leads in the Dunmore arson case, the chief said.", "Dunmore")
    several = in_places("a3", "Police have several leads in the Dunmore arson case, the chief said.", "Dunmore")
    assert "polarity" not in kinds(reconcile([none, not_any]))
    conflict = only(reconcile([none, not_any, several]), "polarity")
    assert [(p.value.split(":")[0], p.articles) for p in conflict.positions] == [
        ("did not happen", ["a1", "a2"]), ("happened", ["a3"])]


def test_what_took_place_is_the_subject_of_take_place(reconcile):
    """"Take place" says its subject happened: an identification that has not taken place and a hearing that took
    place are two events, not a contradiction; a hearing that did and did not take place is one."""
    identification = in_places("a1", "Formal identification of the Millbrook victims has not yet taken place, police "
                                     "said.", "Millbrook")
    hearing = in_places("a2", "A preliminary hearing for the Millbrook suspect took place at the court on Friday.",
                        "Millbrook")
    not_held = in_places("a3", "The preliminary hearing for the Millbrook suspect has not taken place, the court "
                               "said.", "Millbrook")
    assert "polarity" not in kinds(reconcile([identification, hearing]))
    conflict = only(reconcile([not_held, hearing]), "polarity")
    assert (conflict.subject, [p.articles for p in conflict.positions]) == (
        "whether the hearing happened", [["a3"], ["a2"]])


@pytest.mark.parametrize("first, second", [
    # "leaves no doubt": the "no" is the doubt's, not the prize's
    ("Her record as a surgeon, including receiving the Varnes Prize in 2008, leaves no doubt about her skill.",
     "She is a surgeon known for receiving the Varnes Prize in 2008, the hospital said."),
    # a conditional says what would have been, not what happened
    ("The Varnes coach said the team would not have placed Ortiz on injured reserve if it were still in contention.",
     "The Varnes team placed Ortiz on injured reserve on Wednesday, the coach said."),
    # the main clause's negation does not reach the clause before it
    ("Despite leading the Varnes team in scoring, Ortiz has not lived up to expectations.",
     "Ortiz is leading the Varnes team in scoring this season, the club said."),
    # what someone is due to do is a plan
    ("No plea was entered at the hearing in Varnes on Monday.",
     "The Varnes man is due to enter his plea at the hearing in September."),
    # a belief, which agrees with the denial besides
    ("Some residents of Varnes do not believe Ortiz had a gun when police shot him.",
     "Witnesses in Varnes said Ortiz did not have a gun when police shot him."),
], ids=["no-doubt-above", "conditional", "despite-clause", "due-to", "belief"])
def test_statements_that_deny_nothing_or_state_no_fact_are_no_polarity_conflict(reconcile, first, second):
    assert "polarity" not in kinds(reconcile([in_places("a1", first, "Varnes"), in_places("a2", second, "Varnes")]))


def test_a_hedged_statement_is_not_a_polarity_conflict(reconcile):
    no = in_places("a1", "Ostland has not signed the trade agreement with Westmark, its ministry said.", "Ostland")
    maybe = in_places("a2", "Ostland may have signed the trade agreement with Westmark on Friday.", "Ostland")
    assert "polarity" not in kinds(reconcile([no, maybe]))


def quote_doc(doc_id: str, quoted: str, speaker: str = "Lena Ortiz") -> Doc:
    text = f"{speaker} spoke after the verdict. “{quoted}” {speaker} said outside the court."
    return Doc(doc_id, text).mention(speaker, "PERSON", None, occurrence=2).quote(quoted, speaker, speaker)


def test_the_same_quote_worded_differently_is_a_quote_conflict(reconcile):
    story = reconcile([quote_doc("a1", "It is a day of great joy for all of us and for our families."),
                       quote_doc("a2", "It is a day of great joy. We never gave up hope.")])
    conflict = only(story, "quote")
    assert [p.articles for p in conflict.positions] == [["a1"], ["a2"]]
    # each wording is a quote of its own, credited only to the article that prints it
    assert [([q.article for q in quote.quotes], quote.speaker_name, quote.other_wordings) for quote in story.quotes] == [
        (["a1"], "Lena Ortiz", ["q2"]), (["a2"], "Lena Ortiz", ["q1"])]


def test_an_excerpt_of_a_quote_is_no_conflict(reconcile):
    story = reconcile([quote_doc("a1", "It is a day of great joy for all of us and for our families."),
                       quote_doc("a2", "a day of great joy for all of us")])
    assert "quote" not in kinds(story)


def test_the_same_quote_from_different_speakers_is_a_quote_conflict(reconcile):
    story = reconcile([quote_doc("a1", "We will appeal this ruling to the highest court.", "Lena Ortiz"),
                       quote_doc("a2", "We will appeal this ruling to the highest court.", "Mark Haller")])
    conflict = only(story, "quote")
    assert [p.value for p in conflict.positions] == ["Lena Ortiz", "Mark Haller"]


def test_one_speaker_named_in_full_or_by_surname_or_described_is_no_quote_conflict(reconcile):
    """"Lena Ortiz", "Ortiz", "the witness" and "the Ohio Governor" may all be one person: only two names that cannot be
    one person set a quote's speakers against each other."""
    quoted = "We will appeal this ruling to the highest court."
    same = [quote_doc("a1", quoted, "Lena Ortiz"), quote_doc("a2", quoted, "Ortiz"),
            quote_doc("a3", quoted, "the witness"), quote_doc("a4", quoted, "the Ohio Governor")]
    assert "quote" not in kinds(reconcile(same))
    conflict = only(reconcile(same + [quote_doc("a5", quoted, "Mark Haller")]), "quote")
    assert [(p.value, p.articles) for p in conflict.positions] == [("Lena Ortiz", ["a1", "a2"]), ("Mark Haller", ["a5"])]


def test_two_statements_naming_the_same_law_are_two_quotes_not_two_wordings(reconcile):
    """Four words in common ("the Clean Water Act") do not make one statement of two; six words in a row do."""
    story = reconcile([quote_doc("a1", "We will defend the Clean Water Act in every court of this land."),
                       quote_doc("a2", "For fifty years the Clean Water Act has kept our rivers alive.")])
    assert "quote" not in kinds(story)
    assert sorted(q.text for q in story.quotes) == ["For fifty years the Clean Water Act has kept our rivers alive.",
                                                   "We will defend the Clean Water Act in every court of this land."]
    spliced = reconcile([quote_doc("a1", "It is a feeling of great relief. We never stopped hoping for this day."),
                         quote_doc("a2", "It is a feeling of great relief to hold my children again at last.")])
    assert [p.articles for p in only(spliced, "quote").positions] == [["a1"], ["a2"]]


def test_two_statements_sharing_one_turn_of_phrase_are_two_quotes(reconcile):
    """Half the words in common, but one phrase ("there was a lot of") and one content word of four: two things
    a speaker said. Most of the content words in common make one statement worded two ways."""
    story = reconcile([quote_doc("a1", "There was a lot of noise on the night of the fire."),
                       quote_doc("a2", "We knew there was a lot of work left before the harvest.")])
    assert "quote" not in kinds(story)
    assert len(story.quotes) == 2
    reworded = reconcile([quote_doc("a1", "The river rose faster than anyone had feared last night."),
                          quote_doc("a2", "The river rose faster than we had feared.")])
    assert [p.articles for p in only(reworded, "quote").positions] == [["a1"], ["a2"]]


def test_a_short_excerpt_naming_a_law_does_not_tie_statements_about_it(reconcile):
    story = reconcile([quote_doc("a1", "the purposes of the Clean Water Act"),
                       quote_doc("a2", "Nobody has done more to weaken the purposes of the Clean Water Act than they have."),
                       quote_doc("a3", "Today we restore the heart of the Clean Water Act for good.")])
    assert "quote" not in kinds(story)
    assert len(story.quotes) == 3


def test_a_contraction_spaced_by_a_scraper_is_the_same_word(reconcile):
    story = reconcile([quote_doc("a1", "It ’ s disappointing to hear about the charges against him"),
                       quote_doc("a2", "It's disappointing to hear about the charges against him")])
    assert "quote" not in kinds(story)
    assert [sorted(q.article for q in quote.quotes) for quote in story.quotes] == [["a1", "a2"]]


@pytest.mark.parametrize("inserted, sides", [
    ("I told her (Tara Reid) the shoot was off and she took it well", []),
    # a bracket standing for a word the speaker said ("her") still leaves that word out
    ("I told [Reid] the shoot was off and she took it well", [["a1"], ["a2"]]),
])
def test_an_outlets_insertion_in_brackets_is_not_the_speakers_words(reconcile, inserted, sides):
    story = reconcile([quote_doc("a1", inserted), quote_doc("a2", "I told her the shoot was off and she took it well")])
    assert [[p.articles for p in c.positions] for c in story.conflicts if c.kind == "quote"] == ([sides] if sides else [])


def test_a_quote_in_another_house_style_is_the_same_wording(reconcile):
    story = reconcile([quote_doc("a1", "We realised the neighbourhood centre had to be emptied within six hours."),
                       quote_doc("a2", "We realized the neighborhood center had to be emptied within 6 hours.")])
    assert "quote" not in kinds(story)
    assert [sorted(q.article for q in quote.quotes) for quote in story.quotes] == [["a1", "a2"]]
    other = reconcile([quote_doc("a1", "We realised the neighbourhood centre had to be emptied within six hours."),
                       quote_doc("a2", "We realized the neighborhood center had to be emptied within 8 hours.")])
    assert [p.articles for p in only(other, "quote").positions] == [["a1"], ["a2"]]


@pytest.mark.parametrize("acronym, sides", [
    ("We urge every WHO member to ship the vaccines this week, before the roads close.", []),
    # letters no quote of the statement spells out, or spelt in the other quote's words another way, differ
    ("We urge every WTO member to ship the vaccines this week, before the roads close.", [["a1"], ["a2"]]),
    ("We urge every Who member to ship the vaccines this week, before the roads close.", [["a1"], ["a2"]]),
])
def test_an_acronym_for_words_another_quote_spells_out_is_the_same_wording(reconcile, acronym, sides):
    story = reconcile([quote_doc("a1", acronym), quote_doc(
        "a2", "We urge every World Health Organization member to ship the vaccines this week, before the roads close.")])
    assert [[p.articles for p in c.positions] for c in story.conflicts if c.kind == "quote"] == ([sides] if sides else [])


@pytest.mark.parametrize("one, other", [
    ("Torches and pitchforks aren't going to be needed, we won't allow it.",
     "Torches and pitchforks are not going to be needed, we will not allow it."),
    ("If players have problems with the coach... then something is wrong with those players.",
     "If players have problems with the coach, then something is wrong with those players."),
    ("A demonstration is one thing and murder is quite another!",
     "A demonstration is one thing and murder is quite another."),
    ("By rolling back this eleventh-hour rule, we are making sure the wolves are protected.",
     "By rolling back this 11th hour rule, we are making sure the wolves are protected."),
    ("The suspect gave himself up to police just after 6:00 p.m. on Friday.",
     "The suspect gave himself up to police just after 6 p.m. on Friday."),
])
def test_contractions_ellipses_closing_marks_ordinals_and_times_are_how_a_quote_is_written(reconcile, one, other):
    story = reconcile([quote_doc("a1", one), quote_doc("a2", other)])
    assert "quote" not in kinds(story)


def test_two_excerpts_overlapping_at_their_ends_are_pieces_of_one_statement(reconcile):
    story = reconcile([quote_doc("a1", "With smart policies we can grow our economy today and preserve the environment"),
                       quote_doc("a2", "grow our economy today and preserve the environment for our grandchildren")])
    assert "quote" not in kinds(story)


def speaker_doc(doc_id: str, quoted: str, speaker: str, label: str, name: str | None = None) -> Doc:
    text = f"“{quoted}” {speaker} said on Monday."
    return Doc(doc_id, text).mention(name or speaker, label).quote(quoted, speaker, speaker)


@pytest.mark.parametrize("speaker, label, name", [
    ("Interior Department officials", "ORG", "Interior Department"),
    ("A representative for Mr. Jackman", "PERSON", "Jackman"),
    ("Carolos Papoulias", "PERSON", None),
    ("Insp Gaskin", "PERSON", "Gaskin"),
])
def test_a_body_a_description_or_another_spelling_is_no_other_speaker(reconcile, speaker, label, name):
    quoted = "The search will go on until every climber is found."
    named = speaker_doc("a1", quoted, "Karolos Papoulias" if "olos" in speaker else "Dave Gaskin", "PERSON")
    assert "quote" not in kinds(reconcile([named, speaker_doc("a2", quoted, speaker, label, name)]))


def test_a_speaker_read_through_a_pronoun_contradicts_no_named_one(reconcile):
    """Whom "he" stands for after several people is a guess: "“...” he said" after a paragraph on Bernstein and
    Woodward does not make Bernstein the speaker against the articles that name Felt."""
    quoted = "I am the man they used to call by that name for thirty years."
    named = speaker_doc("a1", quoted, "Mark Felt", "PERSON")
    pronoun = Doc("a2", f"Carl Bernstein and Bob Woodward wrote the book. “{quoted}” he said on Monday.")
    pronoun.mention("Carl Bernstein", "PERSON", "e-bernstein").mention("Bob Woodward", "PERSON", "e-woodward")
    pronoun.quote(quoted, "Carl Bernstein", "he")
    assert "quote" not in kinds(reconcile([named, pronoun]))
    written = Doc("a2", f"Carl Bernstein wrote the book. “{quoted}” Bernstein said on Monday.")
    written.mention("Carl Bernstein", "PERSON", "e-bernstein").quote(quoted, "Carl Bernstein", "Bernstein")
    assert [p.value for p in only(reconcile([named, written]), "quote").positions] == ["Carl Bernstein", "Mark Felt"]


def test_a_phrase_in_scare_quotes_is_no_statement_to_attribute(reconcile):
    short = [speaker_doc("a1", "midnight rules", "Dirk Kempthorne", "PERSON"),
             speaker_doc("a2", "midnight rules", "Barack Obama", "PERSON")]
    assert "quote" not in kinds(reconcile(short))
    said = [speaker_doc("a1", "These are midnight rules and nothing else.", "Dirk Kempthorne", "PERSON"),
            speaker_doc("a2", "These are midnight rules and nothing else.", "Barack Obama", "PERSON")]
    assert [p.value for p in only(reconcile(said), "quote").positions] == ["Barack Obama", "Dirk Kempthorne"]


def test_a_swapped_name_in_the_same_statement_is_a_name_conflict(reconcile):
    template = "Police arrested {} on Tuesday in connection with the robbery of the central bank branch."
    first = Doc("a1", template.format("Tom Reyes")).mention("Tom Reyes", "PERSON", "e-reyes")
    second = Doc("a2", template.format("Carl Benning")).mention("Carl Benning", "PERSON", "e-benning")
    conflict = only(reconcile([first, second]), "name")
    assert [p.value for p in conflict.positions] == ["Tom Reyes", "Carl Benning"]


@pytest.mark.parametrize("one, other, conflict", [
    ("Tenn.", "Tennessee", False),  # a state abbreviated in AP style
    ("Athens", "Greece", False),  # a capital and its country
    ("Texas", "Tennessee", True),  # two states
    ("Athens", "Ankara", True),  # two capitals
])
def test_one_place_at_two_scales_is_no_name_conflict(reconcile, one, other, conflict):
    template = "Firefighters battled a large blaze at a warehouse on Sunday in {}, officials said."
    first = Doc("a1", template.format(one)).mention(one, "GPE", f"e-{one.lower()}")
    second = Doc("a2", template.format(other)).mention(other, "GPE", f"e-{other.lower()}")
    assert [[p.value for p in c.positions] for c in reconcile([first, second]).conflicts if c.kind == "name"] == (
        [[one, other]] if conflict else [])


def test_a_negated_report_of_it_against_it_happened_says_not_confirmed(reconcile):
    silent = in_places("a1", "No official statement has been made regarding the lifting of sanctions on Ostland.",
                       "Ostland")
    unconfirmed = in_places("a2", "Officials did not confirm the lifting of sanctions on Ostland on Friday.", "Ostland")
    lifted = in_places("a3", "Westmark lifted sanctions on Ostland on Friday after the talks.", "Ostland", "Westmark")
    conflict = only(reconcile([silent, unconfirmed, lifted]), "polarity")
    assert [(p.value.split(":")[0], p.articles) for p in conflict.positions] == [
        ("not confirmed", ["a1", "a2"]), ("happened", ["a3"])]
    assert conflict.subject == "whether the lifting or easing of sanctions happened"
    assert conflict.explanation == ("Two articles say there is no confirmation of the lifting or easing of sanctions; "
                                    "one article reports it as fact.")


def test_a_denial_beside_a_negated_report_still_says_did_not_happen(reconcile):
    silent = in_places("a1", "No official statement has been made regarding the lifting of sanctions on Ostland.",
                       "Ostland")
    denied = in_places("a2", "Westmark has not lifted sanctions on Ostland, its ministry said.", "Ostland", "Westmark")
    lifted = in_places("a3", "Westmark lifted sanctions on Ostland on Friday after the talks.", "Ostland", "Westmark")
    conflict = only(reconcile([silent, denied, lifted]), "polarity")
    assert conflict.positions[0].value.startswith("did not happen:")
    assert conflict.positions[0].articles == ["a1", "a2"]


def test_halting_an_activity_is_not_easing_a_measure():
    from newsprism.reconcile.frames import frame_class

    assert [frame_class("suspend", "operation"), frame_class("halt", "work"), frame_class("suspend", "sanction"),
            frame_class("end", "ban"), frame_class("lift", "operation")] == [
        "halt", "halt", "lifting/easing", "lifting/easing", "lifting/easing"]


def test_all_operations_halted_against_one_site_is_a_scope_conflict_on_the_halt(reconcile):
    whole = Doc("a1", "The government suspended all underground operations at Kestrel's mines on Tuesday.")
    whole.mention("Kestrel", "ORG", "e-kestrel")
    part = Doc("a2", "The government suspended operations at the Dunmore mine only, officials said on Tuesday.")
    part.mention("Dunmore", "FAC", "e-dunmore")
    conflict = only(reconcile([whole, part]), "scope")
    assert conflict.subject == "scope of the halt of operations"
    assert conflict.explanation == ("One article states the halt of operations as a whole; one article restricts it: "
                                    "“at the Dunmore mine only”.")


def test_total_read_as_a_compound_still_states_the_whole(resources):
    """The parser may read "total" before a noun as a compound noun ("requested 'total privacy'" in odd quotation
    marks): it is the whole, never a restriction of it."""
    from spacy.tokens import Doc as ParsedDoc

    from newsprism.model import Claim, Span
    from newsprism.reconcile.frames import frames_of
    from newsprism.reconcile.parse import ParsedSentence

    words = ["Families", "requested", "total", "privacy"]
    doc = ParsedDoc(resources.nlp.vocab, words=words, heads=[1, 1, 3, 1], deps=["nsubj", "ROOT", "compound", "dobj"],
                    pos=["NOUN", "VERB", "NOUN", "NOUN"], lemmas=["family", "request", "total", "privacy"])
    text = " ".join(words)
    sentence = ParsedSentence("a1", Span(0, len(text)), doc)
    [frame] = frames_of(Claim("c1", "a1", Span(0, len(text)), text, predicate="request"), sentence)
    assert (frame.argument, frame.restriction, frame.universal, frame.general, frame.restricted) == (
        "privacy", (), True, True, False)


@pytest.mark.parametrize("whole, part", [
    # Two sets each stated whole ("all versions of X" is not a part of "all versions").
    ("The flaw affected all supported versions of Tidewater, the vendor said.",
     "The patch fixes a flaw that affects all versions of the Harbor web browser."),
    # One thing, said which it is: where it stands does not narrow how much of it burned.
    ("A fire has destroyed the bakery in Dunmore, police said on Sunday.",
     "A fire has destroyed the bakery in Dunmore High Street, police said."),
    # Roads near a place and roads in it are both some roads.
    ("Roads around the harbour were closed for two hours on Sunday.",
     "Roads in the harbour district were closed until the evening."),
])
def test_what_names_a_set_or_a_thing_is_not_a_scope_conflict(reconcile, whole, part):
    docs = [Doc("a1", whole), Doc("a2", part)]
    for doc in docs:
        for name in ("Tidewater", "Harbor", "Dunmore"):
            if name in doc.text:
                doc.mention(name, "ORG", f"e-{name.lower()}")
    assert "scope" not in kinds(reconcile(docs))


@pytest.mark.parametrize("sentence, event", [
    ("You don't want to end the season on a loss like that, the coach said.", "end"),
    ("Repealing the rule would require a new vote in the assembly, officials said.", "repeal"),
])
def test_an_event_wanted_or_weighed_states_no_fact(resources, sentence, event):
    from newsprism.model import Claim, Span
    from newsprism.reconcile.frames import frames_of
    from newsprism.reconcile.parse import ParsedSentence

    whole = Span(0, len(sentence))
    frames = frames_of(Claim(id="c", article="a", span=whole, text=sentence),
                       ParsedSentence("a", whole, resources.nlp(sentence)))
    assert [(f.predicate, f.hedged) for f in frames if f.predicate == event] == [(event, True)]


def test_scope_of_two_different_doers_is_no_conflict(reconcile):
    whole = Doc("a1", "Ortiz completed all passes in the first half, the team said.")
    whole.mention("Ortiz", "PERSON", "e-ortiz")
    part = Doc("a2", "Lund completed passes in the first half only, the team said.")
    part.mention("Lund", "PERSON", "e-lund")
    assert "scope" not in kinds(reconcile([whole, part]))


def test_one_building_owned_by_a_place_is_still_one_thing(reconcile):
    whole = Doc("a1", "The old building in Varnes was nearly destroyed by a fire early on Tuesday.")
    part = Doc("a2", "A fire on Tuesday destroyed Varnes's historic dairy warehouse building, officials said.")
    for doc in (whole, part):
        doc.mention("Varnes", "GPE", "e-varnes")
    assert "scope" not in kinds(reconcile([whole, part]))


def test_what_was_decided_is_compared_as_stated(reconcile):
    """"The decision to lift sanctions on the country" reports the lifting as the news of the decision."""
    general = in_places("a1", "Prisoners were freed after Ostland's decision to lift sanctions on the country.", "Ostland")
    narrow = in_places("a2", "Ostland agreed to ease sanctions on fertiliser exports, officials said.", "Ostland")
    conflict = only(reconcile([general, narrow]), "scope")
    assert [p.articles for p in conflict.positions] == [["a1"], ["a2"]]


@pytest.mark.parametrize("general, part", [
    # all of a part is still a part of the whole
    ("Westmark lifted sanctions on Ostland after the talks, officials said.",
     "Westmark lifted all sanctions on fertiliser exports after the talks, officials said."),
    # a stretch of road is part of the road
    ("Police closed the road on Sunday after the storm.",
     "Police closed the road to the airport on Sunday after the storm."),
])
def test_a_whole_against_a_part_is_still_a_scope_conflict(reconcile, general, part):
    docs = [in_places("a1", general, *[p for p in ("Westmark", "Ostland") if p in general]),
            in_places("a2", part, *[p for p in ("Westmark",) if p in part])]
    assert [p.articles for p in only(reconcile(docs), "scope").positions] == [["a1"], ["a2"]]
