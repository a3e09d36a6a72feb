"""One input to articles and error records: load, refuse what is not text, sniff, read, build.

Error kinds (``ErrorRecord.kind``), a small fixed vocabulary:
  missing      the path does not exist
  unreadable   it exists but cannot be opened or read (permissions, I/O error)
  empty        nothing to read: an empty file, whitespace only, an object or entry without body text
  binary       not text at all; the reason names what it is when known ("binary file (PNG image)")
  too_large    over ``Options.max_bytes``, refused without being read whole; or an article whose text is over
               ``Options.max_chars``, or an HTML page showing far more prose than that (refused before its
               article is extracted, see ``html.read_html``)
  encoding     text with bytes that are not valid in its encoding (read with U+FFFD replacements:
               the article is kept, and this record says how much was damaged); or bytes no encoding
               reads, which would be mostly U+FFFD (refused: nothing kept)
  malformed    a format's rules are broken (invalid JSON, a feed that is not well-formed, a damaged
               archive); whatever could be read is kept
  unsupported  a kind of input newsprism does not read (a directory given to read_input, a
               compressed file that is not a WARC archive, XML that is not a feed)
"""
from __future__ import annotations

from collections.abc import Callable
from typing import BinaryIO

from newsprism.config import Options
from newsprism.errors import InputError
from newsprism.model import ErrorRecord, ReadResult

from .build import Draft, Harvest, build_article
from .decode import Decoded, binary_kind, damage_reason, decode
from .feeds import read_feed
from .ids import IdRegistry, given_id, stored_location, stored_name_id
from .jsonl import read_json, read_json_lines
from .sniff import is_gzip, sniff
from .source import STDIN, load_bytes
from .text import read_markdown, read_plain_text
from .warc import read_warc

ERROR_KINDS = ("missing", "unreadable", "empty", "binary", "too_large", "encoding", "malformed", "unsupported")
_KIND_ALIASES = {"no_content": "empty", "too_big": "too_large"}
# Formats whose file is one article: for the store, the file names it. Feeds, JSON and archives hold many.
_ONE_ARTICLE_FORMATS = frozenset({"text", "markdown", "html"})


def read_one(path: str, options: Options, ids: IdRegistry, stdin: BinaryIO | None = None,
             for_store: bool = False) -> ReadResult:
    """Read one input; bad input becomes error records, never an exception.

    ``for_store``: an article without an id of its own gets the one the store knows it by (see ``ids``).
    """
    try:
        harvest = _harvest(path, options, stdin)
    except InputError as error:
        return ReadResult(errors=[ErrorRecord(input=readable(path), error=error.reason, kind=known_kind(error.kind))])
    if not harvest.drafts and not harvest.errors:  # "[]", {"articles": []}: named, not silently nothing
        harvest.fail(path, "holds no article", "empty")
    result = ReadResult(errors=[_known(record) for record in harvest.errors])
    path = readable(path)  # from here on the path is text for the report, the store and the ids
    location = stored_location(path) if for_store and path != STDIN else None
    for draft in harvest.drafts:
        draft.path = readable(draft.path) if draft.path else draft.path
        if for_store:
            _name_for_store(draft, location)
        article = build_article(draft, options)
        if not article.text:
            result.errors.append(ErrorRecord(_position(path, draft), "no article text left after reading", "empty"))
            continue
        if len(article.text) > options.max_chars:
            result.errors.append(ErrorRecord(_position(path, draft), f"article text is {len(article.text):,} "
                                             f"characters, over the limit of {options.max_chars:,}", "too_large"))
            continue
        article.id = ids.claim(article.id)
        result.articles.append(article)
    return result


def _name_for_store(draft: Draft, location: str | None) -> None:
    """Give a draft without an id of its own the id the store knows it by: its URL's, else, when it fills its
    file alone, the file's (``location``); a draft with neither keeps none, and its text will name it."""
    if given_id(draft.given_id) is not None:
        return
    url = " ".join((draft.url or "").split()) or None
    draft.given_id = stored_name_id(url, location if draft.source_format in _ONE_ARTICLE_FORMATS else None)


def known_kind(kind: str) -> str:
    """``kind`` mapped into ERROR_KINDS (other modules' synonyms, and anything unknown as malformed)."""
    kind = _KIND_ALIASES.get(kind, kind)
    return kind if kind in ERROR_KINDS else "malformed"


def _harvest(path: str, options: Options, stdin: BinaryIO | None) -> Harvest:
    data = load_bytes(path, options.max_bytes, stdin)
    source_format = sniff(data, path)
    if source_format != "warc":
        _refuse_binary(data, path)
    if source_format in _BYTE_READERS:
        return _BYTE_READERS[source_format](data, path, options)
    decoded = decode(data, path)
    if not decoded.text.strip():
        raise InputError(path, "file holds only whitespace", "empty")
    harvest = _TEXT_READERS[source_format](decoded.text, path, options)
    _note_encoding(harvest, decoded, path)
    return harvest


def _refuse_binary(data: bytes, path: str) -> None:
    kind = binary_kind(data)
    if kind is None:
        return
    if is_gzip(data):
        raise InputError(path, "gzip-compressed file that is not a WARC archive", "unsupported")
    raise InputError(path, f"binary file ({kind})", "binary")


def _read_html(data: bytes, path: str, options: Options) -> Harvest:
    from newsprism.ingest.html import note_encoding_damage, read_html  # the HTML stack loads only when needed

    page = read_html(data, path, options)
    harvest = Harvest(drafts=[Draft(
        text=page.text, source_format="html", path=path, title=page.title, outlet=page.outlet, url=page.url,
        published=page.published, authors=list(page.authors), metadata=dict(page.metadata),
        removed=list(page.removed),
    )])
    note_encoding_damage(harvest, page, path)
    return harvest


def _read_text(text: str, path: str, options: Options) -> Harvest:
    return Harvest(drafts=[read_plain_text(text, path)])


def _read_markdown(text: str, path: str, options: Options) -> Harvest:
    return Harvest(drafts=[read_markdown(text, path)])


_BYTE_READERS: dict[str, Callable[[bytes, str, Options], Harvest]] = {
    "html": _read_html, "feed": read_feed, "warc": read_warc,
}
_TEXT_READERS: dict[str, Callable[[str, str, Options], Harvest]] = {
    "text": _read_text, "markdown": _read_markdown, "json": read_json, "jsonl": read_json_lines,
}


def _note_encoding(harvest: Harvest, decoded: Decoded, path: str) -> None:
    for draft in harvest.drafts:
        draft.metadata["encoding"] = decoded.encoding
    damage = damage_reason(decoded.encoding, decoded.replaced)
    if damage is not None:
        harvest.fail(path, damage, "encoding")


def _known(record: ErrorRecord) -> ErrorRecord:
    return ErrorRecord(readable(record.input), record.error, known_kind(record.kind))


def readable(path: str) -> str:
    """A path as text: the bytes of a file name that are not UTF-8 (which Python keeps as lone surrogates, and
    which no report, store or hash can encode) shown as U+FFFD."""
    try:
        return path.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    except UnicodeEncodeError:
        return path.encode("utf-8", "replace").decode("utf-8")


def _position(path: str, draft: Draft) -> str:
    position = draft.metadata.get("position")
    return f"{path}:{position}" if position else path
