"""Whether a frame's event is stated as fact, and whether it is denied (for the scope and polarity rules).

An event word can be reported ("the council bought the depot"), denied ("had not bought it", "failed to buy it"),
or neither: predicted or possible ("will not take effect", "would require"), wanted, promised or tried ("a promise
not to reveal", "negotiating to purchase"), asked about or believed ("whether to file", "suspect the fire was set"),
under a condition ("if it comes down to a contest"), or generic ("a coach who hasn't won a title"). Only reported
and denied events are set against each other. The tests read the dependency parse, never the words of a story.
"""
from __future__ import annotations

from typing import Any

from .grammar import clause_negated, yet_to
from .lexicon import (BELIEF_VERBS, DECISION_WORDS, DEGREE_WORDS, IMPLICATIVE_VERBS, INTENT_VERBS,
                      LONG_PERIOD_UNITS, MODAL_AUXILIARIES, NEGATIVE_IMPLICATIVE_VERBS, RANK_WORDS)

CONDITION_MARKS = frozenset({"if", "unless"})
DEFINITE_DETERMINERS = frozenset({"the", "this", "that", "these", "those"})
# Prepositions that give the topic of a negated statement ("no comment regarding the release"), unlike those that
# give its place or time ("never recovered ... near the end of the round" does not deny the round ended).
TOPIC_PREPS = frozenset({"regarding", "concerning", "about", "on", "over", "of", "for", "into", "to", "with"})
BOUND_WORDS = frozenset({"least", "most", "than"})
TIME_BOUNDS = frozenset({"until", "till"})  # "not ... until": it happened then ("not during" still denies)
MAX_CLIMB = 8  # heads climbed from a word to the root of its sentence
INFINITIVE_CLIMB = 3  # "to help determine": verbs climbed from a bare infinitive to the "to" clause it completes


def event_negated(token: Any) -> bool:
    """Whether the frame's event is denied: by its clause's negation, by a verb whose "to" clause did not happen
    ("failed to sign", unless that verb is itself negated: "did not fail to sign"). An event noun that only places
    or times another statement ("near the end of the fifth round") is denied only by its own "no"."""
    if token.pos_ == "NOUN" and token.dep_ == "pobj" and token.head.lower_ not in TOPIC_PREPS:
        return any(c.dep_ == "det" and c.lower_ == "no" for c in token.children)
    if _infinitive(token) and token.head.lemma_.lower() in NEGATIVE_IMPLICATIVE_VERBS:
        return not clause_negated(token.head)
    return clause_negated(token)


def bounded(argument: Any) -> bool:
    """The argument is bounded by a comparison ("fewer than 26 homers", "at least 30 homers", "a contract longer
    than eight years"): a denied bound ("never hit fewer than 26") is answered by figures, not by a report that
    some were hit."""
    comparisons = [c for c in argument.children if c.tag_ in ("JJR", "RBR")]
    # "offered a contract longer than eight years": the parser may hang the comparison on the verb
    comparisons += [c for c in argument.head.children if c.tag_ in ("JJR", "RBR") and c.i > argument.i]
    if any(g.lower_ == "than" for c in comparisons for g in c.subtree):
        return True
    return any(g.lower_ in BOUND_WORDS for c in argument.children if c.dep_ == "nummod" for g in c.subtree)


def stated_as_fact(token: Any) -> bool:
    """Whether the event word is stated as fact. It is not when planned or possible ("a potential easing"),
    believed, doubted or not believed ("residents don't believe he had a gun", "police suspect the fire was
    set"), asked about ("was considering whether to file charges", "asked if he would return"), wanted or tried
    ("did not want to end the game"), weighed ("rescinding a rule would require"), under a condition ("if it
    comes down to a contest"), generic (``_generic_denial``), a denial bounded in time (``_until``) or one of
    degree (``_degree_denial``). An event noun is as stated as the verb it depends on ("approved a bond to pay for
    the purchase")."""
    if any(c.lower_ in ("potential", "possible", "proposed", "planned", "future") for c in token.children):
        return False
    heads = _clause_heads(token)
    if heads and (_unasserted_clause(heads[0]) or any(_conditional(h) for h in heads)):
        return False
    if heads and event_negated(token) and (_until(heads[0]) or (heads[0].dep_ == "xcomp" and _until(heads[0].head))):
        return False  # "did not release the name until Tuesday": when it happened, not that it did not
    return not _generic_denial(token, heads) and not _degree_denial(token, heads)


def _clause_heads(token: Any) -> list[Any]:
    """The verbs whose clauses hold ``token``, innermost first (the token itself when it is one)."""
    heads = []
    current = token
    for _ in range(MAX_CLIMB):
        if current.pos_ in ("VERB", "AUX"):
            heads.append(current)
        if current.head == current:
            break
        current = current.head
    return heads


