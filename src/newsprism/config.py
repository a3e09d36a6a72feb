"""Options that shape a run. One immutable object, passed explicitly to the stages that need it."""
from __future__ import annotations

from dataclasses import dataclass, field

DEFAULT_MAX_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Options:
    """Run options.

    ``max_bytes``: inputs larger than this are refused without being read whole.
    ``field_map``: for JSON inputs, our field name -> the name used in the input (e.g. {"text": "body"}).
    ``default_outlet``: outlet to record when an input names none (and no agency in its dateline).
    """

    max_bytes: int = DEFAULT_MAX_BYTES
    field_map: dict[str, str] = field(default_factory=dict)
    default_outlet: str | None = None
    seed: int = 13
