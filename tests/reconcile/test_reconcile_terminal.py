"""The terminal view shows established facts, conflicts side by side with their evidence, and quotes."""
from __future__ import annotations

from rich.console import Console

from newsprism.model import (
    Article, Claim, ClaimGroup, Conflict, ErrorRecord, Evidence, Position, Quantity, Quote, Report, Span, Story,
    StoryQuote,
)
from newsprism.render.terminal import render_terminal

TEXT_A = "Ostland released 40 prisoners on Friday."
TEXT_B = "Ostland released 95 prisoners on Friday."


def report() -> Report:
    a = Article(id="a1", text=TEXT_A, outlet="Daily A")
    b = Article(id="a2", text=TEXT_B, outlet="Daily B")
    ev_a, ev_b = Evidence("a1", 0, len(TEXT_A), TEXT_A), Evidence("a2", 0, len(TEXT_B), TEXT_B)
    claim = Claim("a1:c1", "a1", Span(0, len(TEXT_A)), TEXT_A)
    conflict = Conflict("s1:x1", "quantity", "number of prisoners released",
                        [Position("40", ["a1"], [ev_a]), Position("95", ["a2"], [ev_b])],
                        "Articles give incompatible figures: 40 (a1) vs 95 (a2).")
    quote = StoryQuote("q1", "We are free", None, "Mira Kell", [Quote("a1", Span(0, 5), "We are free", "Mira Kell")])
    story = Story(id="s1", title="Ostland frees prisoners", articles=["a1", "a2"], independent_sources=2,
                  claims=[ClaimGroup("s1:g1", TEXT_A, [claim], "contested", 2, [ev_a])],
                  conflicts=[conflict], quotes=[quote])
    return Report(articles=[a, b], stories=[story], errors=[ErrorRecord("bad.bin", "not a format newsprism reads")])


def rendered() -> str:
    console = Console(record=True, width=140, color_system=None)
    render_terminal(report(), console)
    return console.export_text()


def test_story_title_and_counts_are_shown():
    out = rendered()
    assert "Ostland frees prisoners  (2 articles, 2 independent sources)" in out
    assert ("time span: not dated (no article gives its publication date); "
            "0 corroborated, 1 contested, 0 single-source claims; 1 conflicts") in out


def test_a_dated_story_shows_its_time_span():
    story = Story(id="s1", title="Ostland frees prisoners", articles=[], independent_sources=0,
                  time_span=("2025-09-11", "2025-09-13"))
    console = Console(record=True, width=200, color_system=None)
    render_terminal(Report(articles=[], stories=[story], errors=[]), console)
    assert "time span: 2025-09-11 to 2025-09-13; 0 corroborated" in console.export_text()


def test_conflict_positions_are_side_by_side_with_outlets_and_evidence():
    lines = rendered().splitlines()
    header = next(line for line in lines if "┃ 40" in line)
    assert header.index("40") < header.index("95")
    assert any("Daily A" in line and "Daily B" in line for line in lines)
    assert any("[a1] “Ostland released 40 prisoners on Friday.”" in line
               and "[a2] “Ostland released 95 prisoners on Friday.”" in line for line in lines)
    assert "Articles give incompatible figures: 40 (a1) vs 95 (a2)." in rendered()


def test_quotes_and_unread_inputs_are_listed():
    out = rendered()
    assert "Mira Kell" in out and "“We are free”" in out
    assert "bad.bin" in out and "not a format newsprism reads" in out


def test_a_contested_claim_several_sources_state_is_shown_with_its_dispute():
    texts = {"a1": "Ostland released 40 prisoners, among them Mira Kell, on Friday.",
             "a2": "Ostland released 40 prisoners, among them Mira Kell, on Friday.",
             "a3": "Ostland released 95 prisoners, among them Mira Kell, on Friday."}
    articles = [Article(id=a, text=t, outlet=f"Daily {a}") for a, t in texts.items()]
    claims = [Claim(f"{a}:c1", a, Span(0, len(t)), t, quantities=[_count(t)]) for a, t in texts.items()]
    evidence = {a: Evidence(a, 0, len(t), t) for a, t in texts.items()}
    conflict = Conflict("s1:x1", "quantity", "number of prisoners released",
                        [Position("40", ["a1", "a2"], [evidence["a1"], evidence["a2"]]),
                         Position("95", ["a3"], [evidence["a3"]])], "40 (a1, a2) vs 95 (a3).")
    unrelated = Conflict("s1:x2", "date", "date of the talks", [], "no evidence in these claims")
    story = Story(id="s1", title="Ostland frees prisoners", articles=list(texts), independent_sources=3,
                  claims=[ClaimGroup("s1:g1", texts["a1"], claims, "contested", 3, list(evidence.values()))],
                  conflicts=[conflict, unrelated])
    console = Console(record=True, width=300, color_system=None)
    render_terminal(Report(articles=articles, stories=[story], errors=[]), console)
    lines = console.export_text().splitlines()
    title = next(i for i, line in enumerate(lines) if "Stated by several sources, but disputed in part" in line)
    row = next(line for line in lines[title:] if "Ostland released 40 prisoners" in line)
    assert [cell.strip() for cell in row.strip("│ ").split("│")] == [
        "Ostland released 40 prisoners, among them Mira Kell, on Friday.", "2", "a1, a2 (differing in detail: a3)",
        "number of prisoners released"]


