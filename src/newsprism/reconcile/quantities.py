"""Quantity conflicts: the same counted thing, in the same event, with incompatible values.

Which event: figures are compared only within one event. Two figures belong to different events when
their sentences give dates that do not overlap ("52 freed in September" vs "123 freed in December"), or
when one is a running total ("since July 2024", "so far") and the other is not; such figures are not a
conflict (the grouping stage separates different events into related stories). Figures with no date are
taken as the same event when the story holds only one dated event for that thing; when it holds several,
undated figures are left out of the comparison, since nothing says which event they report. A figure set
before the report's own event by its sentence's time ("last month", "earlier this year", "two years ago", "in
January": ``BACKGROUND_TIME``) is background: it is compared with figures set at the same time, never with
undated ones, which report the event of the day ("Earlier this year, five cables were cut" against "three
cables were cut"), whether or not the article's date let that time be resolved. A total over a season or a
career ("440 yards this season") is a running total too, compared only with totals over the same stretch of play
("in his last two games" is not "through 14 games"), and the games it is counted over are no figure.

Which thing: figures are compared when they count the same thing ("prisoners" with "political
prisoners"). A generic count of people ("52 individuals", "300 people") in an event whose figures count
people (a release, an arrest, deaths) counts the one kind of person the story counts for that event, and
is compared with it; when the story counts several kinds for the event (prisoners and guards), it is
compared with none.

Dates a day or two apart do not make two events: outlets that count the same thing of the same event but
date it to neighbouring days ("25 died on Monday 13 October" vs "32 killed on Tuesday") disagree on the
date as well, and ``timing.date_conflicts`` reports that as a date conflict of the event.

Tolls: a count of an event's victims ("34 deaths", "the death toll rose to 34", "the number of dead")
counts people of that event, and is compared with the event's other counts of people. A toll (a tally
of them) is a running count: the day its sentence gives is the day it was counted, not the event's, so
it places the figure in no event. The other figures of the event in a sentence that states its toll are parts of the
toll ("rose to 34 after two injured miners died"), as are increments anywhere ("two more died", "a
further three"): neither is the event's count, and neither is compared. A toll said to have risen to its
value ("rose to", "climbed to", "bringing the toll to") is an update: when it is the highest figure of a
conflict, the explanation says the lower figures may be earlier counts.

Measurements: a measurement said of a thing ("a magnitude 6.6 earthquake", "the quake measured 7.0", "a
12-km queue") describes the thing, whatever the verb around it, and is compared with the story's other
measurements of that thing in the same unit (split by date like counts). A measured amount of something
("5,000 tonnes of grain") is compared within its event, like a count.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from ..annotate.numbers import parse_number
from ..model import Claim, Quantity
from .align import StatedFigure, acting_on_class, counted_head, figure_key, predicate_class
from .assertion import modal_clause
from .context import DATED_KINDS, Finding, StoryContext, iso_day, position
from .doers import doer_of
from .grammar import clause_negated
from .lexicon import (BACKGROUND_TIME, CUMULATIVE_MARKERS, EVENT_CLASSES, FATAL_WORDS, GAME_WORDS, GENERIC_PERSON_NOUNS,
                      INCREMENT_WORDS, LABELLING_VERBS, LIGHT_VERBS, PERSON_EVENT_CLASSES, PHASE_VERBS, PHRASAL_EVENTS,
                      PLAYING_VERBS, REPORTING_VERBS, RISE_VERBS, SEASON_WORDS, SETTLEMENT_NOUNS, TALLY_WORDS,
                      TOLL_EVENT, TOLL_WORDS, VICTIM_WORDS)
from .places import figure_places, place_groups, story_places
from .phrasing import article_count, articles_say, capitalised, counted_as, plural_of, value_in_sentence
from .ranges import compatible, quantity_range

COMPARABLE_KINDS = frozenset({"count", "money", "percent", "other"})
# What a count of an event's victims counts: people, compared with the one kind of person its event counts
# (see GENERIC_PERSON_NOUNS).
VICTIM_THING = "person"
# Dates this close are one event misdated by someone, not two events (a night shift, a time zone, an error).
SAME_EVENT_SLACK = timedelta(days=2)
# "eight rebounds a game", "$5 per day": a figure per unit of time or play is an average.
PER_UNIT = re.compile(r"\b(?:a|an|per)\s+(?:game|match|night|outing|start|contest|day|week|month|season|year)\b",
                      re.IGNORECASE)
ACTED_ON_DEPS = frozenset({"dobj", "obj", "nsubj", "nsubjpass"})  # a place the event acted on, not its setting
RATE_REACH = 60  # characters after the counted thing read for "a game" ("23 points and eight rebounds a game")


@dataclass(frozen=True, slots=True)
class Figure:
    claim: Claim
    quantity: Quantity
    thing: str
    event: str
    cumulative: bool
    dates: tuple[tuple[str, str], ...]
    range: tuple[float, float]
    toll: bool = False      # a tally of the event's victims: a running count
    update: bool = False    # a toll said to have risen to its value
    acting: bool = False    # the counted are the active subject of the event's verb ("12 ships waited")
    doer: str | None = None  # whom the subject of the figure's verb names or refers to ("Ortiz scored 20", doers.py)
    background: bool = False  # set before the report's own event ("last month"): see the module's note
    period: str = ""  # the stretch of play a running total is over ("season", "2 game"): see _players_period
    places: frozenset[str] = frozenset()  # the places it is said of ("in eastern China"): see places.py


BlockKey = tuple[str, str, str, str, bool, str]  # thing, event, kind, unit, running total, stretch of play


def quantity_conflicts(ctx: StoryContext) -> list[Finding]:
    findings = []
    places = story_places(ctx)
    for (thing, event), same_event in same_event_figures(ctx):
        for said_of_one in _doer_groups(same_event):
            for said_of_one_place in place_groups(said_of_one, places):
                finding = _conflict_in(ctx, thing, event, said_of_one_place)
                if finding is not None:
                    findings.append(finding)
    return findings


def same_event_figures(ctx: StoryContext) -> list[tuple[tuple[str, str], list[Figure]]]:
    """The story's figures, blocked on (counted thing, event class, kind, unit, running total) and split by
    event."""
    blocks: dict[BlockKey, list[Figure]] = {}
    for figure in figures_of(ctx):
        key = (figure.thing, figure.event, figure.quantity.kind, figure.quantity.unit or "", figure.cumulative,
               figure.period)
        blocks.setdefault(key, []).append(figure)
    _fold_generic_counts(blocks)
    return [((thing, event), same_event) for (thing, event, *_rest), block in sorted(blocks.items())
            for same_event in split_by_event(block)]


def _fold_generic_counts(blocks: dict[BlockKey, list[Figure]]) -> None:
    """Move each block of generic person counts into the one specific block of its event, if only one."""
    for key in [k for k in blocks if k[0] in GENERIC_PERSON_NOUNS and k[1] in PERSON_EVENT_CLASSES]:
        specific = [k for k in blocks if k[0] not in GENERIC_PERSON_NOUNS and k[1:] == key[1:]]
        if len(specific) == 1:
            blocks[specific[0]].extend(blocks.pop(key))


def figure_claims(figures: list[Figure]) -> list[Claim]:
    """The distinct claims of a block of figures, in story order (a date rule reads them). A toll's claim
    is left out: the day it gives is the day of the count, not of the event."""
    return list({f.claim.id: f.claim for f in figures if not f.toll}.values())


def figures_of(ctx: StoryContext) -> list[Figure]:
    figures = []
    for claim in ctx.claims:
        sentence = ctx.parses.get(claim.id)
        if sentence is not None:
            figures += _event_counts(_claim_figures(ctx, claim, sentence))
    return figures


def stated_figures(ctx: StoryContext) -> dict[str, list[StatedFigure]]:
    """Claim id -> the figures the claim states, with their things and events, for alignment: the figures the
    rules compare (``figures_of``) and the counts whose thing the sentence leaves unsaid ("Forty-five were
    rescued"), with the event of the verb they belong to."""
    stated: dict[str, list[StatedFigure]] = {}
    for figure in figures_of(ctx):
        if (value := figure_key(figure.quantity)) is not None:
            stated.setdefault(figure.claim.id, []).append(StatedFigure(value, figure.thing, figure.event))
    for claim in ctx.claims:
        sentence = ctx.parses.get(claim.id)
        for quantity in claim.quantities if sentence is not None else ():
            value = figure_key(quantity)
            if quantity.kind == "count" and not quantity.counted and value and not _is_increment(claim, quantity):
                event, _acting = governing_event(sentence, quantity, claim)
                stated.setdefault(claim.id, []).append(StatedFigure(value, "", event))
    return stated


def _claim_figures(ctx: StoryContext, claim: Claim, sentence: Any) -> list[Figure]:
    figures = [_figure(ctx, claim, sentence, q) for q in claim.quantities if _comparable(q)]
    return [f for f in figures if f is not None]


def _comparable(quantity: Quantity) -> bool:
    """A count, sum, share or unit measurement of something named."""
    return (quantity.kind in COMPARABLE_KINDS and bool(quantity.counted)
            and (quantity.kind != "other" or bool(quantity.unit)))


def _figure(ctx: StoryContext, claim: Claim, sentence: Any, quantity: Quantity) -> Figure | None:
    rng = quantity_range(quantity)
    if rng is None:
        return None
    found = _event_word_above(sentence, quantity)
    verb = found[0] if found is not None else sentence.verb_above(quantity.span.start)  # "Ortiz had 20 points"
    if _denied(sentence, quantity, verb):
        return None  # "never hit fewer than 26 homers" states no figure of homers hit
    if verb is not None and modal_clause(verb) and _argument_of(sentence, quantity, verb):
        return None  # "aftershocks would kill 40 people", "a magnitude 6 quake can cause damage": possible, not counted
    counted = _counted_head_token(sentence, quantity)
    totalled = any(q is not quantity and q.kind == quantity.kind for q in claim.quantities)
    if counted is not None and ((totalled and _counts_a_period(counted)) or _a_places_people(counted)):
        return None  # "189 yards in his last two games", "an island home to 120,000 people": the setting
    period = _players_period(sentence, verb, counted)
    cumulative = _cumulative(ctx, claim) or bool(period) or _a_rate(ctx, claim, quantity, verb)
    background = _background_dates(claim, sentence, verb)
    dates = background or _event_dates(claim)
    places = figure_places(ctx, claim, sentence, counted, verb)
    victims, tally = victims_counted(quantity.counted)
    if victims is not None:
        return Figure(claim, quantity, VICTIM_THING, victims, cumulative, () if tally else dates, rng,
                      toll=tally, update=tally and _stated_as_risen(sentence, quantity),
                      background=bool(background) and not tally, places=places)
    if _measures_its_thing(claim, quantity):
        return Figure(claim, quantity, counted_head(quantity.counted), "", cumulative, dates, rng,
                      background=bool(background), places=places)
    event, acting = _event_and_acting(found, claim)
    doer = None if acting or verb is None else doer_of(ctx, claim, sentence, verb)
    return Figure(claim, quantity, counted_head(quantity.counted), event, cumulative, dates, rng,
                  acting=acting, doer=doer, background=bool(background), period=period, places=places)


def _event_counts(figures: list[Figure]) -> list[Figure]:
    """A sentence's figures less those that are parts of a toll it states, and increments."""
    toll_events = {f.event for f in figures if f.toll}
    return [f for f in figures
            if f.toll or (f.event not in toll_events and not _is_increment(f.claim, f.quantity))]


def victims_counted(counted: str | None) -> tuple[str | None, bool]:
    """(the event class whose victims ``counted`` names, whether it is a tally of them): "34 deaths" ->
    (kill, False); "number of dead", "death toll", "toll" -> (kill, True). "injured miners" counts miners:
    the word that names the victims must be the head, or modify a tally."""
    words = [_singular(word) for word in (counted or "").lower().split()]
    tally = any(w in TALLY_WORDS for w in words)
    if words and words[-1] in VICTIM_WORDS:
        return VICTIM_WORDS[words[-1]], tally
    if not words or words[-1] not in TALLY_WORDS:
        return None, False
    named = next((VICTIM_WORDS[w] for w in words[:-1] if w in VICTIM_WORDS), None)
    named = named or (TOLL_EVENT if words[-1] in TOLL_WORDS else None)
    return named, named is not None


def _singular(word: str) -> str:
    """'fatalities' -> 'fatality', 'deaths' -> 'death'."""
    return word[:-3] + "y" if word.endswith("ies") and len(word) > 4 else counted_head(word)


def _stated_as_risen(sentence: Any, quantity: Quantity) -> bool:
    """'rose to 34', 'has climbed to 34', 'bringing the toll to 34': the verb the figure is the value of."""
    token = sentence.token_at(quantity.span.start)
    for _step in range(4):  # 'more than 34' -> 'to' -> 'rose'
        if token is None or token.head == token:
            return False
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            return token.lemma_.lower() in RISE_VERBS
    return False


def _is_increment(claim: Claim, quantity: Quantity) -> bool:
    """'two more miners died', 'another two', 'a further three': what was added to a count."""
    before = claim.text[:quantity.span.start - claim.span.start].split()
    after = claim.text[quantity.span.end - claim.span.start:].split()
    return bool((before and before[-1].lower() in INCREMENT_WORDS)
                or (after and after[0].lower().strip(".,;:") in INCREMENT_WORDS))


def _measures_its_thing(claim: Claim, quantity: Quantity) -> bool:
    """A measurement said of its thing ('a magnitude 6.6 earthquake', 'the quake measured 6.6'), not an
    amount of it ('5,000 tonnes of grain')."""
    if quantity.kind != "other" or quantity.counted_span is None:
        return False
    between = claim.text[quantity.span.end - claim.span.start:quantity.counted_span.start - claim.span.start]
    return "of" not in between.lower().split()


def governing_event(sentence: Any, quantity: Quantity, claim: Claim) -> tuple[str, bool]:
    """The event class of the verb (or event noun) nearest the figure in the parse, and whether the counted are
    that verb's active subject ("12 ships waited", "ships that waited"; not "killed 40 people", "those freed")."""
    return _event_and_acting(_event_word_above(sentence, quantity), claim)


def _event_and_acting(found: tuple[Any, Any, Any] | None, claim: Claim) -> tuple[str, bool]:
    """The event class and whether the counted act in it, from what ``_event_word_above`` found (None: the claim's
    own predicate, the counted not acting)."""
    if found is None:
        return predicate_class(claim.predicate), False
    event, token, reached_by = found
    return _event_class(event), _acting(event, token, reached_by)


def _event_word_above(sentence: Any, quantity: Quantity) -> tuple[Any, Any, Any] | None:
    """The event word nearest above the figure in the parse (a verb, an event noun, or a clause on a word on the
    way), with the word it was found from and the word that reached that one."""
    token, reached_by = sentence.token_at(quantity.span.start), None
    seen = 0
    while token is not None and seen < 8:
        for candidate in [token] + [c for c in token.children if c.dep_ in ("acl", "relcl")]:
            if _is_event_word(candidate):
                return candidate, token, reached_by
        reached_by, token = token, None if token.head == token else token.head
        seen += 1
    return None


def _acting(event: Any, token: Any, reached_by: Any) -> bool:
    """Whether the phrase walked up from the figure is the event verb's active subject: the verb reached through
    its ``nsubj``, or a relative clause on the counted noun whose subject is the relative pronoun."""
    if event == token:
        return reached_by is not None and reached_by.dep_ == "nsubj"
    return event.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP") for c in event.children)


def _is_event_word(token: Any) -> bool:
    lemma = token.lemma_.lower()
    if token.pos_ == "VERB":
        return lemma not in REPORTING_VERBS and lemma not in LIGHT_VERBS and lemma not in LABELLING_VERBS
    return token.pos_ == "NOUN" and lemma in EVENT_CLASSES


def _event_class(token: Any) -> str:
    """A verb's class, read with its particle ('walked out'); a verb of an event's course ('the strike
    entered its third day') stands for the event its subject or object names."""
    lemma = token.lemma_.lower()
    particle = next((c.lower_ for c in token.children if c.dep_ in ("prt", "advmod")
                     and (lemma, c.lower_) in PHRASAL_EVENTS), None)
    if particle is not None:
        return PHRASAL_EVENTS[(lemma, particle)]
    if lemma in PHASE_VERBS:
        event = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")
                      and c.pos_ == "NOUN" and c.lemma_.lower() in EVENT_CLASSES), None)
        if event is not None:
            return predicate_class(event.lemma_.lower())
    if lemma == "shoot" and _said_fatal(token):
        return TOLL_EVENT
    acted_on = next((c.lemma_.lower() for c in token.children if c.dep_ in ("dobj", "nsubjpass")), None)
    return acting_on_class(lemma, acted_on)


