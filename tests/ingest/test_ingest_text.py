"""Plain text and Markdown: the headline becomes the title, datelines are recognised, markup is reduced."""
import pytest

from newsprism.ingest.dateline import find_dateline
from newsprism.ingest.text import (
    is_headline, markdown_to_text, read_markdown, read_plain_text, split_title, written_date,
)


def test_headline_first_line_becomes_the_title_and_leaves_the_body():
    draft = read_plain_text("Floods Close Schools Across the Valley\n\nHeavy rain closed 40 schools on Monday.\n", "a.txt")
    assert draft.title == "Floods Close Schools Across the Valley"
    assert draft.text == "Heavy rain closed 40 schools on Monday."
    assert draft.source_format == "text"


@pytest.mark.parametrize("line", [
    "Belarus frees political prisoners in exchange for easing of US sanctions",
    "Is the ceasefire holding?",
    "Talks resume with the U.S.",
    "Kyiv: Power restored to 200,000 homes after overnight strikes",
])
def test_headline_like_lines(line):
    assert is_headline(line)


@pytest.mark.parametrize("line", [
    "Credited from: LATIMES",  # a field line, left in the body for the cleaner
    "By Jane Doe and John Roe",  # a byline
    "Heavy rain closed 40 schools on Monday, officials said.",  # a sentence
    "Breaking",  # too short
    "VILNIUS (Reuters) - Belarus freed 52 prisoners",  # the body's dateline
    "the minister said on Monday that",  # starts lower case
    "It rained. Schools closed. Parents waited.",  # several sentences
    "Friday, June 7, 2013",  # a timestamp
    "Last Updated: Monday, 28 November 2005, 02:24 GMT",
    "Article posted on 08. 07. 2012",
    "Rescuers searched through the night for survivors of the collapse, and by morning they had found" * 2,
])
def test_lines_that_are_not_headlines(line):
    assert not is_headline(line)


def test_single_line_is_body_not_title():
    assert split_title("Floods Close Schools Across the Valley\n") == (None, "Floods Close Schools Across the Valley")


def test_credit_line_stays_in_body():
    title, body = split_title("Credited from: LATIMES\nThe government announced the release.")
    assert title is None
    assert body == "Credited from: LATIMES\nThe government announced the release."


@pytest.mark.parametrize(("body", "dateline", "place", "date", "agency"), [
    ("Vilnius – Belarus took a humanitarian step.", "Vilnius", "Vilnius", None, None),
    ("WASHINGTON (Reuters) - The U.S. lifted sanctions.", "WASHINGTON (Reuters)", "WASHINGTON", None, "Reuters"),
    ("LONDON, March 3 (AP) — Police said.", "LONDON, March 3 (AP)", "LONDON", "March 3", "AP"),
    ("ST. LOUIS, Mo. -- A man was arrested.", "ST. LOUIS, Mo.", "ST. LOUIS, Mo.", None, None),
    ("Rio de Janeiro – Floods hit the city.", "Rio de Janeiro", "Rio de Janeiro", None, None),
    ("Italy – Rome braced for the storm.", "Italy", "Italy", None, None),
    ("KUALA LUMPUR, Malaysia (AFP) - Searchers said.", "KUALA LUMPUR, Malaysia (AFP)", "KUALA LUMPUR, Malaysia",
     None, "AFP"),
    ("TORONTO (Great Lakes Wire) — Ice closed the port.", "TORONTO (Great Lakes Wire)", "TORONTO", None,
     "Great Lakes Wire"),
    ("GENEVA, June 2 (Agence France-Presse) — Talks stalled.", "GENEVA, June 2 (Agence France-Presse)", "GENEVA",
     "June 2", "Agence France-Presse"),
    ("HAMBURG (dpa) - Dockers went on strike.", "HAMBURG (dpa)", "HAMBURG", None, "dpa"),
    ("(Reuters) - The central bank raised rates.", "(Reuters)", None, None, "Reuters"),
    ("(Nordic News Service) — Ferries stopped running.", "(Nordic News Service)", None, None, "Nordic News Service"),
    # brackets that hold a note, not an agency: the dateline is kept, no agency read from it
    ("OSLO (updated 14:05) — Ferries stopped running.", "OSLO (updated 14:05)", "OSLO", None, None),
    ("OSLO (Corrected) — Ferries stopped running.", "OSLO (Corrected)", "OSLO", None, None),
])
def test_datelines_are_recognised_and_kept_in_the_text(body, dateline, place, date, agency):
    found = find_dateline(body)
    assert (found.text, found.place, found.date, found.agency) == (dateline, place, date, agency)
    assert body[found.start:found.end] == dateline


