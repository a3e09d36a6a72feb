"""Which figure is an event's count, what a measurement measures, and claims that state the same figures,
on the real annotate and resolve stages with texts written for the test."""
from __future__ import annotations

import pytest

from newsprism.model import Article, Claim, Span
from newsprism.reconcile.align import linked
from newsprism.reconcile.quantities import victims_counted
from newsprism.reconcile.ranges import compatible, plausible

MONDAY_KILLED = "A landslide buried houses in the village of Korvet on Monday, killing 17 villagers, the governor said."
MONDAY_DIED = "Nineteen villagers died when a landslide struck Korvet on Monday, rescuers said."
TOLL_ROSE = ("The death toll from the landslide in Korvet climbed to 23 on Wednesday after four injured villagers "
             "died in hospital, officials said. Two more villagers died overnight.")


def quantity_conflicts(story) -> list:
    return [c for c in story.conflicts if c.kind == "quantity"]


def sides(conflict) -> list[tuple[str, list[str]]]:
    return [(p.value, p.articles) for p in conflict.positions]


# --- tolls ------------------------------------------------------------------------------------------

def test_a_risen_toll_is_the_count_and_what_raised_it_is_not(analyse):
    story = analyse((MONDAY_KILLED, "2025-06-03"), (MONDAY_DIED, "2025-06-03"), (TOLL_ROSE, "2025-06-05"))
    [conflict] = quantity_conflicts(story)
    assert sides(conflict) == [("17", ["a1"]), ("Nineteen", ["a2"]), ("23", ["a3"])]
    assert conflict.explanation == (
        "Articles give incompatible figures for the villagers killed: 17 (one article) vs nineteen (one article) "
        "vs 23 (one article); no article dates them to different events. One article reports the count rising to "
        "23: an update, so the lower figures may be earlier counts rather than a contradiction.")
    assert conflict.subject == "number of villagers killed"
    assert "date" not in [c.kind for c in story.conflicts]  # Wednesday is when the toll was counted


def test_a_toll_that_stands_at_its_figure_is_the_count_without_an_update(analyse):
    story = analyse((MONDAY_KILLED, "2025-06-03"),
                    ("The death toll from the landslide in Korvet now stands at 23, officials said.", "2025-06-05"))
    [conflict] = quantity_conflicts(story)
    assert sides(conflict) == [("17", ["a1"]), ("23", ["a2"])]
    assert "update" not in conflict.explanation


def test_a_toll_that_agrees_with_the_count_is_no_conflict(analyse):
    story = analyse((MONDAY_KILLED, "2025-06-03"),
                    ("The death toll from the landslide in Korvet has risen to 17, officials said.", "2025-06-04"))
    assert quantity_conflicts(story) == []


@pytest.mark.parametrize(
    ("counted", "expected"),
    [("death toll", ("kill", True)), ("toll", ("kill", True)), ("number of fatalities", ("kill", True)),
     ("injury tally", ("injure", True)), ("deaths", ("kill", False)), ("injured hikers", (None, False)),
     ("number of prisoners", (None, False))],
)
def test_what_names_the_victims_of_an_event(counted, expected):
    assert victims_counted(counted) == expected


# --- events named by their course, and approximate figures --------------------------------------------

WALKED_OUT = "About 6,000 nurses have walked out over pay, the union said."


def test_a_walkout_and_the_strike_it_continues_are_one_event(analyse):
    story = analyse((WALKED_OUT, "2025-03-04"),
                    ("The hospital strike entered its second week, with some 8,000 nurses off the wards, the health "
                     "board said.", "2025-03-04"))
    [conflict] = quantity_conflicts(story)
    assert conflict.subject == "number of nurses on strike"
    assert sides(conflict) == [("About 6,000", ["a1"]), ("some 8,000", ["a2"])]


def test_approximate_figures_within_rounding_of_each_other_agree(analyse):
    story = analyse((WALKED_OUT, "2025-03-04"),
                    ("The hospital strike entered its second week, with some 6,400 nurses off the wards, the health "
                     "board said.", "2025-03-04"))
    assert quantity_conflicts(story) == []


