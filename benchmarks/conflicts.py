"""Conflict benchmark on real news text newsprism was not tuned on (ECB+ dev documents).

For each ECB+ subtopic (one real incident), an article is copied and one controlled edit is planted in the
copy: a changed figure, a shifted date, a swapped name, a negation, a reworded quote, a widened scope.
The set (original, copy, and up to ``OTHERS`` more articles of the incident) is reconciled, and:

- recall per kind: the share of planted edits for which a conflict of that kind sets the copy's edited
  words against the original;
- false conflicts per kind: conflicts of that kind that set the copy against the original anywhere the
  copy was not edited, in the edited sets and in control sets whose copy is unedited (the copy then
  equals the original, so any conflict between them is false);
- precision per kind = planted found / (planted found + false).

Disagreements between the other real articles are real-world and not scored here (they are counted and
printed as ``natural``). Edit sites are chosen by rule from the original's annotations: a figure or a
date inside a claim, a person named in a claim, a claim's main verb, a direct quote, an object restricted
by a prepositional phrase.

Run: ``python -m benchmarks.conflicts [max_subtopics]``.
"""
from __future__ import annotations

import json
import re
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from benchmarks._shared import shared_dir

KINDS = ("quantity", "date", "name", "polarity", "quote", "scope")
OTHERS = 1
POOL_SUBTOPICS = 8
YEAR = re.compile(r"\b(19|20)\d\d\b")
DAY = re.compile(r"\b([1-9]|[12]\d|3[01])\b")
PARTITIVE_NOUNS = frozenset({"number", "lot", "group", "kind", "part", "rest", "series", "couple", "pair", "total"})
EDGE = 3  # characters of slack when matching evidence against the edited region


@dataclass(frozen=True)
class Edit:
    kind: str
    text: str          # the copy's text
    start: int         # the edited region in the copy
    end: int


class CachingEmbedder:
    """The real embedder, remembering vectors of sentences it has seen (each set repeats the original)."""

    def __init__(self, embedder: Any) -> None:
        self.embedder, self.cache = embedder, {}

    def encode(self, texts: list[str], **kwargs: Any):
        import numpy as np

        missing = [t for t in dict.fromkeys(texts) if t not in self.cache]
        if missing:
            for text, vector in zip(missing, self.embedder.encode(missing, **kwargs)):
                self.cache[text] = vector
        return np.stack([self.cache[t] for t in texts]) if texts else np.zeros((0, 384), dtype="float32")


