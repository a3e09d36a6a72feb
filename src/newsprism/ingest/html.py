"""HTML reader: one web page -> one Article (body, title, date, authors, outlet, canonical URL).

The body comes from trafilatura: its precision-oriented pass, unless that keeps less than half of the
default pass (then the default, itself completed by a recall-oriented pass when it finds too little prose).
On the article-extraction benchmark this cascade beats trafilatura's defaults (benchmarks/html_extraction.py). Metadata
that trafilatura normalises away is read from the page itself: the publication date keeps the
precision that was written (``2024-07`` stays a month, a timestamp keeps its minutes and offset), and
the URL is the page's canonical link or ``og:url``.

Everything else the page shows is recorded in ``removed``: each visible block that the body leaves out
(``page_blocks``), with the reason the cleaner's judgement gives it (``clean.left_out``: the headline and
date lines as ``title`` and ``date``, menus as ``navigation``, a share bar as ``share``...).

``fragment_to_text`` turns a small HTML fragment (a feed entry's content, a JSON field holding HTML)
into plain text with one blank line between paragraphs.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from html import unescape

import lxml.html
import trafilatura
from lxml import etree
from trafilatura.utils import load_html

from newsprism.clean.left_out import left_out_reasons
from newsprism.config import Options
from newsprism.errors import InputError
from newsprism.ingest.build import Harvest
from newsprism.ingest.dates import normalise_date, plausibly_published
from newsprism.ingest.decode import Decoded, damage_reason, decode, meta_charset
from newsprism.ingest.ids import content_id
from newsprism.ingest.json_values import loads
from newsprism.ingest.page_blocks import BLOCK_TAGS, INVISIBLE_TAGS, left_out, prose_chars, visible_blocks
from newsprism.model import Article, Removal

# A body shorter than this (in word characters) from the main pass triggers the recall pass.
SHORT_BODY_CHARS = 500
# Fewer words than this is a menu or a label, not an article.
MIN_BODY_WORDS = 5
# The precision pass is trusted while it keeps at least this share of the default body's characters.
PRECISE_MIN_SHARE = 0.5
# A page showing more prose than this many times Options.max_chars, and more than PROSE_REFUSAL_FLOOR characters,
# is refused before its article is extracted (see _refuse_far_too_long).
PROSE_REFUSAL_FACTOR = 3
PROSE_REFUSAL_FLOOR = 1_000_000

DATE_META_XPATH = (
    '//meta[@property="article:published_time" or @name="article:published_time"'
    ' or @itemprop="datePublished" or @name="pubdate" or @name="publishdate" or @name="date"'
    ' or @name="dc.date" or @name="DC.date.issued" or @name="sailthru.date" or @property="og:published_time"]'
    '/@content'
)
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]*>")
INVISIBLE = re.compile(r"<(script|style|template)\b.*?</\1\s*>", re.I | re.S)
SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")
BLANK_RUNS = re.compile(r"\n\s*\n\s*(?:\n\s*)*")
# libxml2 stops building the tree at this depth of nested elements, silently dropping what lies deeper;
# with its "huge" option the limit is HUGE_DEPTH. A page as deep as either limit is read again, or refused.
PARSER_DEPTH = 255
HUGE_DEPTH = 2048
# A start tag with more attributes than this is no markup a page needs (see _without_attribute_floods); only tags
# long enough to hold that many are looked at.
MAX_ATTRIBUTES = 256
_LONG_START_TAG = re.compile(r"<(?P<name>[A-Za-z][\w:-]*)\s[^<>]{%d,}>" % (4 * MAX_ATTRIBUTES))
REPLACED_BYTES = "replaced_bytes"  # metadata key: how many of the page's bytes were replaced with U+FFFD


@dataclass(frozen=True, slots=True)
class PageMetadata:
    """What a page says about itself, as far as we can read it."""

    title: str | None
    published: str | None
    authors: list[str]
    outlet: str | None
    url: str | None


def read_html(data: bytes | str, source: str, options: Options, url: str | None = None,
              charset: str | None = None) -> Article:
    """Read one HTML page into an Article; raise InputError with the reason when it holds no article.

    ``url`` is the page's address when it is known apart from the page (a WARC record's target URI): a date
    in it ("/2025/10/14/") is one of the page's own dates that trafilatura's date search reads. ``charset`` is
    the one an HTTP header declares for the page's bytes; else its ``<meta charset>`` is read (see ``decode``).
    The encoding read goes to ``metadata["encoding"]``, and the number of bytes that were not valid in it and
    were replaced with U+FFFD to ``metadata["replaced_bytes"]`` (see ``note_encoding_damage``).
    """
    decoded = _decoded(data, source, charset)
    tree = _parse(decoded.text, source)
    _refuse_far_too_long(tree, source, options.max_chars)
    document = trafilatura.bare_extraction(tree, url=url, with_metadata=True, include_comments=False)
    meta = _metadata(tree, document)
    body = _without_leading_title(extract_body(tree, document), meta.title)
    _refuse_short_body(body, source)
    return Article(
        id=content_id(body), text=body, title=meta.title, outlet=meta.outlet,
        url=meta.url, path=source, published=meta.published, authors=meta.authors, source_format="html",
        removed=left_out_removals(tree, body, meta.title), metadata=_encoding_metadata(decoded),
    )


def _refuse_far_too_long(tree: lxml.html.HtmlElement, source: str, max_chars: int) -> None:
    """Raise InputError (too large) when the page shows far more prose than an article may hold, before the
    extraction: its cascade of passes took 30 s on a 15 MB page whose article the reader then refused.

    The prose is measured on one walk of the tree (``page_blocks.prose_chars``: links, menus, footers and hidden
    text are not counted), and only far over the limit, ``PROSE_REFUSAL_FACTOR`` times it and at least
    ``PROSE_REFUSAL_FLOOR``: a big page whose scripts, menus and link lists dwarf a short article is still read,
    and so is a page near the limit, whose article is measured exactly once extracted (``reader.read_one``).
    """
    prose = prose_chars(_page_body(tree))
    if prose > max(PROSE_REFUSAL_FACTOR * max_chars, PROSE_REFUSAL_FLOOR):
        raise InputError(source, f"the HTML page shows {prose:,} characters of prose, far over the article limit of "
                         f"{max_chars:,}; refused before its article was extracted", "too_large")


def note_encoding_damage(harvest: Harvest, page: Article, where: str) -> None:
    """An ``encoding`` error record beside ``page`` when some of its bytes had to be replaced (as for text files)."""
    reason = damage_reason(page.metadata.get("encoding", ""), int(page.metadata.get(REPLACED_BYTES, 0)))
    if reason is not None:
        harvest.fail(where, reason, "encoding")


def _decoded(data: bytes | str, source: str, charset: str | None) -> Decoded:
    """The page's text: bytes decoded as the text reader decodes them, the declared charset being the HTTP
    header's, else the page's own ``<meta charset>``; text as it is (encoding "")."""
    if isinstance(data, str):
        return Decoded(data, "")
    return decode(data, source, charset or meta_charset(data))


def _encoding_metadata(decoded: Decoded) -> dict[str, str]:
    metadata = {"encoding": decoded.encoding} if decoded.encoding else {}
    return metadata | ({REPLACED_BYTES: str(decoded.replaced)} if decoded.replaced else {})


def left_out_removals(tree: lxml.html.HtmlElement, body: str, title: str | None) -> list[Removal]:
    """Every visible block of the page that ``body`` leaves out, with the reason it is not body text.

    The blocks never were in the body, so a removal has no offsets (``start`` and ``end`` are None).
    """
    blocks = visible_blocks(_page_body(tree))
    missing = left_out(blocks, body)
    reasons = left_out_reasons([block.text for block in blocks], missing, [block.hint for block in blocks], title)
    return [Removal(block.text, reason) for block, reason in zip(blocks, reasons) if reason is not None]


def _page_body(tree: lxml.html.HtmlElement) -> lxml.html.HtmlElement:
    """The page's ``<body>``, else the whole tree."""
    body = tree.find("body")
    return body if body is not None else tree