def test_approximate_figures_a_quarter_apart_are_different_estimates():
    assert not compatible(plausible(None, None, 7000.0, True), plausible(None, None, 9000.0, True))
    assert compatible(plausible(None, None, 110.0, True), plausible(None, None, 117.0, False))


# --- measurements -----------------------------------------------------------------------------------

MAGNITUDE = "A magnitude 5.8 earthquake shook the island of Velo on Sunday, the geological survey said."


def test_two_magnitudes_of_one_earthquake_conflict_whatever_the_verbs(analyse):
    story = analyse((MAGNITUDE, "2025-02-10"),
                    ("The death toll from Sunday's magnitude 6.4 earthquake on Velo rose to 3, officials said.",
                     "2025-02-11"))
    [conflict] = quantity_conflicts(story)
    assert conflict.subject == "magnitude of the earthquake"
    assert sides(conflict) == [("magnitude 5.8", ["a1"]), ("magnitude 6.4", ["a2"])]
    assert conflict.explanation == ("Articles give incompatible measures of the earthquake (magnitude): "
                                    "magnitude 5.8 (one article) vs magnitude 6.4 (one article).")


def test_the_magnitude_of_an_aftershock_is_not_the_earthquakes(analyse):
    story = analyse((MAGNITUDE, "2025-02-10"),
                    ("A magnitude 4.2 aftershock rattled Velo on Tuesday, the survey said.", "2025-02-12"))
    assert quantity_conflicts(story) == []


# --- claims that state the same facts in other words ------------------------------------------------

def test_sentences_stating_the_same_two_figures_corroborate(analyse):
    story = analyse(
        ("Firefighters carried 45 of them out of the building overnight, and 9 were taken to hospital with burns, "
         "the fire service said.", "2025-01-20"),
        ("Fire crews rescued 45 residents, and 9 of them were being treated in hospital.", "2025-01-20"))
    assert [(g.status, sorted({c.article for c in g.claims})) for g in story.claims] == [
        ("corroborated", ["a1", "a2"])]


def test_one_statement_with_another_main_verb_corroborates(analyse):
    story = analyse(
        ("Marta Ilves of the dockers' union said the terminal's cranes had been unsafe for months before the "
         "accident.", "2025-01-20"),
        ("Marta Ilves, who chairs the dockers' union, said crews had protested about unsafe cranes at the terminal "
         "for months.", "2025-01-21"))
    assert [(g.status, sorted({c.article for c in g.claims})) for g in story.claims] == [
        ("corroborated", ["a1", "a2"])]


def claim(article: str, predicate: str, entities: list[str], values: tuple[float, ...] = ()) -> Claim:
    from newsprism.model import Quantity

    quantities = [Quantity(Span(0, 1), f"{v:g}", v, v, v) for v in values]
    return Claim(id=f"{article}:c1", article=article, span=Span(0, 1), text="x", entities=entities,
                 quantities=quantities, predicate=predicate)


def test_a_fairly_similar_pair_needs_a_shared_part_and_a_compatible_predicate():
    specific = {"e:ilves", "v:count::45", "v:count::9"}
    one_figure = (claim("a1", "carry", [], (45.0,)), claim("a2", "rescue", [], (45.0,)))
    two_figures = (claim("a1", "carry", [], (45.0, 9.0)), claim("a2", "rescue", [], (45.0, 9.0)))
    assert not linked(*one_figure, 0.7, specific)
    assert linked(*two_figures, 0.7, specific)
    assert not linked(*two_figures, 0.5, specific)
    same_words = (frozenset({"ilves", "crane", "unsafe", "month"}), frozenset({"ilves", "crane", "unsafe", "protest"}))
    other_words = (frozenset({"ilves", "crane", "unsafe", "month"}), frozenset({"ilves", "meet", "director", "demand"}))
    speaker = (claim("a1", "unsafe", ["ilves"]), claim("a2", "protest", ["ilves"]))
    assert linked(*speaker, 0.7, specific, same_words)
    assert not linked(*speaker, 0.7, specific, other_words)


