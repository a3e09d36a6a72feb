"""The grammar of attribution shared by quotes and attributions.

Speech and reporting verbs, the heads of vague sources ("officials", "sources", "analysts"), the heads of
generic news outlets ("state media", "news agency"), the gazetteer of named outlets, noun-phrase and
source-list readers over spaCy tokens, and the resolution of a speaker (a name, a pronoun, a role, or a
vague description) to the person the article means.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources as importlib_resources
from typing import TYPE_CHECKING, Iterable, Sequence

from ..model import Mention, Span

if TYPE_CHECKING:  # spaCy types only; importing spaCy is left to whoever loads the model
    from spacy.tokens import Doc, Token

# Verbs that introduce direct speech, by lemma. "call"/"describe" introduce partial quotes
# ("called the plan 'a gamble'").
SPEECH_VERBS = frozenset({
    "say", "tell", "add", "state", "note", "explain", "insist", "claim", "argue", "warn", "declare",
    "write", "ask", "reply", "respond", "recall", "remark", "comment", "observe", "mention", "tweet",
    "conclude", "continue", "emphasize", "emphasise", "stress", "reiterate", "announce",
    "confirm", "deny", "admit", "acknowledge", "suggest", "urge", "caution", "complain", "predict",
    "call", "describe", "dub", "label", "brand", "vow", "promise", "pledge", "shout", "joke",
    "exclaim", "whisper", "plead", "assert", "maintain", "concede", "boast", "testify", "recount",
    "accuse", "lament",
})

# Verbs whose subject is a cited source of information ("Reuters reported", "groups estimate").
ATTRIBUTION_VERBS = frozenset({
    "say", "tell", "report", "estimate", "claim", "believe", "confirm", "emphasize", "emphasise",
    "stress", "note", "warn", "state", "allege", "suggest", "indicate", "document", "announce",
    "argue", "insist", "add", "reiterate", "acknowledge", "deny", "predict", "caution", "assert",
    "maintain", "contend", "reveal", "disclose", "testify", "calculate", "count", "record",
    "outline",
})

# A passive "as <verb> by X" with these participles cites X ("as reported by the BBC").
AGENT_CUE_VERBS = ATTRIBUTION_VERBS | frozenset({"outline", "describe", "publish", "broadcast"})

# Participles that continue a sentence whose subject speaks ("..., saying, '...'").
PARTICIPLE_DEPS = frozenset({"advcl", "xcomp", "conj", "ccomp", "pcomp"})

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})

# Pronouns that can stand for a speaker, with the gender they imply (None: any).
PERSON_PRONOUNS = {"he": "m", "she": "f"}
PLACE_OR_GROUP_LABELS = frozenset({"ORG", "GPE", "NORP", "LOC", "FAC"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})

# Heads of vague sources: the speaker is described, not named.
# Institutions a definite phrase identifies by function ("the health ministry", "the prosecutor's office").
INSTITUTION_HEADS = frozenset({
    "ministry", "office", "department", "commission", "committee", "court", "council", "parliament", "embassy",
    "bureau", "directorate", "inspectorate", "cabinet", "secretariat", "administration", "government", "service",
})
# Nouns by which an article refers back to an organisation it has named ("QazKomir ... the company said"): a
# bare "the company" names that organisation (institutions.py). Institution heads refer back only to an
# institution of their own kind ("the ministry" to "the disaster ministry").
ORGANISATION_NOUNS = frozenset({
    "company", "firm", "corporation", "conglomerate", "group", "organisation", "organization", "charity",
    "operator", "producer", "manufacturer", "bank", "airline", "carrier", "insurer", "lender", "retailer",
})
VAGUE_HEADS = frozenset({
    "source", "official", "officer", "analyst", "observer", "expert", "diplomat", "insider",
    "witness", "resident", "critic", "activist", "advocate", "group", "organization", "organisation",
    "people", "person", "spokesperson", "spokesman", "spokeswoman", "representative", "aide",
    "member", "authority", "report", "medium", "media", "leader", "figure", "supporter", "those",
    "some", "many", "other", "campaigner", "researcher", "scientist", "economist", "lawmaker",
    "politician", "investigator", "employee", "worker", "staff", "colleague", "friend", "relative",
    "family", "neighbour", "neighbor", "someone", "commentator", "monitor", "correspondent",
    "prosecutor", "police", "cop", "detective", "doctor", "publicist", "rep", "one",
    "reporter", "journalist", "negotiator", "mediator", "defender", "lawyer", "attorney", "agency",
    "body", "watchdog", "estimate", "figures", "statement", "data", "study", "survey", "poll",
})

# Heads that make a phrase a news outlet even when it is not named ("state media", "the newspaper").
OUTLET_HEADS = frozenset({
    "media", "medium", "newspaper", "broadcaster", "television", "tv", "radio", "channel", "outlet",
    "press", "tabloid", "daily", "weekly", "magazine", "wire", "newswire", "website", "paper",
})
# "agency" and "service" are outlets only as "news agency", "press agency", "wire service".
QUALIFIED_OUTLET_HEADS = {"agency": {"news", "press", "state"}, "service": {"wire", "news"}}

GENDERED_WORDS = {
    "mr": "m", "sir": "m", "mrs": "f", "ms": "f", "miss": "f", "madam": "f", "lady": "f",
    "spokesman": "m", "spokeswoman": "f", "chairman": "m", "chairwoman": "f", "actor": "m",
    "actress": "f", "businessman": "m", "businesswoman": "f", "father": "m", "mother": "f",
    "husband": "m", "wife": "f", "son": "m", "daughter": "f", "brother": "m", "sister": "f",
    "king": "m", "queen": "f", "prince": "m", "princess": "f", "congressman": "m",
    "congresswoman": "f",
}
PRONOUN_WINDOW = 60  # tokens after a name searched for the pronoun that tells its gender
PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}

NP_DEPS = frozenset({"det", "amod", "compound", "nummod", "poss", "nmod", "quantmod", "case",
                     "prep", "pobj", "npadvmod", "advmod", "predet", "acomp"})
NP_PREPS = frozenset({"for", "of", "at", "in", "to", "with", "from"})
LIST_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM"})
LIST_BRIDGES = frozenset({"of", "for", "at", "in"})
VAGUE_PRONOUN_HEADS = frozenset({"those", "people", "others", "some", "many"})
PHRASAL_BRIDGES = {"close": "to", "familiar": "with", "near": "to"}
LEADING_ARTICLE = re.compile(r"^(?:the|The)\s+")
# Titles and honorifics written before a name (each may take a full stop: "Gen."); a person's name is given
# without them, and a name written after one is a person's (annotate/kinds.py).
PERSON_TITLES = (
    "Mr", "Mrs", "Ms", "Miss", "Dr", "Prof", "Professor", "Sir", "Dame", "Lady", "Lord", "President", "Vice President",
    "Prime Minister", "Minister", "Chancellor", "Premier", "Mayor", "Governor", "Gov", "Senator", "Sen",
    "Representative", "Rep", "Judge", "Justice", "General", "Gen", "Colonel", "Col", "Captain", "Capt", "Lt",
    "Sergeant", "Sgt", "Admiral", "Chief", "Coach", "Pope", "Cardinal", "Bishop", "Father", "Rabbi", "Imam", "Sheikh",
    "King", "Queen", "Prince", "Princess", "Ambassador", "Envoy", "Secretary", "Chief Executive", "CEO", "Spokesman",
    "Spokeswoman",
)
# The abbreviated titles, which end no organisation's or place's name, so that one closing such a name is the next
# person's ("Oregon State Police Lt. Gregg Hastings"; "Rep." may be a Republic's, "General" an Attorney General's).
ABBREVIATED_TITLES = frozenset({"Lt", "Sgt", "Capt", "Cpl", "Col", "Gen", "Maj", "Det", "Insp", "Supt", "Cmdr", "Adm",
                                "Gov", "Sen", "Dr", "Mr", "Mrs", "Ms", "Prof", "Pvt"})
# The words of the titles, each of which a name may follow ("Coach", "Prime", "Minister", "Lt").
TITLE_WORDS = frozenset(word for title in PERSON_TITLES for word in title.split()) | ABBREVIATED_TITLES
_TITLE_ALTERNATIVES = "|".join(sorted(PERSON_TITLES, key=len, reverse=True))
LEADING_TITLES = re.compile(rf"^(?:(?:{_TITLE_ALTERNATIVES})\.?\s+)+")
# A title closing the words before a name ("... said President "): what kinds.py reads.
TRAILING_TITLE = re.compile(rf"(?<![\w.])(?:{_TITLE_ALTERNATIVES})\.?\s+$")
POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")


# ---------------------------------------------------------------- gazetteer of outlets


@dataclass(frozen=True)
class OutletGazetteer:
    """Outlet names and aliases (lower-cased, without a leading "the") mapped to their canonical name."""

    canonical: dict[str, str]

    def lookup(self, phrase: str) -> str | None:
        return self.canonical.get(normalise_name(phrase).lower())


@lru_cache(maxsize=1)
def load_outlets() -> OutletGazetteer:
    """Read newsprism/data/outlets.txt: one outlet a line, "Canonical|alias|alias", '#' comments."""
    text = importlib_resources.files("newsprism").joinpath("data/outlets.txt").read_text("utf-8")
    canonical: dict[str, str] = {}
    for line in text.splitlines():
        names = [name.strip() for name in line.split("#", 1)[0].split("|") if name.strip()]
        for name in names:
            canonical.setdefault(normalise_name(name).lower(), names[0])
    return OutletGazetteer(canonical)


def normalise_name(phrase: str) -> str:
    """A name as cited: without a leading "the" or a trailing possessive."""
    return POSSESSIVE.sub("", LEADING_ARTICLE.sub("", phrase.strip())).strip()


def is_outlet_phrase(tokens: Sequence[Token], gazetteer: OutletGazetteer) -> bool:
    """A named outlet (in the gazetteer) or a generic one ("state media", "a news agency")."""
    text = phrase_text(tokens)
    if gazetteer.lookup(text) or any(gazetteer.lookup(ent) for ent in _proper_runs(tokens)):
        return True
    head = phrase_head(tokens)
    if head is None:
        return False
    lemma = head.lemma_.lower()
    qualifiers = {token.lower_ for token in tokens if token.i < head.i}
    return lemma in OUTLET_HEADS or bool(QUALIFIED_OUTLET_HEADS.get(lemma, set()) & qualifiers)


def _proper_runs(tokens: Sequence[Token]) -> list[str]:
    """Maximal runs of proper nouns in a phrase ("Reuters" in "the agency Reuters")."""
    runs, current = [], []
    for token in tokens:
        if token.pos_ == "PROPN":
            current.append(token)
        elif current:
            runs.append(phrase_text(current))
            current = []
    if current:
        runs.append(phrase_text(current))
    return runs


# ---------------------------------------------------------------- noun phrases and source lists


def phrase_text(tokens: Sequence[Token]) -> str:
    if not tokens:
        return ""
    # a slice joins only its own tokens; Doc.text would rebuild the whole article
    return tokens[0].doc[tokens[0].i:tokens[-1].i + 1].text


def phrase_span(tokens: Sequence[Token]) -> Span:
    return Span(tokens[0].idx, tokens[-1].idx + len(tokens[-1].text))


def phrase_head(tokens: Sequence[Token]) -> Token | None:
    """The syntactic head of a phrase: its token whose head lies outside it (the last noun if none)."""
    indices = {token.i for token in tokens}
    heads = [token for token in tokens if token.head.i not in indices or token.head.i == token.i]
    nouns = [token for token in heads if token.pos_ in {"NOUN", "PROPN", "PRON", "NUM"}]
    if nouns:
        return nouns[0]
    nouns = [token for token in tokens if token.pos_ in {"NOUN", "PROPN", "PRON"}]
    return nouns[-1] if nouns else (heads[0] if heads else None)


def noun_phrase(head: Token) -> list[Token]:
    """The noun phrase headed by ``head``: its modifiers and prepositional complements, without
    relative clauses, appositions or coordinated phrases ("a spokesperson for Human Rights Watch")."""
    keep = {head.i}
    stack = [head]
    while stack:
        token = stack.pop()
        for child in token.children:
            if child.dep_ in NP_DEPS and _np_child_allowed(child):
                keep.add(child.i)
                stack.append(child)
    doc = head.doc
    start, end = min(keep), max(keep)
    tokens = [doc[i] for i in range(start, end + 1)]
    # Trim edge punctuation and dangling conjunctions, but never the head itself: a mis-tagged head such as
    # the "." of "Juror No. 12 said" must still leave a phrase to point at.
    while tokens[-1].i != head.i and (tokens[-1].is_punct or tokens[-1].dep_ in {"cc", "case"}):
        tokens.pop()
    while tokens[0].i != head.i and tokens[0].is_punct:
        tokens.pop(0)
    return tokens


def _np_child_allowed(child: Token) -> bool:
    if child.dep_ == "prep":
        return child.lower_ in NP_PREPS and child.i > child.head.i
    if child.dep_ == "advmod":
        return child.i < child.head.i
    return not child.is_punct


def read_source_list(doc: Doc, start: int) -> list[list[Token]]:
    """Noun phrases coordinated from token ``start`` on ("Reuters, CBS News, and Al Jazeera").

    Read over tokens rather than the parse, which often breaks such lists apart."""
    phrases: list[list] = []
    i = start
    while i < len(doc):
        phrase = _read_list_item(doc, i)
        if not phrase:
            break
        phrases.append(phrase)
        i = phrase[-1].i + 1
        if not _list_continues(doc, i):
            break
        i = _skip_separators(doc, i)
    return phrases


def _read_list_item(doc: Doc, i: int) -> list[Token]:
    tokens = []
    while i < len(doc) and _in_list_item(doc, i, tokens):
        bridge = PHRASAL_BRIDGES.get(doc[i].lower_)
        if bridge and i + 1 < len(doc) and doc[i + 1].lower_ == bridge:
            tokens.extend([doc[i], doc[i + 1]])
            i += 2
            continue
        tokens.append(doc[i])
        i += 1
    while tokens and (tokens[-1].pos_ in {"DET", "ADP"} or tokens[-1].lower_ in LIST_BRIDGES):
        tokens.pop()
    has_noun = any(token.pos_ in {"NOUN", "PROPN", "PRON"} for token in tokens)
    return tokens if has_noun else []


def _in_list_item(doc: Doc, i: int, tokens: list[Token]) -> bool:
    """Whether token ``i`` goes on the list item read so far (``tokens``)."""
    token = doc[i]
    if not tokens:
        return token.lower_ in VAGUE_PRONOUN_HEADS or token.pos_ in LIST_POS or token.dep_ == "amod"
    if token.ent_iob_ == "I" or token.tag_ == "POS" or token.lower_ in PHRASAL_BRIDGES:
        return True  # inside a name, a possessive, "close to", "familiar with"
    if token.lower_ in LIST_BRIDGES:
        return i + 1 < len(doc) and doc[i + 1].pos_ in LIST_POS
    if token.pos_ == "DET":  # only after a bridge: "a spokesperson for the ..."
        return tokens[-1].lower_ in LIST_BRIDGES or tokens[-1].lower_ in PHRASAL_BRIDGES.values()
    return token.pos_ in LIST_POS or token.dep_ in {"amod", "compound"}


def _list_continues(doc: Doc, i: int) -> bool:
    """After an item: "and X", ", and X" continue the list, and ", X" when more items follow X;
    an apposition (", a prominent activist") or a new clause (", the talks ...") ends it."""
    j = i
    if j < len(doc) and doc[j].text == ",":
        j += 1
    conjoined = j < len(doc) and doc[j].lower_ in {"and", "or"}
    j += int(conjoined)
    if j == i or j >= len(doc) or (not conjoined and doc[j].lower_ in {"a", "an"}):
        return False
    item = _read_list_item(doc, j)
    if not item or phrase_head(item).dep_ in {"nsubj", "nsubjpass"}:
        return False
    after = item[-1].i + 1
    return conjoined or (after < len(doc) and (doc[after].text == "," or doc[after].lower_ in {"and", "or"}))


def _skip_separators(doc: Doc, i: int) -> int:
    while i < len(doc) and (doc[i].text == "," or doc[i].lower_ in {"and", "or"}):
        i += 1
    return i


# ---------------------------------------------------------------- people and speakers


@dataclass
class Person:
    """A person the article names: where, in full, with the roles and gender the text gives them."""

    mention: Mention
    full_name: str
    roles: set[str] = field(default_factory=set)
    gender: str | None = None


@dataclass(frozen=True)
class Speaker:
    """Who speaks or is cited: the resolved ``name``, the ``span`` naming or referring to them,
    whether the name is a named entity (``named``) and the entity label when it is. A pronoun with
    no person to refer to has no name."""

    name: str | None
    span: Span
    named: bool
    label: str | None = None


@dataclass
class PeopleIndex:
    """The people of one article, in text order, to resolve surnames, pronouns and roles."""

    people: list[Person]
    mentions: list[Mention]
    excluded: list[Span] = field(default_factory=list)

    def mention_at(self, char: int) -> Mention | None:
        for mention in self.mentions:
            if mention.span.start <= char < mention.span.end:
                return mention
        return None

    def person_for(self, mention: Mention) -> Person | None:
        for person in self.people:
            if person.mention == mention:
                return person
        return None

    def preceding(self, char: int, gender: str | None) -> Person | None:
        """The nearest person named before ``char`` (outside quotes) whose gender is compatible."""
        for person in reversed(self.people):
            if person.mention.span.start >= char or self.in_excluded(person.mention.span):
                continue
            if gender is None or person.gender in (None, gender):
                return person
        return None

    def referent(self, char: int, gender: str | None, since: int) -> Person | None:
        """The one person a pronoun at ``char`` can stand for among those named (outside quotes) from ``since``
        up to it: the nearest, when its gender fits and no other person named there fits too. None when the
        text leaves it unclear; ``preceding``, which a speaker's "he said" reads, looks further back."""
        named = [person for person in self.people
                 if since <= person.mention.span.start < char and not self.in_excluded(person.mention.span)]
        fitting = {person.full_name for person in named if gender is None or person.gender in (None, gender)}
        if not named or fitting != {named[-1].full_name}:
            return None
        return named[-1]

    def with_role(self, char: int, role: str) -> Person | None:
        """The nearest person before ``char`` introduced with ``role`` ("the activist")."""
        for person in reversed(self.people):
            if person.mention.span.start < char and role in person.roles:
                return person
        return None

    def in_excluded(self, span: Span) -> bool:
        return any(region.contains(span) for region in self.excluded)


