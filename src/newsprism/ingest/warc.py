"""WARC archives (plain or gzipped): each HTML response becomes an article.

The record's WARC-Target-URI is the article's URL. Its publication date is the one the page states,
found as for an HTML file (meta tags, JSON-LD, ``<time>``, then trafilatura's date search, which also
reads a date in the target URI). The capture date (WARC-Date) is when the crawler fetched the page, not
when it was published: it is kept apart, in ``metadata["warc_date"]``, and never stands in for
``published`` (a page that states no date has none, so that a story's time span does not read the crawl
day). Records that are not HTML pages (requests, metadata, images, redirects) are skipped and counted in
``Harvest.skipped`` (logged, not errors). A truncated or corrupt archive keeps every record read before
the damage and reports the damage as an error.
"""
from __future__ import annotations

import io
import logging
import zlib
from typing import Any

from newsprism.config import Options
from newsprism.errors import InputError

from .build import Draft, Harvest
from .decode import charset_parameter
from .sniff import is_gzip

_LOG = logging.getLogger(__name__)
_HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_warc(data: bytes, path: str, options: Options) -> Harvest:
    """The HTML pages archived in ``data``, read in archive order."""
    from warcio.archiveiterator import ArchiveIterator  # loaded only when an archive is read
    from warcio.exceptions import ArchiveLoadFailed

    harvest = Harvest()
    number = 0
    try:
        for number, record in enumerate(ArchiveIterator(io.BytesIO(data)), start=1):
            _read_record(harvest, record, f"{path}:record {number}", path, options)
    except (ArchiveLoadFailed, AttributeError, ValueError, EOFError, zlib.error) as error:
        # warcio raises AttributeError on a header block cut short; all of these mean a damaged archive.
        harvest.fail(path, f"WARC archive is damaged after {number} records: {error or type(error).__name__}",
                     "malformed")
    _check_gzip_complete(harvest, data, path, number)
    if not harvest.drafts and not harvest.errors:  # nothing read, nothing wrong said: say what was there
        harvest.fail(path, f"no archived HTML page among its {number} WARC record(s)", "empty")
    if harvest.skipped:
        _LOG.info("%s: skipped %s", path, dict(harvest.skipped))
    return harvest


def _read_record(harvest: Harvest, record: Any, where: str, path: str, options: Options) -> None:
    why_not = _not_an_article(record)
    if why_not is not None:
        harvest.skipped[why_not] += 1
        return
    payload = record.content_stream().read()
    if getattr(record.raw_stream, "limit", 0):
        harvest.fail(where, "WARC record is truncated (archive ends inside it)", "malformed")
        return
    uri = record.rec_headers.get_header("WARC-Target-URI")
    _add_page(harvest, payload, where, path, uri, record.rec_headers.get_header("WARC-Date"), options,
              _declared_charset(record))


def _not_an_article(record: Any) -> str | None:
    """Why a record is skipped ("request record", "image/png response"), or None for an HTML page."""
    if record.rec_type not in ("response", "resource"):
        return f"{record.rec_type} record"
    headers = record.http_headers
    content_type = (headers.get_header("Content-Type") if headers else
                    record.rec_headers.get_header("Content-Type")) or "unknown type"
    if headers is not None and not headers.get_statuscode().startswith("2"):
        return f"HTTP {headers.get_statuscode()} response"
    media_type = content_type.split(";")[0].strip().lower()
    return None if media_type in _HTML_TYPES else f"{media_type} {record.rec_type}"


def _declared_charset(record: Any) -> str | None:
    """The charset the record's HTTP Content-Type header declares for the page, if any."""
    headers = record.http_headers
    return charset_parameter(headers.get_header("Content-Type")) if headers is not None else None


def _add_page(harvest: Harvest, payload: bytes, where: str, path: str, uri: str | None, captured: str | None,
              options: Options, charset: str | None = None) -> None:
    from newsprism.ingest.html import note_encoding_damage, read_html  # the HTML stack loads only when a page is met

    try:
        page = read_html(payload, where, options, url=uri, charset=charset)
    except InputError as error:
        harvest.fail(where, f"{uri}: {error.reason}", error.kind)
        return
    metadata = {"position": where[len(path) + 1:], **({"warc_date": captured} if captured else {})}
    harvest.drafts.append(Draft(
        text=page.text, source_format="warc", path=path, title=page.title, outlet=page.outlet,
        url=uri or page.url, published=page.published, authors=list(page.authors), metadata=metadata,
        removed=list(page.removed),
    ))
    note_encoding_damage(harvest, page, where)


def _check_gzip_complete(harvest: Harvest, data: bytes, path: str, records: int) -> None:
    """A gzipped archive cut inside a member ends silently in warcio; find the cut here."""
    if not is_gzip(data) or any(error.kind == "malformed" for error in harvest.errors):
        return
    try:
        complete = _gzip_members_complete(data)
    except zlib.error as error:
        harvest.fail(path, f"gzipped WARC archive is corrupt after {records} records: {error}", "malformed")
        return
    if not complete:
        harvest.fail(path, f"gzipped WARC archive is truncated after {records} records", "malformed")


def _gzip_members_complete(data: bytes) -> bool:
    """Whether every gzip member in ``data`` ends properly (inflated in bounded chunks, output dropped)."""
    remaining = data
    while is_gzip(remaining):
        inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
        pending = remaining
        while pending and not inflater.eof:
            inflater.decompress(pending, 1 << 20)
            pending = inflater.unconsumed_tail
        if not inflater.eof:
            return False
        remaining = inflater.unused_data
    return True