def test_a_date_conflict_names_who_the_event_befell_in_the_articles_words(analyse):
    story = analyse(("Eleven fishermen drowned when their trawler sank off Varnes on Sunday, the coastguard said.",
                     "2025-05-13"),
                    ("The trawler sank off Varnes on Saturday, killing eleven fishermen, the coastguard said.",
                     "2025-05-13"))
    [conflict] = story.conflicts
    assert (conflict.kind, conflict.subject) == ("date", "when the fishermen were killed")
    assert conflict.explanation == ("Articles say the fishermen were killed on days that do not overlap: 10 May "
                                    "2025 (“on Saturday”, one article) vs 11 May 2025 (“on Sunday”, one article).")


def test_a_date_conflict_without_a_count_names_the_event(analyse):
    story = analyse(("The Varnes bridge reopened to traffic on Monday after repairs, the council said.", "2025-05-13"),
                    ("The Varnes bridge reopened to traffic on Wednesday after repairs, the council said.",
                     "2025-05-13"))
    [conflict] = story.conflicts
    assert (conflict.subject, conflict.explanation) == ("date of the reopening", (
        "Articles date the reopening to days that do not overlap: 7 May 2025 (“on Wednesday”, one article) vs "
        "12 May 2025 (“on Monday”, one article)."))


def test_things_that_did_something_are_counted_as_doing_it(analyse):
    story = analyse(("Twelve cargo ships waited outside the port of Dalmore on Monday, the harbour authority said.",
                     "2025-05-13"),
                    ("Some 30 cargo ships waited outside the port of Dalmore on Monday, the harbour authority said.",
                     "2025-05-13"))
    [conflict] = quantity_conflicts(story)
    assert (conflict.subject, conflict.explanation) == ("number of ships that waited", (
        "Articles give incompatible figures for the ships that waited: twelve (one article) vs some 30 (one "
        "article); no article dates them to different events."))


def test_a_date_of_a_clause_on_a_noun_or_of_a_birth_is_not_the_events(analyse):
    """"Born in 1928" dates a person and "the family founded in 1931" a family: neither dates what the sentence
    says of them, so two reports that give those two dates do not disagree on when it happened."""
    story = analyse(("Born in Norvik in 1928, Aldo Verra became a boxer and joined the crime family founded in 1931 "
                     "by Enzo Ruhl.", "2025-05-13"),
                    ("Aldo Verra became a boxer and joined the crime family founded in 1931 by Enzo Ruhl.", "2025-05-13"))
    assert [c.kind for c in story.conflicts if c.kind == "date"] == []


def test_shots_fired_are_gunfire_and_a_spelling_variant_is_no_other_name(analyse):
    story = analyse(("No shots were fired when police detained the suspect in Varnes on Tuesday.", "2025-05-13"),
                    ("Police fired two shots when they detained the suspect in Varnes on Tuesday.", "2025-05-13"),
                    ("The plant was listed on the website of Gordon Advisers, a consulting firm in the Varnes office "
                     "building.", "2025-05-13"),
                    ("The plant was listed on the website of Gordon Advisors, a consulting firm in the Varnes office "
                     "building.", "2025-05-13"))
    assert [(c.kind, c.subject) for c in story.conflicts] == [("polarity", "whether the firing of shots happened")]


def test_figures_one_sentence_gives_for_several_things_of_a_kind_are_no_conflict(analyse):
    """"Ortiz is averaging 15.5 points, Lund 14.9 points" counts two players' points: against another report's
    "Ortiz averages 15.5 points" neither figure is in dispute."""
    story = analyse(("Ortiz is averaging 15.5 points per game this season, while Lund is averaging 14.9 points per "
                     "game.", "2025-05-13"),
                    ("Ortiz is averaging 15.5 points per game, the best on the Varnes team this season.", "2025-05-13"))
    assert [c.kind for c in story.conflicts] == []
    one_each = analyse(("Ortiz is averaging 15.5 points per game this season for the Varnes team.", "2025-05-13"),
                       ("Ortiz is averaging 14.9 points per game this season for the Varnes team.", "2025-05-13"))
    assert [c.kind for c in one_each.conflicts] == ["quantity"]