def _said_fatal(shoot: Any) -> bool:
    """"shot dead", "fatally shot", "shot to death": a shooting said to kill (see FATAL_WORDS); not "shot three,
    leaving one dead", whose death belongs to another clause."""
    if shoot.i + 1 < len(shoot.doc) and shoot.nbor(1).lower_ in FATAL_WORDS:
        return True  # "shot dead two robbers": the parser may hang "dead" on the robbers
    for child in shoot.children:
        if child.lower_ in FATAL_WORDS and child.dep_ in ("advmod", "acomp", "oprd", "xcomp", "amod", "npadvmod"):
            return True
        if child.dep_ == "prep" and child.lower_ == "to" and any(g.lower_ in FATAL_WORDS for g in child.children):
            return True
    return False


def _cumulative(ctx: StoryContext, claim: Claim) -> bool:
    text = claim.text.lower()
    return any(f"{marker} " in text or text.endswith(marker) for marker in CUMULATIVE_MARKERS) or any(
        (t.relation or "") == "since" for t in claim.times)


def _denied(sentence: Any, quantity: Quantity, verb: Any) -> bool:
    """Whether the figure's verb is negated and the counted thing is its own subject or object (not a phrase a
    misread sentence hangs far below a negation: "Klitschko, 58-3 with 51 knockouts, floored Thompson, and the
    American never recovered")."""
    return verb is not None and clause_negated(verb) and _argument_of(sentence, quantity, verb)