def mentions_or_entities(doc: Doc, article_id: str, mentions: list[Mention]) -> list[Mention]:
    """The article's mentions, or spaCy's own entities when none were given, in text order."""
    if not mentions:
        mentions = [Mention(article_id, Span(ent.start_char, ent.end_char), ent.text, ent.label_)
                    for ent in doc.ents]
    return sorted(mentions, key=lambda mention: (mention.span.start, mention.span.end))


def build_people(doc: Doc, mentions: list[Mention], excluded: Iterable[Span] = ()) -> PeopleIndex:
    persons = [mention for mention in mentions if mention.label == "PERSON"]
    people = [Person(mention, full_name(mention, persons), person_roles(doc, mention),
                     person_gender(doc, mention, persons)) for mention in persons]
    _share_roles_and_gender(people)
    return PeopleIndex(people, mentions, list(excluded))


def person_name(text: str) -> str:
    """A person's name as written, without article, possessive or leading titles ("Mayor X")."""
    name = normalise_name(text)
    stripped = LEADING_TITLES.sub("", name)
    return stripped if stripped else name


def full_name(mention: Mention, persons: list[Mention]) -> str:
    """The longest form the article gives a name in ("Bialiatski" -> "Ales Bialiatski")."""
    name = person_name(mention.text)
    words = name.split()
    for other in persons:
        other_words = person_name(other.text).split()
        if len(other_words) > len(words) and other_words[-len(words):] == words:
            return " ".join(other_words)
    return name