def test_figures_said_of_different_named_doers_are_no_conflict(analyse):
    """"Ortiz missed eight games" and "Lund missed ten games" are two players' records; two reports of Ortiz's differ."""
    two_players = analyse(("Maria Ortiz missed eight games this season with a broken leg, the Varnes club said.",
                           "2025-05-13"),
                          ("Anna Lund missed ten games this season with a broken leg, the Varnes club said.", "2025-05-13"))
    assert [c.kind for c in two_players.conflicts if c.kind == "quantity"] == []
    one_player = analyse(("Maria Ortiz missed eight games this season with a broken leg, the Varnes club said.",
                          "2025-05-13"),
                         ("Maria Ortiz missed ten games this season with a broken leg, the Varnes club said.", "2025-05-13"))
    assert [c.kind for c in one_player.conflicts if c.kind == "quantity"] == ["quantity"]


def test_a_count_whose_thing_is_unsaid_is_stated_with_its_events_class(resources):
    """"Forty-five were rescued" aligns on its figure as a rescue: the class, not the (class, acting) pair, which no
    class equals and so took any event for its own."""
    from newsprism.annotate import annotate_articles
    from newsprism.reconcile import build_context
    from newsprism.reconcile.quantities import stated_figures

    article = Article(id="a1", text="Forty-five were rescued from the Varnes mine on Tuesday, officials said.")
    ctx = build_context([article], annotate_articles([article], resources), resources)
    assert [(f.value, f.thing, f.event) for figures in stated_figures(ctx).values() for f in figures] == [
        ("v:count::45", "", "rescue")]


def test_the_shot_are_not_the_killed_unless_the_shooting_is_said_fatal(analyse):
    """"shot three co-workers, killing two" counts the wounded with the dead; "shot dead" is a killing."""
    shot = ("A suspended worker shot three co-workers at the Varnes bakery on Monday, killing two of them.",
            "2025-05-13")
    killed = ("A suspended worker killed two co-workers at the Varnes bakery on Monday.", "2025-05-13")
    assert [c.kind for c in analyse(shot, killed).conflicts] == []
    shot_dead = ("A suspended worker shot dead three co-workers at the Varnes bakery on Monday.", "2025-05-13")
    assert [(c.kind, c.subject, [p.value for p in c.positions]) for c in analyse(shot_dead, killed).conflicts] == [
        ("quantity", "number of co-workers killed", ["two", "three"])]


@pytest.mark.parametrize("total, expected", [
    pytest.param("Erik Lund has gained 440 yards this season for the Varnes team.", [], id="season-total"),
    pytest.param("Erik Lund has gained 440 yards in his last four games for the Varnes team.", [], id="games-total"),
    pytest.param("Erik Lund gained 440 yards on Sunday for the Varnes team.", ["quantity"], id="game"),
    pytest.param("Erik Lund gained a career-high 440 yards on Sunday for the Varnes team.", ["quantity"],
                 id="a-record-in-the-game"),
])
def test_a_total_over_the_season_is_not_the_games_figure(analyse, total, expected):
    """"440 yards this season" totals the season: against a report of the game's 66 yards it is no dispute."""
    story = analyse(("Erik Lund gained 66 yards on Sunday for the Varnes team.", "2025-05-13"),
                    (total, "2025-05-13"))
    assert [c.kind for c in story.conflicts] == expected


def test_a_figure_in_a_denied_clause_is_not_stated(analyse):
    """"never hit fewer than 20 homers" states no count of homers hit: against "at least 30" it is no dispute."""
    story = analyse(("Having never hit fewer than 20 homers in a season, Maria Ortiz is the Varnes team's best "
                     "hitter.", "2025-05-13"),
                    ("Maria Ortiz has hit at least 30 homers in each of the past five seasons for the Varnes team.",
                     "2025-05-13"))
    assert [c.kind for c in story.conflicts] == []
    stated = analyse(("Maria Ortiz hit 12 homers in a season for the Varnes team.", "2025-05-13"),
                     ("Maria Ortiz hit 30 homers in a season for the Varnes team.", "2025-05-13"))
    assert [c.kind for c in stated.conflicts] == ["quantity"]


