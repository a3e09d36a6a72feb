"""How the Markdown and HTML report name an article and a source: one label each, the same wherever it stands.

An article is named by its outlet, when known, and its headline in quotation marks: its title, else its
opening words. A file name ("000_38a91e46903988af.txt") or an id tells a reader nothing, so they name only an
article with neither title nor text; the article's entry still lists its path and id.
"""
from __future__ import annotations

from ..model import Article, Report
from ..reconcile.status import outlet_of
from .text import balance_quotes, one_line, shorten

LABEL_CHARS = 80
HEADER_CHARS = 40  # a source as a column of the coverage table


def article_label(article: Article) -> str:
    """``Outlet, “Headline”``, or ``“Headline”`` when the outlet is not known."""
    headline = _quoted_headline(article, LABEL_CHARS)
    return f"{one_line(article.outlet)}, {headline}" if article.outlet else headline


def source_labels(articles: list[Article], limit: int = LABEL_CHARS) -> dict[str, str]:
    """Each source (``outlet_of``: the outlet, else the article id) -> its outlet, else its article's label;
    ``limit`` characters at most (``HEADER_CHARS`` for a table's header)."""
    labels: dict[str, str] = {}
    for article in articles:
        label = shorten(one_line(article.outlet), limit) if article.outlet else _quoted_headline(article, limit)
        labels.setdefault(outlet_of(article), label)
    return labels


def label_was_shortened(article: Article) -> bool:
    """Whether the label cuts the article's title (its entry then gives the title whole)."""
    return bool(article.title) and len(one_line(article.title)) > LABEL_CHARS


def _quoted_headline(article: Article, limit: int) -> str:
    headline = shorten(one_line(article.title or article.text), limit - 2)  # the marks count
    return f"“{balance_quotes(headline)}”" if headline else article.label()


def story_titles(report: Report) -> dict[str, str]:
    """Every story the report names -> its title: the stories it holds, and the related stories it names without
    holding them (a store's report of one story carries their titles: ``Story.related_titles``)."""
    titles = {other: title for story in report.stories for other, title in story.related_titles.items()}
    titles.update((story.id, story.title) for story in report.stories)
    return titles
