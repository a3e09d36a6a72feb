"""Word lists the reconcile rules read. Kept in one place so each rule can say which list decided it.

They are small, closed-class or near-closed lists of English function words and event verbs, not
strings of any corpus: hedges, reporting verbs, negators, quantifiers of scope, and verb classes whose
members report the same kind of event ("freed" and "released" are one event class).
"""
from __future__ import annotations

import re

# Function words carry no statement of their own; content words are the rest (three letters or more): what a
# sentence (citing) or a quote (quotes) is about.
FUNCTION_WORDS = frozenset("""
the and for but with from into onto that this these those which who whom whose what when where while was were
are has had have been being its their his her our your they them she him not also than then there here after
before over under about such said says would could should will shall may might can
""".split())

# Words by which a denial is of degree or frequency, not of the event: "hadn't scored much", "did not play well",
# "has not always paid", "did not score many points", "didn't sleep a lot".
DEGREE_WORDS = frozenset({"much", "many", "well", "enough", "often", "always", "fully", "entirely", "completely",
                          "lot", "quite"})

HEDGE_WORDS = frozenset({
    "reportedly", "allegedly", "apparently", "possibly", "probably", "likely", "unlikely", "perhaps",
    "presumably", "supposedly", "purportedly", "may", "might", "could", "potential", "potentially",
    "unconfirmed", "rumoured", "rumored", "seemingly", "expected", "believed", "thought", "said",
    "appear", "appears", "appeared", "seem", "seems", "seemed",
})
# "said" and "believed" only hedge in the passive-infinitive frame ("is said to", "is believed to").
PASSIVE_HEDGE_HEADS = frozenset({"expected", "believed", "thought", "said", "rumoured", "rumored", "reported"})
MODAL_HEDGES = frozenset({"may", "might", "could"})
OPINION_MODALS = frozenset({"should", "must", "ought", "shall"})

REPORTING_VERBS = frozenset({
    "say", "tell", "report", "announce", "confirm", "state", "claim", "add", "note", "stress", "explain",
    "estimate", "document", "describe", "warn", "insist", "argue", "write", "declare", "acknowledge",
    "reveal", "indicate", "suggest", "emphasize", "emphasise", "reiterate", "deny", "frame", "cite",
    "believe", "think", "know", "show", "see", "quote", "outline", "mention", "allege", "maintain",
})
LIGHT_VERBS = frozenset({"be", "have", "do", "make", "get", "take", "give", "go", "come", "become", "seem"})
# A light verb and its object that together name an event of their subject ("the hearing took place"): the
# frame's event is the one named here, its argument the subject, not the object ("place" is nobody's argument).
IDIOM_EVENTS = {("take", "place"): "happen", ("take", "part"): "participate"}
# Verbs that say how something is viewed or named, not what happened: "52 individuals widely considered
# political prisoners" counts a release, not a considering.
LABELLING_VERBS = frozenset({"consider", "deem", "regard", "call", "label", "term", "dub", "view", "brand",
                             "classify", "list"})

NEGATORS = frozenset({"not", "n't", "never", "no", "neither", "nor", "none", "nobody", "nothing", "without"})

# Verbs (and their nominalisations) reporting the same kind of event share a class.
EVENT_CLASSES: dict[str, str] = {}
for _class, _words in {
    "release": "release free pardon liberate freeing discharge",
    "detention": "hold detain imprison jail incarcerate remain languish keep custody detention imprisonment",
    "arrest": "arrest apprehend nab capture seize",
    "kill": "kill slay murder execute death die dead drown perish",
    "injure": "injure wound hurt",
    "lifting/easing": "lift remove end scrap abolish repeal revoke rescind ease relax loosen reduce relief "
                      "lifting easing removal suspension suspend waive",
    "imposition": "impose introduce tighten extend sanction",
    "sentence": "sentence convict jail",
    "enter": "enter check admit",
    "hire": "hire appoint name",
    "fire": "fire dismiss sack oust",
    "win": "win beat defeat",
    "buy": "buy acquire purchase",
    "strike": "strike hit jolt rock walkout stoppage",
    "evacuate": "evacuate flee displace",
}.items():
    for _w in _words.split():
        EVENT_CLASSES.setdefault(_w, _class)