def person_roles(doc: Doc, mention: Mention) -> set[str]:
    """Role nouns introducing a person: an apposition ("X, a prominent human rights activist") or
    a title before the name ("opposition activist X")."""
    roles: set[str] = set()
    span = doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
    if span is None:
        return roles
    for token in _apposition_tokens(doc, span.end):
        if token.pos_ == "NOUN":
            roles.add(token.lemma_.lower())
    roles |= _appositive_roles(span.root)
    i = span.start - 1
    while i >= 0 and doc[i].pos_ in {"NOUN", "PROPN", "ADJ"} and not doc[i].ent_type_ == "PERSON":
        if doc[i].pos_ == "NOUN" or doc[i].is_title:
            roles.add(doc[i].lemma_.lower())
        i -= 1
    return roles


def _appositive_roles(root: Token) -> set[str]:
    """A common noun in apposition with the name, on either side ("the team's captain, X")."""
    related = [child for child in root.children if child.dep_ == "appos"]
    if root.dep_ == "appos":
        related.append(root.head)
    return {token.lemma_.lower() for token in related if token.pos_ == "NOUN"}


def _apposition_tokens(doc: Doc, after: int) -> list[Token]:
    """Tokens of ", a/an/the ... ," right after a name, up to the next comma, clause or sentence end."""
    if after + 1 >= len(doc) or doc[after].text != "," or doc[after + 1].lower_ not in {"a", "an", "the"}:
        return []
    tokens = []
    for token in doc[after + 1:]:
        if token.is_punct or token.lower_ in RELATIVE_PRONOUNS or token.pos_ in {"VERB", "AUX"}:
            break
        tokens.append(token)
    return tokens


