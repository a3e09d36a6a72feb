"""Cross-document entity resolution on ECB+ (topics 1-35): mention detection and clustering scores.

Gold: the ECB+ entity mentions that are proper names, and their chains (each chain one entity; mentions
in no chain are singletons). A gold mention is a proper name when

- its tag names a referent that has proper names (people, organisations, places, facilities, vehicles,
  products: ``HUMAN_PART_PER/ORG/GPE/FAC/MET/VEH``, ``LOC_GEO``, ``LOC_FAC``, ``NON_HUMAN_PART``), and
- after leading lower-case words ("the", "in", "at") and a trailing possessive, every word is capitalised
  apart from connectors ("of", "and", "de", "-"), and at least one word is a proper word: in the whole
  corpus, that word is written capitalised more often than lower case where it does not start a sentence
  (this keeps "Tara Reid" and "Betty Ford Center" and drops sentence-initial "Police" or "He").

Figures:

- mention detection: our ``find_mentions`` on each document's text against those gold mentions, a match
  being a character overlap. Recall is over gold proper-name mentions; precision over our mentions in
  sentences that have at least one gold entity mention, a hit being an overlap with any gold entity mention
  (ECB+ annotates only entities that take part in its events, so precision is a lower bound).
- clustering: the gold mention strings of each topic (both of its incidents, all its documents) are
  clustered by ``resolve_mentions`` as a cross-document system would, their type taken from the gold tag;
  scored with MUC, B-cubed and CEAF-e, and CoNLL F1 (their mean), over all topics.

Run: ``.venv/bin/python -m benchmarks.entity_resolution [--topics 1,2,3]``.
"""
from __future__ import annotations

import argparse
import json
import re
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from benchmarks._shared import shared_dir
from newsprism.model import Mention, Span
from newsprism.resolve import resolve_mentions
from newsprism.resolve.aliases import introduced_aliases
from newsprism.resolve.names import LEADING_FUNCTION_WORDS
from newsprism.resolve.scoring import b_cubed, ceaf_e, muc

TAG_LABELS = {"HUMAN_PART_PER": "PERSON", "HUMAN_PART_ORG": "ORG", "HUMAN_PART_MET": "ORG",
              "HUMAN_PART_GPE": "GPE", "LOC_GEO": "GPE", "LOC_FAC": "FAC", "HUMAN_PART_FAC": "FAC",
              "HUMAN_PART_VEH": "PRODUCT", "NON_HUMAN_PART": "PRODUCT"}
CONNECTORS = frozenset({"of", "and", "de", "du", "la", "del", "von", "van", "der", "the", "&", "-", "'s", "'",
                        "\u2019s", "for", "on", "in", "at"})
QUOTE_TOKENS = {"``": '"', "''": '"'}
_WORD = re.compile(r"\S+")


@dataclass(frozen=True)
class GoldMention:
    doc_id: str
    span: Span
    text: str
    tag: str
    chain: str
    sentence: int


def load_corpus(root: Path) -> tuple[list[dict], list[dict]]:
    documents = [json.loads(line) for line in (root / "documents.jsonl").open(encoding="utf-8")]
    mentions = [json.loads(line) for line in (root / "mentions.jsonl").open(encoding="utf-8")]
    return documents, mentions


def sentence_lines(document: dict) -> dict[int, tuple[int, str]]:
    """Sentence index -> (offset of its line in ``text``, the line); the URL sentence has no line."""
    sentences, lines = document["sentences"], document["text"].split("\n")
    first = len(sentences) - len(lines)  # 1 where the URL line was removed
    offsets, position = {}, 0
    for index, line in enumerate(lines):
        offsets[index + first] = (position, line)
        position += len(line) + 1
    return offsets


def token_offsets(tokens: list[str], line: str, line_start: int) -> list[tuple[int, int] | None]:
    """Character offsets of each corpus token in the detokenised line (None where it cannot be found)."""
    offsets: list[tuple[int, int] | None] = []
    cursor = 0
    for token in tokens:
        surface = QUOTE_TOKENS.get(token, token)
        found = line.find(surface, cursor)
        if found < 0 or line[cursor:found].strip():
            offsets.append(None)
            continue
        offsets.append((line_start + found, line_start + found + len(surface)))
        cursor = found + len(surface)
    return offsets