# What a "fire" verb fires when it is no dismissal: "fired two shots", "no shots were fired" are gunfire.
GUNFIRE_CLASS = "gunfire"
# Shooting is killing only when said to be fatal ("shot dead", "fatally shot", "shot to death"): "shot three
# co-workers, killing two" counts the shot, wounded and dead alike, and the killed apart.
FATAL_WORDS = frozenset({"dead", "fatally", "death"})
WEAPON_OBJECTS = frozenset({"shot", "round", "bullet", "gun", "weapon", "pistol", "rifle", "missile", "rocket", "shell",
                            "salvo", "volley", "cannon", "gas", "flare", "torpedo", "mortar"})
# Verbs whose particle makes them an event of a class ("walked out" is a strike, "laid off" a dismissal).
PHRASAL_EVENTS = {("walk", "out"): "strike", ("lay", "off"): "fire"}
# Verbs of an event's course ("the strike entered its third day, with 3,000 workers out"): a figure in
# their clause belongs to the event their subject or object names, not to the verb.
PHASE_VERBS = frozenset({"continue", "enter", "begin", "start", "resume", "persist", "last", "drag", "stretch"})

# Words that name the people of an event by the event ("the dead", "34 deaths", "the injured"): a count of
# them counts people of that event. A toll that does not say of what ("the toll rose to 34") counts the dead.
VICTIM_WORDS = {"death": "kill", "dead": "kill", "fatality": "kill", "injured": "injure", "injury": "injure",
                "wounded": "injure"}
TALLY_WORDS = frozenset({"toll", "tally", "count", "number", "total"})  # "death toll", "injury tally"
TOLL_WORDS = frozenset({"toll"})
TOLL_EVENT = "kill"
# Verbs that state a tally as having risen to its value ("rose to 34", "bringing the toll to 34").
RISE_VERBS = frozenset({"rise", "climb", "increase", "jump", "grow", "mount", "swell", "soar", "reach", "bring",
                        "raise", "push", "take"})
# Words that make a figure an increment of a count, not the count ("two more died", "a further three").
INCREMENT_WORDS = frozenset({"more", "further", "additional", "another", "extra"})

# Nouns that count people without saying which people ("52 individuals", "300 people"), and the event
# classes whose figures count people. Within one such event, a generic count is a count of the one
# specific kind of person the story counts for it ("52 individuals released" vs "123 prisoners released").
GENERIC_PERSON_NOUNS = frozenset({"individual", "people", "person", "persons"})
PERSON_EVENT_CLASSES = frozenset({"release", "detention", "arrest", "kill", "injure", "sentence", "hire", "fire"})

# Predicates that state a whole (total) change versus those that state a partial one.
TOTAL_PREDICATES = frozenset({"lift", "lifting", "remove", "removal", "end", "scrap", "abolish", "repeal",
                              "revoke", "rescind", "ban", "destroy", "close", "cancel"})
PARTIAL_PREDICATES = frozenset({"ease", "easing", "relax", "loosen", "reduce", "soften", "trim", "curb"})
UNIVERSAL_WORDS = frozenset({"all", "every", "entire", "whole", "each", "any", "blanket", "total", "full",
                             "complete", "across-the-board", "comprehensive", "wholesale"})
RESTRICTIVE_WORDS = frozenset({"some", "selected", "select", "certain", "partial", "limited", "targeted",
                               "specific", "several", "few", "calibrated", "particular", "sectoral",
                               "part", "only", "restricted", "narrow"})
# Nouns naming a whole polity: "sanctions on the country" is the general statement, not a restriction.
POLITY_NOUNS = frozenset({"country", "nation", "state", "government", "regime", "republic", "kingdom",
                          "authorities", "administration"})

