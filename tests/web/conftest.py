"""A small store built once with the real ``newsprism ingest`` from short texts written for these tests,
and one web app over it shared by the session (so each story is analysed once)."""
from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsprism.cli import build_app

FIRE_A = ("Twelve workers were killed in a fire at the Lumen textile plant in Castelmar on Saturday, the regional "
          "fire service said. The fire started in a storage hall at 6 a.m., fire chief Ana Duroc said. "
          "\"The roof collapsed within minutes,\" Duroc said.\n"
          "Subscribe to our newsletter for more stories like this.")
FIRE_B = ("Nine workers were killed in a fire at the Lumen textile plant in Castelmar on Saturday, mayor Teodor "
          "Vass said. The fire started in a storage hall at 9 a.m., Vass said.")
FERRY = ("Ferry crews in Porto Lindo went on strike on Wednesday, cancelling all crossings to the islands. Union "
         "spokesman Marek Olsen said the strike would last three days unless the operator raised wages by 6 percent. "
         "The operator's statement read <script>alert(1)</script> and nothing more.")

RECORDS = [
    {"id": "f1", "title": "Fire at <Lumen> plant & warehouse", "outlet": "Harbor Daily", "published": "2024-03-02",
     "text": FIRE_A},
    {"id": "f2", "title": "Castelmar plant fire", "outlet": "Capital Wire", "published": "2024-03-03", "text": FIRE_B},
    {"id": "s1", "title": "Ferry workers strike in Porto Lindo", "outlet": "Harbor Daily", "published": "2024-04-10",
     "text": FERRY},
]


def write_feed(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(record) + "\n" for record in records), encoding="utf-8")
    return path


def ingest(feed: Path, db: Path) -> None:
    result = CliRunner().invoke(build_app(), ["ingest", str(feed), "--db", str(db), "--light", "--no-progress"])
    assert result.exit_code == 0, result.output


@pytest.fixture(scope="session")
def add_to_store(tmp_path_factory: pytest.TempPathFactory) -> Callable[[list[dict], Path], None]:
    """Ingest these records into the store at ``db`` (created if absent), light annotation."""
    folder = tmp_path_factory.mktemp("web-feeds")

    def add(records: list[dict], db: Path) -> None:
        ingest(write_feed(folder / f"{records[0]['id']}.jsonl", records), db)

    return add


@pytest.fixture(scope="session")
def web_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("web-store")
    db = folder / "news.db"
    ingest(write_feed(folder / "feed.jsonl", RECORDS), db)
    return db


@pytest.fixture(scope="session")
def web_app(web_store: Path, resources):
    from newsprism.web import create_app

    return create_app(web_store, resources)
