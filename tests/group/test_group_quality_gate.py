"""Story clustering on ECB+ must not fall below the floors in benchmarks/quality_gates.json.

Runs benchmarks/story_clustering.measure: features from the text alone (no spaCy: capitalised names,
written dates and figures), as the floors were set, and once more through the product's own path (reader,
cleaner, spaCy annotation and resolution); about two minutes of CPU.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks._shared import quality_floors
from benchmarks.story_clustering import measure


@pytest.fixture(scope="module")
def figures(shared: Path) -> dict:
    return measure(shared)


def test_story_clustering_f1_stays_above_its_floors(figures: dict) -> None:
    floors = quality_floors("story_clustering")
    assert figures["full"]["f1"] >= floors["full_f1"]
    assert figures["topics_1_17"]["f1"] >= floors["topics_1_17_f1"]
    assert figures["topics_18_35"]["f1"] >= floors["topics_18_35_f1"]
    assert figures["shuffled_f1"]["min"] >= floors["shuffled_min_f1"]
    assert figures["full_online_frequencies_f1"] >= floors["full_online_frequencies_f1"]
    assert figures["full_cleaned_f1"] >= floors["full_cleaned_f1"]
    assert figures["full_product_path_f1"] >= floors["full_product_path_f1"]


def test_story_clustering_keeps_similar_incidents_apart(figures: dict) -> None:
    floors = quality_floors("story_clustering")
    assert figures["full"]["merged_topics"] <= floors["full_merged_topics_max"]
    assert figures["full"]["related_links_within_topic"] >= floors["related_links_within_topic"]


def test_story_clustering_of_small_folders_stays_above_its_floors(figures: dict) -> None:
    floors, small = quality_floors("story_clustering"), figures["small_folders"]
    assert small["single_event_f1"] >= floors["small_folders_single_event_f1"]
    assert small["four_articles_f1"] >= floors["small_folders_four_articles_f1"]
    assert small["two_events_f1"] >= floors["small_folders_two_events_f1"]
    assert small["two_incidents_f1"] >= floors["small_folders_two_incidents_f1"]
