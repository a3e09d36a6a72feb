"""Frames: who-did-what-to-what units read from a parse, for the scope and polarity rules.

A frame is an event word (a verb, or an event noun such as "easing" or "relief") with its argument (the
object, else the subject) and what restricts that argument: "eased sanctions on potash exports" is
(ease, sanction, restricted by {potash, export}); "lifted sanctions on the country" is (lift, sanction)
with a polity as its target, the general statement.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from ..model import Claim, Span
from .align import acting_on_class
from .assertion import bounded, event_negated, stated_as_fact
from .grammar import negation_unconfirms
from .lexicon import (
    EVENT_CLASSES, IDIOM_EVENTS, LIGHT_VERBS, PARTIAL_PREDICATES, POLITY_NOUNS, REPORTING_VERBS, RESTRICTIVE_WORDS,
    TOTAL_PREDICATES, UNIVERSAL_WORDS,
)
from .parse import ParsedSentence

RESTRICTING_PREPS = frozenset({"on", "against", "for", "in", "to", "of", "targeting", "affecting", "covering",
                               "regarding", "concerning", "at", "from", "within", "around", "near", "outside",
                               "inside", "along"})
# A verb's own prepositional phrase restricts its object only when it names the target ("lift X on Y").
VERB_SCOPE_PREPS = frozenset({"on", "against", "targeting", "affecting", "covering"})
RESTRICTING_ACL = frozenset({"relate", "target", "cover", "affect", "concern", "tie", "link", "apply", "aim"})
# Reporting and light verbs that state an event when their object is a noun, not a clause or a person.
NOUN_OBJECT_ONLY = (REPORTING_VERBS | LIGHT_VERBS) - frozenset({"say", "tell", "ask", "add", "be", "do", "go", "come",
                                                               "become", "seem", "quote", "see", "think", "know"})
CONTENT_POS = frozenset({"NOUN", "PROPN", "ADJ"})
# Modifiers that quantify the argument itself ("all residents", "the entire store"), not a phrase beside it
# ("17 passes, all of them on target" is not "all passes").
QUANTIFYING_DEPS = frozenset({"det", "predet", "amod", "advmod", "quantmod", "nummod", "compound"})
# Verbs that ease a measure ("suspended sanctions": lifting/easing) but halt an activity ("suspended
# operations", "halted work"): their frame's event depends on what they act on.
HALTING_VERBS = frozenset({"suspend", "suspension", "halt", "stop", "end", "freeze"})
MEASURE_NOUNS = frozenset({"sanction", "ban", "tariff", "restriction", "embargo", "measure", "curfew", "law", "rule",
                           "regulation", "policy", "tax", "duty", "quota", "limit", "moratorium", "penalty",
                           "requirement", "mandate", "lockdown", "blockade", "control", "order", "fine"})
# Things long enough that a place narrows them: "closed the highway near the border" is part of the highway.
STRETCH_NOUNS = frozenset({"road", "highway", "motorway", "street", "route", "border", "line", "railway", "track",
                           "river", "coast", "coastline", "pipeline", "cable", "corridor", "frontier"})
SINGULAR_DETERMINERS = frozenset({"the", "a", "an", "this", "that"})  # one thing pointed at
HALT_CLASS = "halt"
DoerReader = Callable[[Any], "str | None"]  # an event word -> the entity key of whom its subject names


@dataclass(frozen=True, slots=True)
class Frame:
    claim: str
    article: str
    predicate: str
    pred_class: str
    argument: str
    restriction: tuple[str, ...]
    universal: bool
    limited: bool       # a restrictive word on the event or its argument: "only", "selected", "some"
    polity_target: bool
    negated: bool
    hedged: bool
    span: Span          # the words of the frame: predicate through argument and its modifiers
    unconfirmed: bool = False  # the negation is of a report about the event ("no statement ... regarding X")
    argument_text: str = ""    # the argument as written ("sanctions"; lower case unless a name)
    restricting: tuple[Span, ...] = ()  # the words that narrow it, as written ("at the mine only", "selected")
    doer: str | None = None    # whom the event word's subject names or refers to ("Palmer does not own")
    bounded: bool = False      # the argument is bounded by a comparison ("fewer than 26 homers")

    @property
    def general(self) -> bool:
        """States the whole: "all X", "lift X on the country", or a total predicate with nothing restricting it."""
        if self.restriction:
            return False
        if self.universal:  # "reduced all protections": a partial change, but of the whole
            return True
        return self.predicate in TOTAL_PREDICATES and self.predicate not in PARTIAL_PREDICATES

    @property
    def quantified_whole(self) -> bool:
        """"All operations at the company's mines": a universal quantifier over a restricted argument states
        the whole of that restricted set; only an explicitly limited frame ("at one mine only") narrows it."""
        return self.universal and bool(self.restriction) and not self.limited and self.predicate not in PARTIAL_PREDICATES

    @property
    def restricted(self) -> bool:
        return bool(self.restriction) or (self.predicate in PARTIAL_PREDICATES and not self.universal)


def frames_of(claim: Claim, sentence: ParsedSentence, doer_of: DoerReader = lambda event: None) -> list[Frame]:
    """The claim's frames; ``doer_of`` reads whom an event word's subject names (reconcile/doers.py)."""
    frames = []
    for token in sentence.doc:
        argument = argument_of(token)
        if argument is not None:
            frames.append(_frame(claim, sentence, token, argument, doer_of(token)))
    return frames


def argument_of(token: Any) -> Any:
    """The object (else passive subject, else subject) of an event word; None when it has none or is not one."""
    lemma = token.lemma_.lower()
    if token.pos_ == "VERB" and idiom_event(token):  # "the hearing took place": the hearing is what happened
        return next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN")),
                    None)
    if token.pos_ == "VERB" and lemma in NOUN_OBJECT_ONLY:
        # "announced cuts", "made an offer", "had a blood alcohol level": an event only with a noun object
        return next((c for c in token.children if c.dep_ in ("dobj", "obj") and c.pos_ == "NOUN"), None)
    if token.pos_ == "VERB" and lemma not in REPORTING_VERBS and lemma not in LIGHT_VERBS:
        for deps in (("dobj", "obj"), ("nsubjpass",), ("nsubj",)):
            found = next((c for c in token.children if c.dep_ in deps and c.pos_ in ("NOUN", "PROPN")), None)
            if found is not None:
                return found
        return None
    if token.pos_ == "NOUN" and (lemma in EVENT_CLASSES or lemma in TOTAL_PREDICATES or lemma in PARTIAL_PREDICATES):
        of_phrase = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        if of_phrase is not None:
            return next((c for c in of_phrase.children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")), None)
        return next((c for c in token.children if c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN")), None)
    return None


def idiom_event(token: Any) -> str | None:
    """The event a light verb names with its object ("take place": happen), if they make one (``IDIOM_EVENTS``)."""
    obj = next((c for c in token.children if c.dep_ in ("dobj", "obj")), None)
    return IDIOM_EVENTS.get((token.lemma_.lower(), obj.lemma_.lower())) if obj is not None else None


def _frame(claim: Claim, sentence: ParsedSentence, token: Any, argument: Any, doer: str | None) -> Frame:
    modifiers = list(argument.children) + [c for c in token.children
                                           if c.dep_ == "prep" and c.i > token.i and c.lower_ in VERB_SCOPE_PREPS]
    restriction, polity, narrowing = ((), False, []) if one_thing(argument) else _restriction(modifiers, argument)
    words = ({c.lower_ for c in argument.children if c.dep_ in QUANTIFYING_DEPS}
             | {c.lower_ for c in token.children if c.dep_ in ("amod", "advmod")})
    tokens = [token, argument] + [t for m in modifiers for t in m.subtree
                                  if m.dep_ not in ("det", "punct", "cc", "conj") and not t.is_space]
    first, last = min(t.i for t in tokens), max(t.i for t in tokens)
    predicate = (idiom_event(token) if token.pos_ == "VERB" else None) or token.lemma_.lower()
    return Frame(
        claim=claim.id, article=claim.article, predicate=predicate,
        pred_class=frame_class(predicate, argument.lemma_.lower()), argument=argument.lemma_.lower(),
        restriction=restriction, universal=bool(words & UNIVERSAL_WORDS),
        limited=bool((words | set(restriction)) & RESTRICTIVE_WORDS), polity_target=polity,
        negated=event_negated(token), hedged=bool(claim.hedges) or not stated_as_fact(token),
        span=sentence.token_span(first, last + 1), unconfirmed=negation_unconfirms(token),
        argument_text=argument.text if argument.pos_ == "PROPN" else argument.lower_,
        restricting=_restricting_spans(sentence, token, narrowing, bool(restriction)), doer=doer,
        bounded=bounded(argument),
    )


def _restricting_spans(sentence: ParsedSentence, token: Any, narrowing: list[Any],
                       restricted: bool) -> tuple[Span, ...]:
    """The words that narrow the frame, as written: each narrowing modifier whole ("at the Kosagash mine",
    "related to potash exports", "selected"), the event's own limiting words ("only", "calibrated"), and, for a
    partial predicate that nothing else narrows, the predicate itself ("easing"); words next to each other are
    one phrase ("at the Kosagash mine only", "calibrated easing")."""
    pieces = [(min(t.i for t in _words(m)), max(t.i for t in _words(m))) for m in narrowing]
    pieces += [(c.i, c.i) for c in token.children if c.dep_ in ("amod", "advmod") and c.lower_ in RESTRICTIVE_WORDS]
    if not restricted and token.lemma_.lower() in PARTIAL_PREDICATES:
        pieces.append((token.i, token.i))
    return tuple(sentence.token_span(first, last + 1) for first, last in _joined(pieces))


def _joined(pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Token ranges (first, last) with those that overlap or touch joined into one."""
    joined: list[tuple[int, int]] = []
    for first, last in sorted(pieces):
        if joined and first <= joined[-1][1] + 1:
            joined[-1] = (joined[-1][0], max(joined[-1][1], last))
        else:
            joined.append((first, last))
    return joined