def _argument_of(sentence: Any, quantity: Quantity, verb: Any) -> bool:
    """Whether the counted thing is the verb's own subject or object ("would kill 40 people"), not a phrase hung
    on it ("ballots will be mailed to its 360,007 members": the members are counted, whatever the mailing)."""
    counted = _counted_head_token(sentence, quantity)
    return counted is not None and counted.head == verb and counted.dep_ in ("dobj", "obj", "nsubj", "nsubjpass")


def _a_rate(ctx: StoryContext, claim: Claim, quantity: Quantity, verb: Any) -> bool:
    """A figure per game, per night or per day ("23 points and eight rebounds a game", "averaging 15 points"): an
    average over many, compared with other averages, not with one game's count."""
    if verb is not None and verb.lemma_.lower() == "average":
        return True
    text = ctx.articles[claim.article].text
    end = (quantity.counted_span or quantity.span).end
    rest = re.split(r"[,.;:!?]", text[end:end + RATE_REACH], maxsplit=1)[0]  # the rest of the figure's phrase
    return bool(PER_UNIT.search(rest))


def _players_period(sentence: Any, verb: Any, counted: Any) -> str:
    """The stretch of play a figure is totalled over ("has 52 catches for 440 yards this season": "season"; "scored
    129 points in his career": "career"; "189 yards in his last two games": "2 game"), when that period dates the
    figure's own clause; "" for none, and for a figure that counts the stretch itself ("played for 11 seasons").
    A season of something else ("the monsoon season"), one that names a game ("the season opener") or a record
    ("a career-high 30 points") does not count. Totals over different stretches ("in his last two games",
    "through 14 games") are not compared."""
    periods = [t for t in sentence.doc if t != counted and _a_players_period(t)
               and _in_clause_of(sentence.verb_above(sentence.span.start + t.idx), verb)]
    return " ".join(_period_name(t) for t in periods)


