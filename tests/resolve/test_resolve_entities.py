"""Cross-document entity resolution, rule by rule, on texts written for these tests (no model needed)."""
from __future__ import annotations

import re

from newsprism.model import Article, ArticleAnnotations, Mention, Span
from newsprism.resolve import resolve_entities


def article(article_id: str, text: str, names: list[tuple[str, str]]) -> tuple[Article, ArticleAnnotations]:
    """An article and its mentions: every whole-word occurrence of each name, longest names first."""
    mentions: list[Mention] = []
    for name, label in sorted(names, key=lambda pair: -len(pair[0])):
        for match in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
            span = Span(match.start(), match.end())
            if not any(span.overlaps(m.span) for m in mentions):
                mentions.append(Mention(article_id, span, name, label))
    mentions.sort(key=lambda m: m.span.start)
    return Article(id=article_id, text=text), ArticleAnnotations(article=article_id, mentions=mentions)


def resolve(*pairs: tuple[Article, ArticleAnnotations]):
    return resolve_entities([p[0] for p in pairs], [p[1] for p in pairs])


def by_name(resolution) -> dict[str, tuple[str, list[str], list[str]]]:
    return {e.name: (e.type, e.aliases, e.articles) for e in resolution.entities}


BELARUS_CONTEXT = [("Belarus", "GPE"), ("Minsk", "GPE"), ("Alexander Lukashenko", "PERSON"),
                   ("Lukashenko", "PERSON")]


def test_surname_only_mentions_join_the_full_name_across_articles():
    first = article("a", "Ales Bialiatski was freed in Minsk. Bialiatski thanked his wife.",
                    [("Ales Bialiatski", "PERSON"), ("Bialiatski", "PERSON"), ("Minsk", "GPE")])
    second = article("b", "Bialiatski, the Nobel laureate, spoke in Vilnius.",
                     [("Bialiatski", "PERSON"), ("Vilnius", "GPE")])
    entities = by_name(resolve(first, second))
    assert entities["Ales Bialiatski"] == ("PERSON", ["Ales Bialiatski", "Bialiatski"], ["a", "b"])
    assert len(entities) == 3


def test_transliteration_variants_with_shared_context_are_one_person():
    first = article("a", "Maria Kolesnikova was freed by Belarus. Alexander Lukashenko pardoned her in Minsk.",
                    [("Maria Kolesnikova", "PERSON"), *BELARUS_CONTEXT])
    second = article("b", "Maria Kalesnikava left Minsk; Belarus and Lukashenko said nothing.",
                     [("Maria Kalesnikava", "PERSON"), *BELARUS_CONTEXT])
    third = article("c", "Sviatlana Tsikhanouskaya, exiled from Belarus, criticised Lukashenko in Minsk.",
                    [("Sviatlana Tsikhanouskaya", "PERSON"), *BELARUS_CONTEXT])
    fourth = article("d", "Svetlana Tikhanovskaya said Belarus and Lukashenko must free everyone held in Minsk.",
                     [("Svetlana Tikhanovskaya", "PERSON"), *BELARUS_CONTEXT])
    entities = by_name(resolve(first, second, third, fourth))
    assert entities["Maria Kolesnikova"] == ("PERSON", ["Maria Kalesnikava", "Maria Kolesnikova"], ["a", "b"])
    assert entities["Sviatlana Tsikhanouskaya"] == (
        "PERSON", ["Svetlana Tikhanovskaya", "Sviatlana Tsikhanouskaya"], ["c", "d"])


def test_similar_names_in_different_contexts_stay_apart():
    first = article("a", "Maria Kolesnikova was freed by Belarus. Alexander Lukashenko pardoned her in Minsk.",
                    [("Maria Kolesnikova", "PERSON"), *BELARUS_CONTEXT])
    second = article("b", "Maria Kalashnikova opened a rifle museum in Izhevsk, the Udmurt capital.",
                     [("Maria Kalashnikova", "PERSON"), ("Izhevsk", "GPE"), ("Udmurt", "NORP")])
    entities = by_name(resolve(first, second))
    assert entities["Maria Kolesnikova"][1:] == (["Maria Kolesnikova"], ["a"])
    assert entities["Maria Kalashnikova"][1:] == (["Maria Kalashnikova"], ["b"])