# Times that set what a sentence reports before the report's own event, read from their words so that they
# tell even when the article has no date to resolve them by: "last month", "earlier this year", "two years ago",
# and a month named without its day ("in January"): a report names the day of its own event ("on Friday", "on
# 12 January"), and a month alone for what happened earlier.
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
_MONTH_NAMES = "|".join(MONTHS)
BACKGROUND_TIME = re.compile(
    r"\b(?:last|previous|earlier)\s+(?:month|year|season|summer|winter|spring|autumn|fall|decade)\b"
    r"|\bearlier\s+this\s+(?:month|year|season|decade)\b|\bago\b"
    rf"|^in\s+(?:early\s+|late\s+|mid-?)?(?:{_MONTH_NAMES})$", re.IGNORECASE)
# Markers of a cumulative figure ("since July 2024", "so far"): a running total, not one event's count.
CUMULATIVE_MARKERS = ("since", "so far", "to date", "in total since", "over the years", "cumulative",
                      "altogether", "in all since", "in the past", "over the past", "in the last", "over the last",
                      "in recent years", "in recent months")

# Periods a sports figure is totalled over ("440 yards this season", "in his career"): a running total.
SEASON_WORDS = frozenset({"season", "career"})
# Games a figure is totalled over when they are counted ("in his last two games", "through 14 games").
GAME_WORDS = frozenset({"game", "match", "start", "outing"})
# Places whose people a figure may count as a description of the place ("a town of 5,000 residents").
SETTLEMENT_NOUNS = frozenset({"city", "town", "village", "island", "country", "nation", "region", "province",
                              "district", "community", "state", "county", "suburb", "neighbourhood", "neighborhood"})
# Verbs of taking part, whose games are the fact counted ("played in 13 games"), not a stretch a total is over.
PLAYING_VERBS = frozenset({"play", "appear", "start", "dress", "feature", "suit"})

# Words that ask for, plan or weigh an event rather than report it: "called for the release of X",
# "urged them to free X", "talks on the release of X" say nothing about whether X was freed.
DEMAND_WORDS = frozenset({"call", "demand", "urge", "seek", "ask", "press", "push", "campaign", "lobby", "appeal",
                          "plead", "petition", "hope", "want", "wish", "plan", "propose", "negotiate", "discuss",
                          "consider", "threaten", "promise", "offer", "agree", "request", "talk", "prospect",
                          "possibility", "chance", "condition", "prerequisite"})
# Modal auxiliaries: "will be freed", "could be released" state no event that happened: the hedging and opinion
# modals, and those of the future and of ability ("wo" is the tagger's "won't").
MODAL_AUXILIARIES = MODAL_HEDGES | OPINION_MODALS | frozenset({"will", "would", "can", "wo", "ca"})  # "ca" of "can't"

# The class of a duration that measures how long something has stood ("opened in 1995", "has operated for 30
# years"): its age.
AGE_EVENT = "age"

# How a reader is told of each event class: its past participle ("the prisoners released", "how long X was
# detained") and the noun that names it ("the date of the release", "the lifting or easing of sanctions"). A
# verb outside the classes is inflected by rule (phrasing.py), with the irregular verbs below.
EVENT_WORDING: dict[str, tuple[str, str]] = {
    "release": ("released", "release"), "detention": ("detained", "detention"), "arrest": ("arrested", "arrest"),
    "kill": ("killed", "deaths"), "injure": ("injured", "injuries"),
    "lifting/easing": ("lifted or eased", "lifting or easing"), "imposition": ("imposed", "imposition"),
    "sentence": ("sentenced", "sentencing"), "enter": ("admitted", "admission"), "hire": ("hired", "hiring"),
    "fire": ("dismissed", "dismissals"), "win": ("won", "win"), "buy": ("bought", "purchase"),
    "strike": ("on strike", "strike"), "evacuate": ("evacuated", "evacuation"), "halt": ("halted", "halt"),
    "gunfire": ("fired", "firing"),
}

