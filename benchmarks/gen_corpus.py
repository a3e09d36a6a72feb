"""Build realistic news corpora of any size from ECB+ dev sentences, for the scale benchmark.

Each synthetic story is one real ECB+ incident (a subtopic) re-staged as a new event: its named people,
organisations and places are replaced by others drawn from the whole corpus, its years shifted, and it is
given a date of its own, so that thousands of distinct stories share real news language. Articles of a
story open like a real ECB+ article of that incident and go on with sentences drawn from all of its
articles (see ``_patchwork``), with the names of the re-staged event, from different outlets on nearby days. Some are syndicated copies of an earlier article (another outlet,
a credit line, sometimes a dropped sentence); many carry page furniture (share prompts, newsletter lines,
copyright notices); a few are noise (sentences from unrelated articles).

The articles come as a feed delivers them, day by day with the day's stories interleaved, at a fixed
volume (``ARTICLES_PER_DAY``): a larger corpus is a store fed for longer.

Output: ``articles/``, JSON Lines shards of ``shard_size`` articles (fields id, title, text, outlet, url,
published), and beside it ``truth.tsv`` (article id, story label, original id for copies).

    python -m benchmarks.gen_corpus 10000 /tmp/corpus-10k
"""
from __future__ import annotations

import json
import random
import re
import sys
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from benchmarks._shared import shared_dir

FURNITURE = (
    "Share this article", "Share on Facebook", "Tweet", "Copy link", "Sign up for our daily newsletter",
    "Subscribe to our newsletter for the latest headlines", "Advertisement", "Story continues below advertisement",
    "Leave a comment", "Follow us on Twitter", "Read more:", "Related articles",
)
OUTLET_WORDS = ("Daily", "Herald", "Tribune", "Gazette", "Courier", "Post", "Times", "Chronicle", "Observer",
                "Ledger", "Star", "Journal", "Record", "Sentinel", "Bulletin", "Dispatch", "Examiner", "Mirror")
PLACES = ("Riverton", "Lakeside", "Northfield", "Eastport", "Westbrook", "Hillcrest", "Bayview", "Springdale",
          "Fairhaven", "Oakridge", "Maplewood", "Stonebridge", "Clearwater", "Pinecrest")
COPY_RATE = 0.15
NOISE_RATE = 0.02
FURNITURE_RATE = 0.5
MEAN_STORY_SIZE = 8
# The stream's volume: stories start over size / ARTICLES_PER_DAY days, so that a larger corpus is a longer
# stream of the same daily volume (a store fed for longer), not more stories crowded into the same days.
ARTICLES_PER_DAY = 30
FIRST_DAY = date(2015, 1, 1)
_YEAR = re.compile(r"\b(19[5-9]\d|20[0-2]\d)\b")


@dataclass(frozen=True, slots=True)
class Incident:
    """One ECB+ subtopic: its articles (lists of sentences) and the names it mentions."""

    label: str
    articles: tuple[tuple[str, ...], ...]
    names: tuple[str, ...]


def load_incidents(ecb_dir: Path) -> list[Incident]:
    docs: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    doc_subtopic: dict[str, str] = {}
    for line in (ecb_dir / "documents.jsonl").open(encoding="utf-8"):
        doc = json.loads(line)
        sentences = tuple(s for s in doc["text"].splitlines() if len(s.split()) >= 4 and "http" not in s)
        if len(sentences) >= 3:
            docs[doc["subtopic"]].append(sentences)
            doc_subtopic[doc["doc_id"]] = doc["subtopic"]
    names = _names_by_subtopic(ecb_dir, doc_subtopic)
    return [Incident(label, tuple(articles), tuple(sorted(names.get(label, ())))) for label, articles in sorted(docs.items())]


