"""A small report whose articles hold text that Markdown would misread: every section of a story has content."""
from newsprism.model import (
    Agreement, Article, Claim, ClaimGroup, Conflict, ErrorRecord, Evidence, Position, Quote, Removal, Report, Span,
    Story, StoryQuote,
)

TEXT_1 = ("Twelve ships waited outside the *main* port on Monday.\n"
          "# Not a heading\n"
          "The port authority said talks resume Friday.\n"
          'Dockers said, "We stay out until pay | hours are settled."')
TEXT_2 = "Nine ships waited outside the port on Monday.\nThe port authority said talks resume Friday."


def claim(article: Article, text: str, number: int) -> Claim:
    start = article.text.index(text)
    return Claim(f"{article.id}:c{number}", article.id, Span(start, start + len(text)), text)


def evidence(article: Article, text: str) -> Evidence:
    start = article.text.index(text)
    return Evidence(article.id, start, start + len(text), text)


def sample_articles() -> tuple[Article, Article]:
    harbour = Article(id="a1", text=TEXT_1, title="Port strike | day 3", outlet="Harbour News",
                      authors=["Ana Ruiz", "Li Wei"], published="2024-05-06", url="https://harbour.example/strike_3",
                      path="/in/harbour.html", removed=[Removal("Share on X | Facebook", "share", 0, 21)])
    untitled = Article(id="b_2", text=TEXT_2, path="/in/0001_9f3a.txt")
    return harbour, untitled


def sample_story(harbour: Article, untitled: Article) -> Story:
    ships = [claim(harbour, TEXT_1.split("\n")[0], 1), claim(untitled, TEXT_2.split("\n")[0], 1)]
    talks = [claim(harbour, "The port authority said talks resume Friday.", 2),
             claim(untitled, "The port authority said talks resume Friday.", 2)]
    # the claim's span stops before the closing mark, as a sentence splitter may leave it
    dockers = [claim(harbour, 'Dockers said, "We stay out until pay | hours are settled.', 3)]
    groups = [ClaimGroup("s1:g1", ships[0].text, ships, "contested", 2, []),
              ClaimGroup("s1:g2", talks[0].text, talks, "corroborated", 2, []),
              ClaimGroup("s1:g3", dockers[0].text, dockers, "single_source", 1, [])]
    conflict = Conflict("s1:x1", "quantity", "number of ships (wait)", [
        Position("12", ["a1"], [evidence(harbour, "Twelve ships waited outside the *main* port")]),
        Position("9", ["b_2"], [evidence(untitled, "Nine ships waited outside the port")])],
        "Articles give incompatible figures: 12 (a1) vs 9 (b_2).")
    quote = StoryQuote("s1:q1", "We stay out until pay | hours are settled.", None, "Dock union",
                       [Quote("a1", Span(142, 184), "We stay out until pay | hours are settled.", "Dock union")])
    agreed = Agreement("s1:p1", "port authority (talks)", "talks", "port authority", ["a1", "b_2"], 2,
                       [evidence(article, "The port authority said talks") for article in (harbour, untitled)])
    coverage = {"s1:g1": {"Harbour News": "reports", "b_2": "contradicts"},
                "s1:g2": {"Harbour News": "reports", "b_2": "reports"},
                "s1:g3": {"Harbour News": "reports", "b_2": "omits"}}
    return Story(id="s1", title="Port strike: *twelve* ships wait", articles=["a1", "b_2"], independent_sources=2,
                 time_span=("2024-05-06", "2024-05-06"), claims=groups, conflicts=[conflict], quotes=[quote],
                 agreed=[agreed], coverage=coverage)


def sample_report() -> Report:
    harbour, untitled = sample_articles()
    return Report(articles=[harbour, untitled], stories=[sample_story(harbour, untitled)],
                  errors=[ErrorRecord("/in/x`y.png", "binary file (PNG image) *x*")])
