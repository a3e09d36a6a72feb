"""Syndicated copies and near-duplicates: MinHash signatures of word shingles, indexed with LSH.

An article whose shingle set is estimated to overlap an earlier article's by at least ``threshold``
(Jaccard) is a copy of it. Copies stay visible in reports but count once as a source, so the match
always names the earliest indexed article of the family: a copy of a copy points at the original.

Signatures are plain bytes (the MinHash values) so a store can keep them and rebuild the index on open,
and a Dask worker can compute them far from the index (:func:`text_signature`).

An article the store keeps in several versions is indexed by each of its texts (:meth:`DuplicateIndex.add_version`):
a copy of the edited text and a copy of the text as first read are both copies of that one article.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

import numpy as np
from datasketch import MinHash, MinHashLSH

from ..errors import ConfigError

_WORD = re.compile(r"\w+", re.UNICODE)
_SCHEME = "affine32"  # datasketch 2 permutation scheme; values are uint32
_DTYPE = np.dtype("<u4")

TextKey = str | tuple[str, int]
"""What the LSH index holds a text under: an article's first text under its id, a later version under
(id, version)."""


@dataclass(frozen=True, slots=True)
class DuplicateSettings:
    """How copies are recognised. Signatures are only comparable between identical settings."""

    threshold: float = 0.7
    num_perm: int = 128
    shingle_size: int = 5
    seed: int = 13

    def __post_init__(self) -> None:
        if not 0.0 < self.threshold <= 1.0:
            raise ConfigError(f"duplicate threshold must be in (0, 1], got {self.threshold}")
        if self.num_perm < 16 or self.shingle_size < 1:
            raise ConfigError("num_perm must be >= 16 and shingle_size >= 1")


@dataclass(frozen=True, slots=True)
class DuplicateMatch:
    """``article`` is the earliest indexed article this one copies; ``similarity`` the estimated Jaccard."""

    article: str
    similarity: float


def shingles(text: str, size: int) -> set[bytes]:
    """Word n-grams of the case-folded, accent-normalised text (a text shorter than ``size`` is one shingle)."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    words = _WORD.findall(folded)
    if not words:
        return set()
    width = min(size, len(words))
    return {" ".join(words[i:i + width]).encode("utf-8") for i in range(len(words) - width + 1)}


def text_signature(text: str, settings: DuplicateSettings = DuplicateSettings()) -> bytes:
    """The MinHash signature of ``text`` as bytes; empty bytes for a text without words."""
    grams = shingles(text, settings.shingle_size)
    if not grams:
        return b""
    minhash = MinHash(num_perm=settings.num_perm, seed=settings.seed, scheme=_SCHEME)
    minhash.update_batch(sorted(grams))
    return minhash.hashvalues.astype(_DTYPE).tobytes()