def person_gender(doc: Doc, mention: Mention, persons: list[Mention]) -> str | None:
    """Gender the text gives a person: an honorific or gendered role next to the name, else the first
    personal pronoun after it before another person is named."""
    span = doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
    if span is None:
        return None
    nearby = [doc[span.start - 1]] if span.start > 0 else []
    nearby += [token for token in _apposition_tokens(doc, span.end) if token.pos_ == "NOUN"]
    for token in nearby:
        if token.lower_.rstrip(".") in GENDERED_WORDS:
            return GENDERED_WORDS[token.lower_.rstrip(".")]
    return _following_pronoun_gender(doc, span.end, _next_person_start(mention, persons))


def _next_person_start(mention: Mention, persons: list[Mention]) -> int:
    later = [other.span.start for other in persons if other.span.start >= mention.span.end]
    return min(later, default=mention.span.end + PRONOUN_WINDOW * 20)


def _following_pronoun_gender(doc: Doc, token_start: int, char_limit: int) -> str | None:
    for token in doc[token_start:min(len(doc), token_start + PRONOUN_WINDOW)]:
        if token.idx >= char_limit:
            return None
        if token.lower_ in PRONOUN_GENDER:
            return PRONOUN_GENDER[token.lower_]
    return None


def _share_roles_and_gender(people: list[Person]) -> None:
    """Mentions of one person (same full name) share what each of them says about the person."""
    by_name: dict[str, list[Person]] = {}
    for person in people:
        by_name.setdefault(person.full_name, []).append(person)
    for group in by_name.values():
        roles = set().union(*(person.roles for person in group))
        gender = next((person.gender for person in group if person.gender), None)
        for person in group:
            person.roles, person.gender = roles, person.gender or gender


