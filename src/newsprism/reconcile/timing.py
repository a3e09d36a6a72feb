"""Date and duration conflicts.

Duration: how long something lasted for one entity ("Bialiatski ... imprisoned for over two years" vs
"... detained since 2021"). A start date becomes a duration by measuring it to the article's publication
date; without one, to the story's earliest day of writing (reference.py), which gives the least time
elapsed and no most; with neither it is not compared (nothing anchors it). Ranges follow ranges.py.

Date: aligned claims (one group, same event class) that date the event to days that do not overlap, at
the precision each wrote ("2021" and "July 2021" agree).
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from ..model import Claim, TimeExpr
from .align import predicate_class
from .claims import entity_key
from .context import DATED_KINDS, Finding, StoryContext, iso_day, position
from .grammar import SUBJECT_DEPS
from .quantities import figure_claims, same_event_figures
from .ranges import compatible, plausible
from .reference import EarliestWriting, earliest_writing, is_since

RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})
DAYS_PER_YEAR = 365.25
# "opened in 1995" dates the start of something that still stands: measured to publication it is an age.
# (Not "start" or "begin": those date events such as a trial or a fire, not the birth of a standing thing.)
INCEPTION_VERBS = frozenset({"open", "found", "establish", "build", "construct", "inaugurate", "commission"})
# "has been operating for 40 years": how long something has stood; one class with the inception verbs.
STANDING_VERBS = frozenset({"operate", "run", "exist", "function"})
AGE_CLASS = "age"


@dataclass(frozen=True, slots=True)
class DurationReading:
    claim: Claim
    time: TimeExpr
    range: tuple[float, float]
    reading: str


def duration_conflicts(ctx: StoryContext) -> list[Finding]:
    blocks: dict[tuple[str, str], list[DurationReading]] = {}
    canonical = same_name_entities(ctx)
    earliest = earliest_writing(ctx)
    for claim in ctx.claims:
        sentence = ctx.parses.get(claim.id)
        if sentence is None:
            continue
        for time in claim.times:
            verb = _governing_verb(sentence, time)
            item = _duration_item(ctx, claim, time, verb, earliest)
            if item is None:
                continue
            for entity in _subject_entities(ctx, claim, sentence, verb):
                blocks.setdefault((canonical.get(entity, entity), duration_class(verb)), []).append(item)
    return [f for key, items in sorted(blocks.items()) if (f := _duration_finding(ctx, key, items)) is not None]


def duration_class(verb: Any) -> str:
    """The event class a duration is measured for; an inception ("opened") and a standing ("operating")
    verb both measure an age."""
    if verb is None:
        return ""
    lemma = verb.lemma_.lower()
    return AGE_CLASS if lemma in INCEPTION_VERBS or lemma in STANDING_VERBS else predicate_class(lemma)


def same_name_entities(ctx: StoryContext) -> dict[str, str]:
    """Entity ids that bear the same name in this story mapped to one of them: resolution may split one
    name across labels ("Kosagash" read once as a place, once as an organisation)."""
    mentions = sorted((m for ann in ctx.annotations.values() for m in ann.mentions),
                      key=lambda m: (entity_key(m), m.article, m.span.start))
    first_by_name: dict[str, str] = {}
    canonical: dict[str, str] = {}
    for mention in mentions:
        key = entity_key(mention)
        name = " ".join(mention.text.lower().split())
        target = first_by_name.setdefault(name, canonical.get(key, key))
        canonical.setdefault(key, target)
    return canonical


def _duration_item(ctx: StoryContext, claim: Claim, time: TimeExpr, verb: Any = None,
                   earliest: EarliestWriting | None = None) -> DurationReading | None:
    if time.kind == "duration" and time.value is not None and isinstance(time.low, (int, float)):
        high = time.high if isinstance(time.high, (int, float)) else None
        exact = high is not None and high == time.low
        rng = plausible(None if exact else float(time.low), None if exact else high,
                        float(time.low), exact)
        return DurationReading(claim, time, rng, f"{time.text!r}: {_years(rng)}") if rng else None
    if time.kind == "date" and (_is_since(ctx, claim, time) or _is_inception(verb)):
        return _since_item(ctx, claim, time, earliest)
    return None


def _is_inception(verb: Any) -> bool:
    return verb is not None and verb.lemma_.lower() in INCEPTION_VERBS


def _is_since(ctx: StoryContext, claim: Claim, time: TimeExpr) -> bool:
    return is_since(ctx.articles[claim.article].text, time)


def _since_item(ctx: StoryContext, claim: Claim, time: TimeExpr,
                earliest: EarliestWriting | None = None) -> DurationReading | None:
    published = ctx.published(claim.article)
    first, last = iso_day(time.low if isinstance(time.low, str) else None), iso_day(time.high if isinstance(time.high, str) else None)
    if first is None or last is None:
        return None
    if published is None:
        return _since_earliest(claim, time, last, earliest)
    if last > published:
        return None
    rng = (float((published - last).days), float((published - first).days))
    return DurationReading(claim, time, rng, f"{time.text!r} to publication ({published.isoformat()}): {_years(rng)}")


def _since_earliest(claim: Claim, time: TimeExpr, last: date, earliest: EarliestWriting | None) -> DurationReading | None:
    """A start date measured to the story's earliest day of writing: at least that long, at most unknown."""
    if earliest is None or earliest.day <= last:
        return None
    rng = (float((earliest.day - last).days), math.inf)
    basis = f"{earliest.basis!r} in {earliest.article}"
    return DurationReading(claim, time, rng, f"{time.text!r} to no earlier than {earliest.day.isoformat()} "
                                             f"(the story's earliest day of writing, from {basis}): {_years(rng)}")


