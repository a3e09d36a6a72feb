from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks._shared import shared_dir

REPO_ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def shared() -> Path:
    """../shared (or $NEWSPRISM_SHARED); tests that need it skip, saying why, where it is absent."""
    path = shared_dir()
    if path is None:
        pytest.skip("shared datasets not found: set NEWSPRISM_SHARED to the shared/ folder (default ../shared)")
    return path


@pytest.fixture(scope="session")
def belarus_dir(shared: Path) -> Path:
    return shared / "corpora" / "belarus-2025"


@pytest.fixture(scope="session")
def examples_dir() -> Path:
    return REPO_ROOT / "examples" / "kosagash-2025"


@pytest.fixture(scope="session")
def resources():
    """One set of loaded models for the whole test session."""
    from newsprism.resources import Resources

    return Resources()