# English verbs whose past tense or past participle is not formed with "-ed": lemma -> (past, participle).
IRREGULAR_VERBS: dict[str, tuple[str, str]] = {
    "arise": ("arose", "arisen"), "be": ("was", "been"), "bear": ("bore", "borne"), "beat": ("beat", "beaten"),
    "become": ("became", "become"), "begin": ("began", "begun"), "bend": ("bent", "bent"), "bet": ("bet", "bet"),
    "bid": ("bid", "bid"), "bind": ("bound", "bound"), "bite": ("bit", "bitten"), "bleed": ("bled", "bled"),
    "blow": ("blew", "blown"), "break": ("broke", "broken"), "bring": ("brought", "brought"),
    "build": ("built", "built"), "burn": ("burnt", "burnt"), "burst": ("burst", "burst"), "buy": ("bought", "bought"),
    "cast": ("cast", "cast"), "catch": ("caught", "caught"), "choose": ("chose", "chosen"),
    "cling": ("clung", "clung"), "come": ("came", "come"), "cost": ("cost", "cost"), "creep": ("crept", "crept"),
    "cut": ("cut", "cut"), "deal": ("dealt", "dealt"), "dig": ("dug", "dug"), "do": ("did", "done"),
    "draw": ("drew", "drawn"), "drink": ("drank", "drunk"), "drive": ("drove", "driven"), "eat": ("ate", "eaten"),
    "fall": ("fell", "fallen"), "feed": ("fed", "fed"), "feel": ("felt", "felt"), "fight": ("fought", "fought"),
    "find": ("found", "found"), "flee": ("fled", "fled"), "fly": ("flew", "flown"),
    "forbid": ("forbade", "forbidden"), "forget": ("forgot", "forgotten"), "forgive": ("forgave", "forgiven"),
    "freeze": ("froze", "frozen"), "get": ("got", "got"), "give": ("gave", "given"), "go": ("went", "gone"),
    "grind": ("ground", "ground"), "grow": ("grew", "grown"), "hang": ("hung", "hung"), "have": ("had", "had"),
    "hear": ("heard", "heard"), "hide": ("hid", "hidden"), "hit": ("hit", "hit"), "hold": ("held", "held"),
    "hurt": ("hurt", "hurt"), "keep": ("kept", "kept"), "know": ("knew", "known"), "lay": ("laid", "laid"),
    "lead": ("led", "led"), "leave": ("left", "left"), "lend": ("lent", "lent"), "let": ("let", "let"),
    "lie": ("lay", "lain"), "light": ("lit", "lit"), "lose": ("lost", "lost"), "make": ("made", "made"),
    "mean": ("meant", "meant"), "meet": ("met", "met"), "overcome": ("overcame", "overcome"),
    "overtake": ("overtook", "overtaken"), "pay": ("paid", "paid"), "put": ("put", "put"), "quit": ("quit", "quit"),
    "read": ("read", "read"), "ride": ("rode", "ridden"), "ring": ("rang", "rung"), "rise": ("rose", "risen"),
    "run": ("ran", "run"), "say": ("said", "said"), "see": ("saw", "seen"), "seek": ("sought", "sought"),
    "sell": ("sold", "sold"), "send": ("sent", "sent"), "set": ("set", "set"), "shake": ("shook", "shaken"),
    "shed": ("shed", "shed"), "shine": ("shone", "shone"), "shoot": ("shot", "shot"), "show": ("showed", "shown"),
    "shrink": ("shrank", "shrunk"), "shut": ("shut", "shut"), "sing": ("sang", "sung"), "sink": ("sank", "sunk"),
    "sit": ("sat", "sat"), "slay": ("slew", "slain"), "sleep": ("slept", "slept"), "slide": ("slid", "slid"),
    "speak": ("spoke", "spoken"), "spend": ("spent", "spent"), "spin": ("spun", "spun"), "split": ("split", "split"),
    "spread": ("spread", "spread"), "spring": ("sprang", "sprung"), "stand": ("stood", "stood"),
    "steal": ("stole", "stolen"), "stick": ("stuck", "stuck"), "sting": ("stung", "stung"),
    "strike": ("struck", "struck"), "swear": ("swore", "sworn"), "sweep": ("swept", "swept"),
    "swim": ("swam", "swum"), "swing": ("swung", "swung"), "take": ("took", "taken"), "teach": ("taught", "taught"),
    "tear": ("tore", "torn"), "tell": ("told", "told"), "think": ("thought", "thought"), "throw": ("threw", "thrown"),
    "undergo": ("underwent", "undergone"), "understand": ("understood", "understood"),
    "undertake": ("undertook", "undertaken"), "upset": ("upset", "upset"), "wake": ("woke", "woken"),
    "wear": ("wore", "worn"), "weep": ("wept", "wept"), "win": ("won", "won"), "withdraw": ("withdrew", "withdrawn"),
    "write": ("wrote", "written"),
}

