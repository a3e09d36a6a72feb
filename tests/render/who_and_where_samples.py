"""A story whose articles name people, organisations and places, spelled apart by the outlets.

Lakeside Post (a1) and Hill Gazette (c3) write "Yulia Tsimanouskaya" (c3 in capitals), River Daily (b2) "Yulia
Timanovskaya"; a1 also writes her surname alone. E*Trade, a name with a Markdown character, is named by a1 and
b2; AT&T by a1 alone; Novogrod by all three and by d4, an article of another story; "Novogrodian" is a
nationality, no one and nowhere. ``many_named`` names more than a view shows.
"""
from newsprism.model import Article, Entity, Mention, Span, Story

TEXT_A = ("Yulia Tsimanouskaya was freed in Novogrod on Monday. Tsimanouskaya said E*Trade paid her bail. "
          "AT&T declined to comment.")
TEXT_B = "Yulia Timanovskaya was freed in Novogrod on Monday, E*Trade said. A Novogrodian court had jailed her."
TEXT_C = "YULIA TSIMANOUSKAYA walked out of the Novogrod jail."
TEXT_D = "Floods closed roads around Novogrod."


def sample_articles() -> list[Article]:
    return [Article(id="a1", text=TEXT_A, outlet="Lakeside Post"), Article(id="b2", text=TEXT_B, outlet="River Daily"),
            Article(id="c3", text=TEXT_C, outlet="Hill Gazette"), Article(id="d4", text=TEXT_D, outlet="Flood Watch")]


def entity(entity_id: str, name: str, label: str, named: list[tuple[Article, str]]) -> Entity:
    """An entity as resolution makes it: a mention of each (article, words), an article's in the order of its
    text, each found after the one before it."""
    mentions, after = [], {}
    for article, words in named:
        start = article.text.index(words, after.get(article.id, 0))
        after[article.id] = start + len(words)
        mentions.append(Mention(article.id, Span(start, start + len(words)), words, label, entity_id))
    return Entity(entity_id, name, label, aliases=sorted({words for _, words in named}),
                  articles=list(dict.fromkeys(article.id for article, _ in named)), mentions=mentions)


def sample_entities(a1: Article, b2: Article, c3: Article, d4: Article) -> list[Entity]:
    """In order of first mention, as resolution gives them."""
    return [
        entity("e-yulia", "Yulia Tsimanouskaya", "PERSON",
               [(a1, "Yulia Tsimanouskaya"), (a1, "Tsimanouskaya"), (b2, "Yulia Timanovskaya"),
                (c3, "YULIA TSIMANOUSKAYA")]),
        entity("e-novogrod", "Novogrod", "GPE", [(a1, "Novogrod"), (b2, "Novogrod"), (c3, "Novogrod"), (d4, "Novogrod")]),
        entity("e-etrade", "E*Trade", "ORG", [(a1, "E*Trade"), (b2, "E*Trade")]),
        entity("e-att", "AT&T", "ORG", [(a1, "AT&T")]),
        entity("e-novogrodian", "Novogrodian", "NORP", [(b2, "Novogrodian")]),
    ]


def sample_story() -> tuple[Story, list[Article]]:
    """The story of a1, b2 and c3; d4 is read with them but belongs to another story."""
    articles = sample_articles()
    story = Story(id="s1", title="Yulia Tsimanouskaya freed", articles=["a1", "b2", "c3"], independent_sources=3,
                  entities=sample_entities(*articles))
    return story, articles


def many_named() -> tuple[list[Article], list[Entity]]:
    """Seventeen wards two outlets name and sixteen quays one article alone names: two more than a view shows
    of the first, one more of the second."""
    both = " ".join(f"Ward {n:02} voted." for n in range(1, 18))
    alone = " ".join(f"Quay {n:02} flooded." for n in range(1, 17))
    a1, b2 = Article(id="a1", text=f"{both} {alone}", outlet="Post"), Article(id="b2", text=both, outlet="Radio")
    wards = [entity(f"e-w{n}", f"Ward {n:02}", "GPE", [(a1, f"Ward {n:02}"), (b2, f"Ward {n:02}")]) for n in range(1, 18)]
    quays = [entity(f"e-q{n}", f"Quay {n:02}", "FAC", [(a1, f"Quay {n:02}")]) for n in range(1, 17)]
    return [a1, b2], wards + quays
