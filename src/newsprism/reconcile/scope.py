"""Scope and polarity conflicts, read from frames (see frames.py).

Scope: one article states the whole ("lifted sanctions on the country", "all residents") where another
restricts it ("eased sanctions on potash exports", "selected sanctions"). Frames are compared when they
share the argument and the event class (lift and ease are one class: removing a measure), and are not surely
said of two different doers (as for polarity, below). An article that
itself states the restriction somewhere is read as using the general wording as shorthand, and is not
counted on the general side, unless its general wording is explicitly universal ("intercepted all ships"
under "intercepted three pirate ships"): "all" is chosen, not shorthand. Hedged frames ("a potential easing") state no fact and are left out.

Polarity: one article says it did not happen ("the US has not lifted sanctions"), or that it is not
confirmed ("no official statement has been made regarding sanctions relief"), where another says it did
("the US lifted sanctions"): same argument and event class, opposite negation, neither hedged, and not surely
said of two different doers ("Palmer does not own the properties" and, of their previous owner, "he had owned
the property" are two facts; see doers.py).
"""
from __future__ import annotations

from functools import partial

from ..model import Claim, Position
from .context import Finding, StoryContext, position
from .doers import doer_of, said_of_different_doers
from .frames import Frame, frames_of
from .phrasing import articles_say, capitalised, event_noun, join_and, number_words, quoted

WORDINGS_SHOWN = 3
RESTRICTIONS_SHOWN = 5  # restricting phrases named in an explanation (they are short)
PRONOUN_ARGUMENTS = frozenset({"it", "they", "them", "he", "she", "this", "that", "which", "who", "one"})


def story_frames(ctx: StoryContext) -> list[Frame]:
    frames = []
    for claim in ctx.claims:
        sentence = ctx.parses.get(claim.id)
        if sentence is not None:
            doer = partial(doer_of, ctx, claim, sentence)
            frames.extend(f for f in frames_of(claim, sentence, doer) if f.argument not in PRONOUN_ARGUMENTS)
    return frames


def frame_blocks(frames: list[Frame]) -> dict[tuple[str, str], list[Frame]]:
    blocks: dict[tuple[str, str], list[Frame]] = {}
    for frame in frames:
        if not frame.hedged:
            blocks.setdefault((frame.pred_class, frame.argument), []).append(frame)
    return blocks


def scope_conflicts(ctx: StoryContext, frames: list[Frame]) -> list[Finding]:
    findings = []
    for (event, argument), block in sorted(frame_blocks(frames).items()):
        positive = [f for f in block if not f.negated]
        restricted = [f for f in positive if f.restricted]
        shorthand = {f.article for f in restricted}
        general = [f for f in positive if f.general and (f.universal or f.article not in shorthand)]
        restricted = _narrower(restricted, general)
        general, restricted = _answered(ctx, general, restricted), _answered(ctx, restricted, general)
        if general and restricted and {f.article for f in general} != {f.article for f in restricted}:
            findings.append(_scope_finding(ctx, event, argument, general, restricted))
            continue
        finding = _quantified_scope_finding(ctx, event, argument, positive)
        if finding is not None:
            findings.append(finding)
    return findings


def _narrower(restricted: list[Frame], general: list[Frame]) -> list[Frame]:
    """The restricted frames that narrow the general statement: against "all versions of Windows", "all versions
    of the browser" is a whole too, another set; against "lifted sanctions on Belarus", "lifted all sanctions on
    potash" is a part."""
    if general and all(g.universal for g in general):
        return [f for f in restricted if not f.quantified_whole]
    return restricted


def _quantified_scope_finding(ctx: StoryContext, event: str, argument: str, positive: list[Frame]) -> Finding | None:
    """"All operations at X's mines" against "operations at one mine only": the whole of a restricted set
    against an explicitly limited part of it, in different articles."""
    limited = [f for f in positive if f.limited]
    whole = [f for f in positive if f.quantified_whole and f.article not in {g.article for g in limited}]
    whole, limited = _answered(ctx, whole, limited), _answered(ctx, limited, whole)
    if whole and limited and {f.article for f in whole} != {f.article for f in limited}:
        return _scope_finding(ctx, event, argument, whole, limited)
    return None