# Verbs of two syllables stressed on the last, which double their final consonant as one-syllable verbs do
# ("occurring", "admitted"); spelling cannot tell them from "opening" and "visited".
FINAL_STRESS_VERBS = frozenset({"occur", "recur", "incur", "refer", "prefer", "confer", "defer", "infer", "transfer",
                                "admit", "commit", "permit", "omit", "submit", "emit", "acquit", "control", "patrol",
                                "compel", "expel", "propel", "repel", "rebel", "excel", "regret", "begin", "forget",
                                "equip", "deter", "embed", "allot", "abet", "upset", "outbid"})
# Nouns whose plural is not formed with "-s"/"-es" (or that have no other plural form).
IRREGULAR_PLURALS = {"person": "people", "man": "men", "woman": "women", "child": "children", "foot": "feet",
                     "tooth": "teeth", "mouse": "mice", "goose": "geese", "ox": "oxen", "life": "lives",
                     "wife": "wives", "knife": "knives", "thief": "thieves", "leaf": "leaves", "half": "halves"}
INVARIABLE_PLURALS = frozenset({"people", "police", "sheep", "fish", "deer", "staff", "personnel", "cattle",
                                "aircraft", "series", "species", "livestock", "offspring"})
# Nouns ending in "man" whose plural is regular ("humans"): the others change it to "men" ("fishermen").
MAN_ENDING_REGULARS = frozenset({"human", "german", "roman", "shaman", "caiman", "talisman", "ottoman"})

# Whether an event is stated as fact (assertion.py).
# Verbs of belief: what their clause says is someone's belief, not a fact stated.
BELIEF_VERBS = frozenset({"believe", "think", "suspect", "doubt", "fear", "suppose", "assume", "guess", "speculate"})
# Verbs of intent: what their "to" clause names is wanted, planned or tried, not done ("did not want to end the game").
INTENT_VERBS = frozenset({"want", "hope", "plan", "intend", "seek", "try", "aim", "wish", "expect", "attempt",
                          "threaten", "promise", "vow", "pledge", "propose", "offer", "prefer"})
# Verbs (and "able") whose "to" clause happened when they did ("managed to free", "were forced to abandon", "had to
# recall"); any other verb's ("wanted to", "negotiating to purchase") or a noun's ("a promise not to reveal") did
# not, or not yet. "Going to" is a future, so "go" is not one.
IMPLICATIVE_VERBS = frozenset({"manage", "begin", "start", "continue", "proceed", "choose", "opt", "elect",
                               "remember", "dare", "bother", "happen", "get", "come", "cease", "force", "compel",
                               "oblige", "have", "able", "help", "succeed"})
# Verbs whose "to" clause did not happen: "failed to sign", "declined to release" deny the signing, the release.
NEGATIVE_IMPLICATIVE_VERBS = frozenset({"fail", "refuse", "decline", "neglect"})
# A decision reports what was decided as the news of it ("the decision to lift sanctions", "agreed to ease
# sanctions"): its "to" clause is compared as stated. An order is not ("ordered residents to evacuate").
DECISION_WORDS = frozenset({"decide", "decision", "agree", "agreement", "vote", "move", "resolve", "resolution",
                            "deal", "step"})
# "the first to win", "the last team to score": an infinitive after a rank states what happened ("the only way to
# end the war" and "the next to go" do not).
RANK_WORDS = frozenset({"first", "second", "third", "last"})
# A negation over such a stretch ("has not been hit by a quake in more than 25 years") says nothing of this event.
LONG_PERIOD_UNITS = frozenset({"year", "decade", "century", "generation"})
