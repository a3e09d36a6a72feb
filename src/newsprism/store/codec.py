"""Turning articles and annotations into stored values (JSON, hashes) and back."""
from __future__ import annotations

import dataclasses
import hashlib
import json
import struct
from typing import Any

from ..errors import StoreError
from ..model import (
    Article, ArticleAnnotations, Attribution, Mention, Quantity, Quote, Referent, Removal, Span, TimeExpr,
)


def content_hash(article: Article) -> str:
    """Identity of a version: the text as read and its title. Same hash means the same version."""
    digest = hashlib.sha256()
    for part in (article.title or "", article.original or article.text):
        digest.update(part.encode("utf-8"))
        digest.update(b"\x00")
    return digest.hexdigest()


def dumps(value: Any) -> str:
    """Compact, key-sorted JSON so that equal values are stored as equal strings."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def story_state_columns(state: dict[str, Any]) -> tuple[str, bytes | None]:
    """A story state as stored: JSON for all but the centroid's weights, which go as packed doubles.

    Written as JSON numbers, the weights of a full centroid (hundreds of them, at 17 digits) made each
    state rewrite cost more than the article that caused it; packed they round-trip exactly, and the
    keys keep the centroid's own order.
    """
    if "centroid" not in state:
        return dumps(state), None
    centroid = state["centroid"]
    rest = {key: value for key, value in state.items() if key != "centroid"}
    return dumps({**rest, "centroid_keys": list(centroid)}), struct.pack(f"<{len(centroid)}d", *centroid.values())


def story_state_from_columns(text: str, weights: bytes | None) -> dict[str, Any]:
    """The state :func:`story_state_columns` stored (a state stored before weights were packed has none)."""
    state = json.loads(text)
    if weights is None:
        return state
    keys = state.pop("centroid_keys", [])
    if len(weights) != 8 * len(keys):
        raise StoreError(f"a story state names {len(keys)} centroid keys but holds {len(weights)} bytes of weights")
    values = struct.unpack(f"<{len(keys)}d", weights)
    return {**state, "centroid": dict(zip(keys, values))}


def removals_to_json(removals: list[Removal]) -> str:
    return dumps([dataclasses.asdict(removal) for removal in removals])


def removals_from_json(raw: str) -> list[Removal]:
    return [Removal(**item) for item in json.loads(raw)]


def annotations_to_data(annotations: ArticleAnnotations) -> dict[str, Any]:
    """JSON-ready form of one article's annotations (spans become [start, end] objects)."""
    return dataclasses.asdict(annotations)


def _span(data: dict[str, int] | None) -> Span | None:
    return None if data is None else Span(data["start"], data["end"])


def _with_spans(data: dict[str, Any], *names: str) -> dict[str, Any]:
    return {key: (_span(value) if key in names else value) for key, value in data.items()}


def annotations_from_data(data: dict[str, Any]) -> ArticleAnnotations:
    """Rebuild the dataclasses stored by :func:`annotations_to_data`."""
    attributions = [_with_spans(item, "span") for item in data.get("attributions", [])]
    return ArticleAnnotations(
        article=data["article"],
        sentences=[_span(item) for item in data.get("sentences", [])],
        mentions=[Mention(**_with_spans(item, "span")) for item in data.get("mentions", [])],
        quantities=[Quantity(**_with_spans(item, "span", "counted_span")) for item in data.get("quantities", [])],
        times=[TimeExpr(**_with_spans(item, "span")) for item in data.get("times", [])],
        quotes=[Quote(**_with_spans(item, "span", "speaker_span")) for item in data.get("quotes", [])],
        attributions=[Attribution(**{**item, "sources": tuple(item["sources"])}) for item in attributions],
        referents=[Referent(**_with_spans(item, "span", "antecedent")) for item in data.get("referents", [])],
    )


def article_row(article: Article) -> dict[str, Any]:
    """The stored columns of one article version (without ids, version and batch)."""
    return {
        "title": article.title, "outlet": article.outlet, "url": article.url, "path": article.path,
        "published": article.published, "authors": dumps(list(article.authors)),
        "dateline": article.dateline, "source_format": article.source_format, "text": article.text,
        "original": article.original if article.original is not None else article.text,
        "removals": removals_to_json(article.removed), "metadata": dumps(dict(article.metadata)),
    }


def article_from_row(article_id: str, row: Any) -> Article:
    """An Article from a stored version row (sqlite3.Row or mapping with the article_row columns)."""
    return Article(
        id=article_id, text=row["text"], title=row["title"], outlet=row["outlet"], url=row["url"],
        path=row["path"], published=row["published"], authors=json.loads(row["authors"]),
        dateline=row["dateline"], source_format=row["source_format"], original=row["original"],
        removed=removals_from_json(row["removals"]), metadata=json.loads(row["metadata"]),
    )