def gold_mentions(documents: list[dict], raw_mentions: list[dict]) -> list[GoldMention]:
    """Every gold entity mention with its character span in the document's text."""
    by_doc = {document["doc_id"]: document for document in documents}
    located: dict[tuple[str, int], list] = {}
    found = []
    for raw in raw_mentions:
        if raw["kind"] != "entity" or raw["doc_id"] not in by_doc:
            continue
        document = by_doc[raw["doc_id"]]
        key = (raw["doc_id"], raw["sentence"])
        if key not in located:
            lines = sentence_lines(document)
            start_line = lines.get(raw["sentence"])
            located[key] = [] if start_line is None else token_offsets(
                document["sentences"][raw["sentence"]].split(" "), start_line[1], start_line[0])
        offsets = [located[key][i] for i in raw["token_idx"] if i < len(located[key]) and located[key][i]]
        if offsets:
            span = Span(min(o[0] for o in offsets), max(o[1] for o in offsets))
            found.append(GoldMention(raw["doc_id"], span, document["text"][span.start:span.end], raw["tag"],
                                     raw["chain_id"], raw["sentence"]))
    return found


def proper_words(documents: list[dict]) -> frozenset[str]:
    """Words written capitalised more often than lower case away from the start of a sentence."""
    capitalised, lower = Counter(), Counter()
    for document in documents:
        for sentence in document["sentences"]:
            for token in sentence.split(" ")[1:]:
                if token[:1].isupper():
                    capitalised[token.lower()] += 1
                elif token[:1].islower():
                    lower[token] += 1
    return frozenset(word for word, count in capitalised.items() if count > lower[word])


def is_proper_name(text: str, words_of_names: frozenset[str]) -> bool:
    words = _WORD.findall(text.strip("\"'\u201c\u201d\u2018\u2019"))
    while words and words[0].lower() in LEADING_FUNCTION_WORDS:
        words = words[1:]
    content = [re.sub(r"['\u2019]s?$", "", word) for word in words if word.lower() not in CONNECTORS]
    content = [word for word in content if word]
    if not content or not all(word[:1].isupper() or not word[:1].isalpha() for word in content):
        return False
    if content[0].lower().split("'")[0] == "i":  # the pronoun "I" ("I'm") is capitalised but no name
        return False
    return any(word.lower() in words_of_names or (word.isupper() and len(word) > 1) for word in content)


def proper_gold(documents: list[dict], raw_mentions: list[dict]) -> list[GoldMention]:
    names = proper_words(documents)
    return [m for m in gold_mentions(documents, raw_mentions)
            if m.tag in TAG_LABELS and is_proper_name(m.text, names)]


def clustering_scores(documents: list[dict], gold: list[GoldMention], chained_only: bool = False
                      ) -> dict[str, float]:
    """Cluster each topic's gold proper-name mentions with the resolver; score against the gold chains."""
    topic_of = {d["doc_id"]: d["topic"] for d in documents}
    texts = {d["doc_id"]: d["text"] for d in documents}
    by_topic: dict[int, list[GoldMention]] = defaultdict(list)
    for mention in gold:
        if not (chained_only and mention.chain.startswith("SINGLETON")):
            by_topic[topic_of[mention.doc_id]].append(mention)
    key, response = {}, {}
    for topic, mentions in sorted(by_topic.items()):
        key.update({(m.doc_id, m.span.start, m.span.end): m.chain for m in mentions})
        response.update({k: f"{topic}:{v}" for k, v in _resolve_topic(mentions, texts).items()})
    return _scores(key, response)


def _resolve_topic(mentions: list[GoldMention], texts: dict[str, str]) -> dict[tuple[str, int, int], str]:
    as_mentions = [Mention(m.doc_id, m.span, m.text, TAG_LABELS[m.tag]) for m in mentions]
    by_doc: dict[str, list[Mention]] = defaultdict(list)
    for mention in as_mentions:
        by_doc[mention.article].append(mention)
    aliases = [alias for doc, ms in by_doc.items() for alias in introduced_aliases(texts[doc], ms)]
    order = {doc: position for position, doc in enumerate(sorted(by_doc))}
    resolved = resolve_mentions(as_mentions, aliases, order).mention_entity
    # a mention with nothing left of its name after normalising ("'s") stays a singleton of its own
    return {(m.article, m.span.start, m.span.end): resolved.get((m.article, m.span.start, m.span.end),
                                                                f"alone:{m.article}:{m.span.start}")
            for m in as_mentions}