def extract_body(tree: lxml.html.HtmlElement, document: object | None = None) -> str:
    """The page's article body as plain text ('' when none).

    trafilatura's precision-oriented pass drops more furniture, but on some pages it loses most of the
    article: its result is kept only when it holds at least ``PRECISE_MIN_SHARE`` of the default body.
    """
    default = _default_body(tree, document)
    precise = _document_text(trafilatura.bare_extraction(tree, favor_precision=True, include_comments=False))
    return precise if len(precise) >= PRECISE_MIN_SHARE * len(default) else default


def _default_body(tree: lxml.html.HtmlElement, document: object | None) -> str:
    """trafilatura's default body, with a recall pass when it is short."""
    main = _document_text(document)
    if _word_chars(main) >= SHORT_BODY_CHARS:
        return main
    recall = _document_text(trafilatura.bare_extraction(tree, favor_recall=True, include_comments=False))
    return recall if _word_chars(recall) > _word_chars(main) else main


def _without_leading_title(body: str, title: str | None) -> str:
    """The body without a first line that repeats the headline (kept as ``title``, not as body text)."""
    first, _, rest = body.partition("\n")
    if title and _words(first) == _words(title):
        return rest.lstrip("\n")
    return body


def _refuse_short_body(body: str, source: str) -> None:
    """Raise InputError when the page yields fewer than ``MIN_BODY_WORDS`` words: a menu or a label, no article."""
    count = len(_words(body))
    if count < MIN_BODY_WORDS:
        amount = "no words" if count == 0 else f"only {count} word{'' if count == 1 else 's'}"
        raise InputError(source, f"no article body found in the HTML page ({amount} of text)", "no_content")


