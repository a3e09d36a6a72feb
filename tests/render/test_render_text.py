"""Text as every view shows it: shortened at a word boundary with an ellipsis, quotation marks balanced."""
from rich.cells import cell_len

from newsprism.render.text import balance_quotes, one_line, sentence, shorten


def test_a_text_that_fits_is_kept_whole():
    assert shorten("Port strike ends", 16) == "Port strike ends"


def test_a_long_text_is_cut_after_its_last_whole_word_with_an_ellipsis():
    assert shorten("Harbour workers end their strike after nine days", 30) == "Harbour workers end their…"
    assert len(shorten("Harbour workers end their strike after nine days", 30)) <= 30


def test_the_cut_keeps_a_word_that_ends_exactly_at_the_limit():
    assert shorten("Harbour workers end their strike", 16) == "Harbour workers…"


def test_punctuation_left_before_the_ellipsis_is_dropped():
    assert shorten("Ships waited, crews slept, the port stayed shut", 27) == "Ships waited, crews slept…"


def test_one_word_longer_than_the_limit_is_cut_within_it():
    assert shorten("Donaudampfschifffahrtsgesellschaft", 10) == "Donaudamp…"


def test_wide_characters_are_measured_in_terminal_cells():
    assert shorten("港口 工人 罢工 结束", 10, cell_len) == "港口 工人…"  # two cells a character
    assert shorten("港口 工人 罢工 结束", 9, cell_len) == "港口…"


def test_one_line_folds_line_breaks_and_runs_of_spaces():
    assert one_line("  Ships\n waited\t\toutside. ") == "Ships waited outside."


def test_a_quotation_the_sentence_opens_and_does_not_close_is_closed():
    assert balance_quotes('She said, "We are free.') == 'She said, "We are free."'
    assert balance_quotes("She said, “We are free.") == "She said, “We are free.”"


def test_a_quotation_closed_without_being_opened_is_opened():
    assert balance_quotes('free," she said.') == '"free," she said.'
    assert balance_quotes("free,” she said.") == "“free,” she said."


def test_balanced_marks_and_apostrophes_are_left_alone():
    text = '"We\'re home," said Ana. «Enfin», said Luc. “It’s over,” said Mira.'
    assert balance_quotes(text) == text


def test_a_quotation_inside_another_is_closed_in_order():
    assert balance_quotes("He wrote: “They told us \"stay") == "He wrote: “They told us \"stay\"”"


def test_sentence_is_one_line_with_its_marks_balanced():
    assert sentence('Rescuers said, "We will\n not stop.') == 'Rescuers said, "We will not stop."'


def test_a_count_agrees_with_its_noun():
    from newsprism.render.text import counted

    assert [counted(n, "article") for n in (0, 1, 2)] == ["0 articles", "1 article", "2 articles"]
    assert counted(1, "story", "stories") == "1 story" and counted(3, "story", "stories") == "3 stories"


def test_the_terminal_heading_of_a_story_of_one_article_agrees_in_number():
    from rich.console import Console

    from newsprism.model import Article, Report, Story
    from newsprism.render.terminal import render_terminal

    article = Article(id="a1", text="The ferry crews went on strike.", outlet="Harbour Daily")
    story = Story(id="s1", title="Ferry strike", articles=["a1"], independent_sources=1)
    console = Console(record=True, width=100, color_system=None)
    render_terminal(Report(articles=[article], stories=[story]), console)
    assert "Ferry strike  (1 article, 1 independent source)" in console.export_text()
