"""Near-duplicate detection: copies found with their similarity, originals left alone, signatures portable."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsprism.errors import ConfigError
from newsprism.group import DuplicateIndex, DuplicateMatch, DuplicateSettings, text_signature
from newsprism.group.duplicates import shingles

WIRE = (
    "Rescue teams in northern Peru searched through collapsed houses on Tuesday after a magnitude 6.8 "
    "earthquake struck the Amazonas region before dawn, killing at least 14 people and injuring more than 200. "
    "The quake was centred 40 kilometres south of the town of Bagua at a depth of 30 kilometres, the national "
    "geophysical institute said. Regional officials said roads to several villages were blocked by landslides "
    "and that power had been cut across much of the province. The president flew to the area in the afternoon "
    "and promised emergency funds for families who lost their homes."
)
EDITED = WIRE.replace("on Tuesday", "on Tuesday morning").replace(
    "The president flew to the area in the afternoon", "The president travelled to the region later that day")
TRUE_JACCARD = round(78 / 109, 4)  # shingles shared / shingles in either, counted by hand from shingles()
OTHER = (
    "The city council of Lyon approved a new budget for public transport on Monday, adding two tram lines "
    "and extending night bus services to the suburbs. The plan, which will cost 310 million euros over five "
    "years, was opposed by members of the conservative group, who said fares would have to rise."
)


def test_exact_copy_is_a_duplicate_with_similarity_one() -> None:
    index = DuplicateIndex()
    assert index.add("wire", WIRE) is None
    assert index.add("copy", WIRE) == DuplicateMatch("wire", 1.0)


def test_lightly_edited_copy_is_a_duplicate_with_its_estimated_similarity() -> None:
    index = DuplicateIndex()
    index.add("wire", WIRE)
    true_jaccard = len(shingles(WIRE, 5) & shingles(EDITED, 5)) / len(shingles(WIRE, 5) | shingles(EDITED, 5))
    assert round(true_jaccard, 4) == TRUE_JACCARD
    # the MinHash estimate (99 of 128 hash minima agree) is within its error of the true 0.7156
    assert index.add("edited", EDITED) == DuplicateMatch("wire", 99 / 128)


def test_a_different_article_is_not_a_duplicate() -> None:
    index = DuplicateIndex()
    index.add("wire", WIRE)
    assert index.add("other", OTHER) is None
    assert len(index) == 2


def test_a_copy_of_a_copy_names_the_original() -> None:
    index = DuplicateIndex(threshold=0.5)
    index.add("wire", WIRE)
    index.add("edited", EDITED)
    match = index.add("again", EDITED + " The article was updated.")
    assert match is not None and match.article == "wire"
    assert index.original_of("again") == "wire"


def test_signatures_rebuild_the_same_index() -> None:
    first = DuplicateIndex()
    signatures = {"wire": first.signature(WIRE), "edited": first.signature(EDITED)}
    assert len(signatures["wire"]) == 128 * 4
    rebuilt = DuplicateIndex()
    assert rebuilt.add_signature("wire", signatures["wire"]) is None
    assert rebuilt.add_signature("edited", signatures["edited"]) == DuplicateMatch("wire", 99 / 128)
    assert rebuilt.add_signature("edited", signatures["edited"]) == DuplicateMatch("wire", 99 / 128)


def test_signature_of_other_settings_is_refused() -> None:
    signature = text_signature(WIRE, DuplicateSettings(num_perm=64))
    with pytest.raises(ConfigError, match="num_perm=128"):
        DuplicateIndex().add_signature("wire", signature)


def test_text_without_words_is_not_indexed() -> None:
    index = DuplicateIndex()
    assert index.add("blank", " \n ... ") is None
    assert "blank" not in index


def test_threshold_out_of_range_is_refused() -> None:
    with pytest.raises(ConfigError):
        DuplicateSettings(threshold=1.5)


def test_shingles_ignore_case_and_punctuation() -> None:
    assert shingles("The Quake, the quake!", 2) == {b"the quake", b"quake the"}


@settings(max_examples=40, deadline=None)
@given(st.text(min_size=1, max_size=300))
def test_any_text_with_words_is_found_again_as_an_exact_copy(text: str) -> None:
    index = DuplicateIndex()
    first = index.add("first", text)
    assert first is None
    expected = DuplicateMatch("first", 1.0) if shingles(text, 5) else None
    assert index.add("second", text) == expected


def test_a_copy_of_a_later_version_is_a_copy_of_that_article_as_a_copy_of_its_first_text_is() -> None:
    index = DuplicateIndex()
    index.add("wire", WIRE)
    assert index.add_version("wire", 2, index.signature(OTHER)) is True
    assert index.add("copy-of-edit", OTHER) == DuplicateMatch("wire", 1.0)
    assert index.add("copy-of-first", WIRE) == DuplicateMatch("wire", 1.0)
    assert len(index) == 3 and index.original_of("copy-of-edit") == "wire"


def test_a_version_of_a_copy_stands_for_the_original_it_copies() -> None:
    index = DuplicateIndex()
    index.add("wire", WIRE)
    index.add("reprint", WIRE)
    extended = WIRE + " " + OTHER  # too far from the wire's text to copy it (72 of 128 minima agree)
    assert index.add_version("reprint", 2, index.signature(extended)) is True
    # named is the original; the similarity is the one to the original's own text, as for any copy of a copy
    assert index.add("copy-of-reprint-edit", extended) == DuplicateMatch("wire", 72 / 128)


def test_a_version_with_the_same_text_or_without_words_is_not_indexed_again() -> None:
    index = DuplicateIndex()
    index.add("wire", WIRE)
    assert index.add_version("wire", 2, index.signature(WIRE)) is False  # only the title changed
    assert index.add_version("wire", 3, b"") is False
    assert index.add_version("wire", 4, index.signature(OTHER)) is True
    assert index.add_version("wire", 4, index.signature(OTHER)) is False


def test_an_article_whose_later_version_was_indexed_first_does_not_copy_itself() -> None:
    index = DuplicateIndex()
    index.add_version("wire", 2, index.signature(EDITED))
    assert index.add("wire", WIRE) is None
    assert index.add("copy", EDITED) == DuplicateMatch("wire", 1.0)
    assert len(index) == 2
