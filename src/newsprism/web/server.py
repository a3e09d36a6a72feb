"""Serving the app with :mod:`wsgiref` (standard library only): one request at a time, which also keeps the
models single-threaded. Loopback by default; binding failures become a ConfigError with the reason."""
from __future__ import annotations

import socket
import sys
from typing import Any
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer
from wsgiref.simple_server import make_server as wsgiref_server

from ..errors import ConfigError

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000


class IPv6WSGIServer(WSGIServer):
    """wsgiref's server listens on IPv4 only; this one takes an IPv6 address such as ``::1``."""

    address_family = socket.AF_INET6


class QuietRequestHandler(WSGIRequestHandler):
    """One short line per request on stderr, without wsgiref's reverse DNS lookups."""

    def address_string(self) -> str:
        return str(self.client_address[0])

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the name BaseHTTPRequestHandler uses
        print(f"newsprism serve: {self.address_string()} {format % args}", file=sys.stderr)


def make_server(app: Any, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT,
                handler: type[WSGIRequestHandler] = QuietRequestHandler) -> WSGIServer:
    """A bound server (port 0 picks a free one: read it back from ``server.server_port``). Raises ConfigError."""
    server_class = IPv6WSGIServer if ":" in host else WSGIServer
    try:
        return wsgiref_server(host, port, app, server_class=server_class, handler_class=handler)
    except OSError as exc:
        raise ConfigError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None


def server_url(server: WSGIServer) -> str:
    host = server.server_address[0]
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{server.server_port}/"