def test_a_figure_per_game_is_an_average_not_the_games_count(analyse):
    """"23 points and eight rebounds a game" is an average: against one game's 17 points it is no dispute."""
    story = analyse(("Maria Ortiz had 23 points and eight rebounds a game for the Varnes team on Sunday.",
                     "2025-05-13"),
                    ("Maria Ortiz had 17 points and eight rebounds for the Varnes team on Sunday.", "2025-05-13"))
    assert [c.kind for c in story.conflicts] == []


def test_the_games_a_total_is_counted_over_are_no_figure_of_the_event(analyse):
    """"in his last two games" says over how long 189 yards were gained; against "through 14 games" it is no
    dispute about games played. Games missed are counted, and compared."""
    story = analyse(("Erik Lund has 189 yards and two touchdowns in his last two games for the Varnes team.",
                     "2025-05-13"),
                    ("Erik Lund had 404 yards and two touchdowns through 14 games for the Varnes team.", "2025-05-13"))
    assert [c.kind for c in story.conflicts] == []
    missed = analyse(("Erik Lund missed two games for the Varnes team this month.", "2025-05-13"),
                     ("Erik Lund missed four games for the Varnes team this month.", "2025-05-13"))
    assert [(c.subject, [p.value for p in c.positions]) for c in missed.conflicts] == [
        ("number of games missed", ["two", "four"])]


@pytest.mark.parametrize("first, second", [
    pytest.param("Erik Lund played in just 13 games this year for the Varnes team.",
                 "Erik Lund played in just 37 games this year for the Varnes team.", id="games-played"),
    pytest.param("Erik Lund played for the Varnes team for 11 seasons.",
                 "Erik Lund played for the Varnes team for 40 seasons.", id="seasons-played"),
    pytest.param("Erik Lund appeared in 13 games for the Varnes team this year.",
                 "Erik Lund appeared in 37 games for the Varnes team this year.", id="games-appeared-in"),
    pytest.param("Erik Lund has scored in 13 straight games for the Varnes team.",
                 "Erik Lund has scored in 9 straight games for the Varnes team.", id="a-streak"),
])
def test_the_games_or_seasons_played_are_a_count_of_their_own(analyse, first, second):
    story = analyse((first, "2025-05-13"), (second, "2025-05-13"))
    assert [c.kind for c in story.conflicts] == ["quantity"]


@pytest.mark.parametrize("setting", [
    "The quake struck Varnes island, home to 120,000 people, on Sunday, officials said.",
    "The quake struck Varnes, a town of 120,000 people, on Sunday, officials said.",
])
def test_the_people_a_place_is_home_to_are_no_count_of_the_event(analyse, setting):
    """"an island home to 120,000 people" says where the quake struck, not how many it struck."""
    story = analyse((setting, "2025-05-13"),
                    ("The quake struck 500,000 people in the Varnes region on Sunday, officials said.", "2025-05-13"))
    assert [c.kind for c in story.conflicts] == []


def test_the_people_of_a_place_the_event_acted_on_are_counted(analyse):
    """"evacuated a village of 300 people": the village's people were evacuated, and 300 is disputed by 800."""
    story = analyse(("Rescuers evacuated a village of 300 people near Varnes on Sunday, officials said.", "2025-05-13"),
                    ("Rescuers evacuated 800 people near Varnes on Sunday, officials said.", "2025-05-13"))
    assert [c.kind for c in story.conflicts] == ["quantity"]


# --- places -----------------------------------------------------------------------------------------

QESHM_TEN = "The earthquake killed ten people on Qeshm island off Iran's coast on Sunday, officials said."


