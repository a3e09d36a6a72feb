"""Teasers of other stories after the body go; the article's own headed sections that stray from its core stay."""
from __future__ import annotations

from newsprism.clean import clean_article
from newsprism.model import Article

CORE = (
    "Lena Marsh has run the Kestrel Bay lifeboat station for twelve years, and this winter she hands the station"
    " to her deputy.\n"
    "Under Marsh the lifeboat crew grew from nine volunteers to twenty-six, and the station answered more than"
    " four hundred calls.\n"
    "She says the station's volunteers, not its boat, kept the bay safe, and that the new crew will keep the"
    " lifeboat launching in any weather.\n"
)

INTERVIEW = CORE + """\
Q: Best lifeboat memory?
A: Mostly the early mornings, the gulls on the slipway and coffee before dawn.
Q: Hardest lifeboat rescue?
A: A yacht on the rocks at midnight, three sailors and a broken mast.
"""

TEASERS = CORE + """\
Council approves new cycle lanes
The plan adds six kilometres of painted paths to the town centre by spring.
Bakery wins regional bread prize
Judges praised its rye loaf and a seeded roll baked with local honey.
"""


def _removed(text: str) -> list[tuple[str, str]]:
    return [(removal.reason, removal.text) for removal in clean_article(Article(id="t", text=text)).removed]


def test_questions_on_the_topic_keep_their_straying_answers() -> None:
    assert _removed(INTERVIEW) == []


def test_headlines_and_paragraphs_of_other_stories_go() -> None:
    assert _removed(TEASERS) == [
        ("unrelated-headline", "Council approves new cycle lanes"),
        ("off-body", "The plan adds six kilometres of painted paths to the town centre by spring."),
        ("unrelated-headline", "Bakery wins regional bread prize"),
        ("off-body", "Judges praised its rye loaf and a seeded roll baked with local honey."),
    ]