def _names_by_subtopic(ecb_dir: Path, doc_subtopic: dict[str, str]) -> dict[str, set[str]]:
    """Capitalised person, organisation and place mentions of each subtopic (what re-staging replaces)."""
    names: dict[str, set[str]] = defaultdict(set)
    for line in (ecb_dir / "mentions.jsonl").open(encoding="utf-8"):
        mention = json.loads(line)
        text, tag = mention["text"], mention["tag"]
        if tag.startswith(("HUMAN_PART_PER", "HUMAN_PART_ORG", "LOC_GEO", "LOC_FAC")) and text[:1].isupper() \
                and len(text) > 3 and mention["doc_id"] in doc_subtopic:
            names[doc_subtopic[mention["doc_id"]]].add(text)
    return names


def _name_pool(incidents: list[Incident]) -> list[str]:
    """Single capitalised words from every incident's names: the material new names are made of."""
    words = {w for inc in incidents for name in inc.names for w in name.split() if w.isalpha() and w[0].isupper()}
    return sorted(words)


class Restager:
    """Makes story number ``k`` a new event: a name map, a year shift, a date."""

    def __init__(self, pool: list[str], rng: random.Random) -> None:
        self.pool, self.rng = pool, rng

    def name_map(self, incident: Incident, story: int) -> dict[str, str]:
        """Each name of the incident -> a new name unique to this story (a number keeps them apart at scale)."""
        mapping = {}
        for name in sorted(incident.names, key=len, reverse=True):
            words = [self.rng.choice(self.pool) for _ in name.split()]
            words[-1] = f"{words[-1]}{self.rng.choice(PLACES)[:3]}{story % 997}"
            mapping[name] = " ".join(words)
        return mapping


def restage(sentences: list[str], mapping: dict[str, str], years: int) -> list[str]:
    names = sorted(mapping, key=len, reverse=True)  # "Lindsay Lohan" before "Lohan"
    pattern = re.compile("|".join(map(re.escape, names))) if names else None
    out = []
    for sentence in sentences:
        if pattern is not None:
            sentence = pattern.sub(lambda m: mapping[m.group(0)], sentence)
        out.append(_YEAR.sub(lambda m: str(int(m.group(0)) + years), sentence))
    return out


def _outlets(rng: random.Random, count: int = 60) -> list[str]:
    return sorted({f"The {rng.choice(PLACES)} {rng.choice(OUTLET_WORDS)}" for _ in range(count * 3)})[:count]


def _story_sizes(total: int, rng: random.Random) -> list[int]:
    sizes, left = [], total
    while left > 0:
        size = min(left, max(1, int(rng.expovariate(1 / MEAN_STORY_SIZE)) + 1))
        sizes.append(size)
        left -= size
    return sizes


def _furnish(lines: list[str], outlet: str, rng: random.Random) -> list[str]:
    if rng.random() >= FURNITURE_RATE:
        return lines
    head = rng.sample(FURNITURE, rng.randint(0, 2))
    tail = rng.sample(FURNITURE, rng.randint(1, 2)) + [f"© {outlet}. All rights reserved."]
    return head + lines + tail


