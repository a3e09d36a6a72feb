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
from .grammar import SUBJECT_DEPS, main_predicate
from .lexicon import AGE_EVENT
from .phrasing import (about, article_count, articles_say, at_least, capitalised, clause_of, describe_days,
                       duration_subject, event_noun, less_than, quoted)
from .quantities import Figure, figure_claims, same_event_figures, things_named
from .ranges import compatible, plausible
from .reference import EarliestWriting, earliest_writing, is_since, since_words

RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})
INCEPTION_GAP_WORDS = 2  # "opened in 1995", "was founded back in 1995": words between the verb and its date
EXCERPT_HEAD_WORDS = 6  # words of a long basis kept before the ellipsis
# "opened in 1995" dates the start of something that still stands: measured to publication it is an age.
# (Not "start" or "begin": those date events such as a trial or a fire, not the birth of a standing thing.)
INCEPTION_VERBS = frozenset({"open", "found", "establish", "build", "construct", "inaugurate", "commission"})
# Verbs that date where a person or a thing comes from, not what it did or what befell it.
ORIGIN_VERBS = INCEPTION_VERBS | {"bear", "form", "incorporate"}
# "has been operating for 40 years": how long something has stood; one class with the inception verbs.
STANDING_VERBS = frozenset({"operate", "run", "exist", "function"})


@dataclass(frozen=True, slots=True)
class DurationReading:
    """How long one claim says something lasted: its plausible range in days, the words that say it as the
    article writes them ("for over two years", "since 2021", "opened in 1995"), and what a start date was
    measured to: the article's publication day, else the story's earliest day of writing."""

    claim: Claim
    time: TimeExpr
    range: tuple[float, float]
    written: str
    published: date | None = None
    earliest: EarliestWriting | None = None

    @property
    def open_above(self) -> bool:
        """A lower bound alone ("over two years"): its upper end is ``ranges.OPEN_BOUND_FACTOR``'s reading."""
        return self.time.kind == "duration" and not isinstance(self.time.high, (int, float))


def duration_conflicts(ctx: StoryContext) -> list[Finding]:
    blocks: dict[tuple[str, str, str], list[DurationReading]] = {}
    canonical = same_name_entities(ctx)
    earliest = earliest_writing(ctx)
    for claim in ctx.claims:
        sentence = ctx.parses.get(claim.id)
        if sentence is None:
            continue
        for time in claim.times:
            verb = sentence.verb_above(time.span.start)
            item = _duration_item(ctx, claim, time, verb, earliest)
            if item is None:
                continue
            measured = _measured_noun(sentence, time)
            for entity in _subject_entities(ctx, claim, sentence, verb):
                blocks.setdefault((canonical.get(entity, entity), duration_class(verb), measured), []).append(item)
    return [f for key, items in sorted(blocks.items()) if (f := _duration_finding(ctx, key, items)) is not None]


def _measured_noun(sentence: Any, time: TimeExpr) -> str:
    """The noun a duration qualifies ("a 15-year employee", "a 12-year sentence"): a measure of that thing (a
    tenure, a term), compared only with durations of the same noun, never with how long the verb's event
    lasted ("suspended for the second time in two months"); "" for a duration of the event itself."""
    unit = next((t for t in reversed(sentence.doc) if sentence.span.start + t.idx < time.span.end), None)
    if unit is None or unit.dep_ not in ("compound", "amod") or unit.head.pos_ != "NOUN":
        return ""
    return unit.head.lemma_.lower()


def duration_class(verb: Any) -> str:
    """The event class a duration is measured for; an inception ("opened") and a standing ("operating")
    verb both measure an age."""
    if verb is None:
        return ""
    lemma = verb.lemma_.lower()
    return AGE_EVENT if lemma in INCEPTION_VERBS or lemma in STANDING_VERBS else predicate_class(lemma)


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
        return DurationReading(claim, time, rng, time.text) if rng else None
    if time.kind == "date" and _is_since(ctx, claim, time):
        return _since_item(ctx, claim, time, since_words(ctx.articles[claim.article].text, time), earliest)
    if time.kind == "date" and _is_inception(verb):
        return _since_item(ctx, claim, time, _inception_words(ctx, claim, time, verb), earliest)
    return None


def _is_inception(verb: Any) -> bool:
    return verb is not None and verb.lemma_.lower() in INCEPTION_VERBS


def _is_since(ctx: StoryContext, claim: Claim, time: TimeExpr) -> bool:
    return is_since(ctx.articles[claim.article].text, time)


def _inception_words(ctx: StoryContext, claim: Claim, time: TimeExpr, verb: Any) -> str:
    """'opened in 1995': the inception verb with its date, as written, when at most ``INCEPTION_GAP_WORDS`` words
    stand between them; else the date alone."""
    text = ctx.articles[claim.article].text
    start = ctx.parses[claim.id].span.start + verb.idx
    if start >= time.span.start or len(text[start:time.span.start].split()) > INCEPTION_GAP_WORDS + 1:
        return time.text
    return " ".join(text[start:time.span.end].split())


