"""Name conflicts: aligned claims that say the same thing of different people (or places, organisations).

Two claims of different articles conflict on a name when, with their names masked, their wordings are
nearly the same (``MASKED_SIMILARITY``) and each names an entity of one type the other
does not. Lists of different people each doing the same thing ("X was also freed") are short sentences
whose masked wording is generic; the rule asks for ``MIN_WORDS`` words of shared context so they are not read
as a swap. Sentence embeddings weigh names heavily (the same sentence about two people scores ~0.5), so
candidates are not taken from the aligned groups but from blocks keyed on the masked wording's first and
last ``EDGE_WORDS`` words; blocks larger than ``BLOCK_CAP`` are skipped (boilerplate sentences).
"""
from __future__ import annotations

from rapidfuzz import fuzz

from ..model import Claim, Mention
from ..model.mentions import PLACE_LABELS
from ..resolve.gazetteer import load_gazetteer
from ..text import shorten
from .claims import entity_key
from .context import Finding, StoryContext, position
from .phrasing import article_count, quoted

MASKED_SIMILARITY = 90.0
MIN_WORDS = 8
EDGE_WORDS = 6
BLOCK_CAP = 30
# The labels of names compared, and what a reader calls what each names: (one, several).
NAMED_KINDS = {"PERSON": ("person", "people"), "ORG": ("organisation", "organisations"), "GPE": ("place", "places"),
               "LOC": ("place", "places"), "FAC": ("place", "places"), "NORP": ("group", "groups")}
NAME_LABELS = frozenset(NAMED_KINDS)
SUBJECT_CHARS = 70
# Names this alike (rapidfuzz ratio) are one name spelt two ways, not two names: "Gordon Advisers" / "Gordon
# Advisors" is 93, "Mark Haller" / "Mark Hallen" 91; "Tom Reyes" / "Tim Reyes" (89) may be two people and stays a
# conflict, as do two names of one family ("Katie Jenkin" / "John Jenkin", 61).
SPELLING_SIMILARITY = 90.0


def masked(ctx: StoryContext, claim: Claim, mentions: list[Mention]) -> str:
    text, base = claim.text, claim.span.start
    for mention in sorted(mentions, key=lambda m: -m.span.start):
        text = text[: mention.span.start - base] + "<NAME>" + text[mention.span.end - base:]
    return text


def name_conflicts(ctx: StoryContext) -> list[Finding]:
    blocks: dict[str, list[Claim]] = {}
    for claim in ctx.claims:
        words = masked(ctx, claim, ctx.mentions_in(claim)).lower().split()
        if len(words) >= MIN_WORDS and "<name>" in " ".join(words):
            for key in (" ".join(words[:EDGE_WORDS]), "$" + " ".join(words[-EDGE_WORDS:])):
                blocks.setdefault(key, []).append(claim)
    findings, seen = [], set()
    for block in blocks.values():
        if len(block) <= BLOCK_CAP:
            findings += _block_findings(ctx, block, seen)
    return findings


def _block_findings(ctx: StoryContext, block: list[Claim], seen: set[tuple[str, str]]) -> list[Finding]:
    found = []
    for i, first in enumerate(block):
        for second in block[i + 1:]:
            pair = (first.id, second.id)
            if first.article != second.article and pair not in seen:
                seen.add(pair)
                finding = _swap(ctx, first, second)
                if finding is not None:
                    found.append(finding)
    return found


def same_name_written_otherwise(one: str, other: str) -> bool:
    """Whether two names are one name spelt or cut differently: "Gordon Advisers" and "Gordon Advisors", "Oregon
    State Police" and "Oregon State Police Lt" (``SPELLING_SIMILARITY``, or every word of one in the other)."""
    if name_within(one, other):
        return True
    return fuzz.ratio(" ".join(one.casefold().split()), " ".join(other.casefold().split())) >= SPELLING_SIMILARITY


def name_within(one: str, other: str) -> bool:
    """Whether every word of one name is in the other ("Bialiatski", "Ales Bialiatski"), case aside."""
    first, second = set(one.casefold().split()), set(other.casefold().split())
    return first <= second or second <= first


def _one_name(one: Mention, other: Mention) -> bool:
    """One name written otherwise, or, of places, one place at two scales (see ``one_place``)."""
    if same_name_written_otherwise(one.text, other.text):
        return True
    return one.label in PLACE_LABELS and other.label in PLACE_LABELS and one_place(one.text, other.text)


def one_place(one: str, other: str) -> bool:
    """Whether two place names may name one place: a state written in full or abbreviated ("Tennessee", "Tenn."),
    or a country and a capital or state within it ("Greece", "Athens"); two capitals, two states or two countries
    are two places. Known places only (the gazetteer's countries, capitals and US states)."""
    gazetteer = load_gazetteer()
    first, second = gazetteer.scale_of(one), gazetteer.scale_of(other)
    if first is None or second is None:
        return False
    return first == second or first[1] == second[0] or second[1] == first[0]


def _swap(ctx: StoryContext, first: Claim, second: Claim) -> Finding | None:
    ma, mb = ctx.mentions_in(first), ctx.mentions_in(second)
    keys_a, keys_b = {entity_key(m) for m in ma}, {entity_key(m) for m in mb}
    only_a = [m for m in ma if entity_key(m) not in keys_b and m.label in NAME_LABELS]
    only_b = [m for m in mb if entity_key(m) not in keys_a and m.label in NAME_LABELS]
    labels = {m.label for m in only_a} & {m.label for m in only_b}
    if not labels or len(first.text.split()) < MIN_WORDS:
        return None
    if fuzz.ratio(masked(ctx, first, ma), masked(ctx, second, mb)) < MASKED_SIMILARITY:
        return None
    label = sorted(labels)[0]
    side_a = [m for m in only_a if m.label == label]
    side_b = [m for m in only_b if m.label == label]
    if all(any(_one_name(a, b) for b in side_b) for a in side_a):
        return None
    positions = [position(ctx, " / ".join(dict.fromkeys(m.text for m in side)), [], [(c.article, c.span)])
                 for side, c in ((side_a, first), (side_b, second))]
    kind, plural = NAMED_KINDS[label]
    explanation = (f"The same statement names different {plural}: "
                   + " vs ".join(f"{p.value} ({article_count(p.articles)})" for p in positions) + ".")
    return Finding("name", f"which {kind} is named in {quoted(shorten(first.text, SUBJECT_CHARS))}", positions,
                   explanation, {first.id, second.id})