def resolve_speaker(head: Token, people: PeopleIndex) -> Speaker:
    """Who ``head`` (the subject of a cue) stands for: a named entity in full, the person a pronoun
    or a definite role refers to, or, for vague sources, their description as written."""
    mention = people.mention_at(head.idx)
    if mention is not None and head.pos_ == "PROPN":
        return _named_speaker(mention, people)
    if head.lower_ in PERSON_PRONOUNS:
        person = people.preceding(head.idx, PERSON_PRONOUNS[head.lower_])
        name = person.full_name if person is not None else None
        return Speaker(name, Span(head.idx, head.idx + len(head.text)), person is not None,
                       "PERSON" if person is not None else None)
    if head.pos_ == "PRON" and head.lower_ not in VAGUE_PRONOUN_HEADS:  # "I", "we", "they", "it"
        return Speaker(None, Span(head.idx, head.idx + len(head.text)), False)
    person = _role_reference(head, people)
    if person is not None:
        return Speaker(person.full_name, phrase_span(noun_phrase(head)), True, "PERSON")
    tokens = noun_phrase(head)
    if head.pos_ == "PROPN" and head.lemma_.lower() not in VAGUE_HEADS:
        return Speaker(normalise_name(phrase_text(tokens)), phrase_span(tokens), True)
    return Speaker(phrase_text(tokens), phrase_span(tokens), False)


