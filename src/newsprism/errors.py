"""Named exceptions of the library. The CLI turns each into a one-line message and an exit code."""
from __future__ import annotations


class NewsprismError(Exception):
    """Base of every error newsprism raises on purpose."""


class InputError(NewsprismError):
    """An input cannot be read: missing, unreadable, too large, not a format newsprism knows, malformed."""

    def __init__(self, source: str, reason: str, kind: str = "unreadable") -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason
        self.kind = kind


class InputTooLarge(InputError):
    def __init__(self, source: str, size: int, limit: int) -> None:
        super().__init__(source, f"file is {size:,} bytes, over the limit of {limit:,} bytes", "too_large")


class UndecodableText(InputError):
    """Bytes that are neither valid UTF-8 nor any encoding detection recognises: decoded with replacement
    characters they would be mostly U+FFFD, so nothing of them is kept."""

    def __init__(self, source: str, replaced: int, characters: int) -> None:
        super().__init__(source, f"not decodable as text: {replaced:,} of its {characters:,} characters are not "
                         "valid UTF-8 and no other encoding reads them; nothing was kept", "encoding")


class ConfigError(NewsprismError):
    """Options that do not fit together or cannot be used (a bad field mapping, an unknown engine)."""


class ModelUnavailable(NewsprismError):
    """A pinned model package is not installed; the message says which one to install."""


class ServiceUnavailable(NewsprismError):
    """A service newsprism was pointed at cannot be reached (the Dask scheduler of ``--scheduler``)."""


class StoreError(NewsprismError):
    """The embedded store cannot be opened, is newer than this version, or is inconsistent."""


class NotFound(NewsprismError):
    """A story or article id that the store does not hold."""


class OutputError(NewsprismError):
    """The report could not be written where it was asked, once made (a full disk, a file not writable). Raised by
    the command line, which writes the reports."""
