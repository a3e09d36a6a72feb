"""Quality gates of the HTML reader and the plain-text cleaner on the article-extraction pages.

Both measures run here on real data (about 45 s on one core): the cleaner's line figures on all 181 pages,
the HTML extraction on every other pair of pages (a fixed, deterministic half). Floors are in
benchmarks/quality_gates.json under "cleaner_lines" and "html_extraction".
"""
from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks import cleaner_lines, html_extraction
from benchmarks._shared import quality_floors

HTML_SAMPLE_EVERY = 2


def test_cleaner_line_figures_hold_their_floors(shared: Path) -> None:
    figures = cleaner_lines.measure()["all"]
    for name, floor in quality_floors("cleaner_lines").items():
        assert figures[name] >= floor, f"cleaner {name} {figures[name]} fell below its floor {floor}"


@pytest.fixture(scope="module")
def html_figures(shared: Path) -> dict:
    return html_extraction.measure(sample_every=HTML_SAMPLE_EVERY)


def test_html_extraction_holds_its_floors(html_figures: dict) -> None:
    ours = html_figures["newsprism"]["all"]
    floors = quality_floors("html_extraction")
    for name in ("f1", "precision", "recall"):
        assert ours[name] >= floors[name], f"HTML {name} {ours[name]} fell below its floor {floors[name]}"


def test_html_extraction_beats_trafilatura_alone(html_figures: dict) -> None:
    margin = html_figures["newsprism"]["all"]["f1"] - html_figures["trafilatura"]["all"]["f1"]
    assert margin >= quality_floors("html_extraction")["f1_margin_over_trafilatura"]
