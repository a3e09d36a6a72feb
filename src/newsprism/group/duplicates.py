"""Syndicated copies and near-duplicates: MinHash signatures of word shingles, indexed with LSH.

An article whose shingle set is estimated to overlap an earlier article's by at least ``threshold``
(Jaccard) is a copy of it. Copies stay visible in reports but count once as a source, so the match
always names the earliest indexed article of the family: a copy of a copy points at the original.

Signatures are plain bytes (the MinHash values) so a store can keep them and rebuild the index on open,
and a Dask worker can compute them far from the index (:func:`text_signature`).
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
        self._minhashes: dict[str, MinHash] = {}
        self._order: dict[str, int] = {}
        self._original_of: dict[str, str] = {}

    def __len__(self) -> int:
        return len(self._minhashes)

    def __contains__(self, article_id: object) -> bool:
        return article_id in self._minhashes

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
        match = self._best_match(minhash)
        self._lsh.insert(article_id, minhash)
        self._minhashes[article_id] = minhash
        self._order[article_id] = len(self._order)
        if match is not None:
            self._original_of[article_id] = match.article
        return match

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
        return DuplicateMatch(original, self._similarity(article_id, original))

    def _similarity(self, first: str, second: str) -> float:
        return float(self._minhashes[first].jaccard(self._minhashes[second]))

    def _minhash(self, signature: bytes) -> MinHash:
        values = np.frombuffer(signature, dtype=_DTYPE)
        if len(values) != self.settings.num_perm:
            raise ConfigError(
                f"signature has {len(values)} values but the index uses num_perm={self.settings.num_perm}"
            )
        return MinHash(num_perm=self.settings.num_perm, seed=self.settings.seed,
                       hashvalues=values.astype(np.uint32), permutations=self._permutations, scheme=_SCHEME)

    def _best_match(self, minhash: MinHash) -> DuplicateMatch | None:
        """The earliest original among candidates whose estimated Jaccard reaches the threshold.

        LSH only proposes candidates; the estimate is checked against the threshold so that the
        answer does not depend on banding accidents. A candidate that is itself a copy stands for
        its original; the similarity reported is always the one to the article named.
        """
        originals = {
            self._original_of.get(candidate, candidate)
            for candidate in self._lsh.query(minhash)
            if float(minhash.jaccard(self._minhashes[candidate])) >= self.settings.threshold
        }
        if not originals:
            return None
        earliest = min(originals, key=self._order.__getitem__)
        return DuplicateMatch(earliest, float(minhash.jaccard(self._minhashes[earliest])))