def generate(size: int, out_dir: Path, seed: int = 13, shard_size: int = 500) -> Path:
    """Write a corpus of ``size`` articles under ``out_dir``; return it."""
    ecb = shared_dir()
    if ecb is None:
        raise SystemExit("shared datasets not found: set NEWSPRISM_SHARED")
    rng = random.Random(seed)
    incidents = load_incidents(ecb / "datasets" / "ecbplus-dev")
    restager, outlets = Restager(_name_pool(incidents), rng), _outlets(rng)
    records: list[dict] = []
    days = max(1, size // ARTICLES_PER_DAY)
    for story, story_size in enumerate(_story_sizes(size, rng)):
        records.extend(_story_articles(story, story_size, incidents, restager, outlets, days, rng))
    records = _as_a_stream(records[:size])
    _add_noise(records, incidents, rng)
    return _write(records, out_dir, shard_size)


def _as_a_stream(records: list[dict]) -> list[dict]:
    """Articles in the order a feed delivers them: by day, the stories of a day interleaved.

    Within a day the stories take turns (every story's first article of the day, then every second one):
    a copy, made after the article it copies, still follows it.
    """
    return sorted(records, key=lambda r: (r["published"], r["number"], r["story"]))


def _story_articles(story: int, count: int, incidents: list[Incident], restager: Restager, outlets: list[str],
                    days: int, rng: random.Random) -> list[dict]:
    incident = rng.choice(incidents)
    mapping, years = restager.name_map(incident, story), rng.randint(-8, 8)
    day = FIRST_DAY + timedelta(days=rng.randint(0, days))
    made: list[dict] = []
    for _ in range(count):
        outlet = rng.choice(outlets)
        if made and rng.random() < COPY_RATE:
            made.append(_copy(rng.choice(made), outlet, len(made), story, rng))
            continue
        lines = restage(_patchwork(incident, rng), mapping, years)
        made.append(_record(story, len(made), lines, outlet, day + timedelta(days=rng.randint(0, 3)), rng))
    return made


def _patchwork(incident: Incident, rng: random.Random) -> list[str]:
    """One real article's opening, then sentences drawn from all of the incident's articles.

    A generated story reuses one of only ~70 real incidents, so a corpus of 100,000 articles re-stages
    each incident more than a hundred times. Taking each real article whole (as before) made articles of
    different stories of one incident near-copies of each other once their names were swapped (MinHash
    marked 64% of a 100,000-article corpus as copies, against 15% planted); drawn sentence by sentence
    from the incident's pool, two articles share a few sentences, as two outlets' reports of an event do.
    """
    source = rng.choice(incident.articles)
    pool = [sentence for article in incident.articles for sentence in article[1:]]
    length = max(3, rng.randint(len(source) // 2, len(source)))
    return [source[0]] + rng.sample(pool, min(len(pool), length - 1))


def _record(story: int, number: int, lines: list[str], outlet: str, day: date, rng: random.Random) -> dict:
    article_id = f"st{story:06d}-{number:03d}"
    return {"id": article_id, "title": lines[0][:120], "text": "\n".join(_furnish(lines[1:], outlet, rng)),
            "outlet": outlet, "url": f"https://news.example/{article_id}", "published": day.isoformat(),
            "story": f"story-{story}", "number": number, "copy_of": None, "body": lines[1:]}


def _copy(original: dict, outlet: str, number: int, story: int, rng: random.Random) -> dict:
    body = list(original["body"])
    if len(body) > 3 and rng.random() < 0.5:
        body = body[:-1]
    lines = [f"({original['outlet']})"] + body
    copy = _record(story, number, [original["title"]] + lines, outlet, date.fromisoformat(original["published"]), rng)
    copy["copy_of"] = original["copy_of"] or original["id"]
    return copy


def _add_noise(records: list[dict], incidents: list[Incident], rng: random.Random) -> None:
    """Replace a few articles by patchworks of unrelated sentences: articles of no story."""
    copied = {record["copy_of"] for record in records if record["copy_of"]}
    for index in rng.sample(range(len(records)), int(len(records) * NOISE_RATE)):
        if records[index]["copy_of"] or records[index]["id"] in copied:
            continue
        lines = [rng.choice(rng.choice(incidents).articles)[0] for _ in range(4)]
        records[index].update(text="\n".join(lines), title=lines[0][:120], story=f"noise-{index}", body=lines)


def _write(records: list[dict], out_dir: Path, shard_size: int) -> Path:
    (out_dir / "articles").mkdir(parents=True, exist_ok=True)
    fields = ("id", "title", "text", "outlet", "url", "published")
    for shard, start in enumerate(range(0, len(records), shard_size)):
        with (out_dir / "articles" / f"shard-{shard:05d}.jsonl").open("w", encoding="utf-8") as handle:
            for record in records[start:start + shard_size]:
                handle.write(json.dumps({k: record[k] for k in fields}, ensure_ascii=False) + "\n")
    with (out_dir / "truth.tsv").open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(f"{record['id']}\t{record['story']}\t{record['copy_of'] or ''}\n")
    return out_dir


if __name__ == "__main__":
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    target = Path(sys.argv[2]) if len(sys.argv) > 2 else Path(f"/tmp/newsprism-corpus-{count}")
    print(generate(count, target))
