"""Cleaning of plain text: page furniture, bylines, credit lines and appended unrelated headlines.

``clean_article(article)`` returns a new Article whose ``text`` is the cleaned body, ``original`` the text
before cleaning, and ``removed`` one ``Removal(text, reason, start, end)`` per removed line, with offsets into
``original``. Nothing else of the article changes, except metadata the removed lines name: a credit line
fills ``outlet``, a byline ``authors`` (and ``outlet``, recorded as read from the byline, when it names one after
the reporter: "By Mara Lind, Coastal Herald"), a leading headline ``title`` (each only where absent). Removals the
reader already recorded (an HTML page's blocks outside its article, see ``left_out``) stay first, without offsets.

Removal reasons (the whole vocabulary):

- ``share``: share bars and buttons ("Share this article", "Tweet", "Copy link").
- ``social``: social-network links and "follow us" prompts.
- ``newsletter``: newsletter and subscription prompts.
- ``comments``: comment counts and prompts ("Leave a comment", "Comments are closed").
- ``login``: login, registration and account prompts.
- ``related``: "related articles" lists and their entries; teaser headlines after the body on its topic.
- ``navigation``: menus, breadcrumbs, pager links and other short lines outside the article's prose.
- ``cookie``: cookie and consent notices.
- ``advertisement``: advertising labels ("Advertisement", "Story continues below").
- ``copyright``: copyright and rights notices.
- ``date``: a line holding only a publication or update date.
- ``byline``: "By Jane Doe" lines (names go to ``authors``, an outlet named after them to ``outlet``).
- ``credit``: credit lines ("Credited from: X" -> ``outlet``), photo credits, "Reporting by" notes.
- ``title``: the article's own headline at its head (goes to ``title``).
- ``unrelated-headline``: a headline after the body whose words and names are far from the article's topic.
- ``off-body``: prose outside the article's main block (teasers, captions, comments, footers).
"""
from ..model import Article, ErrorRecord
from .block import main_block
from .cleaner import clean_article, clean_articles, judge_lines
from .left_out import left_out_reasons
from .shapes import furniture_verdict

REASONS = frozenset({
    "share", "social", "newsletter", "comments", "login", "related", "navigation", "cookie", "advertisement",
    "copyright", "date", "byline", "credit", "title", "unrelated-headline", "off-body",
})



def emptied_by_cleaning(article: Article) -> ErrorRecord | None:
    """The error record of a cleaned article with no text left (every line was furniture: a file of numbers, a
    list of links), else None: such an article is no report, and is named as an input not read, not analysed."""
    if article.text.strip():
        return None
    where = article.path or article.id
    position = article.metadata.get("position") if article.metadata else None
    return ErrorRecord(f"{where}:{position}" if position else where, "no article text left after cleaning: "
                       f"every line was page furniture ({len(article.removed)} removed)", "empty")


__all__ = ["REASONS", "clean_article", "clean_articles", "emptied_by_cleaning", "furniture_verdict", "judge_lines",
           "left_out_reasons", "main_block"]