def _years(rng: tuple[float, float]) -> str:
    if math.isinf(rng[1]):
        return f"at least {rng[0] / DAYS_PER_YEAR:.1f} years"
    return f"{rng[0] / DAYS_PER_YEAR:.1f}-{rng[1] / DAYS_PER_YEAR:.1f} years"


def _governing_verb(sentence: Any, time: TimeExpr) -> Any:
    offset = sentence.span.start
    token = next((t for t in sentence.doc if offset + t.idx >= time.span.start), None)
    for _ in range(6):
        if token is None or token.pos_ in ("VERB", "AUX"):
            return token
        token = None if token.head is token else token.head
    return None


def _subject_entities(ctx: StoryContext, claim: Claim, sentence: Any, verb: Any) -> list[str]:
    if verb is None:
        return []
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is not None and subject.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        subject = verb.head
    if subject is None:
        return []
    words = [subject] + [c for c in subject.children if c.dep_ in ("compound", "flat")]
    start = sentence.span.start + min(w.idx for w in words)
    end = sentence.span.start + max(w.idx + len(w.text) for w in words)
    named = sorted({entity_key(m) for m in ctx.mentions_in(claim) if m.span.start < end and start < m.span.end})
    return named or _definite_referent(ctx, claim, subject)


def _definite_referent(ctx: StoryContext, claim: Claim, subject: Any) -> list[str]:
    """"The mine" names what its article calls "the Kosagash mine": the one entity whose mentions in the
    same article stand right before that noun (a compound between is allowed: "Kosagash coal mine")."""
    if subject.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children):
        return []
    text = ctx.articles[claim.article].text
    noun = re.compile(r"\W+(?:\w+\s+)?" + re.escape(subject.lower_) + r"\b", re.IGNORECASE)
    ann = ctx.annotations.get(claim.article)
    keys = {entity_key(m) for m in (ann.mentions if ann else []) if noun.match(text, m.span.end)}
    names = {_entity_name(ctx, k).lower() for k in keys}
    return sorted(keys)[:1] if len(names) == 1 else []