def load_subtopics(path: Path) -> dict[str, list[dict]]:
    subtopics: dict[str, list[dict]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        subtopics.setdefault(doc["subtopic"], []).append(doc)
    for docs in subtopics.values():
        docs.sort(key=lambda d: d["doc_id"])
    return dict(sorted(subtopics.items(), key=lambda kv: (int(kv[0].split("_")[0]), kv[0])))


def person_pool(subtopics: dict[str, list[dict]], resources: Any) -> dict[str, list[str]]:
    """Two-word person names of the first article of the last ``POOL_SUBTOPICS`` subtopics (a swap takes a
    name of another topic than the edited article's)."""
    from newsprism.annotate import annotate_articles
    from newsprism.model import Article

    firsts = [Article(id=s, text=docs[0]["text"]) for s, docs in list(subtopics.items())[-POOL_SUBTOPICS:]]
    pool = {}
    for article, ann in zip(firsts, annotate_articles(firsts, resources)):
        pool[article.id] = sorted({m.text for m in ann.mentions if m.label == "PERSON" and len(m.text.split()) == 2})
    return pool


def replace(text: str, start: int, end: int, new: str) -> tuple[str, int, int]:
    return text[:start] + new + text[end:], start, start + len(new)


def figure_edit(ctx: Any) -> Edit | None:
    for claim in ctx.claims:
        for q in claim.quantities:
            if q.kind == "count" and q.counted and q.value and q.value >= 1 and q.low == q.high == q.value \
                    and claim.article == "orig":
                new = f"{int(q.value * 3 + 7):,}"
                return Edit("quantity", *replace(ctx.articles["orig"].text, q.span.start, q.span.end, new))
    return None


def date_edit(ctx: Any) -> Edit | None:
    text = ctx.articles["orig"].text
    for claim in ctx.claims:
        for t in claim.times:
            if claim.article != "orig" or t.kind != "date" or not isinstance(t.low, str) or (t.relation or "") == "since":
                continue
            year, day = YEAR.search(t.text), DAY.search(t.text)
            if year is not None:
                new = str(int(year.group(0)) - 2)
                return Edit("date", *replace(text, t.span.start + year.start(), t.span.start + year.end(), new))
            if day is not None and t.precision == "day":
                value = int(day.group(0))
                new = str(value + 9 if value <= 19 else value - 9)
                return Edit("date", *replace(text, t.span.start + day.start(), t.span.start + day.end(), new))
    return None


def name_edit(ctx: Any, names: list[str]) -> Edit | None:
    text = ctx.articles["orig"].text
    for claim in ctx.claims:
        if claim.article != "orig" or len(claim.text.split()) < 8:
            continue
        for mention in ctx.mentions_in(claim):
            new = next((n for n in names if n.split()[-1] not in claim.text), None)
            if mention.label == "PERSON" and new is not None:
                sentence = claim.span.of(text).replace(mention.text, new)
                return Edit("name", *replace(text, claim.span.start, claim.span.end, sentence))
    return None


def negation_edit(ctx: Any) -> Edit | None:
    from newsprism.reconcile.grammar import main_predicate

    text = ctx.articles["orig"].text
    for claim in ctx.claims:
        if claim.article != "orig" or claim.hedges or claim.polarity != "positive":
            continue
        parse = ctx.parses[claim.id]
        verb = main_predicate(parse.doc)
        if verb.pos_ != "VERB" or not any(c.dep_ in ("dobj", "obj") for c in verb.children):
            continue
        aux = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ in
                    ("was", "were", "is", "are", "has", "have", "had")), None)  # "will not": a prediction
        if aux is not None:
            at = parse.span.start + aux.idx + len(aux.text)
            return Edit("polarity", *replace(text, at, at, " not"))
        if verb.tag_ == "VBD":
            start = parse.span.start + verb.idx
            return Edit("polarity", *replace(text, start, start + len(verb.text), f"did not {verb.lemma_}"))
    return None


def quote_edit(ctx: Any) -> Edit | None:
    text = ctx.articles["orig"].text
    for quote in ctx.annotations["orig"].quotes:
        words = list(re.finditer(r"\S+", quote.text))
        if len(words) >= 6:
            at = quote.span.start + words[3].start()
            new_text = text[:at] + "really " + text[at:]
            return Edit("quote", new_text, quote.span.start, quote.span.end + len("really "))
    return None


def scope_edit(ctx: Any) -> Edit | None:
    """Widen a restricted object to the whole: "evacuated residents of the tower" -> "evacuated all residents"."""
    from newsprism.reconcile.frames import frames_of

    text = ctx.articles["orig"].text
    for claim in ctx.claims:
        if claim.article != "orig" or claim.hedges:
            continue
        parse = ctx.parses[claim.id]
        restricted = {(f.predicate, f.argument): f for f in frames_of(claim, parse)  # "all X of Y" is a whole already
                      if f.restricted and not f.quantified_whole and not f.negated and not f.hedged}
        for token in parse.doc:
            arg = _widenable_object(token)
            frame = restricted.get((token.lemma_.lower(), arg.lemma_.lower())) if arg is not None else None
            if frame is None:
                continue
            words = sorted(arg.subtree, key=lambda t: t.i)
            if words[0].i <= token.i or words[-1].i - words[0].i + 1 != len(words):
                continue  # the object phrase must be one run of words after its verb
            start = parse.span.start + words[0].idx
            end = parse.span.start + words[-1].idx + len(words[-1].text)
            if any(s.start < start or s.end > end for s in frame.restricting):
                continue  # what narrows it lies outside the object ("leading police on a chase"): widening the
                # object would leave it narrowed
            widened = ("all " if arg.tag_ == "NNS" else "the entire ") + arg.text
            return Edit("scope", text[:start] + widened + text[end:], start, start + len(widened))
    return None


def _widenable_object(token: Any) -> Any:
    from newsprism.reconcile.frames import argument_of

    arg = argument_of(token)
    if arg is None or arg.dep_ not in ("dobj", "obj") or arg.tag_ not in ("NN", "NNS") or token.pos_ != "VERB":
        return None
    if arg.lemma_.lower() in PARTITIVE_NOUNS or any(c.dep_ in ("nummod", "poss") for c in arg.children):
        return None
    return arg


