"""The WSGI application: routes, methods and the mapping from library errors to HTTP statuses.

Routes (GET and HEAD only; anything else is 405, any other path 404):
``/`` the stories; ``/stories/<id>`` a story's report as HTML; ``/api/stories`` the stories as JSON (the list
``newsprism stories --format json`` prints); ``/api/stories/<id>`` the story's ``newsprism.report/1`` document.
"""
from __future__ import annotations

import os
import re
import sqlite3
import sys
import traceback
from collections.abc import Callable, Iterable
from http import HTTPStatus
from pathlib import Path
from typing import Any

from ..cli.store_commands import story_data
from ..config import Options
from ..errors import ModelUnavailable, NewsprismError, NotFound, StoreError
from ..render.json_report import report_to_dict
from ..resources import Resources
from ..store import StorySummary, damaged_store, open_store
from .pages import error_page, index_page, story_page
from .reports import ReportCache
from .responses import Response, html_response, json_error, json_response

StartResponse = Callable[..., Any]

ALLOWED_METHODS = ("GET", "HEAD")
STORY_PAGE = re.compile(r"/stories/([^/]+)")
STORY_API = re.compile(r"/api/stories/([^/]+)")


def request_path(environ: dict[str, Any]) -> str:
    """PATH_INFO as the text the client sent: WSGI hands over UTF-8 bytes decoded as Latin-1 (PEP 3333)."""
    raw = environ.get("PATH_INFO", "") or "/"
    return raw.encode("latin-1", errors="replace").decode("utf-8", errors="replace")


def wants_json(path: str) -> bool:
    return path == "/api" or path.startswith("/api/")


def error_response(status: HTTPStatus, message: str, path: str,
                   extra_headers: tuple[tuple[str, str], ...] = ()) -> Response:
    """The same error as JSON under /api/, as a page elsewhere."""
    if wants_json(path):
        return json_error(status, message, extra_headers)
    return html_response(error_page(f"{status.value} {status.phrase}", message), status, extra_headers)


def log_internal_error(path: str, exc: Exception) -> None:
    """One line on stderr, the whole traceback too when NEWSPRISM_DEBUG is set (as the CLI does)."""
    print(f"newsprism serve: internal error on {path}: {type(exc).__name__}: {exc}", file=sys.stderr)
    if os.environ.get("NEWSPRISM_DEBUG"):
        traceback.print_exception(exc, file=sys.stderr)


def status_for(exc: NewsprismError) -> HTTPStatus:
    if isinstance(exc, NotFound):
        return HTTPStatus.NOT_FOUND
    if isinstance(exc, (StoreError, ModelUnavailable)):
        return HTTPStatus.SERVICE_UNAVAILABLE
    return HTTPStatus.INTERNAL_SERVER_ERROR


class NewsprismWebApp:
    """A WSGI callable over one store. Holds its own report cache: nothing is kept at module level."""

    def __init__(self, store_path: Path, resources: Resources, options: Options | None = None) -> None:
        self.store_path = Path(store_path)
        self.reports = ReportCache(self.store_path, resources, options or Options())

    def __call__(self, environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        method = environ.get("REQUEST_METHOD", "GET").upper()
        path = request_path(environ)
        response = self.respond(method, path)
        start_response(response.status_line, response.headers())
        return [b"" if method == "HEAD" else response.body]

    def respond(self, method: str, path: str) -> Response:
        if method not in ALLOWED_METHODS:
            return error_response(HTTPStatus.METHOD_NOT_ALLOWED, f"{method} is not allowed: this app is read-only "
                                  "(GET and HEAD only)", path, (("Allow", ", ".join(ALLOWED_METHODS)),))
        try:
            return self.route(path)
        except NewsprismError as exc:
            return error_response(status_for(exc), str(exc), path)
        except sqlite3.DatabaseError as exc:  # a store damaged since it was opened: a table dropped, pages overwritten
            damaged = damaged_store(exc)
            return error_response(status_for(damaged), str(damaged), path)
        except Exception as exc:  # a bug: a 500 naming only its type to the client; the detail goes to the log
            log_internal_error(path, exc)
            return error_response(HTTPStatus.INTERNAL_SERVER_ERROR, f"internal error ({type(exc).__name__})", path)

    def route(self, path: str) -> Response:
        if path == "/":
            return html_response(index_page(self._stories(), self.store_path.name))
        if path == "/api/stories":
            return json_response([story_data(story) for story in self._stories()])
        if match := STORY_PAGE.fullmatch(path):
            return html_response(story_page(self.reports.report(match.group(1))))
        if match := STORY_API.fullmatch(path):
            return json_response(report_to_dict(self.reports.report(match.group(1))))
        return error_response(HTTPStatus.NOT_FOUND, f"nothing at {path}: see / for the stories", path)

    def _stories(self) -> list[StorySummary]:
        with open_store(self.store_path, create=False) as store:
            return store.stories()


def create_app(store_path: str | Path, resources: Resources, options: Options | None = None) -> NewsprismWebApp:
    """The WSGI app over the store at ``store_path``; reports use ``resources`` (models load once per process)."""
    return NewsprismWebApp(Path(store_path), resources, options)
