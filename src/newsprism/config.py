"""Options that shape a run. One immutable object, passed explicitly to the stages that need it."""
from __future__ import annotations

from dataclasses import dataclass, field

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
# A news article runs to tens of thousands of characters; a text of this many is a book or a dump, and the
# language model's parse of it (spaCy refuses more than 1,000,000 characters) took 3.6 GB and 80 s near that size.
DEFAULT_MAX_CHARS = 300_000


@dataclass(frozen=True, slots=True)
class Options:
    """Run options.

    ``max_bytes``: inputs larger than this are refused without being read whole.
    ``max_chars``: an article whose text, once read, is longer than this is refused (an error record, kind
    ``too_large``), the other articles of the input kept; an HTML page showing over three times this much prose
    (and over a million characters) is refused before its article is extracted, which would take long.
    ``field_map``: for JSON inputs, our field name -> the name used in the input (e.g. {"text": "body"}).
    ``default_outlet``: outlet to record when an input names none (and no agency in its dateline).
    """

    max_bytes: int = DEFAULT_MAX_BYTES
    max_chars: int = DEFAULT_MAX_CHARS
    field_map: dict[str, str] = field(default_factory=dict)
    default_outlet: str | None = None
    seed: int = 13