def _duration_finding(ctx: StoryContext, key: tuple[str, str], items: list[DurationReading]) -> Finding | None:
    clusters = _cluster(items)
    if len(clusters) < 2 or len({i.claim.article for i in items}) < 2:
        return None
    entity = _entity_name(ctx, key[0])
    positions = [position(ctx, " / ".join(dict.fromkeys(i.time.text for i in c)), [i.claim for i in c],
                          [(i.claim.article, i.claim.span) for i in c]) for c in clusters]
    readings = "; ".join(f"{_narrowest(c).reading} ({', '.join(sorted({i.claim.article for i in c}))})" for c in clusters)
    explanation = f"Articles give incompatible durations for {entity} ({key[1]}): {readings}."
    return Finding("duration", f"how long: {entity} ({key[1] or 'state'})", positions, explanation,
                   {i.claim.id for i in items})


def _narrowest(cluster: list[DurationReading]) -> DurationReading:
    """The most telling reading of a cluster: measured to a publication date rather than a bound."""
    return min(cluster, key=lambda i: (i.range[1] - i.range[0], i.claim.id))


def _cluster(items: list[DurationReading]) -> list[list[DurationReading]]:
    clusters: list[tuple[tuple[float, float], list[DurationReading]]] = []
    for item in sorted(items, key=lambda i: (i.range, i.claim.id)):
        if clusters and compatible(clusters[-1][0], item.range):
            common = (max(clusters[-1][0][0], item.range[0]), min(clusters[-1][0][1], item.range[1]))
            clusters[-1] = (common, clusters[-1][1] + [item])
        else:
            clusters.append((item.range, [item]))
    return [members for _r, members in clusters]


def _entity_name(ctx: StoryContext, key: str) -> str:
    if key.startswith("name:"):
        return key[5:].title()
    for ann in ctx.annotations.values():
        for mention in ann.mentions:
            if mention.entity == key:
                return mention.text
    return key


def date_conflicts(ctx: StoryContext) -> list[Finding]:
    """Claims of one event whose dates do not overlap: within each aligned group (same event class), and
    among the claims that count the same thing of the same event (see quantities.split_by_event), which
    alignment may leave in different groups when their wording differs ("32 killed" / "25 died")."""
    findings = []
    for group in ctx.groups:
        by_event: dict[str, list[Claim]] = {}
        for claim in group:
            by_event.setdefault(predicate_class(claim.predicate), []).append(claim)
        findings += [f for members in by_event.values() if (f := _date_finding(ctx, members)) is not None]
    for _key, figures in same_event_figures(ctx):
        finding = _date_finding(ctx, figure_claims(figures))
        if finding is not None and not any(finding.claim_ids <= f.claim_ids for f in findings):
            findings.append(finding)
    return findings


def _event_date(ctx: StoryContext, claim: Claim) -> tuple[TimeExpr, date, date] | None:
    for time in claim.times:
        if time.kind not in DATED_KINDS or _is_since(ctx, claim, time):
            continue
        first = iso_day(time.low if isinstance(time.low, str) else None)
        last = iso_day(time.high if isinstance(time.high, str) else None)
        if first is not None and last is not None:
            return time, first, last
    return None


def _date_finding(ctx: StoryContext, group: list[Claim]) -> Finding | None:
    dated = [(c, d) for c in group if (d := _event_date(ctx, c)) is not None]
    if len({c.article for c, _ in dated}) < 2:
        return None
    clusters: list[tuple[date, date, list]] = []
    for claim, (time, first, last) in sorted(dated, key=lambda x: (x[1][1], x[0].id)):
        if clusters and first <= clusters[-1][1] and clusters[-1][0] <= last:
            lo, hi, members = clusters[-1]
            clusters[-1] = (max(lo, first), min(hi, last), members + [(claim, time)])
        else:
            clusters.append((first, last, [(claim, time)]))
    if len(clusters) < 2:
        return None
    positions = [position(ctx, " / ".join(dict.fromkeys(t.text for _c, t in m)), [c for c, _t in m])
                 for _lo, _hi, m in clusters]
    readings = " vs ".join(f"{lo.isoformat()}..{hi.isoformat()} ({', '.join(p.articles)})"
                           for (lo, hi, _m), p in zip(clusters, positions))
    event = predicate_class(dated[0][0].predicate)
    return Finding("date", f"when the {event} happened", positions,
                   f"Articles date the same {event} event to days that do not overlap: {readings}.",
                   {c.id for c, _ in dated})