def _words(text: str) -> list[str]:
    return WORD.findall(text.casefold())


def fragment_to_text(html: str) -> str:
    """An HTML fragment as plain text: one blank line between blocks, ``<br>`` as a line break.

    A fragment nested deeper than the parser reads is read again with the huge-tree option, as a whole page
    is; one deeper than even that, or one that does not parse, keeps its text with the tags stripped.
    """
    if not html or not html.strip():
        return ""
    if "<" not in html:
        return _tidy(lxml.html.fromstring(f"<p>{html}</p>").text_content())
    root = _fragment_tree(html)
    if root is None:
        return _tidy(unescape(TAG.sub(" ", INVISIBLE.sub(" ", html))))
    pieces: list[str] = []
    _walk_fragment(root, pieces)
    return _tidy("".join(pieces))


def _fragment_tree(html: str) -> etree._Element | None:
    """The fragment's tree under a created ``<div>``; None when it does not parse or nests too deep to read whole.

    The created parent stands in for ``<html>``: a fragment's depth at the parser's limit is one less than a page's.
    """
    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
        if _depth(root) < PARSER_DEPTH - 1:
            return root
        root = lxml.html.fragment_fromstring(html, create_parent="div", parser=_huge_parser())
    except (etree.ParserError, ValueError):
        return None
    return root if _depth(root) < HUGE_DEPTH - 1 else None


def visible_lines(html: str) -> list[str]:
    """Every visible line of a whole page, one per block element, as a careless scraper would get it."""
    tree = load_html(html)
    if tree is None:
        return []
    pieces: list[str] = []
    _walk_fragment(_page_body(tree), pieces)
    return [line for line in _tidy("".join(pieces)).split("\n") if line]


def _walk_fragment(root: etree._Element, pieces: list[str]) -> None:
    """Append the visible text under ``root`` to ``pieces``, marking block edges with blank lines.

    Iterative (lxml's iterwalk), so that deeply nested markup cannot exhaust the stack.
    """
    walker = etree.iterwalk(root, events=("start", "end", "comment", "pi"))
    for event, element in walker:
        if event in ("comment", "pi"):
            pieces.append(element.tail or "")
            continue
        tag = element.tag if isinstance(element.tag, str) else ""
        hidden = not tag or tag in INVISIBLE_TAGS  # scripts, styles and other unseen elements
        if event == "start":
            if hidden:
                walker.skip_subtree()
                continue
            pieces.append(("\n\n" if tag in BLOCK_TAGS else "\n" if tag == "br" else "") + (element.text or ""))
        else:
            pieces.append("\n\n" if tag in BLOCK_TAGS and not hidden else "")
            if element is not root:
                pieces.append(element.tail or "")