def _scope_finding(ctx: StoryContext, event: str, argument: str, general: list[Frame], restricted: list[Frame]) -> Finding:
    positions = [_side(ctx, "general", general), _side(ctx, "restricted", restricted)]
    what = _event_of(event, general + restricted)
    stating = articles_say(positions[0].articles, "states", "state")
    restricting = articles_say(positions[1].articles, "restricts", "restrict")
    explanation = (f"{capitalised(stating)} the {what} as a whole; {restricting} it: "
                   f"{_restricting_words(ctx, restricted)}.")
    return Finding("scope", f"scope of the {what}", positions, explanation, {f.claim for f in general + restricted})


def _event_of(event: str, frames: list[Frame]) -> str:
    """'halt of operations', 'lifting or easing of sanctions': the event's noun and its argument as written,
    in the plural where an article writes it so."""
    written = [f.argument_text for f in frames if f.argument_text] or [frames[0].argument]
    argument = next((w for w in written if w.lower() != frames[0].argument), written[0])
    return argument if event == "happen" else f"{event_noun(event)} of {argument}"  # "the hearing", what happened


def _restricting_words(ctx: StoryContext, frames: list[Frame]) -> str:
    """The words that narrow a side, as written, each once: '“selected”, “calibrated easing” and “on the potash
    sector”' (the first ``RESTRICTIONS_SHOWN``, then how many more)."""
    words = list(dict.fromkeys(" ".join(span.of(ctx.articles[f.article].text).split())
                               for f in frames for span in f.restricting))
    shown = [quoted(w) for w in words[:RESTRICTIONS_SHOWN]]
    if len(words) > RESTRICTIONS_SHOWN:
        shown.append(f"{number_words(len(words) - RESTRICTIONS_SHOWN)} more")
    return join_and(shown)


def polarity_conflicts(ctx: StoryContext, frames: list[Frame]) -> list[Finding]:
    findings = []
    for (event, argument), block in sorted(frame_blocks(frames).items()):
        block = [f for f in block if not (f.bounded and f.negated)]  # "never fewer than 26": for the figures
        negative = [f for f in block if f.negated]
        denying = {f.article for f in negative}
        positive = [f for f in block if not f.negated and f.article not in denying]
        negative, positive = _answered(ctx, negative, positive), _answered(ctx, positive, negative)
        if negative and positive:
            findings.append(_polarity_finding(ctx, event, argument, negative, positive))
    return findings


def _answered(ctx: StoryContext, side: list[Frame], other: list[Frame]) -> list[Frame]:
    """The frames of ``side`` that a frame of ``other`` may say of the same doer: "Palmer does not own the
    properties" is not answered by "he had owned the property" said of their previous owner."""
    return [f for f in side if any(not said_of_different_doers(f.doer, _claim(ctx, f), g.doer, _claim(ctx, g))
                                   for g in other)]


def _polarity_finding(ctx: StoryContext, event: str, argument: str, negative: list[Frame],
                      positive: list[Frame]) -> Finding:
    """One side says it did not happen, or (when every negation falls on a report of it: "no statement has
    been made regarding X") that it is not confirmed; the other reports it as fact."""
    unconfirmed = all(f.unconfirmed for f in negative)
    positions = [_side(ctx, "not confirmed" if unconfirmed else "did not happen", negative),
                 _side(ctx, "happened", positive)]
    what = _event_of(event, negative + positive)
    saying = capitalised(articles_say(positions[0].articles, "says", "say"))
    denial = f"there is no confirmation of the {what}" if unconfirmed else f"the {what} did not happen"
    reporting = articles_say(positions[1].articles, "reports", "report")
    return Finding("polarity", f"whether the {what} happened", positions,
                   f"{saying} {denial}; {reporting} it as fact.", {f.claim for f in negative + positive})


def _side(ctx: StoryContext, label: str, frames: list[Frame]) -> Position:
    """One position: ``label`` with the side's wordings, and the claims of its frames as evidence."""
    return position(ctx, f"{label}: {_wording(ctx, frames)}", [], [(f.article, _claim(ctx, f).span) for f in frames])


def _claim(ctx: StoryContext, frame: Frame) -> Claim:
    return ctx.by_id[frame.claim]


def _wording(ctx: StoryContext, frames: list[Frame]) -> str:
    """The distinct wordings of a side, the first ``WORDINGS_SHOWN`` of them (the evidence holds them all)."""
    words = list(dict.fromkeys(" ".join(f.span.of(ctx.articles[f.article].text).split()) for f in frames))
    shown = " / ".join(f"“{w}”" for w in words[:WORDINGS_SHOWN])
    return shown + (f" (+{len(words) - WORDINGS_SHOWN} more)" if len(words) > WORDINGS_SHOWN else "")
