"""Who and where: which people, organisations and places a story's view shows, in which order, with which
spellings and sources (reconcile/who_and_where.py); the views only write it."""
from newsprism.model import Article
from newsprism.reconcile.who_and_where import NamedEntity, WhoAndWhere, who_and_where
from tests.render.who_and_where_samples import entity, many_named, sample_story


def shown(named: NamedEntity) -> tuple:
    return (named.name, named.kind, [(s.text, s.articles) for s in named.spellings], named.articles, named.sources,
            named.mentions)


def story_view(articles: list[Article], entities) -> WhoAndWhere:
    return who_and_where(entities, {a.id: a for a in articles})


def test_each_entity_is_shown_as_the_storys_own_articles_spell_it_most_named_first():
    """Two outlets spell her apart (the capitals of a third are her name again, the surname alone a short form);
    Novogrod is not counted in d4, another story's article; a nationality is left out; AT&T, named by one
    article, comes after the rows."""
    story, articles = sample_story()
    own = {a.id: a for a in articles if a.id in story.articles}
    view = who_and_where(story.entities, own)
    assert [shown(n) for n in view.rows] == [
        ("Yulia Tsimanouskaya", "person", [("Yulia Tsimanouskaya", ["a1", "c3"]), ("Yulia Timanovskaya", ["b2"])],
         ["a1", "b2", "c3"], ["Hill Gazette", "Lakeside Post", "River Daily"], 4),
        ("Novogrod", "place", [("Novogrod", ["a1", "b2", "c3"])], ["a1", "b2", "c3"],
         ["Hill Gazette", "Lakeside Post", "River Daily"], 3),
        ("E*Trade", "organisation", [("E*Trade", ["a1", "b2"])], ["a1", "b2"], ["Lakeside Post", "River Daily"], 2),
    ]
    assert [shown(n) for n in view.named_once] == [
        ("AT&T", "organisation", [("AT&T", ["a1"])], ["a1"], ["Lakeside Post"], 1)]
    assert (view.rows_left_out, view.named_once_left_out) == (0, 0)


def test_more_sources_come_before_more_articles_and_more_mentions_before_fewer():
    """Two articles of one outlet are one source: a name they alone share comes after one two outlets share."""
    p1 = Article(id="p1", text="Ostrava and Brno met Hana Lisova. Hana Lisova spoke twice.", outlet="Post")
    p2 = Article(id="p2", text="Ostrava waited.", outlet="Post")
    r1 = Article(id="r1", text="Brno and Hana Lisova.", outlet="Radio")
    entities = [entity("e-ostrava", "Ostrava", "GPE", [(p1, "Ostrava"), (p2, "Ostrava")]),
                entity("e-brno", "Brno", "GPE", [(p1, "Brno"), (r1, "Brno")]),
                entity("e-hana", "Hana Lisova", "PERSON", [(p1, "Hana Lisova"), (p1, "Hana Lisova"), (r1, "Hana Lisova")])]
    assert [n.name for n in story_view([p1, p2, r1], entities).rows] == ["Hana Lisova", "Brno", "Ostrava"]


def test_the_name_shown_is_one_the_storys_articles_write_and_a_part_of_it_is_no_other_spelling():
    """The resolved name comes from an article of another story (d9): the story shows the spelling its own
    articles write most; "Drozdenko" alone is the same name shortened."""
    k1 = Article(id="k1", text="Pavel Drozdenko resigned. Drozdenko gave no reason.", outlet="Kite")
    k2 = Article(id="k2", text="Minister Pavel Drozdenko resigned.", outlet="Lark")
    d9 = Article(id="d9", text="Pavel Drozdenka spoke.", outlet="Owl")
    named = [(k1, "Pavel Drozdenko"), (k1, "Drozdenko"), (k2, "Pavel Drozdenko"), (d9, "Pavel Drozdenka")]
    view = story_view([k1, k2], [entity("e-pavel", "Pavel Drozdenka", "PERSON", named)])
    assert [shown(n) for n in view.rows] == [
        ("Pavel Drozdenko", "person", [("Pavel Drozdenko", ["k1", "k2"])], ["k1", "k2"], ["Kite", "Lark"], 3)]


def test_the_rows_and_the_names_one_article_gives_are_bounded_and_count_what_they_leave_out():
    view = story_view(*many_named())
    assert [n.name for n in view.rows] == [f"Ward {n:02}" for n in range(1, 16)]
    assert [n.name for n in view.named_once] == [f"Quay {n:02}" for n in range(1, 16)]
    assert (view.rows_left_out, view.named_once_left_out, view.named_once[0].kind) == (2, 1, "place")


def test_a_story_whose_articles_name_no_one_and_nowhere_has_nothing_to_show():
    a1 = Article(id="a1", text="Belarusian officials met.", outlet="Post")
    view = story_view([a1], [entity("e-by", "Belarusian", "NORP", [(a1, "Belarusian")])])
    assert (view.rows, view.named_once, bool(view)) == ([], [], False)


def test_one_name_read_as_two_types_is_one_row_with_both_types_and_not_in_capitals():
    """Resolution keeps "Harwick" read as a person in one article and a place in another apart; a dateline writes
    it in capitals. The reader sees one row, both types, the name as the prose writes it."""
    a1 = Article(id="a1", text="HARWICK - Fire crews reached Harwick at noon.", outlet="Post")
    b2 = Article(id="b2", text="Harwick said the mill would reopen.", outlet="Radio")
    place = entity("e1", "HARWICK", "GPE", [(a1, "HARWICK"), (a1, "Harwick")])
    person = entity("e2", "Harwick", "PERSON", [(b2, "Harwick")])
    view = story_view([a1, b2], [place, person])
    assert [shown(n) for n in view.rows] == [
        ("Harwick", "person or place", [("Harwick", ["a1", "b2"])], ["a1", "b2"], ["Post", "Radio"], 3)]
    assert view.named_once == []
