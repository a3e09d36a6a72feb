"""A small report whose articles hold text that Markdown would misread: every section of a story has content.

Three articles of a port strike: a1 and c3 count twelve ships, b_2 nine (a dispute the twelve's sentence is
stated under by two sources); a1 and b_2 state the talks in the same words; b_2 and c3 report the walk-out each
in its own words; the union's quote is worded two ways; a1 and c3 each report one claim alone, c3's on the word
of an unnamed source.
"""
from newsprism.model import (
    Agreement, Article, Attribution, Claim, ClaimGroup, Conflict, ErrorRecord, Evidence, Position, Quote, Removal,
    Report, Span, Story, StoryQuote,
)

TEXT_1 = ("Twelve ships waited outside the *main* port on Monday.\n"
          "# Not a heading\n"
          "The port authority said talks resume Friday.\n"
          'Dockers said, "We stay out until pay | hours are settled."')
TEXT_2 = ("Nine ships waited outside the port on Monday.\nThe port authority said talks resume Friday.\n"
          "Dockers walked out over pay on Friday.")
TEXT_3 = ("Twelve ships waited outside the *main* port on Monday.\n"
          "The strike began when dockers left the quays at the end of last week.\n"
          "A union leader said the strike would spread to Northport.\n"
          "“We stay out until pay and hours are settled,” the union said.")
SHIPS = TEXT_1.split("\n")[0]
TALKS = "The port authority said talks resume Friday."


def claim(article: Article, text: str, number: int, attribution: Attribution | None = None) -> Claim:
    start = article.text.index(text)
    return Claim(f"{article.id}:c{number}", article.id, Span(start, start + len(text)), text, attribution=attribution)


def evidence(article: Article, text: str) -> Evidence:
    start = article.text.index(text)
    return Evidence(article.id, start, start + len(text), text)


def quote(article: Article, text: str) -> Quote:
    start = article.text.index(text)
    return Quote(article.id, Span(start, start + len(text)), text, "Dock union")


def sample_articles() -> tuple[Article, Article, Article]:
    harbour = Article(id="a1", text=TEXT_1, title="Port strike | day 3", outlet="Harbour News",
                      authors=["Ana Ruiz", "Li Wei"], published="2024-05-06", url="https://harbour.example/strike_3",
                      path="/in/harbour.html", removed=[Removal("Share on X | Facebook", "share", 0, 21)])
    untitled = Article(id="b_2", text=TEXT_2, path="/in/0001_9f3a.txt")
    coast = Article(id="c3", text=TEXT_3, title="Ships wait", outlet="Coast Post")
    return harbour, untitled, coast


def sample_groups(harbour: Article, untitled: Article, coast: Article) -> list[ClaimGroup]:
    """One group of each status and kind of finding, its claims those of its side (see reconcile/status.py)."""
    ships = [claim(harbour, SHIPS, 1), claim(coast, SHIPS, 1)]
    talks = [claim(harbour, TALKS, 2), claim(untitled, TALKS, 2)]
    # the claim's span stops before the closing mark, as a sentence splitter may leave it
    dockers = [claim(harbour, 'Dockers said, "We stay out until pay | hours are settled.', 3)]
    walkout = [claim(untitled, "Dockers walked out over pay on Friday.", 3),
               claim(coast, "The strike began when dockers left the quays at the end of last week.", 2)]
    unnamed = Attribution("c3", Span(TEXT_3.index("A union"), TEXT_3.index(" the strike would")),
                          "A union leader said", ("a union leader",), False, False)
    spread = [claim(coast, "A union leader said the strike would spread to Northport.", 3, unnamed)]
    return [ClaimGroup("s1:g1", SHIPS, ships, "contested", 2, [evidence(a, SHIPS) for a in (harbour, coast)],
                       contradicting=[evidence(untitled, TEXT_2.split("\n")[0])]),
            ClaimGroup("s1:g2", TALKS, talks, "corroborated", 2, []),
            ClaimGroup("s1:g3", dockers[0].text, dockers, "single_source", 1, []),
            ClaimGroup("s1:g4", walkout[0].text, walkout, "corroborated", 2, []),
            ClaimGroup("s1:g5", spread[0].text, spread, "single_source", 1, [], vague_attribution=True)]


def sample_story(harbour: Article, untitled: Article, coast: Article) -> Story:
    conflict = Conflict("s1:x1", "quantity", "number of ships (wait)", [
        Position("12", ["a1", "c3"], [evidence(harbour, "Twelve ships waited outside the *main* port"),
                                      evidence(coast, "Twelve ships waited outside the *main* port")]),
        Position("9", ["b_2"], [evidence(untitled, "Nine ships waited outside the port")])],
        "Articles give incompatible figures: 12 (a1, c3) vs 9 (b_2).")
    quotes = [StoryQuote("s1:q1", "We stay out until pay | hours are settled.", None, "Dock union",
                         [quote(harbour, "We stay out until pay | hours are settled.")], ["s1:q2"]),
              StoryQuote("s1:q2", "We stay out until pay and hours are settled", None, "Dock union",
                         [quote(coast, "We stay out until pay and hours are settled")], ["s1:q1"])]
    agreed = Agreement("s1:p1", "port authority (talks)", "talks", "port authority", ["a1", "b_2"], 2,
                       [evidence(article, "The port authority said talks") for article in (harbour, untitled)])
    sources = ("Harbour News", "b_2", "Coast Post")
    coverage = {group: dict(zip(sources, cells)) for group, cells in {
        "s1:g1": ("reports", "contradicts", "reports"), "s1:g2": ("reports", "reports", "omits"),
        "s1:g3": ("reports", "omits", "omits"), "s1:g4": ("omits", "reports", "reports"),
        "s1:g5": ("omits", "omits", "reports")}.items()}
    return Story(id="s1", title="Port strike: *twelve* ships wait", articles=["a1", "b_2", "c3"],
                 independent_sources=3, time_span=("2024-05-06", "2024-05-06"),
                 claims=sample_groups(harbour, untitled, coast), conflicts=[conflict], quotes=quotes, agreed=[agreed],
                 coverage=coverage)


def sample_report() -> Report:
    harbour, untitled, coast = sample_articles()
    return Report(articles=[harbour, untitled, coast], stories=[sample_story(harbour, untitled, coast)],
                  errors=[ErrorRecord("/in/x`y.png", "binary file (PNG image) *x*")])
