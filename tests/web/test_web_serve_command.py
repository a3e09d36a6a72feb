"""``newsprism serve``: its help, its refusals, and the real server answering over a loopback socket."""
from __future__ import annotations

import json
import socket
import threading
import urllib.error
import urllib.request
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from newsprism.cli import build_app
from newsprism.cli.serve_command import is_loopback, register
from newsprism.errors import ConfigError
from newsprism.store import open_store
from newsprism.web import make_server
from newsprism.web.server import server_url


def cli_app() -> typer.Typer:
    """The real app, with ``serve`` added here until the CLI registers it itself."""
    app = build_app()
    if not any(command.name == "serve" for command in app.registered_commands):
        register(app)
    return app


def test_help_names_the_options_and_defaults() -> None:
    result = CliRunner().invoke(cli_app(), ["serve", "--help"])
    assert result.exit_code == 0
    assert "--db FILE" in result.stdout and "[default: 127.0.0.1]" in result.stdout
    assert "--port PORT     Port to listen on; 0 picks a free one.  [default: 8000]" in result.stdout


def test_a_port_out_of_range_is_a_usage_error_in_our_words() -> None:
    result = CliRunner().invoke(cli_app(), ["serve", "--db", "x.db", "--port", "70000"])
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1] == "Error: Invalid value for '--port': must be from 0 to 65535, not 70000"


def test_a_missing_store_is_refused_in_one_line_with_exit_4(tmp_path: Path) -> None:
    db = tmp_path / "none.db"
    result = CliRunner().invoke(cli_app(), ["serve", "--db", str(db), "--port", "0"])
    assert result.exit_code == 4 and not db.exists()
    assert result.stderr == f"newsprism: error: {db}: no store there (run `newsprism ingest ... --db {db}` first)\n"


def test_a_port_in_use_is_a_usage_error(web_store: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = CliRunner().invoke(cli_app(), ["serve", "--db", str(web_store), "--port", str(port)])
        with pytest.raises(ConfigError, match=f"cannot listen on 127.0.0.1:{port}: Address already in use"):
            make_server(lambda environ, start: [], "127.0.0.1", port)
    assert result.exit_code == 2
    assert result.stderr == f"newsprism: error: cannot listen on 127.0.0.1:{port}: Address already in use\n"


@pytest.mark.parametrize("host, expected", [
    ("127.0.0.1", True), ("127.5.0.1", True), ("::1", True), ("localhost", True),
    ("0.0.0.0", False), ("192.168.1.4", False), ("example.org", False),
])
def test_loopback_hosts(host: str, expected: bool) -> None:
    assert is_loopback(host) is expected


def test_the_real_server_answers_on_loopback(web_app, web_store: Path) -> None:
    server = make_server(web_app, "127.0.0.1", 0)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        base = server_url(server)
        assert base == f"http://127.0.0.1:{server.server_port}/" and server.server_port != 0
        with urllib.request.urlopen(base, timeout=60) as response:
            index = response.read().decode("utf-8")
            assert response.status == 200 and response.headers["Content-Type"] == "text/html; charset=utf-8"
        with open_store(web_store, create=False) as store:
            ferry = store.stories()[1]
        assert f'<a href="/stories/{ferry.id}">Ferry workers strike in Porto Lindo</a>' in index
        with urllib.request.urlopen(f"{base}stories/{ferry.id}", timeout=60) as response:
            page = response.read().decode("utf-8")
        assert response.status == 200 and "<h2>Story: Ferry workers strike in Porto Lindo</h2>" in page
        assert "<script>" not in page and "read &lt;script&gt;alert(1)&lt;/script&gt; and nothing more." in page
        with pytest.raises(urllib.error.HTTPError) as missing:
            urllib.request.urlopen(f"{base}api/stories/nope", timeout=60)
        assert missing.value.code == 404 and json.loads(missing.value.read())["error"]["status"] == 404
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)
    assert not thread.is_alive()