def one_thing(argument: Any) -> bool:
    """A single thing the article points at ("the store in the High Street", "Palmer's old dairy"; not a measure,
    "the ban on potash exports" is one part of a ban, nor a stretch, "the highway near the border"). What modifies
    it says which thing it is, not how much of it was acted on, so it narrows nothing."""
    if argument.tag_ != "NN" or argument.lemma_.lower() in MEASURE_NOUNS | STRETCH_NOUNS:
        return False
    return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in SINGULAR_DETERMINERS) for c in argument.children)


def _words(modifier: Any) -> list[Any]:
    """A modifier's words: its subtree for a phrase, itself for a single word."""
    if modifier.dep_ in ("compound", "amod"):
        return [modifier]
    return [t for t in modifier.subtree if not t.is_punct and not t.is_space] or [modifier]


def frame_class(lemma: str, argument: str) -> str:
    """The frame's event class: a halting verb halts an activity unless what it acts on is a measure; a verb's
    class read with its argument otherwise (``acting_on_class``: fired shots are gunfire)."""
    if lemma in HALTING_VERBS and argument not in MEASURE_NOUNS:
        return HALT_CLASS
    return acting_on_class(lemma, argument)


def _restriction(modifiers: list[Any], argument: Any) -> tuple[tuple[str, ...], bool, list[Any]]:
    """Content words of the modifiers that narrow the argument, whether it targets a whole polity, and the
    modifiers that narrow it."""
    words: list[str] = []
    narrowing: list[Any] = []
    polity = False
    for mod in modifiers:
        found: list[str] = []
        if mod.dep_ == "prep" and mod.lower_ in RESTRICTING_PREPS:
            target = next((c for c in mod.children if c.dep_ == "pobj"), None)
            if target is not None and (target.lemma_.lower() in POLITY_NOUNS or target.ent_type_ == "GPE"
                                       or (target.pos_ == "PROPN" and not _has_compound(target))):
                polity = True
                continue
            found = _content(mod)
        elif (mod.dep_ == "compound" and mod.i < argument.i and mod.lemma_.lower() not in POLITY_NOUNS
              and mod.lower_ not in UNIVERSAL_WORDS):  # "total privacy" parsed as a compound is still the whole
            if mod.pos_ == "NOUN":
                found = [mod.lemma_.lower()]
        elif mod.dep_ == "amod" and mod.lower_ in RESTRICTIVE_WORDS:
            found = [mod.lower_]
        elif mod.dep_ == "acl" and mod.lemma_.lower() in RESTRICTING_ACL:
            found = _content(mod)
        words += found
        narrowing += [mod] if any(found) else []
    return tuple(dict.fromkeys(w for w in words if w)), polity, narrowing


def _has_compound(token: Any) -> bool:
    return any(c.dep_ == "compound" for c in token.children)


def _content(token: Any) -> list[str]:
    return [t.lemma_.lower() for t in token.subtree if t.pos_ in CONTENT_POS and t != token]