def test_two_spellings_in_one_article_are_two_people():
    text = "Anna Petrova and Anna Petrava met in Minsk, Belarus, where Lukashenko rules."
    names = [("Anna Petrova", "PERSON"), ("Anna Petrava", "PERSON"), *BELARUS_CONTEXT]
    other = article("b", "Anna Petrova spoke in Minsk about Belarus and Lukashenko.", names)
    entities = by_name(resolve(article("a", text, names), other))
    assert entities["Anna Petrova"][2] == ["a", "b"]
    assert entities["Anna Petrava"][1:] == (["Anna Petrava"], ["a"])


def test_nickname_introduced_in_the_text_is_an_alias():
    text = "Maria Kolesnikova, also known as Masha, danced. Later Masha thanked her supporters."
    entities = by_name(resolve(article("a", text, [("Maria Kolesnikova", "PERSON"), ("Masha", "ORG")])))
    assert entities == {"Maria Kolesnikova": ("PERSON", ["Maria Kolesnikova", "Masha"], ["a"])}


def test_nickname_not_recognised_as_an_entity_is_still_recorded():
    text = 'The boxer Tony Thompson, nicknamed "The Tiger", lost in Bern.'
    resolution = resolve(article("a", text, [("Tony Thompson", "PERSON"), ("Bern", "GPE")]))
    assert by_name(resolution)["Tony Thompson"] == ("PERSON", ["The Tiger", "Tony Thompson"], ["a"])


def test_country_abbreviations_and_variants_are_one_country():
    first = article("a", "The US and the U.S. Treasury agreed; the United States will lift sanctions.",
                    [("US", "GPE"), ("U.S.", "GPE"), ("United States", "GPE")])
    second = article("b", "America and the USA differ on this.", [("America", "GPE"), ("USA", "GPE")])
    entities = by_name(resolve(first, second))
    assert entities == {"United States": ("GPE", ["America", "U.S.", "US", "USA", "United States"], ["a", "b"])}


def test_washington_is_linked_to_the_united_states_not_merged():
    first = article("a", "Washington welcomed the release. The United States lifted sanctions on Belarus.",
                    [("Washington", "GPE"), ("United States", "GPE"), ("Belarus", "GPE")])
    second = article("b", "Belarusian officials met in Minsk.", [("Belarusian", "NORP"), ("Minsk", "GPE")])
    entities = {e.name: e for e in resolve(first, second).entities}
    assert entities["Washington"].linked_to == entities["United States"].id
    assert entities["Minsk"].linked_to == entities["Belarus"].id
    assert entities["Belarusian"].linked_to == entities["Belarus"].id
    assert entities["Belarusian"].type == "NORP"
    assert entities["United States"].linked_to is None


def test_acronym_introduced_in_brackets_is_an_alias_and_a_dateline_is_not():
    text = "MINSK (Reuters) - Human Rights Watch (HRW) said. HRW counted 1,100 prisoners, Reuters reported."
    names = [("Human Rights Watch", "ORG"), ("HRW", "ORG"), ("Reuters", "ORG"), ("MINSK", "GPE")]
    entities = by_name(resolve(article("a", text, names)))
    assert entities["Human Rights Watch"] == ("ORG", ["HRW", "Human Rights Watch"], ["a"])
    assert entities["Reuters"] == ("ORG", ["Reuters"], ["a"])
    assert entities["MINSK"] == ("GPE", ["MINSK"], ["a"])


def test_acronym_of_the_only_matching_name_in_other_articles():
    first = article("a", "The Associated Press reported the arrest.", [("The Associated Press", "ORG")])
    second = article("b", "AP said the singer was released.", [("AP", "ORG")])
    entities = by_name(resolve(first, second))
    assert entities == {"The Associated Press": ("ORG", ["AP", "The Associated Press"], ["a", "b"])}


def test_organisation_variants():
    first = article("a", "She checked into the Betty Ford Center. The US State Department declined to comment.",
                    [("Betty Ford Center", "FAC"), ("US State Department", "ORG")])
    second = article("b", "At the Betty Ford Clinic, staff said the State Department called.",
                     [("Betty Ford Clinic", "ORG"), ("State Department", "ORG")])
    entities = by_name(resolve(first, second))
    assert entities["Betty Ford Center"] == ("FAC", ["Betty Ford Center", "Betty Ford Clinic"], ["a", "b"])
    assert entities["US State Department"] == ("ORG", ["State Department", "US State Department"], ["a", "b"])