@pytest.mark.parametrize(("second", "expected"), [
    # a toll of another quake, recalled with its place, is not this quake's
    ("The earthquake killed ten people on Qeshm island on Sunday. A quake killed 17,000 people in Izmit in Turkey, "
     "officials recalled.", []),
    # another town of no named country may be on the island
    ("The earthquake killed 14 people in Dargahan on Sunday, state media said.", [("ten", ["a1"]), ("14", ["a2"])]),
    # the same place, another figure: a dispute
    ("The earthquake killed 14 people on Qeshm island on Sunday, state media said.", [("ten", ["a1"]), ("14", ["a2"])]),
    # a figure naming no place is the story's own setting's
    ("The earthquake killed 14 people on Sunday, state media said.", [("ten", ["a1"]), ("14", ["a2"])]),
    # the country the story places Qeshm in
    ("The earthquake killed 14 people in Iran on Sunday, state media said.", [("ten", ["a1"]), ("14", ["a2"])]),
])
def test_figures_said_of_different_countries_are_no_conflict(analyse, second, expected):
    story = analyse((QESHM_TEN, "2005-11-28"), (second, "2005-11-28"))
    assert [sides(c) for c in quantity_conflicts(story)] == ([expected] if expected else [])


def test_a_figure_of_another_country_is_apart_from_a_locality_the_story_places(analyse):
    """Qeshm is "off Iran's coast": "14 killed in southern Iran" is compared with its toll, a quake in China is not."""
    story = analyse(("The earthquake killed ten people on Qeshm island off Iran's coast, officials said.", "2005-11-28"),
                    ("The earthquake hit southern Iran, killing 14 people, officials said.", "2005-11-28"),
                    ("More than a dozen people were killed by a quake in eastern China, officials said.", "2005-11-28"))
    assert [sides(c) for c in quantity_conflicts(story)] == [[("ten", ["a1"]), ("14", ["a2"])]]


@pytest.mark.parametrize("possible", [
    "A magnitude 6 quake can cause severe damage, experts said.",
    "Engineers said a stronger quake would kill 40 people on the island.",
])
def test_a_possible_or_generic_figure_is_no_count_of_the_event(analyse, possible):
    story = analyse(("The magnitude 5.9 quake killed ten people on the island, officials said.", "2005-11-28"),
                    (f"The magnitude 5.9 quake killed ten people on the island. {possible}", "2005-11-28"))
    assert quantity_conflicts(story) == []


def test_a_figure_hung_on_a_planned_event_is_still_counted(analyse):
    """The members are counted whatever the mailing: "will be mailed to its 160,000 members" disputes 360,000."""
    story = analyse(("Strike ballots will be mailed to the guild's 360,000 members on Friday, the guild said.", "2008-12-20"),
                    ("Strike ballots will be mailed to the guild's 160,000 members on Friday, the guild said.", "2008-12-20"))
    assert [sides(c) for c in quantity_conflicts(story)] == [[("160,000", ["a2"]), ("360,000", ["a1"])]]


# --- durations of a thing ---------------------------------------------------------------------------

@pytest.mark.parametrize(("first", "second", "expected"), [
    # a tenure is no length of the suspension
    ("Yvonne Hiller, a 15-year employee, was suspended on Tuesday, officials said.",
     "Yvonne Hiller was suspended from her job for the second time in two months, officials said.", []),
    # how long the event itself lasted still differs
    ("Yvonne Hiller was suspended from her job for two weeks, officials said.",
     "Yvonne Hiller was suspended from her job for three months, officials said.", [[["a1"], ["a2"]]]),
])
def test_a_duration_of_a_thing_is_no_length_of_the_event(analyse, first, second, expected):
    story = analyse((first, "2010-06-10"), (second, "2010-06-10"))
    assert sorted([p.articles for p in c.positions] for c in story.conflicts if c.kind == "duration") == expected


@pytest.mark.parametrize(("second", "expected"), [
    # another award won
    ("Hugh Jackman won an Emmy in 2005 for hosting the Tony Awards, when he also won a Tony for his role in the "
     "musical The Boy from Oz.", []),
    ("Hugh Jackman won a Tony Award in 2005 for his role in the musical The Boy from Oz.", [[["a1"], ["a2"]]]),
])
def test_dates_of_one_event_are_compared_only_of_one_thing_acted_on(analyse, second, expected):
    story = analyse(("Hugh Jackman won a Tony Award in 2004 for his role in the musical The Boy from Oz.",
                     "2008-12-13"), (second, "2008-12-13"))
    assert [[p.articles for p in c.positions] for c in story.conflicts if c.kind == "date"] == expected
