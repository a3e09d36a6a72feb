"""Line precision and recall of the plain-text cleaner on real pages scraped carelessly.

Data: the 181 pages of ``datasets/article-extraction`` (html/*.html.gz, ground-truth.json).

Each page becomes plain text as a careless scraper would produce it: every visible line of the page body,
one per block element, scripts and styles dropped (``newsprism.ingest.html.visible_lines``), joined with
newlines. Each line is labelled against the true ``articleBody`` after normalisation (lowercase ``\\w+``
tokens joined by one space): a line of five tokens or more is *body* when it occurs in the normalised body;
a shorter line is *body* only when it equals a whole normalised paragraph of the body (so that a menu entry
"Politics" is not counted as body because the word occurs in it). Every other line is *boilerplate*.
Lines without any ``\\w`` character are not scored.

The cleaner runs on the whole text; a line counts as removed when a Removal covers it. Over all scored
lines of all pages (micro-average):

- ``removal_precision`` = removed boilerplate / removed lines; ``removal_recall`` = removed boilerplate /
  boilerplate lines (the cleaner's removals);
- ``body_precision`` = kept body / kept lines; ``body_recall`` = kept body / body lines (the kept text).

Pages are split by the order of their ids into two halves, ``dev`` (even positions, used while developing
the rules) and ``check`` (odd positions, looked at only to report); figures are given for both and for all.
"""
from __future__ import annotations

import gzip
import json
import re
import time
from dataclasses import dataclass
from pathlib import Path

from benchmarks._shared import shared_dir
from newsprism.clean import clean_article
from newsprism.ingest.html import visible_lines
from newsprism.model import Article

TOKEN = re.compile(r"\w+")
SHORT_LINE_TOKENS = 5


@dataclass(frozen=True, slots=True)
class Page:
    id: str
    html: str
    body: str


@dataclass(slots=True)
class Counts:
    removed_boilerplate: int = 0
    removed_body: int = 0
    kept_boilerplate: int = 0
    kept_body: int = 0

    def add(self, other: "Counts") -> None:
        for name in self.__slots__:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def figures(self) -> dict[str, float]:
        removed = self.removed_boilerplate + self.removed_body
        kept = self.kept_boilerplate + self.kept_body
        return {
            "removal_precision": _ratio(self.removed_boilerplate, removed),
            "removal_recall": _ratio(self.removed_boilerplate, self.removed_boilerplate + self.kept_boilerplate),
            "body_precision": _ratio(self.kept_body, kept),
            "body_recall": _ratio(self.kept_body, self.kept_body + self.removed_body),
            "lines": removed + kept,
            "body_lines": self.kept_body + self.removed_body,
        }


def _ratio(part: int, whole: int) -> float:
    return round(part / whole, 4) if whole else 1.0


def normalise(text: str) -> str:
    return " ".join(TOKEN.findall(text.lower()))


def load_pages(dataset: Path) -> list[Page]:
    truth = json.loads((dataset / "ground-truth.json").read_text(encoding="utf-8"))
    return [Page(page_id, gzip.decompress((dataset / "html" / f"{page_id}.html.gz").read_bytes())
                 .decode("utf-8", "replace"), truth[page_id]["articleBody"]) for page_id in sorted(truth)]


def label_lines(lines: list[str], body: str) -> list[bool | None]:
    """True for a body line, False for boilerplate, None for a line without words (not scored)."""
    padded_body = f" {normalise(body)} "
    paragraphs = {normalise(paragraph) for paragraph in body.split("\n")}
    labels: list[bool | None] = []
    for line in lines:
        tokens = normalise(line)
        if not tokens:
            labels.append(None)
        elif len(tokens.split()) >= SHORT_LINE_TOKENS:
            labels.append(f" {tokens} " in padded_body)
        else:
            labels.append(tokens in paragraphs)
    return labels


def score_page(page: Page) -> Counts:
    lines = visible_lines(page.html)
    labels = label_lines(lines, page.body)
    text = "\n".join(lines)
    cleaned = clean_article(Article(id=page.id, text=text))
    removed_starts = {removal.start for removal in cleaned.removed}
    counts = Counts()
    offset = 0
    for line, label in zip(lines, labels):
        start = offset + len(line) - len(line.lstrip())
        offset += len(line) + 1
        if label is None:
            continue
        removed = start in removed_starts
        field = f"{'removed' if removed else 'kept'}_{'body' if label else 'boilerplate'}"
        setattr(counts, field, getattr(counts, field) + 1)
    return counts


def measure(sample_every: int = 1) -> dict:
    """Figures for the dev half, the check half and all pages (every ``sample_every``-th page of each)."""
    dataset = shared_dir() / "datasets" / "article-extraction"
    pages = load_pages(dataset)
    halves = {"dev": Counts(), "check": Counts()}
    started = time.perf_counter()
    for position, page in enumerate(pages):
        if (position // 2) % sample_every == 0:
            halves["dev" if position % 2 == 0 else "check"].add(score_page(page))
    total = Counts()
    for counts in halves.values():
        total.add(counts)
    return {"all": total.figures(), **{name: counts.figures() for name, counts in halves.items()},
            "seconds": round(time.perf_counter() - started, 2)}


if __name__ == "__main__":
    print(json.dumps(measure(), indent=2))