def _period_name(token: Any) -> str:
    """"his last two games" -> "2 game", "this season" -> "season": one name however the count is written."""
    counts = [parse_number(c.text) for c in token.children if c.dep_ == "nummod"]
    return " ".join([*(f"{n:g}" for n in counts if n is not None), token.lemma_.lower()])


def _counted_head_token(sentence: Any, quantity: Quantity) -> Any | None:
    """The token of the last word of what the figure counts ("games" in "his last two games")."""
    if quantity.counted_span is None:
        return None
    last = quantity.counted_span.end - 1 - sentence.span.start
    return next((t for t in sentence.doc if t.idx <= last < t.idx + len(t.text)), None)


def _a_places_people(counted: Any) -> bool:
    """Whether the figure counts who live in a place ("an island home to 120,000 people", "a city of 90,000
    people"): a description of where the event happened, not a count of those it touched, unless the place is what
    the event acted on ("evacuated a village of 300 people")."""
    preposition = counted.head
    if counted.dep_ != "pobj" or preposition.lower_ not in ("to", "of"):
        return False
    holder = preposition.head
    if preposition.lower_ == "to":
        return holder.lower_ == "home"
    # "evacuated a village of 300 people": the place is what the event acted on, and its people are counted
    return holder.lemma_.lower() in SETTLEMENT_NOUNS and holder.dep_ not in ACTED_ON_DEPS