def test_same_surname_goes_to_the_person_named_in_the_same_article():
    first = article("a", "Bill Clinton spoke first. Clinton then left.", [("Bill Clinton", "PERSON"),
                                                                           ("Clinton", "PERSON")])
    second = article("b", "Hillary Clinton arrived. Clinton smiled.", [("Hillary Clinton", "PERSON"),
                                                                        ("Clinton", "PERSON")])
    third = article("c", "Clinton was not mentioned by name again.", [("Clinton", "PERSON")])
    resolution = resolve(first, second, third)
    entities = by_name(resolution)
    assert entities["Bill Clinton"] == ("PERSON", ["Bill Clinton", "Clinton"], ["a"])
    assert entities["Hillary Clinton"] == ("PERSON", ["Clinton", "Hillary Clinton"], ["b"])
    assert entities["Clinton"] == ("PERSON", ["Clinton"], ["c"])


def test_fuller_names_and_titles():
    first = article("a", "President George W. Bush signed it.", [("President George W. Bush", "PERSON")])
    second = article("b", "George Bush's aides agreed with Bush.", [("George Bush's", "PERSON"), ("Bush", "PERSON")])
    entities = by_name(resolve(first, second))
    assert entities == {"President George W. Bush": (
        "PERSON", ["Bush", "George Bush's", "President George W. Bush"], ["a", "b"])}


def test_ids_are_deterministic_and_mentions_get_their_entity():
    pair = article("a", "Ales Bialiatski met Bialiatski's lawyer in Minsk.",
                   [("Ales Bialiatski", "PERSON"), ("Bialiatski's", "PERSON"), ("Minsk", "GPE")])
    first, second = resolve(pair), resolve(pair)
    assert [e.id for e in first.entities] == [e.id for e in second.entities]
    assert all(re.fullmatch(r"e-[0-9a-f]{10}", e.id) for e in first.entities)
    annotated = first.annotate([pair[1]])[0]
    person = first.entities[0]
    assert [m.entity for m in annotated.mentions] == [person.id, person.id, first.entities[1].id]
    assert person.name == "Ales Bialiatski" and person.type == "PERSON"
    assert first.mention_entity[("a", 20, 32)] == person.id
    assert pair[1].mentions[0].entity is None  # the input is left as it was
    assert {m.entity for m in person.mentions} == {person.id}


def test_no_mentions_no_entities():
    assert resolve(article("a", "Nothing named here.", [])) == ([], {})


def test_long_names_a_letter_apart_are_one_unless_their_numbers_differ():
    first = article("a", "The Academy of Motion Picture Arts and Sciences chose her. Internet Explorer 8 crashed.",
                    [("Academy of Motion Picture Arts and Sciences", "ORG"), ("Internet Explorer 8", "PRODUCT")])
    second = article("b", "The Academy of Motion Pictures Arts and Sciences agreed. Internet Explorer 9 is out.",
                     [("Academy of Motion Pictures Arts and Sciences", "ORG"), ("Internet Explorer 9", "PRODUCT")])
    entities = by_name(resolve(first, second))
    assert entities["Academy of Motion Picture Arts and Sciences"][1:] == (
        ["Academy of Motion Picture Arts and Sciences", "Academy of Motion Pictures Arts and Sciences"], ["a", "b"])
    assert entities["Internet Explorer 8"][1:] == (["Internet Explorer 8"], ["a"])
    assert entities["Internet Explorer 9"][1:] == (["Internet Explorer 9"], ["b"])


def test_a_short_form_joins_the_only_name_it_ends_or_starts():
    first = article("a", "The Boston Red Sox signed him; The Hollywood Reporter said so.",
                    [("Boston Red Sox", "ORG"), ("The Hollywood Reporter", "ORG")])
    second = article("b", "The Red Sox confirmed it, THR reported.", [("Red Sox", "ORG"), ("THR", "ORG")])
    entities = by_name(resolve(first, second))
    assert entities["Boston Red Sox"] == ("ORG", ["Boston Red Sox", "Red Sox"], ["a", "b"])
    assert entities["The Hollywood Reporter"] == ("ORG", ["THR", "The Hollywood Reporter"], ["a", "b"])