class DuplicateIndex:
    """An LSH index of article signatures, answering "which earlier article does this one copy?"."""

    def __init__(self, settings: DuplicateSettings | None = None, *, threshold: float | None = None) -> None:
        base = settings or DuplicateSettings()
        if threshold is not None:
            base = DuplicateSettings(threshold, base.num_perm, base.shingle_size, base.seed)
        self.settings = base
        self._lsh = MinHashLSH(threshold=base.threshold, num_perm=base.num_perm)
        # one copy of the permutation parameters for every sketch: made per sketch, they cost 2 KB of
        # memory and a random generator's start for each article indexed
        self._permutations = MinHash(num_perm=base.num_perm, seed=base.seed, scheme=_SCHEME).permutations
        self._minhashes: dict[TextKey, MinHash] = {}
        self._versions: dict[str, list[tuple[str, int]]] = {}  # article id -> the keys of its later texts
        self._order: dict[str, int] = {}
        self._original_of: dict[str, str] = {}

    def __len__(self) -> int:
        """How many articles are indexed (an article indexed by several versions counts once)."""
        return len(self._order)

    def __contains__(self, article_id: object) -> bool:
        return article_id in self._order

    def signature(self, text: str) -> bytes:
        return text_signature(text, self.settings)

    def add(self, article_id: str, text: str) -> DuplicateMatch | None:
        """Index an article by its text; return what it copies, or None for an original."""
        return self.add_signature(article_id, self.signature(text))

    def add_signature(self, article_id: str, signature: bytes) -> DuplicateMatch | None:
        """Index a precomputed signature (from :meth:`signature`); the same as :meth:`add` otherwise.

        Re-adding an id already indexed changes nothing and returns its earlier answer, so rebuilding
        an index in stored order gives back the same matches.
        """
        if article_id in self._minhashes:
            return self._known_match(article_id)
        if not signature:
            return None
        minhash = self._minhash(signature)
        match = self._best_match(minhash, excluding=article_id)
        self._lsh.insert(article_id, minhash)
        self._minhashes[article_id] = minhash
        self._order.setdefault(article_id, len(self._order))  # kept if a later version came first
        if match is not None:
            self._original_of[article_id] = match.article
        return match

    def add_version(self, article_id: str, version: int, signature: bytes) -> bool:
        """Index a later version of an article's text: a copy of it is then a copy of that article, as a copy of
        the article's earlier text still is. Nothing is matched: the article stays the original or copy it was.

        Returns whether the text was indexed: not one without words, nor one the article has indexed already
        (a version that changed only the title).
        """
        key = (article_id, version)
        if not signature or key in self._minhashes:
            return False
        minhash = self._minhash(signature)
        if any(minhash == self._minhashes[known] for known in self._texts_of(article_id)):
            return False
        self._lsh.insert(key, minhash)
        self._minhashes[key] = minhash
        self._versions.setdefault(article_id, []).append(key)
        self._order.setdefault(article_id, len(self._order))  # an article whose first text had no words
        return True

    def query(self, text: str) -> DuplicateMatch | None:
        """What ``text`` would copy if it were added, without adding it."""
        signature = self.signature(text)
        return self._best_match(self._minhash(signature)) if signature else None

    def original_of(self, article_id: str) -> str:
        """The original an indexed article copies, or the article itself."""
        return self._original_of.get(article_id, article_id)

    def _known_match(self, article_id: str) -> DuplicateMatch | None:
        original = self._original_of.get(article_id)
        if original is None:
            return None
        return DuplicateMatch(original, self._closest(self._minhashes[article_id], original))

    def _texts_of(self, article_id: str) -> list[TextKey]:
        """The keys of every text indexed for the article: its first, then its later versions."""
        first: list[TextKey] = [article_id] if article_id in self._minhashes else []
        return first + self._versions.get(article_id, [])

    def _closest(self, minhash: MinHash, article_id: str) -> float:
        """The estimated Jaccard to the article: to the closest of its indexed texts."""
        return max(float(minhash.jaccard(self._minhashes[key])) for key in self._texts_of(article_id))

    def _original_of_text(self, key: TextKey) -> str:
        article_id = key[0] if isinstance(key, tuple) else key
        return self._original_of.get(article_id, article_id)

    def _minhash(self, signature: bytes) -> MinHash:
        values = np.frombuffer(signature, dtype=_DTYPE)
        if len(values) != self.settings.num_perm:
            raise ConfigError(
                f"signature has {len(values)} values but the index uses num_perm={self.settings.num_perm}"
            )
        return MinHash(num_perm=self.settings.num_perm, seed=self.settings.seed,
                       hashvalues=values.astype(np.uint32), permutations=self._permutations, scheme=_SCHEME)

    def _best_match(self, minhash: MinHash, excluding: str | None = None) -> DuplicateMatch | None:
        """The earliest original among candidates whose estimated Jaccard reaches the threshold.

        LSH only proposes candidates; the estimate is checked against the threshold so that the
        answer does not depend on banding accidents. A candidate that is itself a copy, or a later version
        of an article, stands for its original; the similarity reported is always the one to the article
        named (to the closest of its versions). An article never copies itself (``excluding``: its later
        version may be indexed before its first text when both arrive in one batch).
        """
        originals = {
            self._original_of_text(candidate)
            for candidate in self._lsh.query(minhash)
            if float(minhash.jaccard(self._minhashes[candidate])) >= self.settings.threshold
        }
        originals.discard(excluding)
        if not originals:
            return None
        earliest = min(originals, key=self._order.__getitem__)
        return DuplicateMatch(earliest, self._closest(minhash, earliest))