def _counts_a_period(counted: Any) -> bool:
    """Whether the figure counts games a total may be summed over ("in his last two games", "through 14 games"),
    when its sentence gives another figure (the total); games played in ("played in 13 games") and a streak alone
    ("scored in 13 straight games") are a count of their own."""
    return (counted.lemma_.lower() in GAME_WORDS and _a_players_period(counted)
            and counted.head.head.lemma_.lower() not in PLAYING_VERBS)


def _a_players_period(token: Any) -> bool:
    """"this season", "his career", "on the season", "in his last two games", "through 14 games": a stretch of
    play."""
    if token.lemma_.lower() in GAME_WORDS:
        return (token.dep_ == "pobj" and token.head.lower_ in ("in", "through", "over", "across")
                and any(c.dep_ == "nummod" for c in token.children))
    if token.lemma_.lower() not in SEASON_WORDS or token.dep_ in ("compound", "amod") or token.head.pos_ == "ADJ":
        return False
    if any(c.dep_ == "compound" for c in token.children):
        return False  # "the monsoon season", "the flu season"
    return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ == "this") for c in token.children) or (
        token.dep_ == "pobj" and token.head.lower_ in ("on", "for"))


def _event_dates(claim: Claim) -> tuple[tuple[str, str], ...]:
    dates = []
    for t in claim.times:
        if t.kind in DATED_KINDS and isinstance(t.low, str) and isinstance(t.high, str) and (t.relation or "") != "since":
            dates.append((t.low, t.high))
    return tuple(dates)