def _count(text: str) -> Quantity:
    figure = text.split()[2]
    return Quantity(Span(17, 17 + len(figure)), figure, float(figure), float(figure), float(figure), kind="count",
                    counted="prisoners")


def test_no_disputed_in_part_section_when_one_source_states_the_claim():
    assert "disputed in part" not in rendered()


def test_related_stories_are_named_by_their_titles():
    first = Story(id="s1", title="Ostland frees prisoners", articles=[], independent_sources=0, related=["s2", "s9"])
    second = Story(id="s2", title="Ostland freed prisoners in March", articles=[], independent_sources=0,
                   related=["s1"])
    console = Console(record=True, width=200, color_system=None)
    render_terminal(Report(articles=[], stories=[first, second], errors=[]), console)
    out = console.export_text()
    # s9 is not in this report (a store's story reported alone): shown by its id
    assert "related stories: Ostland freed prisoners in March (s2); s9" in out
    assert "related stories: Ostland frees prisoners (s1)" in out


def test_a_story_title_too_long_for_the_terminal_is_cut_at_a_word_with_an_ellipsis_and_keeps_its_counts():
    story = Story(id="s1", title="Ostland frees prisoners after talks with the neighbouring republic end",
                  articles=["a1", "a2"], independent_sources=2)
    console = Console(record=True, width=72, color_system=None)
    render_terminal(Report(articles=[], stories=[story], errors=[]), console)
    assert console.export_text().splitlines()[0] == (
        "╭─ Ostland frees prisoners…  (2 articles, 2 independent sources) ──────╮")


def table_rows(out: str, title: str) -> list[list[str]]:
    """The cells of each row of the panel's table headed ``title``."""
    lines = out.splitlines()
    start = next(i for i, line in enumerate(lines) if line.strip("│ ") == title)
    body = lines[next(i for i in range(start, len(lines)) if "┡" in lines[i]) + 1:]
    rows = []
    for line in body[:next(i for i, line in enumerate(body) if "└" in line)]:
        rows.append([cell.strip() for cell in line.strip()[1:-1].strip().strip("│").split("│")])
    return rows


def test_the_terminal_shows_the_findings_the_markdown_report_shows():
    """Both views choose through reconcile.findings: the walk-out two sources word apart is not established,
    the twelve ships are cited only to the two articles on their side, single-source claims go source by source."""
    from tests.render.render_samples import sample_report

    console = Console(record=True, width=200, color_system=None)
    render_terminal(sample_report(), console)
    out = console.export_text()
    assert table_rows(out, "Established") == [["The port authority said talks resume Friday.", "2", "a1, b_2"]]
    assert table_rows(out, "Reported by several sources, in differing words") == [
        ["Dockers walked out over pay on Friday.", "b_2"],
        ["The strike began when dockers left the quays at the end of last week.", "c3"]]
    assert table_rows(out, "Stated by several sources, but disputed in part") == [
        ["Twelve ships waited outside the *main* port on Monday.", "2", "a1, c3", "number of ships (wait)"]]
    assert table_rows(out, "Who said what") == [
        ["Dock union", "“We stay out until pay | hours are settled.”", "a1"],
        ["Dock union", "“We stay out until pay and hours are settled”", "c3"]]
    assert table_rows(out, "Reported by one source only (2)") == [
        ["c3", "A union leader said the strike would spread to Northport. (vague attribution)"],
        ["a1", 'Dockers said, "We stay out until pay | hours are settled.']]
