"""Whether a frame's event is stated as fact, and whether it is denied (for the scope and polarity rules).

An event word can be reported ("the council bought the depot"), denied ("had not bought it"), or neither:
predicted or possible ("will not take effect", "would require"), wanted, promised or tried ("a promise not to
reveal", "negotiating to purchase"), asked about or believed ("whether to file", "suspect the fire was set"),
under a condition ("if it comes down to a contest"), or generic ("a coach who hasn't won a title"). Only reported
and denied events are set against each other. The tests read the dependency parse, never the words of a story.
"""
from __future__ import annotations

from typing import Any

from .grammar import clause_negated

# Verbs of belief: what their clause says is someone's belief, not a fact stated.
BELIEF_VERBS = frozenset({"believe", "think", "suspect", "doubt", "fear", "suppose", "assume", "guess", "speculate"})
# Verbs of intent: what their "to" clause names is wanted, planned or tried, not done ("did not want to end the game").
INTENT_VERBS = frozenset({"want", "hope", "plan", "intend", "seek", "try", "aim", "wish", "expect", "attempt",
                          "threaten", "promise", "vow", "pledge", "propose", "offer", "prefer"})
# A modal or future auxiliary: the event is predicted, possible or required, not reported ("will take effect").
MODALS = frozenset({"would", "could", "might", "may", "can", "ca", "should", "must", "will", "wo", "shall"})
# Verbs whose "to" clause happened when they did ("managed to free", "began to fall"); any other verb's
# ("wanted to", "refused to", "negotiating to purchase") or a noun's ("a promise not to reveal") did not, or not yet.
IMPLICATIVE_VERBS = frozenset({"manage", "begin", "start", "continue", "proceed", "choose", "opt", "elect",
                               "remember", "dare", "bother", "happen", "get", "go", "come", "cease"})
# A decision reports what was decided as the news of it ("the decision to lift sanctions", "agreed to ease
# sanctions"): its "to" clause is compared as stated (a report that it was not done answers it).
DECISION_WORDS = frozenset({"decide", "decision", "agree", "agreement", "vote", "move", "order", "resolve",
                            "resolution", "deal", "step"})
# "the first to win", "the only team to score": an infinitive after a rank states what happened.
RANK_WORDS = frozenset({"first", "second", "third", "last", "only", "next"})
CONDITION_MARKS = frozenset({"if", "unless"})
MAX_CLIMB = 8  # heads climbed from a word to the root of its sentence
DEFINITE_DETERMINERS = frozenset({"the", "this", "that", "these", "those"})
# A negation over such a period ("has not been hit in 25 years") says nothing of this event.
PERIOD_UNITS = frozenset({"year", "decade", "century", "month", "week", "generation"})
# Prepositions that give the topic of a negated statement ("no comment regarding the release"), unlike those that
# give its place or time ("never recovered ... near the end of the round" does not deny the round ended).
TOPIC_PREPS = frozenset({"regarding", "concerning", "about", "on", "over", "of", "for", "into", "to", "with"})


def event_negated(token: Any) -> bool:
    """Whether the frame's event is denied. An event noun that only places or times another statement ("near the
    end of the fifth round") is not denied by that statement's negation, only by its own ("no end")."""
    if token.pos_ == "NOUN" and token.dep_ == "pobj" and token.head.lower_ not in TOPIC_PREPS:
        return any(c.dep_ == "det" and c.lower_ == "no" for c in token.children)
    return clause_negated(token)


def bounded(argument: Any) -> bool:
    """The argument is bounded by a comparison ("never hit fewer than 26 homers", "hit at least 30 homers", "no
    contract longer than eight years"): what is denied is a bound, which the figures compare ("no shots" against
    "two shots" is a denial all the same)."""
    words = [c for c in argument.children if c.tag_ in ("JJR", "RBR")]
    words += [g for c in argument.children if c.dep_ == "nummod" for g in c.subtree if g is not c]
    # "offered a contract longer than eight years": the parser may hang the comparison on the verb
    words += [c for c in argument.head.children if c.tag_ in ("JJR", "RBR") and c.i > argument.i
              and any(g.lower_ == "than" for g in c.children)]
    return any(w.tag_ in ("JJR", "RBR", "JJS", "RBS") or w.lower_ in ("least", "most", "than") for w in words)