def _background_dates(claim: Claim, sentence: Any, verb: Any) -> tuple[tuple[str, str], ...]:
    """The times that set the figure's clause before the report's own event, each as its resolved range, or as
    its words when the article's date did not resolve it ("~last month"). A time of another clause does not:
    in "Lund broke his leg in May and missed ten games", May is when he broke it."""
    dates = []
    for t in claim.times:
        if BACKGROUND_TIME.search(t.text) and _in_clause_of(sentence.verb_above(t.span.start), verb):
            resolved = isinstance(t.low, str) and isinstance(t.high, str)
            dates.append((t.low, t.high) if resolved else (f"~{t.text.lower()}",) * 2)
    return tuple(dates)


def _in_clause_of(time_verb: Any, verb: Any) -> bool:
    """Whether a time attached to ``time_verb`` dates ``verb``: the same verb, or one whose clause holds
    ``verb`` ("rescued two vessels that were being attacked"), not one it is merely coordinated with."""
    if time_verb is None or verb is None:
        return True
    token = verb
    while token != time_verb:
        if token.dep_ == "conj" or token.head == token:
            return False
        token = token.head
    return True


def split_by_event(block: list[Figure]) -> list[list[Figure]]:
    """Figures grouped by the event their dates place them in (see the module's note on undated and
    background figures)."""
    dated: list[tuple[tuple[str, str], list[Figure]]] = []
    undated = []
    for figure in block:
        if not figure.dates:
            undated.append(figure)
            continue
        span = figure.dates[0]
        home = next((g for g in dated if _near(span, g[0])), None)
        if home is None:
            dated.append((span, [figure]))
        else:
            home[1].append(figure)
    current = [figures for _span, figures in dated if not all(f.background for f in figures)]
    background = [figures for _span, figures in dated if all(f.background for f in figures)]
    if len(current) <= 1:
        return [undated + (current[0] if current else [])] + background
    return current + background


def _near(first: tuple[str, str], second: tuple[str, str]) -> bool:
    """Two date ranges overlap once each is widened by ``SAME_EVENT_SLACK``."""
    a_low, a_high, b_low, b_high = (iso_day(v) for v in (*first, *second))
    if None in (a_low, a_high, b_low, b_high):
        return first[0] <= second[1] and second[0] <= first[1]
    return a_low - SAME_EVENT_SLACK <= b_high and b_low - SAME_EVENT_SLACK <= a_high


