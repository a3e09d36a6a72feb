"""HTTP responses as plain values: status, headers and body bytes, built before anything is sent."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from http import HTTPStatus
from typing import Any

HTML = "text/html; charset=utf-8"
JSON = "application/json; charset=utf-8"

# Pages carry only inline CSS (the report renderer's <style>): no script, no remote resource may load.
SECURITY_HEADERS = (
    ("X-Content-Type-Options", "nosniff"),
    ("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'"),
    ("Referrer-Policy", "no-referrer"),
)


@dataclass(frozen=True, slots=True)
class Response:
    status: HTTPStatus
    content_type: str
    body: bytes
    extra_headers: tuple[tuple[str, str], ...] = field(default=())

    @property
    def status_line(self) -> str:
        return f"{self.status.value} {self.status.phrase}"

    def headers(self) -> list[tuple[str, str]]:
        """Content-Length is that of the full body, also for HEAD (which sends no body)."""
        return [("Content-Type", self.content_type), ("Content-Length", str(len(self.body))),
                *SECURITY_HEADERS, *self.extra_headers]


def html_response(page: str, status: HTTPStatus = HTTPStatus.OK,
                  extra_headers: tuple[tuple[str, str], ...] = ()) -> Response:
    return Response(status, HTML, page.encode("utf-8"), extra_headers)


def json_response(document: Any, status: HTTPStatus = HTTPStatus.OK,
                  extra_headers: tuple[tuple[str, str], ...] = ()) -> Response:
    text = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    return Response(status, JSON, text.encode("utf-8"), extra_headers)


def json_error(status: HTTPStatus, message: str, extra_headers: tuple[tuple[str, str], ...] = ()) -> Response:
    """``{"error": {"status": 404, "message": "..."}}``: the one shape of every API error."""
    return json_response({"error": {"status": status.value, "message": message}}, status, extra_headers)