@pytest.mark.parametrize("body", [
    "Maria Kolesnikova – who spent five years in prison – said she was happy.",
    "Yesterday – Officials said nothing.",
    "A total of 123 prisoners were freed.",
    "However - The talks failed.",
    "Meanwhile — Markets fell.",
    # a parenthesis opening the text that is no agency
    "(Corrected) — The council voted to close the bridge.",
    "(This story has been updated) - The council voted.",
    "(Photo: Jan Berg) — The council voted.",
    "(2 min read) - The council voted.",
    "(Updated) The council voted.",
])
def test_sentences_are_not_datelines(body):
    assert find_dateline(body) is None


def test_dateline_after_a_byline_line_is_found_with_its_offset():
    text = "By Jane Doe\nPARIS (AFP) — Strikes halted trains."
    found = find_dateline(text)
    assert (found.text, found.start, text[found.start:found.end]) == ("PARIS (AFP)", 12, "PARIS (AFP)")


def test_markdown_is_reduced_to_plain_text():
    source = (
        "# Dam **Breach** Forces Evacuations\n\n"
        "![aerial photo](https://x.org/a.jpg)\n"
        "RIVERTON – Officials ordered *3,000* residents out, [the county said](https://x.org/s).\n\n"
        "## What we know\n\n"
        "- The breach began at `02:00`.\n"
        "1. Water rose __two metres__.\n"
        "> \"We ran,\" said one resident.\n\n"
        "---\n"
        "[s]: https://x.org/s\n"
    )
    draft = read_markdown(source, "dam.md")
    assert draft.title == "Dam Breach Forces Evacuations"
    assert draft.text == (
        "RIVERTON – Officials ordered 3,000 residents out, the county said.\n\n"
        "What we know\n\n"
        "The breach began at 02:00.\n"
        "Water rose two metres.\n"
        "\"We ran,\" said one resident."
    )
    assert draft.source_format == "markdown"


def test_markdown_setext_heading_and_escapes():
    assert markdown_to_text("Storm Nears Coast\n=================\n\nWinds of 5\\*10 km/h &amp; rain.") == (
        "Storm Nears Coast\n\nWinds of 5*10 km/h & rain."
    )


def test_escaped_markup_characters_are_kept_literally():
    assert markdown_to_text("Prices \\*rose\\* 5\\% in \\[brackets\\]") == "Prices *rose* 5% in [brackets]"


def test_snake_case_and_arithmetic_survive_markdown_reduction():
    assert markdown_to_text("The file_name_here grew 2 * 3 times.") == "The file_name_here grew 2 * 3 times."


@pytest.mark.parametrize(("body", "written"), [
    ("07 June 2013\nGolden girl of screen and pool died.", "07 June 2013"),
    ("By Jane Doe\nUpdated: 2025-10-14 09:30\nThe council met.", "2025-10-14 09:30"),
    ("Published on July 3, 2024\nThe council met.", "July 3, 2024"),
    ("The council met.\n2024\nA year alone is not taken for a date.", None),
    ("The council met on June 3, 2024.", None),
])
def test_a_date_line_near_the_top_becomes_published(body, written):
    assert written_date(body) == written


def test_plain_text_published_keeps_precision():
    draft = read_plain_text("Storm Hits Coast\nJuly 2024\nWinds of 100 km/h were recorded.", "s.txt")
    assert (draft.title, draft.published) == ("Storm Hits Coast", "July 2024")