def pronoun_referent(pronoun: Token, people: PeopleIndex) -> Person | None:
    """The person a "he" or "she" clearly stands for, named in its own sentence or the one before
    (``PeopleIndex.referent``); None for any other word, and where the text leaves it unclear, which a name
    the tagger missed there makes it ("Ortiz passed to Lund. He scored": Ortiz may be meant)."""
    if pronoun.lower_ not in PERSON_PRONOUNS:
        return None
    doc, sentence = pronoun.doc, pronoun.sent
    first = doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
    if any(_untagged_name(token, people) for token in doc[first:pronoun.i]):
        return None
    return people.referent(pronoun.idx, PERSON_PRONOUNS[pronoun.lower_], doc[first].idx)


def _untagged_name(token: Token, people: PeopleIndex) -> bool:
    """A proper noun outside every entity and every quote, not a title ("Mr"): possibly a person the tagger did
    not see."""
    return (token.pos_ == "PROPN" and not token.ent_type_ and token.text.rstrip(".") not in TITLE_WORDS
            and people.mention_at(token.idx) is None
            and not people.in_excluded(Span(token.idx, token.idx + len(token.text))))


def _named_speaker(mention: Mention, people: PeopleIndex) -> Speaker:
    person = people.person_for(mention) or _person_by_surname(mention, people)
    if person is not None:
        name = person.full_name
    elif mention.label in PLACE_OR_GROUP_LABELS:
        name = normalise_name(mention.text)
    else:  # a person the tagger labelled otherwise ("Mayor Karen Holt" as WORK_OF_ART)
        name = person_name(mention.text)
    return Speaker(name, mention.span, True, mention.label)