def _since_item(ctx: StoryContext, claim: Claim, time: TimeExpr, written: str,
                earliest: EarliestWriting | None = None) -> DurationReading | None:
    published = ctx.published(claim.article)
    first, last = iso_day(time.low if isinstance(time.low, str) else None), iso_day(time.high if isinstance(time.high, str) else None)
    if first is None or last is None:
        return None
    if published is None:
        return _since_earliest(claim, time, written, last, earliest)
    if last > published:
        return None
    rng = (float((published - last).days), float((published - first).days))
    return DurationReading(claim, time, rng, written, published=published)


def _since_earliest(claim: Claim, time: TimeExpr, written: str, last: date,
                    earliest: EarliestWriting | None) -> DurationReading | None:
    """A start date measured to the story's earliest day of writing: at least that long, at most unknown."""
    if earliest is None or earliest.day <= last:
        return None
    rng = (float((earliest.day - last).days), math.inf)
    return DurationReading(claim, time, rng, written, earliest=earliest)


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


def _duration_finding(ctx: StoryContext, key: tuple[str, str, str], items: list[DurationReading]) -> Finding | None:
    clusters = _cluster(items)
    if len(clusters) < 2 or len({i.claim.article for i in items}) < 2:
        return None
    positions = [position(ctx, " / ".join(dict.fromkeys(i.written for i in c)), [i.claim for i in c],
                          [(i.claim.article, i.claim.span) for i in c]) for c in clusters]
    readings = [_cluster_reading(c, c is clusters[-1]) for c in clusters]
    explanation = capitalised("; ".join(readings)) + (": the two cannot both hold." if len(clusters) == 2
                                                      else ": these cannot all hold.")
    subject = duration_subject(_entity_name(ctx, key[0]), key[1])
    return Finding("duration", subject, positions, explanation, {i.claim.id for i in items})


def _cluster_reading(cluster: list[DurationReading], longest: bool) -> str:
    """What the articles of one cluster say, each wording once with what it amounts to: 'one article says
    “for over two years” (which suggests less than three years)'."""
    by_words: dict[str, DurationReading] = {}
    for item in sorted(cluster, key=lambda i: (i.range[1] - i.range[0], i.claim.id)):
        by_words.setdefault(item.written, item)
    said = " or ".join(quoted(words) + _gloss(item, longest) for words, item in by_words.items())
    return f"{articles_say((i.claim.article for i in cluster), 'says', 'say')} {said}"


def _gloss(item: DurationReading, longest: bool) -> str:
    """What a reading amounts to, where the words alone do not say: a start date measured to publication or to
    the story's earliest day of writing, and the upper end read into a lower bound ("over two years" suggests
    less than three) when a longer reading stands against it: the clash rests on that reading."""
    if item.published is not None:
        return f" ({about(sum(item.range) / 2)} before publication on {describe_days(item.published, item.published)})"
    if item.earliest is not None:
        day = describe_days(item.earliest.day, item.earliest.day)
        return (f" ({at_least(item.range[0])}, as the story was written on {day} or later, going by "
                f"{quoted(_excerpt(item.earliest.basis))})")
    if item.open_above and not longest:
        return f" (which suggests {less_than(item.range[1])})"
    return ""


def _excerpt(words: str) -> str:
    """Long words cut in the middle: 'for more than five years after … 2020'."""
    parts = words.split()
    if len(parts) <= EXCERPT_HEAD_WORDS + 2:
        return " ".join(parts)
    return " ".join(parts[:EXCERPT_HEAD_WORDS]) + " … " + parts[-1]


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
    blocks = same_event_figures(ctx)
    counts = _counts_by_claim(blocks)
    findings = []
    for group in ctx.groups:
        for (event, _acted_on_thing), members in _by_event(ctx, group).items():
            counted = [f for c in members for f in counts.get(c.id, []) if f.event == event and not f.toll]
            findings += _found(_date_finding(ctx, members, event, counted))
    for (_thing, event), figures in blocks:
        finding = _date_finding(ctx, figure_claims(figures), event, [f for f in figures if not f.toll])
        if finding is not None and not any(finding.claim_ids <= f.claim_ids for f in findings):
            findings.append(finding)
    return findings


def _counts_by_claim(blocks: list[tuple[tuple[str, str], list[Figure]]]) -> dict[str, list[Figure]]:
    """Each claim's figures counting something of an event (they name who or what a date conflict is about)."""
    counts: dict[str, list[Figure]] = {}
    for _key, figures in blocks:
        for figure in figures:
            counts.setdefault(figure.claim.id, []).append(figure)
    return counts


def _by_event(ctx: StoryContext, group: list[Claim]) -> dict[tuple[str, str], list[Claim]]:
    """The group's claims by event class and, when every claim of a class names what its event acted on, by
    that too: "won a Tony Award in 2004" and "won an Emmy in 2005" date two wins, "served as associate dean"
    and "served as president" two posts."""
    by_class: dict[str, list[Claim]] = {}
    for claim in group:
        by_class.setdefault(predicate_class(claim.predicate), []).append(claim)
    by_event: dict[tuple[str, str], list[Claim]] = {}
    for event, claims in by_class.items():
        acted_on = [_acted_on(ctx, claim) for claim in claims]
        if "" in acted_on or len(set(acted_on)) == 1:
            by_event[(event, "")] = claims
            continue
        for claim, thing in zip(claims, acted_on):
            by_event.setdefault((event, thing), []).append(claim)
    return by_event


