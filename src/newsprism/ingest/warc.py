"""WARC archives (plain or gzipped): each HTML response becomes an article.

The record's WARC-Target-URI is the article's URL. Its publication date is the one the page states,
found as for an HTML file (meta tags, JSON-LD, ``<time>``, then trafilatura's date search, which also
reads a date in the target URI). The capture date (WARC-Date) is when the crawler fetched the page, not
when it was published: it is kept apart, in ``metadata["warc_date"]``, and never stands in for
``published`` (a page that states no date has none, so that a story's time span does not read the crawl
day). Records that are not HTML pages (requests, metadata, images, redirects) are skipped and counted in
``Harvest.skipped`` (logged, not errors). A truncated or corrupt archive keeps every record read before
the damage and reports the damage as an error, in one line of plain words. warcio writes its own warnings
straight to sys.stderr; they are not let through, nor is sys.stderr swapped (which would swallow what other
threads write meanwhile): the readers of one archive are made to note them instead (``_quiet_records``), and
they are folded into that record. A page whose compressed content (an HTTP Content-Encoding) breaks off is
kept as far as it inflates, with an error record of its own.

Size: a page's payload is read up to ``Options.max_bytes`` (one more byte means it is too large), and the
records of one archive may expand in all to ``_EXPANSION`` times that limit: a small gzipped archive can hold
a gigabyte of spaces, and a record is only skipped by inflating it. A record that would pass that budget
stops the reading there, reported as too large.
"""
from __future__ import annotations

import io
import logging
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from newsprism.config import Options
from newsprism.errors import InputError

from .build import Draft, Harvest
from .decode import charset_parameter
from .sniff import is_gzip

_LOG = logging.getLogger(__name__)
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_EXPANSION = 20  # an archive's records may expand in all to this many times Options.max_bytes
_DRAIN_CHUNK = 1 << 16


@dataclass
class _Warnings:
    """What warcio would have written on sys.stderr while reading one archive, noted instead."""

    archive: Any = None  # warcio's ArchiveIterator: it counts the records not followed by their blank lines
    inflation: list[str] = field(default_factory=list)  # zlib's words for each gzip member it could not inflate

    @property
    def mismatched(self) -> int:
        """How many records do not end where their stated length (Content-Length) says."""
        return self.archive.err_count if self.archive is not None else 0


def read_warc(data: bytes, path: str, options: Options) -> Harvest:
    """The HTML pages archived in ``data``, read in archive order."""
    harvest = Harvest()
    if not _begins_as_warc(data):
        harvest.fail(path, _not_warc_reason(data), "unsupported")
        return harvest
    warnings = _Warnings()
    number, finished = _read_records(harvest, data, path, options, warnings)
    _note_warnings(harvest, warnings, path)
    if finished:
        _check_gzip_complete(harvest, data, path, number, options.max_bytes * _EXPANSION)
    if not harvest.drafts and not harvest.errors:  # nothing read, nothing wrong said: say what was there
        harvest.fail(path, f"no archived HTML page among its {_records(number)}", "empty")
    if harvest.skipped:
        _LOG.info("%s: skipped %s", path, dict(harvest.skipped))
    return harvest


def _read_records(harvest: Harvest, data: bytes, path: str, options: Options, warnings: _Warnings
                  ) -> tuple[int, bool]:
    """Read every record within the archive's budget: the number of records met, and whether reading reached
    the archive's end (not stopped by the budget or by damage)."""
    from warcio.exceptions import ArchiveLoadFailed  # loaded only when an archive is read

    budget = options.max_bytes * _EXPANSION
    number = 0
    try:
        for number, record in enumerate(_quiet_records(data, warnings), start=1):
            budget -= _stated_length(record)
            if budget < 0:
                harvest.fail(f"{path}:record {number}", _over_budget_reason(record, options), "too_large")
                return number, False
            _read_record(harvest, record, f"{path}:record {number}", path, options)
    except (ArchiveLoadFailed, AttributeError, ValueError, EOFError, zlib.error) as error:
        harvest.fail(path, _damage_reason(error, number), "malformed")
        return number, False
    return number, True


def _quiet_records(data: bytes, warnings: _Warnings) -> Iterator[Any]:
    """warcio's records of ``data``, its stderr warnings noted in ``warnings`` instead of written.

    warcio writes two: a record not followed by its blank lines (a wrong Content-Length), through the template
    ``INC_RECORD``, and counted (the template is emptied on this one iterator: the write then shows nothing);
    and a gzip member that breaks off (see ``_quietly_inflating``).
    """
    from warcio.archiveiterator import ArchiveIterator

    warnings.archive = ArchiveIterator(io.BytesIO(data))
    warnings.archive.INC_RECORD = ""
    _quietly_inflating(warnings.archive.reader, warnings.inflation)
    return warnings.archive


def _quietly_inflating(reader: Any, failures: list[str]) -> Any:
    """``reader``, a warcio BufferedReader, noting in ``failures`` each inflation that fails after its first block,
    where warcio writes the error on sys.stderr and reads on with nothing (``BufferedReader._decompress``, replaced
    on this one reader). A first block that does not inflate means data not compressed: warcio says nothing."""
    from warcio.bufferedreaders import BufferedReader

    if not isinstance(reader, BufferedReader):
        return reader  # a record's plain stream: nothing to inflate
    inflate = reader._decompress

    def quietly(data: bytes) -> bytes:
        if not (reader.decompressor and data) or reader.num_block_read == 0:
            return inflate(data)
        try:
            return reader.decompressor.decompress(data)
        except Exception as error:  # what warcio catches: zlib's error, or brotli's
            failures.append(str(error))
            return b""

    reader._decompress = quietly
    return reader