def stated_as_fact(token: Any) -> bool:
    """Whether the event word is stated as fact. It is not when planned or possible ("a potential easing"),
    believed, doubted or not believed ("residents don't believe he had a gun", "police suspect the fire was
    set"), asked about ("was considering whether to file charges", "asked if he would return"), wanted or tried
    ("did not want to end the game"), weighed ("rescinding a rule would require"), under a condition ("if it comes
    down to a contest") or generic (``_generic_denial``). An event noun is as stated as the verb it depends on
    ("approved a bond to pay for the purchase")."""
    if any(c.lower_ in ("potential", "possible", "proposed", "planned", "future") for c in token.children):
        return False
    heads = _clause_heads(token)
    if heads and (_unasserted_clause(heads[0]) or any(_conditional(h) for h in heads)):
        return False
    return not _generic_denial(token, heads)


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
    if any(c.dep_ == "mark" and (c.lower_ == "whether" or (c.lower_ == "if" and verb.dep_ == "ccomp"))
           for c in verb.children):
        return True
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in INTENT_VERBS:
        return True
    if verb.dep_ in ("csubj", "csubjpass") and _modal(verb.head):
        return True  # "Rescinding a rule would require a new process": what it would take, not what was done
    if _modal(verb) or _unasserted_infinitive(verb):
        return True
    return verb.dep_ == "ccomp" and verb.head.lemma_.lower() in BELIEF_VERBS


def _modal(verb: Any) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in MODALS for c in verb.children)


def _unasserted_infinitive(token: Any) -> bool:
    """A "to" clause that does not say its event happened: "was negotiating to purchase", "a promise not to
    reveal", "refused to sign" (only an implicative verb's or a rank's does: "managed to", "the first to"); a verb
    under one is as unasserted ("to help determine the cause")."""
    for _ in range(3):
        if any(c.lower_ == "yet" for c in token.head.children):
            return False  # "had yet to regain": a denial (grammar.py), not a plan
        if not any(c.dep_ == "aux" and c.tag_ == "TO" for c in token.children):
            if token.dep_ != "xcomp" or token.head == token:
                return False
            token = token.head  # "help determine": asserted as far as "help" is
            continue
        head = token.head
        if (head.lemma_.lower() in IMPLICATIVE_VERBS | DECISION_WORDS or head.lower_ in RANK_WORDS
                or head.tag_ == "JJS"):
            return False
        return not any(c.lower_ in RANK_WORDS or c.tag_ == "JJS" for c in head.children)
    return False


def _conditional(token: Any) -> bool:
    """"if it comes down to a contest": a condition, not an event."""
    return any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in token.children)


def _generic_denial(token: Any, heads: list[Any]) -> bool:
    """A denial of no particular thing: in a relative clause of an indefinite or bare noun ("a coach who hasn't
    won a title", "rules that have not yet taken effect", "in cases where an agency determines that consultation
    is not required"), or over a long period ("has not been hit by a quake in more than 25 years")."""
    if not heads or not clause_negated(token):
        return False
    if any(h.dep_ == "relcl" and h.head.pos_ == "NOUN" and not _definite(h.head) for h in heads):
        return True
    return any(c.dep_ == "prep" and c.lower_ in ("in", "for", "over", "since")
               and any(g.dep_ == "pobj" and (c.lower_ == "since" or g.lemma_.lower() in PERIOD_UNITS)
                       for g in c.children)
               for c in heads[0].children)


def _definite(noun: Any) -> bool:
    return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS) for c in noun.children)
