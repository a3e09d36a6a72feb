"""Story clustering on ECB+ (topics 1-35 of the dev release), scored against `subtopic` with B-cubed F1.

Ours is given no number of clusters. Beside it, the average-link TF-IDF baseline that IS told the
number of subtopics. Also: how often the two incidents of one topic end up merged, and the spread of
F1 over shuffled arrival orders. Thresholds were tuned on topics 1-17 only; 18-35 are reported apart.

Features are "light" (no model: capitalised names, written dates and figures) or "spacy" (entity
mentions from the spaCy model as ArticleAnnotations). ECB+ has no publication dates; none are used.

    .venv/bin/python -m benchmarks.story_clustering [--features light|spacy|both]
"""
from __future__ import annotations

import argparse
import json
import random
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from benchmarks._shared import shared_dir
from newsprism.group import (ClusterSettings, StoryClusterer, bcubed, cluster_articles, features_for)
from newsprism.model import Article, ArticleAnnotations, Mention, Span

TUNING_TOPICS = range(1, 18)
HELD_OUT_TOPICS = range(18, 36)
SHUFFLES = 5


def load_documents(shared: Path | None = None) -> list[dict[str, Any]]:
    root = shared or shared_dir()
    if root is None:
        raise FileNotFoundError("shared datasets not found: set NEWSPRISM_SHARED")
    path = root / "datasets" / "ecbplus-dev" / "documents.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def to_article(document: dict[str, Any]) -> Article:
    return Article(id=document["doc_id"], text=document["text"], url=document.get("url"))


def spacy_annotations(articles: list[Article], nlp: Any) -> dict[str, ArticleAnnotations]:
    """Entity mentions from the spaCy model, as the annotate stage would give them."""
    found = {}
    for article, doc in zip(articles, nlp.pipe((a.text for a in articles), batch_size=32)):
        mentions = [Mention(article.id, Span(e.start_char, e.end_char), e.text, e.label_) for e in doc.ents]
        found[article.id] = ArticleAnnotations(article=article.id, mentions=mentions)
    return found


def baseline_labels(articles: list[Article], clusters: int) -> dict[str, int]:
    """Average-link agglomerative clustering of TF-IDF vectors (cosine), told the number of clusters."""
    from sklearn.cluster import AgglomerativeClustering
    from sklearn.feature_extraction.text import TfidfVectorizer

    matrix = TfidfVectorizer(stop_words="english", sublinear_tf=True).fit_transform([a.text for a in articles])
    model = AgglomerativeClustering(n_clusters=clusters, metric="cosine", linkage="average")
    labels = model.fit_predict(matrix.toarray())
    return {a.id: int(label) for a, label in zip(articles, labels)}


def our_labels(articles: list[Article], annotations: dict[str, ArticleAnnotations] | None,
               settings: ClusterSettings | None = None) -> dict[str, str]:
    groups = cluster_articles(articles, annotations, settings=settings)
    return {article: group.id for group in groups for article in group.articles}


def shuffled_labels(articles: list[Article], annotations: dict[str, ArticleAnnotations] | None,
                    seed: int, settings: ClusterSettings | None = None) -> dict[str, str]:
    """The online clusterer fed in a shuffled order (document frequencies counted first, as in a batch)."""
    order = list(articles)
    random.Random(seed).shuffle(order)
    features = [features_for(a, (annotations or {}).get(a.id)) for a in order]
    clusterer = StoryClusterer(settings)
    for feature in features:
        clusterer.frequencies.observe(feature.keyed())
    return {f.article: clusterer.assign(f, observe=False).story for f in features}


def merged_topic_share(predicted: dict[str, Any], documents: list[dict[str, Any]]) -> float:
    """Share of topics whose two subtopics have the same majority cluster."""
    clusters_of: dict[str, Counter] = defaultdict(Counter)
    for document in documents:
        clusters_of[document["subtopic"]][predicted[document["doc_id"]]] += 1
    majority = {sub: counts.most_common(1)[0][0] for sub, counts in clusters_of.items()}
    by_topic: dict[int, list[Any]] = defaultdict(list)
    for sub, cluster in majority.items():
        by_topic[int(sub.split("_")[0])].append(cluster)
    pairs = [clusters for clusters in by_topic.values() if len(clusters) == 2]
    return sum(first == second for first, second in pairs) / len(pairs)


def score_subset(documents: list[dict[str, Any]], annotations: dict[str, ArticleAnnotations] | None,
                 settings: ClusterSettings | None = None) -> dict[str, float]:
    articles = [to_article(d) for d in documents]
    gold = {d["doc_id"]: d["subtopic"] for d in documents}
    ours = our_labels(articles, annotations, settings)
    score = bcubed(ours, gold)
    base = bcubed(baseline_labels(articles, len(set(gold.values()))), gold)
    return {"f1": round(score.f1, 4), "precision": round(score.precision, 4), "recall": round(score.recall, 4),
            "clusters": len(set(ours.values())), "subtopics": len(set(gold.values())),
            "baseline_f1": round(base.f1, 4), "merged_topics": round(merged_topic_share(ours, documents), 4)}


def measure(features: str = "light", shared: Path | None = None,
            settings: ClusterSettings | None = None, shuffles: int = SHUFFLES) -> dict[str, Any]:
    """All figures for one kind of features ("light" or "spacy")."""
    documents = load_documents(shared)
    started = time.perf_counter()
    annotations = None
    if features == "spacy":
        from newsprism.resources import Resources
        annotations = spacy_annotations([to_article(d) for d in documents], Resources().nlp)
    annotated = time.perf_counter()
    result: dict[str, Any] = {"features": features, "documents": len(documents)}
    for name, topics in (("topics_1_17", TUNING_TOPICS), ("topics_18_35", HELD_OUT_TOPICS)):
        result[name] = score_subset([d for d in documents if d["topic"] in topics], annotations, settings)
    result["full"] = score_subset(documents, annotations, settings)
    result["shuffled_f1"] = _shuffle_spread(documents, annotations, settings, shuffles)
    result["seconds"] = {"annotation": round(annotated - started, 1),
                         "clustering": round(time.perf_counter() - annotated, 1)}
    return result


def _shuffle_spread(documents: list[dict[str, Any]], annotations: dict[str, ArticleAnnotations] | None,
                    settings: ClusterSettings | None, shuffles: int) -> dict[str, float]:
    articles = [to_article(d) for d in documents]
    gold = {d["doc_id"]: d["subtopic"] for d in documents}
    scores = [bcubed(shuffled_labels(articles, annotations, seed, settings), gold).f1 for seed in range(shuffles)]
    return {"min": round(min(scores), 4), "mean": round(sum(scores) / len(scores), 4), "max": round(max(scores), 4)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--features", choices=("light", "spacy", "both"), default="both")
    kinds = ("light", "spacy") if parser.parse_args().features == "both" else (parser.parse_args().features,)
    for kind in kinds:
        print(json.dumps(measure(kind), indent=2))


if __name__ == "__main__":
    main()
