"""Reading a parsed sentence: its main predicate, negation, hedges, and what kind of sentence it is."""
from __future__ import annotations

from typing import Any

from .lexicon import (
    HEDGE_WORDS, LIGHT_VERBS, MODAL_HEDGES, NEGATORS, OPINION_MODALS, PASSIVE_HEDGE_HEADS, REPORTING_VERBS,
)

# "is expected to free", "appears to have fled": the asserted event is the infinitive's.
RAISING_VERBS = frozenset({"expect", "appear", "seem", "allege", "rumour", "rumor", "suppose", "tend"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
OBJECT_DEPS = frozenset({"dobj", "obj", "attr", "oprd"})
MODIFIER_CLAUSES = frozenset({"acl", "relcl"})
PAST_FORMS = frozenset({"VBD", "VBN"})  # "capsized": a verb that states an event, not a gerund's description
CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "advcl", "relcl", "acl", "conj", "pcomp"})
# Words a title-case heading leaves in lower case ("A Glimmer of Hope, But the Shadow Remains").
TITLE_MINOR_WORDS = frozenset({"a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet", "of", "to", "in",
                               "on", "at", "by", "as", "from", "with", "into", "over", "vs", "via"})
SENTENCE_CLOSERS = tuple('.!?…"”’\')')
HEADING_CAPITALISED_SHARE = 0.8
# Nouns of reporting: a negated one ("no statement", "no confirmation") leaves the event unconfirmed, not denied.
COMMUNICATION_NOUNS = frozenset({"statement", "announcement", "confirmation", "comment", "word", "indication",
                                 "report", "decision", "detail", "sign", "news", "update"})


def root_of(doc: Any) -> Any:
    """The sentence's root token (the first one if the parser produced several)."""
    return next((t for t in doc if t.dep_ == "ROOT"), doc[0])


def main_predicate(doc: Any) -> Any:
    """The verb the sentence asserts: the root, or the clause a reporting verb introduces.

    "Officials said 123 prisoners were released" asserts *release*; the saying is its attribution.
    """
    verb = root_of(doc)
    for _ in range(3):
        if verb.lemma_.lower() not in REPORTING_VERBS and verb.lemma_.lower() not in RAISING_VERBS:
            break
        inner = next((c for c in verb.children if c.dep_ in ("ccomp", "xcomp")), None)
        if inner is None:
            return _statement_left_as_modifier(verb) or verb
        verb = inner
    return verb


def _statement_left_as_modifier(reporting: Any) -> Any | None:
    """The verb of a statement that a reporting verb closes but the parser did not give it as its clause: in "A
    ferry carrying 150 people capsized near Goma on Sunday, killing 27, the governor said", "capsized" may be
    read as a participle or a relative clause of "people" and "said" as the only verb of the sentence. The first
    verb in the past form so attached before the reporting verb, outside its speaker's words ("Officials who visited the
    site said" asserts no visit)."""
    if reporting.lemma_.lower() not in REPORTING_VERBS:
        return None
    speaker = max((c for c in reporting.lefts if c.dep_ in SUBJECT_DEPS), key=lambda t: t.i, default=None)
    spoken = {t.i for t in speaker.subtree} if speaker is not None else set()
    return next((t for t in reporting.doc[:reporting.i]
                 if t.dep_ in MODIFIER_CLAUSES and t.tag_ in PAST_FORMS and t.i not in spoken), None)


def predicate_lemma(token: Any) -> str:
    """The lemma that names the predicate; for a copula, its complement ("was free" -> free)."""
    if token.lemma_.lower() in LIGHT_VERBS:
        complement = next((c for c in token.children if c.dep_ in ("acomp", "attr", "xcomp")), None)
        if complement is not None:
            return complement.lemma_.lower()
    return token.lemma_.lower()


def clause_negated(token: Any) -> bool:
    """Whether the clause holding ``token`` is negated.

    Climbs from the token to the first verb above it (inclusive), looking for a negator on each step or
    on that verb's subject: "no official statement has been made regarding X" negates what is said about X.
    """
    return _negation(token) is not None


def negation_unconfirms(token: Any) -> bool:
    """Whether the clause's negation falls on reporting rather than on the event: "no official statement has
    been made regarding X", "officials did not confirm X", "nobody has announced X" say that X is not
    confirmed, not that it did not happen."""
    found = _negation(token)
    if found is None:
        return False
    negated, subject = found
    reporting = negated != token and negated.lemma_.lower() in REPORTING_VERBS
    return reporting or (subject is not None and subject.lemma_.lower() in COMMUNICATION_NOUNS)