def _acted_on(ctx: StoryContext, claim: Claim) -> str:
    """What the claim's main verb acts on or what it is said to be, as its head word with its compounds ("tony
    award", "emmy", "president"); "" when the parse gives none."""
    sentence = ctx.parses.get(claim.id)
    if sentence is None:
        return ""
    verb = main_predicate(sentence.doc)
    found = [c for c in verb.children if c.dep_ in ("dobj", "obj", "attr")]
    found += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children if g.dep_ == "pobj"]
    if not found:
        return ""
    head = found[0]
    return " ".join([c.lemma_.lower() for c in head.children if c.dep_ == "compound"] + [head.lemma_.lower()])


def _found(finding: Finding | None) -> list[Finding]:
    return [] if finding is None else [finding]


def _event_date(ctx: StoryContext, claim: Claim) -> tuple[TimeExpr, date, date] | None:
    for time in claim.times:
        if time.kind not in DATED_KINDS or _is_since(ctx, claim, time) or _dates_another_event(ctx, claim, time):
            continue
        first = iso_day(time.low if isinstance(time.low, str) else None)
        last = iso_day(time.high if isinstance(time.high, str) else None)
        if first is not None and last is not None:
            return time, first, last
    return None


def _dates_another_event(ctx: StoryContext, claim: Claim, time: TimeExpr) -> bool:
    """Whether the date is of someone's birth or something's founding ("born in 1928", "the family founded in
    1931", ``ORIGIN_VERBS``) in a sentence whose claim is another event: the date of that origin, not of the event."""
    sentence = ctx.parses.get(claim.id)
    verb = sentence.verb_above(time.span.start) if sentence is not None else None
    if verb is None or not claim.predicate:
        return False
    lemma = verb.lemma_.lower()
    return lemma in ORIGIN_VERBS and predicate_class(lemma) != predicate_class(claim.predicate)


def _date_finding(ctx: StoryContext, group: list[Claim], event: str, counted: list[Figure]) -> Finding | None:
    """The claims' dates in clusters of overlapping days; a conflict when there are several. ``counted`` are the
    figures of the claims that count who or what the event happened to (they name it: "the miners")."""
    dated = [(c, d) for c in group if (d := _event_date(ctx, c)) is not None]
    if len({c.article for c, _ in dated}) < 2:
        return None
    clusters = _day_clusters(dated)
    if len(clusters) < 2:
        return None
    positions = [position(ctx, " / ".join(_day_words(m)), [c for c, _t in m]) for _lo, _hi, m in clusters]
    readings = " vs ".join(f"{describe_days(lo, hi)} ({', '.join(quoted(w) for w in _day_words(m))}, "
                           f"{article_count(p.articles)})" for (lo, hi, m), p in zip(clusters, positions))
    subject, said = _date_wording(counted, event)
    return Finding("date", subject, positions, f"{said} that do not overlap: {readings}.", {c.id for c, _ in dated})


DatedClaims = list[tuple[Claim, TimeExpr]]


def _day_clusters(dated: list[tuple[Claim, tuple[TimeExpr, date, date]]]) -> list[tuple[date, date, DatedClaims]]:
    """The dated claims in clusters whose days overlap, each with the days they share, earliest first."""
    clusters: list[tuple[date, date, DatedClaims]] = []
    for claim, (time, first, last) in sorted(dated, key=lambda x: (x[1][1], x[0].id)):
        if clusters and first <= clusters[-1][1] and clusters[-1][0] <= last:
            lo, hi, members = clusters[-1]
            clusters[-1] = (max(lo, first), min(hi, last), members + [(claim, time)])
        else:
            clusters.append((first, last, [(claim, time)]))
    return clusters


def _day_words(members: DatedClaims) -> list[str]:
    """How a cluster's claims write their day, each wording once: 'Oct 14', 'on Tuesday'."""
    return list(dict.fromkeys(time.text for _claim, time in members))


def _date_wording(counted: list[Figure], event: str) -> tuple[str, str]:
    """The subject of a date conflict and the start of its explanation: 'when the miners were killed' /
    'Articles say the miners were killed on days', else 'date of the release' / 'Articles date the release to
    days'."""
    clause = _event_clause(counted, event)
    if clause is not None:
        return f"when {clause}", f"Articles say {clause} on days"
    return f"date of the {event_noun(event)}", f"Articles date the {event_noun(event)} to days"


def _event_clause(counted: list[Figure], event: str) -> str | None:
    """'the miners were killed', 'the ships waited': the event said of the one thing its figures count; None
    when they count nothing, or several things."""
    things = {f.thing for f in counted}
    if len(things) != 1 or not event:
        return None
    return clause_of(things_named(counted, things.pop()), event, counted[0].acting)