def _scores(key: dict, response: dict) -> dict[str, float]:
    muc_score, b3_score, ceaf_score = muc(key, response), b_cubed(key, response), ceaf_e(key, response)
    figures = {"gold_mentions": len(key), "gold_entities": len(set(key.values())),
               "muc_f1": muc_score.f1, "b_cubed_precision": b3_score.precision, "b_cubed_recall": b3_score.recall,
               "b_cubed_f1": b3_score.f1, "ceaf_e_f1": ceaf_score.f1}
    figures["conll_f1"] = (figures["muc_f1"] + figures["b_cubed_f1"] + figures["ceaf_e_f1"]) / 3
    return figures


def detection_scores(documents: list[dict], all_gold: list[GoldMention], gold: list[GoldMention],
                     nlp) -> dict[str, float]:
    """Our mentions against the gold proper-name mentions, by character overlap."""
    from newsprism.annotate.entities import find_mentions

    gold_by_doc: dict[str, list[GoldMention]] = defaultdict(list)
    for mention in gold:
        gold_by_doc[mention.doc_id].append(mention)
    annotated_by_doc: dict[str, list[GoldMention]] = defaultdict(list)
    for mention in all_gold:
        annotated_by_doc[mention.doc_id].append(mention)
    found_gold = ours_in_scope = ours_correct = 0
    for document, doc in zip(documents, nlp.pipe((d["text"] for d in documents), batch_size=32)):
        ours = find_mentions(doc, document["doc_id"])
        golds, annotated = gold_by_doc[document["doc_id"]], annotated_by_doc[document["doc_id"]]
        found_gold += sum(any(o.span.overlaps(g.span) for o in ours) for g in golds)
        in_scope = [o for o in ours if _in_annotated_sentence(o.span, annotated, doc)]
        ours_in_scope += len(in_scope)
        ours_correct += sum(any(o.span.overlaps(g.span) for g in annotated) for o in in_scope)
    return {"detection_recall": found_gold / len(gold) if gold else 0.0,
            "detection_precision": ours_correct / ours_in_scope if ours_in_scope else 0.0}


def _in_annotated_sentence(span: Span, annotated: list[GoldMention], doc) -> bool:
    """Whether ``span`` lies on a line (one sentence a line) that holds a gold entity mention."""
    text = doc.text
    line_start = text.rfind("\n", 0, span.start) + 1
    line_end = text.find("\n", span.end)
    line = Span(line_start, len(text) if line_end < 0 else line_end)
    return any(line.contains(g.span) for g in annotated)


def select_topics(documents: list[dict], topics: Iterable[int] | None) -> list[dict]:
    wanted = set(topics) if topics is not None else None
    return [d for d in documents if wanted is None or d["topic"] in wanted]


def measure(topics: Iterable[int] | None = None, nlp=None, detection: bool = True) -> dict[str, float]:
    """All figures on the given topics (all 35 by default); ``nlp`` defaults to the pinned spaCy model."""
    root = shared_dir()
    if root is None:
        raise FileNotFoundError("shared datasets not found: set NEWSPRISM_SHARED")
    documents, raw_mentions = load_corpus(root / "datasets" / "ecbplus-dev")
    names = proper_words(documents)  # word statistics from the whole corpus, whatever the topics
    documents = select_topics(documents, topics)
    doc_ids = {d["doc_id"] for d in documents}
    all_gold = gold_mentions(documents, [m for m in raw_mentions if m["doc_id"] in doc_ids])
    gold = [m for m in all_gold if m.tag in TAG_LABELS and is_proper_name(m.text, names)]
    started = time.perf_counter()
    figures = {"documents": len(documents), **clustering_scores(documents, gold)}
    chained = clustering_scores(documents, gold, chained_only=True)
    figures.update({f"chained_{name}": chained[name] for name in ("gold_mentions", "gold_entities", "b_cubed_f1",
                                                                  "conll_f1")})
    figures["clustering_seconds"] = time.perf_counter() - started
    if detection:
        if nlp is None:
            from newsprism.resources import Resources
            nlp = Resources().nlp
        figures.update(detection_scores(documents, all_gold, gold, nlp))
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--topics", help="comma-separated topic numbers (default: all)")
    parser.add_argument("--no-detection", action="store_true", help="skip mention detection (no spaCy)")
    args = parser.parse_args()
    topics = [int(t) for t in args.topics.split(",")] if args.topics else None
    for name, value in measure(topics, detection=not args.no_detection).items():
        print(f"{name:22s} {value:.4f}" if isinstance(value, float) else f"{name:22s} {value}")


if __name__ == "__main__":
    main()
