"""``newsprism serve``: the read-only web app over a store (standard library server, loopback by default)."""
from __future__ import annotations

import ipaddress
import sys
from pathlib import Path
from typing import Annotated

import typer

from ..store import open_store
from .analyze import resources_of
from .errors import reports_errors
from .exit_codes import INTERRUPTED
from .help_format import PlainHelpCommand
from .params import named_file, whole_number


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def host_address(value: object) -> str:
    """A parser of ``--host``: an empty address, which the server would read as every interface, is refused."""
    host = str(value).strip()
    if not host:
        raise typer.BadParameter("an empty address: give one, e.g. 127.0.0.1 (this machine only) or 0.0.0.0 "
                                 "(every interface)")
    return host


@reports_errors
def serve_command(
    ctx: typer.Context,
    db: Annotated[Path, typer.Option("--db", parser=named_file, metavar="FILE", help="The store file to serve (one that 'ingest' "
                                     "built).")],
    host: Annotated[str, typer.Option("--host", parser=host_address, metavar="ADDRESS", help="Address to listen on. Other machines "
                                      "can reach any address but a loopback one.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", parser=whole_number(0, 65535), metavar="PORT",
                                      help="Port to listen on; 0 picks a free one.")] = 8000,
) -> None:
    """Serve a store read-only over HTTP, for reading its stories in a browser: / lists the stories,
    /stories/ID shows a story's report, /api/stories and /api/stories/ID give the same as JSON (the latter a
    newsprism.report/1 document). Reports are computed on first request and kept in memory. Stop with Ctrl-C.

    Exit codes: 2 usage error (or the address cannot be used); 4 no store at --db; 130 stopped by Ctrl-C.
    """
    from ..web import create_app, make_server
    from ..web.server import server_url

    with open_store(db, create=False):  # refuse a missing or unreadable store before listening
        pass
    server = make_server(create_app(db, resources_of(ctx)), host, port)
    if not is_loopback(host):
        print(f"newsprism: warning: listening on {host}: other machines can read this store", file=sys.stderr)
    print(f"newsprism: serving {db} at {server_url(server)} (Ctrl-C to stop)", file=sys.stderr)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        print("newsprism: stopped", file=sys.stderr)
        raise typer.Exit(INTERRUPTED) from None
    finally:
        server.server_close()


def register(app: typer.Typer) -> None:
    """Add ``serve`` to the main app."""
    app.command("serve", cls=PlainHelpCommand, short_help="Serve a store's stories read-only over HTTP.")(
        serve_command)
