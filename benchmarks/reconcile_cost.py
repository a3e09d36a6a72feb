"""What reconciling a story costs next to annotating it, for stories of 5, 50 and 200 articles.

Stories are built from ECB+ dev articles (real news): the first N articles in corpus order (so the larger
stories span several incidents, as a big, loosely grouped story would). For each size it prints the
seconds spent annotating, reconciling (split into parse, embed and the rest), the number of claims, and
the number of claim pairs alignment compared, against the n*(n-1)/2 pairs an all-pairs method would
compare: the growth of the compared pairs shows alignment is not quadratic in claims.

Run: ``python -m benchmarks.reconcile_cost [sizes...]`` (default 5 50 200).
"""
from __future__ import annotations

import json
import sys
import time
from typing import Any

from benchmarks._shared import shared_dir

SIZES = (5, 50, 200)


def load_articles(limit: int) -> list:
    from newsprism.model import Article

    path = shared_dir() / "datasets" / "ecbplus-dev" / "documents.jsonl"
    articles = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            doc = json.loads(line)
            articles.append(Article(id=doc["doc_id"], text=doc["text"], outlet=doc["doc_id"]))
            if len(articles) == limit:
                break
    return articles


def timed(function, *args) -> tuple[Any, float]:
    started = time.perf_counter()
    result = function(*args)
    return result, time.perf_counter() - started


def measure_size(size: int, resources: Any) -> dict[str, Any]:
    from newsprism.annotate import annotate_articles
    from newsprism.reconcile import embed_claims, reconcile_story
    from newsprism.reconcile.align import candidate_pairs
    from newsprism.reconcile.claims import extract_claims
    from newsprism.reconcile.parse import parse_sentences, sentence_spans

    articles = load_articles(size)
    annotations, annotate_s = timed(annotate_articles, articles, resources)
    story, reconcile_s = timed(reconcile_story, "bench", "bench", articles, annotations, [], resources)
    parsed, parse_s = timed(parse_sentences, sentence_spans(articles, annotations), resources)
    claims = extract_claims(parsed, annotations)
    vectors, embed_s = timed(embed_claims, claims, resources)
    compared = sum(len(v) for v in candidate_pairs(claims, vectors).values()) // 2
    return {"articles": size, "claims": len(claims), "annotate_s": round(annotate_s, 2),
            "reconcile_s": round(reconcile_s, 2), "of_which_parse_s": round(parse_s, 2),
            "of_which_embed_s": round(embed_s, 2), "pairs_compared": compared,
            "pairs_per_claim": round(compared / max(1, len(claims)), 1),
            "all_pairs": len(claims) * (len(claims) - 1) // 2, "conflicts": len(story.conflicts)}


def measure(sizes: tuple[int, ...] = SIZES) -> list[dict[str, Any]]:
    from newsprism.resources import Resources

    resources = Resources()
    resources.embedder.encode(["warm up"], normalize_embeddings=True)  # loading is not reconciling
    resources.nlp("warm up")
    return [measure_size(size, resources) for size in sizes]


if __name__ == "__main__":
    chosen = tuple(int(x) for x in sys.argv[1:]) or SIZES
    for row in measure(chosen):
        print(json.dumps(row), flush=True)