def plant(kind: str, ctx: Any, names: list[str]) -> Edit | None:
    planters: dict[str, Callable[[], Edit | None]] = {
        "quantity": lambda: figure_edit(ctx), "date": lambda: date_edit(ctx), "name": lambda: name_edit(ctx, names),
        "polarity": lambda: negation_edit(ctx), "quote": lambda: quote_edit(ctx), "scope": lambda: scope_edit(ctx),
    }
    return planters[kind]()


def separates(conflict: Any) -> bool:
    """The conflict sets the copy against the original: one side holds the original, another holds the
    copy without the original. The copy may stand on the original's side as well, for the words it did
    not edit (an edited body figure under an unedited headline figure: the copy contradicts itself too)."""
    sides = [set(p.articles) for p in conflict.positions]
    return any("orig" in a and "copy" in b and "orig" not in b for a in sides for b in sides if a is not b)


def touches_edit(conflict: Any, edit: Edit) -> bool:
    return any(e.article == "copy" and e.start <= edit.end + EDGE and edit.start - EDGE <= e.end
               for p in conflict.positions for e in p.evidence if "orig" not in p.articles)


def reconcile_set(articles: list, resources: Any) -> Any:
    from newsprism.annotate import annotate_articles
    from newsprism.reconcile import reconcile_story

    annotations = annotate_articles(articles, resources)
    return reconcile_story("bench", "bench", articles, annotations, [], resources)


def measure(max_subtopics: int | None = None, kinds: tuple[str, ...] = KINDS) -> dict[str, Any]:
    from newsprism.annotate import annotate_articles
    from newsprism.model import Article
    from newsprism.reconcile import build_context
    from newsprism.resources import Resources

    base = Resources()
    resources = Resources(nlp=base.nlp, embedder=CachingEmbedder(base.embedder))
    subtopics = load_subtopics(shared_dir() / "datasets" / "ecbplus-dev" / "documents.jsonl")
    chosen = dict(list(subtopics.items())[:max_subtopics]) if max_subtopics else subtopics
    pool = person_pool(subtopics, resources)
    counts = {k: {"planted": 0, "found": 0, "false": 0} for k in kinds}
    natural = 0
    started = time.perf_counter()
    for subtopic, docs in chosen.items():
        orig = Article(id="orig", text=docs[0]["text"])
        others = [Article(id=f"o{i}", text=d["text"]) for i, d in enumerate(docs[1:1 + OTHERS], start=1)]
        ctx = build_context([orig], annotate_articles([orig], resources), resources)
        control = reconcile_set([orig, Article(id="copy", text=orig.text)] + others, resources)
        for conflict in control.conflicts:
            if conflict.kind in counts and separates(conflict):
                counts[conflict.kind]["false"] += 1
            natural += not separates(conflict)
        names = [n for s, ns in pool.items() if s.split("_")[0] != subtopic.split("_")[0] for n in ns]
        for kind in kinds:
            edit = plant(kind, ctx, names)
            if edit is None:
                continue
            story = reconcile_set([orig, Article(id="copy", text=edit.text)] + others, resources)
            counts[kind]["planted"] += 1
            hits = [c for c in story.conflicts if c.kind == kind and separates(c) and touches_edit(c, edit)]
            counts[kind]["found"] += bool(hits)
            counts[kind]["false"] += sum(1 for c in story.conflicts if c.kind == kind and separates(c)
                                         and not touches_edit(c, edit))
    return summarise(counts, natural, len(chosen), time.perf_counter() - started)


def summarise(counts: dict[str, dict[str, int]], natural: int, sets: int, seconds: float) -> dict[str, Any]:
    result: dict[str, Any] = {"subtopics": sets, "natural_conflicts": natural, "seconds": round(seconds, 1)}
    for kind, c in counts.items():
        recall = c["found"] / c["planted"] if c["planted"] else None
        flagged = c["found"] + c["false"]
        precision = c["found"] / flagged if flagged else None
        result[kind] = {**c, "recall": None if recall is None else round(recall, 3),
                        "precision": None if precision is None else round(precision, 3)}
    return result


if __name__ == "__main__":
    limit = int(sys.argv[1]) if len(sys.argv) > 1 else None
    print(json.dumps(measure(limit), indent=2))
