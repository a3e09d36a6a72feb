"""The installed model files are the ones pinned in models.lock.json (both packages are re-uploads)."""
import hashlib
import json
import sysconfig
from importlib import resources
from pathlib import Path

import pytest

LOCK = json.loads(resources.files("newsprism").joinpath("data/models.lock.json").read_text(encoding="utf-8"))
PINNED = [(m["package"], rel, digest) for m in LOCK["models"] for rel, digest in m["files"].items()]


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


@pytest.mark.parametrize(("package", "relative", "expected"), PINNED)
def test_installed_model_file_matches_its_pinned_hash(package: str, relative: str, expected: str):
    path = Path(sysconfig.get_paths()["purelib"]) / relative
    assert path.is_file(), f"{package} is not installed where expected: {path}"
    assert sha256(path) == expected
