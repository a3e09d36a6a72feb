"""The person a "he" or "she" stands for, where the text makes it clear, and nothing where it does not."""
from __future__ import annotations

import pytest

from newsprism.annotate import annotate_articles
from newsprism.model import Article


def referents_in(resources, text: str) -> list[tuple[str, int, str, str]]:
    """(pronoun, its offset, the person's name in full, the mention it refers to) for each resolved pronoun."""
    [annotations] = annotate_articles([Article(id="t", text=text)], resources)
    for referent in annotations.referents:
        assert referent.span.of(text) == referent.text and referent.article == "t"
    return [(r.text, r.span.start, r.name, r.antecedent.of(text)) for r in annotations.referents]


@pytest.mark.parametrize("text, expected", [
    pytest.param("Erik Lund was hurt in May. He missed ten games.", [("He", 27, "Erik Lund", "Erik Lund")],
                 id="named-in-the-sentence-before"),
    pytest.param("Erik Lund was hurt in May, and he missed ten games.", [("he", 31, "Erik Lund", "Erik Lund")],
                 id="named-in-its-own-sentence"),
    pytest.param("Anna Lund, the team's captain, was hurt in May. She missed ten games.",
                 [("She", 48, "Anna Lund", "Anna Lund")], id="she"),
    pytest.param("Mr Ortiz was hurt in May. He missed ten games.", [("He", 26, "Ortiz", "Ortiz")],
                 id="a-title-is-no-other-name"),
])
def test_a_pronoun_stands_for_the_one_person_named_just_before_it(resources, text, expected):
    assert referents_in(resources, text) == expected


@pytest.mark.parametrize("text", [
    pytest.param("Ms Anna Lund was hurt in May. He missed ten games.", id="gender-mismatch"),
    pytest.param("Marco Ortiz passed to Erik Lund. He scored twice.", id="two-candidates"),
    pytest.param("Ortiz passed to Erik Lund. He scored twice.", id="a-name-the-tagger-missed"),
    pytest.param("The club said the injury was serious. He missed ten games.", id="no-person-before"),
    pytest.param("Erik Lund was hurt in May. The club said the injury was serious. He missed ten games.",
                 id="named-two-sentences-before"),
    pytest.param('"Marco Ortiz is fine," the coach said on Monday. He spoke after training.',
                 id="a-person-named-in-a-quote"),
    pytest.param('"He will be back soon," Erik Lund said of the striker.', id="a-pronoun-in-a-quote"),
])
def test_a_pronoun_whose_person_is_unclear_is_left_unresolved(resources, text):
    assert referents_in(resources, text) == []