def _read_record(harvest: Harvest, record: Any, where: str, path: str, options: Options) -> None:
    why_not = _not_an_article(record)
    failures: list[str] = []
    payload = b"" if why_not else _quietly_inflating(record.content_stream(), failures).read(options.max_bytes + 1)
    _drain(record.raw_stream)  # to its end, so that a record cut short is told apart from one read whole
    if failures:
        harvest.fail(where, "archived page's compressed content (Content-Encoding) is corrupt: it is read as far "
                     "as it could be inflated", "malformed")
    if getattr(record.raw_stream, "limit", 0):
        harvest.fail(where, "WARC record is truncated (archive ends inside it)", "malformed")
    elif why_not is not None:
        harvest.skipped[why_not] += 1
    elif len(payload) > options.max_bytes:
        harvest.fail(where, f"archived page is over the limit of {options.max_bytes:,} bytes", "too_large")
    else:
        uri = record.rec_headers.get_header("WARC-Target-URI")
        _add_page(harvest, payload, where, path, uri, record.rec_headers.get_header("WARC-Date"), options,
                  _declared_charset(record))


def _drain(stream: Any) -> None:
    """Read ``stream`` to its end in bounded chunks, dropping what is read."""
    while stream.read(_DRAIN_CHUNK):
        pass


def _stated_length(record: Any) -> int:
    """The record's length as its header states it (what reading or skipping it will inflate)."""
    try:
        return max(int(record.rec_headers.get_header("Content-Length") or 0), 0)
    except ValueError:
        return 0


def _over_budget_reason(record: Any, options: Options) -> str:
    return (f"WARC record of {_stated_length(record):,} bytes takes the archive past {_EXPANSION} times the limit "
            f"of {options.max_bytes:,} bytes; the archive is not read from here on")


def _not_an_article(record: Any) -> str | None:
    """Why a record is skipped ("request record", "image/png response"), or None for an HTML page."""
    if record.rec_type not in ("response", "resource"):
        return f"{record.rec_type} record"
    headers = record.http_headers
    content_type = (headers.get_header("Content-Type") if headers else
                    record.rec_headers.get_header("Content-Type")) or "unknown type"
    status = (headers.get_statuscode() or "") if headers is not None else "200"
    if not status.startswith("2"):
        return f"HTTP {status or 'unknown status'} response"
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


def _check_gzip_complete(harvest: Harvest, data: bytes, path: str, records: int, budget: int) -> None:
    """A gzipped archive cut inside a member ends silently in warcio; find the cut here."""
    if not is_gzip(data) or any(error.kind == "malformed" for error in harvest.errors):
        return
    try:
        complete = _gzip_members_complete(data, budget)
    except zlib.error:
        harvest.fail(path, f"gzipped WARC archive is corrupt {_after(records)}", "malformed")
        return
    if not complete:
        harvest.fail(path, f"gzipped WARC archive is truncated {_after(records)}", "malformed")


def _gzip_members_complete(data: bytes, budget: int) -> bool:
    """Whether every gzip member in ``data`` ends properly (inflated in bounded chunks, output dropped); past
    ``budget`` inflated bytes the rest is not checked (and is taken as complete)."""
    remaining = data
    while is_gzip(remaining) and budget >= 0:
        inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
        pending = remaining
        while pending and not inflater.eof and budget >= 0:
            budget -= len(inflater.decompress(pending, 1 << 20))
            pending = inflater.unconsumed_tail
        if not inflater.eof and budget >= 0:
            return False
        remaining = inflater.unused_data
    return True


def _begins_as_warc(data: bytes) -> bool:
    """Whether ``data`` (inflated, when gzipped) starts with a WARC record; a gzip that cannot even start to
    inflate is left to the archive reader, which reports it as damaged."""
    if not is_gzip(data):
        return data.lstrip(b"\r\n").startswith(b"WARC/")
    try:
        head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(data[:4096], 64)
    except zlib.error:
        return True
    return not head or head.lstrip(b"\r\n").startswith(b"WARC/")


def _not_warc_reason(data: bytes) -> str:
    if is_gzip(data):
        return "gzip-compressed file that is not a WARC archive"
    return "not a WARC archive (it does not begin with a WARC record)"


def _damage_reason(error: Exception, records: int) -> str:
    """One line of plain words for what warcio (or zlib) raised, without its internals."""
    if isinstance(error, AttributeError):  # warcio's way of meeting a header block cut short
        return f"WARC archive is cut short or damaged {_after(records)}: a record header is incomplete"
    if isinstance(error, (zlib.error, EOFError)):
        return f"gzipped WARC archive is corrupt {_after(records)}"
    if "non-chunked gzip" in str(error):
        return ("gzipped WARC archive was compressed as one block, not record by record, and cannot be read "
                "(recompress it record by record, e.g. with 'warcio recompress')")
    return f"WARC archive is damaged {_after(records)}: what follows is not a WARC record"


def _note_warnings(harvest: Harvest, warnings: _Warnings, path: str) -> None:
    """warcio's warnings, as one error record (unless the damage behind them is reported already)."""
    if any(error.input == path for error in harvest.errors):
        return
    if warnings.mismatched:
        ends = "does not end" if warnings.mismatched == 1 else "do not end"
        harvest.fail(path, f"WARC archive is damaged: {_records(warnings.mismatched, 'record')} {ends} where its "
                     "stated length (Content-Length) says; the records around it may be misread", "malformed")
    elif warnings.inflation:
        harvest.fail(path, "gzipped WARC archive is corrupt: part of it could not be inflated", "malformed")


def _after(records: int) -> str:
    return f"after record {records}" if records else "at its start"


def _records(count: int, noun: str = "WARC record") -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"
