"""The article's own lists stay: a list after the body that the body announces, labels repeated inside a list,
a list inside the body introduced with a colon; teaser lists and menus still go."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsprism.clean import clean_article
from newsprism.clean.lines import split_lines
from newsprism.clean.lists import bridged_end, trailing_list
from newsprism.clean.shapes import furniture_verdict, repeated_short_lines
from newsprism.clean.topics import topical_overlap, vocabulary
from newsprism.model import Article

TOUR_STORY = """\
The Harbour Lights will go on tour again next summer, twenty years after the band first played together.
Singer Mara Quist said the band had rehearsed in a barn near Tromsø for most of the winter and felt ready.
Tickets for the tour go on sale on Friday, and the band said a second leg in the autumn was possible.
The Harbour Lights tour dates:
June 4 -- Olympen, Lund
June 6 -- Rockefeller, Oslo
June 9 -- Vega, Copenhagen
June 12 -- Tavastia, Helsinki
Share this article
Follow us on Facebook
"""

TEASER_STORY = """\
The Harbour Lights will go on tour again next summer, twenty years after the band first played together.
Singer Mara Quist said the band had rehearsed in a barn near Tromsø for most of the winter and felt ready.
Tickets for the tour go on sale on Friday, and the band said a second leg in the autumn was possible.
Parliament passes new fisheries budget
Storm closes mountain pass for a week
Chess champion retires at thirty-one
Share this article
"""

MEAL_PLAN = """\
This meal plan spreads the day's food over three meals and keeps every portion small and simple to prepare.
Each meal comes with a reminder of when to eat it, so that nobody has to count the hours between them.
Breakfast
Eat every three hours
Oat porridge with grated apple and cinnamon
Lunch
Eat every three hours
Lentil soup with a slice of rye bread
Dinner
Eat every three hours
Baked salmon with potatoes and green beans
With this meal plan every portion is simple, and preparing each meal takes a quarter of an hour a day.
"""

MENU_TWICE = "Home\nNews\nSport\nA single line of the article body that sits between the menus.\nHome\nNews\nSport\n"

LISTED_WINNERS = """\
The village show on Saturday drew more entries than in any year since it began, the organisers said.
Judges spent the whole morning in the produce tent before they announced the prizes at noon.
The winners were:
Largest marrow, Ada Brook
Best sponge cake, Tom Reed
Best sheaf of wheat, Lena Holt
The organisers said the show would move to the larger field by the river next year to fit more stalls in.
"""


def _removed(text: str) -> list[tuple[str, str]]:
    return [(removal.reason, removal.text) for removal in clean_article(Article(id="t", text=text)).removed]


def test_list_announced_by_the_body_and_closed_by_furniture_stays() -> None:
    assert _removed(TOUR_STORY) == [("share", "Share this article"), ("social", "Follow us on Facebook")]


def test_trailing_list_indices() -> None:
    lines = split_lines(TOUR_STORY)
    shapes = [furniture_verdict(line) for line in lines]
    body = vocabulary(line.text for line in lines[:3])
    assert trailing_list(lines, shapes, 2, lambda text: topical_overlap(text, body)) == range(3, 8)


def test_off_topic_list_closed_by_furniture_still_goes() -> None:
    assert _removed(TEASER_STORY) == [
        ("unrelated-headline", "Parliament passes new fisheries budget"),
        ("unrelated-headline", "Storm closes mountain pass for a week"),
        ("unrelated-headline", "Chess champion retires at thirty-one"),
        ("share", "Share this article"),
    ]


def test_unclosed_run_after_the_body_is_judged_line_by_line() -> None:
    text = TEASER_STORY.replace("Share this article\n", "")
    lines = split_lines(text)
    shapes = [furniture_verdict(line) for line in lines]
    assert trailing_list(lines, shapes, 2, lambda _: 1.0) == range(0)
    assert [reason for reason, _ in _removed(text)] == ["unrelated-headline"] * 3


def test_labels_repeated_between_list_items_are_not_furniture() -> None:
    assert repeated_short_lines(split_lines(MEAL_PLAN)) == set()
    assert _removed(MEAL_PLAN) == []


def test_menus_repeated_as_runs_are_furniture() -> None:
    assert repeated_short_lines(split_lines(MENU_TWICE)) == {0, 1, 2, 4, 5, 6}


def test_list_introduced_with_a_colon_inside_the_body_stays() -> None:
    assert _removed(LISTED_WINNERS) == []


FESTIVAL_STORY = """\
The Riverside folk festival returns to Ennisburg in May with three days of concerts on the old quay.
Organisers said forty bands would play on two stages and that the quay would be closed to traffic.
Programme:
Friday 8 May 2026
Brass and pipes from the lowlands
Saturday 9 May 2026
Fiddlers of the northern coast
Share this article
"""


def test_dates_inside_a_list_do_not_end_it() -> None:
    assert _removed(FESTIVAL_STORY) == [
        ("date", "Friday 8 May 2026"), ("date", "Saturday 9 May 2026"), ("share", "Share this article")]


def test_list_whose_own_first_line_announces_it_stays() -> None:
    text = TOUR_STORY.replace("The Harbour Lights tour dates:", "Dates:")
    assert _removed(text) == [("share", "Share this article"), ("social", "Follow us on Facebook")]


def test_sentences_of_scripts_without_spaces_are_prose() -> None:
    japanese, korean = split_lines("市長は今日、駅の近くに新しい図書館を開館したと発表しました。\n서울 시장은 오늘 새 도서관을 열었다.")
    assert (japanese.unspaced, japanese.is_prose) == (True, True)
    assert korean.unspaced is False


_KINDS = {"prose": "The crew launched the boat at dawn and reached the yacht within an hour.",
          "item": "June 4, Lund", "share": "Share this article", "date": "4 June 2026"}


@settings(max_examples=200, deadline=None)
@given(kinds=st.lists(st.sampled_from(sorted(_KINDS)), min_size=1, max_size=12), last=st.integers(0, 11))
def test_lists_never_cross_furniture_nor_go_backwards(kinds: list[str], last: int) -> None:
    lines = split_lines("\n".join(_KINDS[kind] for kind in kinds))
    shapes = [furniture_verdict(line) for line in lines]
    last = min(last, len(lines) - 1)
    own = trailing_list(lines, shapes, last, lambda _: 1.0)
    assert not own or (own.start == last + 1 and all(shapes[i].reason in {None, "date"} for i in own)
                       and own.stop < len(lines) and shapes[own.stop].reason == "share")
    end = bridged_end(lines, shapes, last, lambda line: True)
    assert end >= last and all(shapes[i].reason is None for i in range(last + 1, end + 1))
    assert end == last or lines[end].is_prose