def cluster_values(figures: list[Figure]) -> list[list[Figure]]:
    """Figures in clusters whose plausible ranges all overlap (greedy, ordered by range)."""
    clusters: list[tuple[tuple[float, float], list[Figure]]] = []
    for figure in sorted(figures, key=lambda f: (f.range, f.claim.id)):
        if clusters and compatible(clusters[-1][0], figure.range):
            common = (max(clusters[-1][0][0], figure.range[0]), min(clusters[-1][0][1], figure.range[1]))
            clusters[-1] = (common, clusters[-1][1] + [figure])
        else:
            clusters.append((figure.range, [figure]))
    return [members for _r, members in clusters]


def _conflict_in(ctx: StoryContext, thing: str, event: str, figures: list[Figure]) -> Finding | None:
    several = _counting_several(cluster_values(figures))
    figures = [f for f in figures if f.claim.id not in several]
    clusters = cluster_values(figures)
    if len(clusters) < 2 or len({f.claim.article for f in figures}) < 2:
        return None
    positions = [position(ctx, _value(c), [f.claim for f in c], [(f.claim.article, f.claim.span) for f in c])
                 for c in clusters]
    values = " vs ".join(f"{_spoken_value(c)} ({article_count(p.articles)})" for c, p in zip(clusters, positions))
    unit = figures[0].quantity.unit
    if figures[0].quantity.kind == "other":
        subject = f"{unit} of the {thing}"
        explanation = f"Articles give incompatible measures of the {thing} ({unit}): {values}."
    else:
        counted_ones = counted_phrase(figures, thing, event)
        subject = f"number of {counted_ones}"
        explanation = (f"Articles give incompatible figures for the {counted_ones}: {values}; no article dates "
                       f"them to different events.")
    return Finding("quantity", subject, positions, explanation + _update_note(clusters[-1]),
                   {f.claim.id for f in figures})


def _doer_groups(figures: list[Figure]) -> list[list[Figure]]:
    """The block's figures as said of each doer, when they name several ("Ortiz missed eight games", "Lund missed
    ten": two facts, not a dispute); a figure whose doer is unnamed cannot be placed then and is left out."""
    doers = sorted({f.doer for f in figures if f.doer is not None})
    if len(doers) < 2:
        return [figures]
    return [[f for f in figures if f.doer == doer] for doer in doers]


def _counting_several(clusters: list[list[Figure]]) -> set[str]:
    """The claims that give figures of two clusters: each counts several things of the kind (two players' points,
    "seven assault rifles, two other rifles", "3 of his 11 rebounds", this year's and a decade ago's audience), and
    no sentence contradicts itself, so none of its figures is set against another article's."""
    first_cluster: dict[str, int] = {}
    several: set[str] = set()
    for index, cluster in enumerate(clusters):
        for figure in cluster:
            if first_cluster.setdefault(figure.claim.id, index) != index:
                several.add(figure.claim.id)
    return several


def counted_phrase(figures: list[Figure], thing: str, event: str) -> str:
    """The counted, in the plural, with what happened to them: 'miners killed', 'people killed', 'workers on
    strike', 'ships that waited'; the plural as the articles write it where one does ('prisoners')."""
    return counted_as(things_named(figures, thing), event, figures[0].acting)


def things_named(figures: list[Figure], thing: str) -> str:
    """The plural of ``thing`` as a figure of more than one writes it ('miners', 'people', 'fishermen'), else
    by rule."""
    for figure in figures:
        written = (figure.quantity.counted or "").lower().split()[-1:]
        word = written[0].strip(".,;:") if written else ""
        if word and counted_head(word) == thing and figure.quantity.value != 1:
            return word
    return plural_of(thing)


def _update_note(highest: list[Figure]) -> str:
    """When the highest figure is a toll said to have risen to it, the lower ones may be earlier counts."""
    updates = [f for f in highest if f.update]
    if not updates:
        return ""
    reporting = articles_say((f.claim.article for f in updates), "reports", "report")
    return (f" {capitalised(reporting)} the count rising to {_spoken_value(highest)}: an update, so the lower "
            f"figures may be earlier counts rather than a contradiction.")


def _spoken_value(cluster: list[Figure]) -> str:
    """A cluster's figures as written, inside a sentence: 'more than 30 or 32'."""
    return " or ".join(dict.fromkeys(value_in_sentence(f.quantity.text) for f in cluster))


def _value(cluster: list[Figure]) -> str:
    return " / ".join(dict.fromkeys(f.quantity.text for f in cluster))