def _unasserted_clause(verb: Any) -> bool:
    if any(c.dep_ == "mark" and c.lower_ == "whether" for c in verb.children):
        return True
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in INTENT_VERBS:
        return True
    if verb.dep_ in ("csubj", "csubjpass") and modal_clause(verb.head):
        return True  # "Rescinding a rule would require a new process": what it would take, not what was done
    if modal_clause(verb) or _unasserted_infinitive(verb):
        return True
    return verb.dep_ == "ccomp" and verb.head.lemma_.lower() in BELIEF_VERBS


def modal_clause(verb: Any) -> bool:
    """Whether the verb's own clause is modal ("could rise", "will hold", "can cause")."""
    return any(c.dep_ == "aux" and c.lower_ in MODAL_AUXILIARIES for c in verb.children)


def _infinitive(token: Any) -> bool:
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in token.children)


def _unasserted_infinitive(token: Any) -> bool:
    """A "to" clause that does not say its event happened: "was negotiating to purchase", "a promise not to
    reveal", "ordered residents to evacuate" (an implicative verb's, a decision's or a rank's does: "managed to",
    "were forced to", "the decision to lift", "the first to"; "failed to" denies it, see ``event_negated``); a
    verb under one is as unasserted ("to help determine the cause")."""
    for _ in range(INFINITIVE_CLIMB):
        if yet_to(token):
            return False  # "had yet to regain": a denial (grammar.py), not a plan
        if _infinitive(token):
            return not _stating_head(token.head)
        if token.dep_ != "xcomp" or token.head == token:
            return False
        token = token.head  # "help determine": asserted as far as "help" is
    return False


def _stating_head(head: Any) -> bool:
    """Whether the word a "to" clause completes states that clause's event (or denies it)."""
    lemma = head.lemma_.lower()
    if lemma in IMPLICATIVE_VERBS or lemma in NEGATIVE_IMPLICATIVE_VERBS or lemma in DECISION_WORDS:
        return True
    return head.lower_ in RANK_WORDS or any(c.lower_ in RANK_WORDS for c in head.children)


def _conditional(token: Any) -> bool:
    """"if it comes down to a contest": a condition, not an event."""
    return any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in token.children)


def _generic_denial(token: Any, heads: list[Any]) -> bool:
    """A denial of no particular thing: in a present relative clause of an indefinite or bare noun ("a coach who
    hasn't won a title", "rules that have not yet taken effect", "in cases where an agency determines that
    consultation is not required"; a past one is of particular people: "residents who had not evacuated"), or over
    years ("has not been hit by a quake in more than 25 years"; "not inspected in a year" still denies)."""
    if not heads or not clause_negated(token):
        return False
    if any(h.dep_ == "relcl" and h.head.pos_ == "NOUN" and not _definite(h.head) and _present(h) for h in heads):
        return True
    return any(c.dep_ == "prep" and c.lower_ in ("in", "for", "over") and any(_years(g) for g in c.children)
               for c in heads[0].children)


def _degree_denial(token: Any, heads: list[Any]) -> bool:
    """A denial of how much, how well or how often, not of the event: "hadn't scored much", "did not play well",
    "has not always paid", "did not score many points" (he scored a few, played, paid at times)."""
    if not heads or not event_negated(token):
        return False
    verb = heads[0]
    if any(c.dep_ in ("advmod", "npadvmod") and c.lower_ in DEGREE_WORDS and not _as_well(c) for c in verb.children):
        return True
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    return any(m.dep_ == "amod" and m.lower_ in DEGREE_WORDS for o in objects for m in o.children)


def _as_well(word: Any) -> bool:
    """"did not arrest the driver as well": "also", no degree."""
    return word.lower_ == "well" and (any(c.lower_ == "as" for c in word.children)
                                      or (word.i > 0 and word.doc[word.i - 1].lower_ == "as"))


def _until(verb: Any) -> bool:
    """"did not release the name until Tuesday", "declined to make an offer until the talks": a denial bounded
    in time, which says when it happened rather than that it did not."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in TIME_BOUNDS:
            return True
        if child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in TIME_BOUNDS for m in child.children):
            return True
    return False


def _definite(noun: Any) -> bool:
    return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS) for c in noun.children)


def _present(verb: Any) -> bool:
    """"has not won", "does not", "cannot": a present (or perfect) clause, not a past one ("did not", "had not")."""
    forms = [verb] + [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return not any(t.tag_ == "VBD" for t in forms)


def _years(word: Any) -> bool:
    """"in more than 25 years", "for decades": a stretch of years (not "in a year")."""
    if word.dep_ != "pobj" or word.lemma_.lower() not in LONG_PERIOD_UNITS:
        return False
    return word.tag_ == "NNS" or any(c.dep_ in ("nummod", "quantmod") for c in word.children)