def _tidy(text: str) -> str:
    """Collapse runs of spaces, strip each line, and keep at most one blank line between paragraphs."""
    lines = [SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return BLANK_RUNS.sub("\n\n", "\n".join(lines)).strip()


def _parse(text: str, source: str) -> lxml.html.HtmlElement:
    if not text or not text.strip():
        raise InputError(source, "the HTML page is empty", "empty")
    if "\x00" in text[:4096]:
        raise InputError(source, "binary content, not an HTML page", "binary")
    text = _without_attribute_floods(text)
    tree = load_html(text)
    if tree is None:
        raise InputError(source, "the HTML could not be parsed", "malformed")
    return tree if _depth(tree) < PARSER_DEPTH else _parse_deep(text, source)


def _without_attribute_floods(text: str) -> str:
    """The page with each start tag of more than ``MAX_ATTRIBUTES`` attributes reduced to its bare name: no page's
    markup needs them, and the parser checks each attribute against all the others before it (100,000 on one
    element kept a page unread for minutes)."""
    def bare(tag: re.Match[str]) -> str:
        return f"<{tag['name']}>" if tag.group().count("=") > MAX_ATTRIBUTES else tag.group()
    return _LONG_START_TAG.sub(bare, text)


def _parse_deep(text: str, source: str) -> lxml.html.HtmlElement:
    """Parse a page nested deeper than libxml2's default limit (trafilatura's parser stops there and
    the text below is lost without a word); refuse one deeper than even the huge limit, saying so."""
    try:
        tree = lxml.html.fromstring(text.encode("utf-8", "surrogatepass"), parser=_huge_parser())
    except (etree.ParserError, ValueError) as error:
        raise InputError(source, f"the HTML could not be parsed ({error})", "malformed") from error
    if _depth(tree) >= HUGE_DEPTH:
        raise InputError(source, f"the HTML nests elements {HUGE_DEPTH} or more deep, beyond what the parser "
                         "reads", "malformed")
    return tree


def _huge_parser() -> lxml.html.HTMLParser:
    """libxml2's HTML parser with its "huge" option: trees nested up to ``HUGE_DEPTH``. It is given text already
    decoded (as UTF-8 bytes): a ``<meta charset>`` in it must not make libxml2 decode it again."""
    return lxml.html.HTMLParser(huge_tree=True, collect_ids=False, default_doctype=False,
                                remove_comments=True, remove_pis=True, encoding="utf-8")


def _depth(root: etree._Element) -> int:
    """How deep the deepest element lies below ``root`` (1 for ``root`` alone); iterative, as deep trees are
    what it measures."""
    depth = deepest = 0
    for event, _ in etree.iterwalk(root, events=("start", "end")):
        depth += 1 if event == "start" else -1
        deepest = max(deepest, depth)
    return deepest


def _document_text(document: object | None) -> str:
    text = getattr(document, "text", None) if document is not None else None
    return _tidy(text) if text else ""


def _word_chars(text: str) -> int:
    return sum(map(str.isalnum, text))


def _metadata(tree: lxml.html.HtmlElement, document: object | None) -> PageMetadata:
    def attr(name: str) -> str | None:
        value = getattr(document, name, None) if document is not None else None
        return value.strip() if isinstance(value, str) and value.strip() else None

    return PageMetadata(
        title=attr("title"),
        published=_written_date(tree) or attr("date"),
        authors=[name.strip() for name in (attr("author") or "").split(";") if name.strip()],
        outlet=attr("sitename"),
        url=_canonical_url(tree) or attr("url"),
    )


def _canonical_url(tree: lxml.html.HtmlElement) -> str | None:
    for xpath in ('//link[@rel="canonical"]/@href', '//meta[@property="og:url"]/@content'):
        for value in tree.xpath(xpath):
            if value.strip().startswith(("http://", "https://")):
                return value.strip()
    return None


def _written_date(tree: lxml.html.HtmlElement) -> str | None:
    """The publication date from meta tags, JSON-LD or <time>, in ISO 8601 at the precision written.

    The first candidate that ``dates.normalise_date`` reads as a plausible publication date wins (the same
    normaliser as every other reader; a placeholder, "0001-01-01", gives way to the next candidate).
    """
    candidates = list(tree.xpath(DATE_META_XPATH)) + _json_ld_dates(tree) + list(tree.xpath("//time/@datetime"))
    for candidate in candidates:
        iso = normalise_date(str(candidate))
        if iso and plausibly_published(iso):
            return iso
    return None


def _json_ld_dates(tree: lxml.html.HtmlElement) -> list[str]:
    dates: list[str] = []
    for script in tree.xpath('//script[@type="application/ld+json"]/text()'):
        try:
            data = loads(script)
        except ValueError:
            continue  # broken JSON-LD is common; the other date sources still apply
        dates.extend(_find_key(data, "datePublished"))
    return dates


def _find_key(data: object, key: str) -> list[str]:
    if isinstance(data, dict):
        found = [data[key]] if isinstance(data.get(key), str) else []
        return found + [value for child in data.values() for value in _find_key(child, key)]
    if isinstance(data, list):
        return [value for child in data for value in _find_key(child, key)]
    return []
