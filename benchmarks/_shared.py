"""Where the shared datasets are: one setting, NEWSPRISM_SHARED, defaulting to ../shared beside the checkout."""
from __future__ import annotations

import json
import os
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
GATES_FILE = Path(__file__).resolve().parent / "quality_gates.json"


def shared_dir() -> Path | None:
    """The shared folder, or None when it is absent (a user's clone has no ../shared)."""
    path = Path(os.environ.get("NEWSPRISM_SHARED", REPO_ROOT.parent / "shared"))
    return path if path.is_dir() else None


def quality_floors(area: str) -> dict[str, float]:
    """The floors of one area of the quality-gate file."""
    return json.loads(GATES_FILE.read_text(encoding="utf-8"))[area]