def _person_by_surname(mention: Mention, people: PeopleIndex) -> Person | None:
    """A one-word name the tagger did not label PERSON ("Pike" as ORG) that is the surname of a
    person named earlier is that person."""
    name = normalise_name(mention.text)
    if mention.label == "GPE" or len(name.split()) != 1:
        return None
    for person in people.people:
        if person.mention.span.start < mention.span.start and person.full_name.split()[-1] == name:
            return person
    return None


def _role_reference(head: Token, people: PeopleIndex) -> Person | None:
    """"the activist" -> the person introduced as an activist; only definite, singular roles."""
    determiners = [child.lower_ for child in head.children if child.dep_ == "det"]
    if head.pos_ != "NOUN" or determiners != ["the"] or head.tag_ == "NNS":
        return None
    return people.with_role(head.idx, head.lemma_.lower())


def subject_of(verb: Token) -> Token | None:
    """The subject of a cue verb, climbing from participles and coordinated verbs to the clause
    whose subject speaks ("she thanked ..., saying", "the government ... but said")."""
    token = verb
    for _ in range(3):
        subjects = [child for child in token.children if child.dep_ in SUBJECT_DEPS]
        if subjects:
            return _antecedent(subjects[0])
        if token.dep_ not in PARTICIPLE_DEPS or token.head.i == token.i:
            return None
        token = token.head
    return None


def _antecedent(subject: Token) -> Token:
    """A relative pronoun subject ("leaders who cautioned") stands for the noun it modifies."""
    if subject.lower_ in RELATIVE_PRONOUNS and subject.head.dep_ == "relcl":
        return subject.head.head
    return subject
