"""The terminal view shows established facts, conflicts side by side with their evidence, and quotes."""
from __future__ import annotations

from rich.console import Console

from newsprism.model import (
    Article, Claim, ClaimGroup, Conflict, ErrorRecord, Evidence, Position, Quote, Report, Span, Story, StoryQuote,
)
from newsprism.render.terminal import render_terminal

TEXT_A = "Ostland released 40 prisoners on Friday."
TEXT_B = "Ostland released 95 prisoners on Friday."


def report() -> Report:
    a = Article(id="a1", text=TEXT_A, outlet="Daily A")
    b = Article(id="a2", text=TEXT_B, outlet="Daily B")
    ev_a, ev_b = Evidence("a1", 0, len(TEXT_A), TEXT_A), Evidence("a2", 0, len(TEXT_B), TEXT_B)
    claim = Claim("a1:c1", "a1", Span(0, len(TEXT_A)), TEXT_A)
    conflict = Conflict("s1:x1", "quantity", "number of prisoners (release)",
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
    assert "0 corroborated, 1 contested, 0 single-source claims; 1 conflicts" in out


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