def _negation(token: Any) -> tuple[Any, Any] | None:
    """(the word whose clause is negated, its negated subject or None), climbing as ``clause_negated`` says."""
    current = token
    for _ in range(8):
        found = _negated_here(current, own=current == token)
        if found is not None:
            return current, found if found != current else None
        # a participle used as a preposition ("regarding", "following") climbed to does not end the clause; the
        # verb asked about always does ("Despite leading the team, Brand has not ..." does not deny the leading)
        clause_verb = current.pos_ in ("VERB", "AUX") and (current == token or current.dep_ not in ("prep", "pcomp"))
        if clause_verb or current.head == current:
            return None
        current = current.head
    return None


def _negated_here(token: Any, own: bool) -> Any:
    """``token`` when a negator modifies it, or, when it is the word asked about (``own``), its object ("have no
    leads", "found no survivors"; a verb climbed to is not: "accomplishments, including receiving X, leave no
    doubt" does not deny X); its subject when that is negated ("no statement", "nobody"); else None."""
    if yet_to(token):
        return token
    for child in token.children:
        if child.dep_ == "neg" or child.lower_ in ("never", "no", "none"):
            return token
        if own and child.dep_ in OBJECT_DEPS and any(g.dep_ == "det" and g.lower_ == "no" for g in child.children):
            return token
        if child.dep_ in SUBJECT_DEPS and any(g.lower_ in NEGATORS and g.dep_ == "det" for g in child.children):
            return child
        if child.dep_ in SUBJECT_DEPS and child.lower_ in ("nobody", "nothing", "none", "no one"):
            return child
    return None


def yet_to(token: Any) -> bool:
    """"had yet to regain", "is yet to be found": the event has not happened (a negator there, "has not yet to",
    is not English, so none is looked for)."""
    head = token.head
    return (token.dep_ == "xcomp" and head != token and head.lemma_ in ("have", "be")
            and any(c.lower_ == "yet" for c in head.children))


def hedges_in(doc: Any) -> list[str]:
    """Hedging words of the sentence, in order: "reportedly", modal "may", "is expected to", and the "would" of a
    conditional ("would not have placed him on injured reserve if ..."), which states no fact."""
    found: list[str] = []
    for token in doc:
        word = token.lower_
        if (word == "would" and token.tag_ == "MD" and _conditional(token)) or (word == "due" and _plans(token)):
            found.append(token.text)
            continue
        if word not in HEDGE_WORDS:
            continue
        if word in PASSIVE_HEDGE_HEADS and not _passive_infinitive(token):
            continue
        if word in MODAL_HEDGES and token.tag_ != "MD":
            continue
        if word in ("appear", "appears", "appeared", "seem", "seems", "seemed") and not _takes_infinitive(token):
            continue
        found.append(token.text)
    return found


def _plans(due: Any) -> bool:
    """"due to enter his plea": a plan, not an event (unlike "due to the storm")."""
    following = due.doc[due.i + 1:due.i + 3]
    return len(following) == 2 and following[0].lower_ == "to" and following[1].tag_ == "VB"


def _conditional(modal: Any) -> bool:
    """Whether the verb of a modal has an "if" or "unless" clause of its own."""
    verb = modal.head
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
               for c in verb.children)


def _passive_infinitive(token: Any) -> bool:
    """"is expected to", "are believed to": a participle after a form of *be*, followed by *to*."""
    before = token.nbor(-1) if token.i > 0 else None
    after = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return before is not None and before.lemma_ == "be" and after is not None and after.lower_ == "to"


def _takes_infinitive(token: Any) -> bool:
    after = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return after is not None and after.lower_ == "to"


def is_question(doc: Any) -> bool:
    text = doc.text.rstrip()
    return text.endswith("?")


def is_heading(doc: Any) -> bool:
    """A subheading kept in the body: no closing punctuation, and its words capitalised as a title's.

    Such a line names a section ("The Long Road to Justice: Over a Thousand Still Imprisoned"); it asserts
    nothing the paragraphs under it do not state in full. A sentence-case line without a full stop may
    be a list item, which can be a claim, so it is not taken for a heading.
    """
    text = doc.text.rstrip()
    if not text or text.endswith(SENTENCE_CLOSERS):
        return False
    words = [t.text for t in doc if t.is_alpha and t.lower_ not in TITLE_MINOR_WORDS]
    capitalised = sum(1 for word in words if word[0].isupper())
    return bool(words) and capitalised >= HEADING_CAPITALISED_SHARE * len(words)


def is_opinion(doc: Any) -> bool:
    """Pure opinion or rhetoric: a prescriptive modal on the main verb ("should", "must"), or a
    first-person main clause of the writer ("we believe")."""
    verb = root_of(doc)
    if any(c.lower_ in OPINION_MODALS for c in verb.children if c.tag_ == "MD"):
        return True
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    return subject is not None and subject.lower_ in ("i", "we") and not _inside_quote_marks(subject)


def _inside_quote_marks(token: Any) -> bool:
    before = token.doc[: token.i].text
    return sum(before.count(m) for m in ('"', "“", "”")) % 2 == 1


def has_verb(doc: Any) -> bool:
    return any(t.pos_ in ("VERB", "AUX") for t in doc)
