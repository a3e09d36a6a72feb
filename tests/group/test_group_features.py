"""What the grouping features read from an article: terms, names, dates, figures and its date."""
from __future__ import annotations

import math

from hypothesis import given
from hypothesis import strategies as st

from newsprism.clean import clean_article
from newsprism.group import DocumentFrequencies, features_for
from newsprism.group.background import WordBackground
from newsprism.group.features import lede, protagonists
from newsprism.group.text import capitalised_names, written_amounts, written_dates, written_figures
from newsprism.model import Article, ArticleAnnotations, Mention, Quantity, Span, TimeExpr

TEXT = ("Belarus released 52 political prisoners on September 11, 2025, officials said. "
        "President Alexander Lukashenko met the US envoy in Minsk. Some critics were not freed.")


def test_light_features_of_a_written_article() -> None:
    features = features_for(Article(id="a", text=TEXT, title="Belarus frees 52 prisoners"))
    # the headline is read as the first line: "Belarus" and "52 prisoners" twice; "US" is dropped with the
    # stop words ("us"); "President" is a title, not part of the name
    assert features.entities == {"belarus": 2, "alexander lukashenko": 1, "lukashenko": 1, "minsk": 1}
    assert features.dates == {"2025": 1, "2025-09": 1, "2025-09-11": 1}
    assert features.figures == {"52": 2, "52 prisoner": 2}
    assert (features.when, features.when_published) == ("2025-09-11", False)
    # in the headline and in the text, and once more each as headline and text (192 characters) are all opening
    assert features.terms["prisoner"] == 2 + 2


def test_a_headline_set_apart_counts_as_the_same_words_left_in_the_text() -> None:
    apart = features_for(Article(id="a", text=TEXT, title="Belarus frees 52 prisoners"))
    left_in = features_for(Article(id="a", text="Belarus frees 52 prisoners\n" + TEXT))
    assert (apart.terms, apart.entities, apart.figures) == (left_in.terms, left_in.entities, left_in.figures)


def test_the_removed_date_line_still_dates_the_article() -> None:
    text = "Published May 3, 2013\nLindsay Lohan checked into a rehab clinic in California on Thursday."
    features = features_for(clean_article(Article(id="a", text=text)))
    assert features.dates == {"2013": 1, "2013-05": 1, "2013-05-03": 1}
    assert features.when == "2013-05-03"


def test_a_figure_counts_nothing_across_a_line_break() -> None:
    assert written_figures("Scores: 52\nBelarus won") == [("52", None)]


def test_words_of_the_opening_count_once_more() -> None:
    background = " ".join(["Earlier floods hit the valley."] * 10)
    features = features_for(Article(id="a", text="A dam burst in Ostrava on Monday. " + background))
    assert (features.terms["dam"], features.terms["burst"], features.terms["ostrava"]) == (2, 2, 2)
    # 34 + 5 * 31 characters, then "Earlier flo" is cut back to "Earlier": five floods in the opening
    assert features.terms["flood"] == 5 + 10


def test_lede_is_cut_back_to_a_word_boundary() -> None:
    assert lede("The quick brown fox", chars=12) == "The quick"
    assert lede("The quick brown fox", chars=10) == "The quick "
    assert lede("Unbreakableword here", chars=5) == "Unbre"
    assert lede("Short text", chars=200) == "Short text"


@given(st.text(alphabet="ab \n", max_size=60), st.integers(min_value=1, max_value=30))
def test_lede_is_a_prefix_never_longer_than_asked(text: str, chars: int) -> None:
    opening = lede(text, chars)
    assert text.startswith(opening) and len(opening) <= chars
    cut_inside_a_word = len(opening) < len(text) and not text[len(opening)].isspace() and opening[-1:].strip()
    assert not cut_inside_a_word or " " not in opening.strip() and "\n" not in opening.strip()


def test_publication_date_is_the_articles_date() -> None:
    features = features_for(Article(id="a", text=TEXT, published="2025-09-12T08:00:00Z"))
    assert (features.when, features.when_published) == ("2025-09-12", True)


def test_annotations_give_places_dates_and_figures() -> None:
    annotations = ArticleAnnotations(
        article="a",
        mentions=[Mention("a", Span(206, 211), "Minsk", "GPE")],
        times=[TimeExpr(Span(0, 4), "this autumn", "date", "2025-10", "month")],
        quantities=[Quantity(Span(0, 2), "fifty-two", 52.0, 52.0, 52.0, counted="political prisoners")],
    )
    features = features_for(Article(id="a", text=TEXT), annotations)
    assert features.places == {"minsk": 1}
    assert features.dates == {"2025": 1, "2025-10": 1}
    assert features.figures == {"52": 1, "52 prisoner": 1}
    assert features.when is None


def test_an_annotated_decade_is_not_a_year() -> None:
    annotations = ArticleAnnotations(article="a", times=[
        TimeExpr(Span(0, 10), "the 1930s", "date", "193", "decade"),
        TimeExpr(Span(20, 28), "May 2024", "date", "2024-05", "month"),
    ])
    assert features_for(Article(id="a", text=TEXT), annotations).dates == {"2024": 1, "2024-05": 1}


def test_keyed_prefixes_each_kind() -> None:
    features = features_for(Article(id="a", text="Minsk freed 52 prisoners in May 2024."))
    # the terms count twice: the short text is all opening
    assert features.keyed() == {"t:minsk": 2, "t:freed": 2, "t:prisoner": 2, "e:minsk": 1,
                                "d:2024": 1, "d:2024-05": 1, "n:52": 1, "n:52 prisoner": 1}


def test_document_frequencies_grow_online_and_round_trip() -> None:
    table = DocumentFrequencies()
    table.observe({"t:quake": 1, "e:peru": 2})
    table.observe({"t:quake": 1})
    assert (table.documents, table.counts["t:quake"], table.counts["e:peru"]) == (2, 2, 1)
    assert table.idf("t:quake") == 1.0
    copy = DocumentFrequencies()
    copy.load(table.export())
    assert copy.idf("e:peru") == table.idf("e:peru")


def test_written_dates_and_figures() -> None:
    text = "On 3 March 2024 and Dec. 14, and again in 2019, 1,400 people and 12 soldiers were counted; may we?"
    assert written_dates(text) == [(2024, 3, 3), (None, 12, 14), (2019, None, None)]
    assert written_figures(text) == [("1400", None), ("12", "soldier")]


def test_written_amounts_are_sums_of_money_in_dollars() -> None:
    text = ("A collector paid $4.5 million, or 3 million euros (2.4 million pounds), for the clock; "
            "its case weighs 40 pounds of brass and cost £800 and a $2bn fund two-billion-dollar plans.")
    assert written_amounts(text) == [4_500_000.0, 3_900_000.0, 3_600_000.0, 1200.0, 2e9, 2e9]
    assert written_amounts("The ferry carried 52 passengers and 14 cars in 2019.") == []


def test_written_amounts_read_a_spaced_decimal_only_in_a_spaced_text() -> None:
    text = "Vandals cause $3. 2 million in damage at 10: 40 p. m."
    assert written_amounts(text, spaced=True) == [3_200_000.0]
    assert written_amounts(text) == [3.0]  # in a plain text the point ends "$3."; "2 million" names no currency


def test_written_amounts_read_the_euro_sign_as_an_ascii_feed_writes_it() -> None:
    text = "Thieves took e80 million in gems; a E75m claim followed, as at E3 2013, for 1e6 units and Le9 million."
    assert written_amounts(text) == [104_000_000.0, 97_500_000.0]
    assert written_amounts("the e10 fuel and route e40 cost drivers nothing") == []


def test_features_carry_the_sums_of_money_of_the_opening_alone() -> None:
    article = Article(id="a", title="Thieves take €6m of watches", text=(
        "Thieves rammed a van into a watchmaker's shop in Lyon overnight and took watches worth €6 million. "
        + "The shop, which opened in 1921, is insured. " * 3 + "A similar raid in 2009 took $900,000."))
    assert features_for(article).amounts == (7_800_000.0, 7_800_000.0)


def test_a_line_shouted_in_capitals_is_not_a_name() -> None:
    text = ("FIVE MINERS ARE TRAPPED IN A SHAFT near Kelso Ridge, the MINE RESCUE TEAM said. "
            "NATO and the UN sent help.")
    assert capitalised_names(text) == ["Kelso Ridge", "NATO", "UN"]


def test_the_common_words_of_a_title_case_headline_are_not_names() -> None:
    body = "\nAt dawn, rescuers reached Kelso."
    # as a sentence would write it; in Title Case its common words ("dam", "breach") are read as words too
    assert capitalised_names("Kelso Dam breach floods valley after storm." + body) == ["Kelso Dam", "Kelso"]
    assert capitalised_names("Kelso Dam Breach Floods Valley After Storm." + body) == ["Kelso", "Kelso"]
    # a common word the text writes as a name within a sentence stays a name in the headline
    assert capitalised_names("Flood Waters Rise In Reading After Storm\nThe river burst its banks in Reading.") == [
        "Reading", "Reading"]
    # a line with no capitalised stop word past its first word is not read as Title Case
    assert capitalised_names("Kelso Dam Breach Floods Valley." + body) == ["Kelso Dam Breach Floods Valley", "Kelso"]


def test_sentence_initial_words_are_not_names() -> None:
    assert capitalised_names("Perennial party girl Tara Reid checked in. Reid said perennial things.") == [
        "Tara Reid", "Reid"]


@given(st.text(max_size=400))
def test_features_of_any_text_are_well_formed(text: str) -> None:
    features = features_for(Article(id="x", text=text))
    assert all(count >= 1 for count in features.keyed().values())
    assert features.when is None or len(features.when) == 10


def test_protagonists_are_the_names_repeated_most() -> None:
    assert protagonists({"bell": 3, "petrenko": 3, "hamburg": 1}) == ("bell", "petrenko")
    assert protagonists({"alvarez": 4, "diego alvarez": 2, "cologne": 1}) == ("alvarez",)
    assert protagonists({"bell": 1, "hamburg": 1}) == ()  # named once: nobody is repeated
    assert protagonists({}) == ()


def test_features_carry_the_articles_protagonists() -> None:
    article = Article(id="a", title="Bell no match for Petrenko", text=(
        "Marcus Bell lost to Oleksandr Petrenko in Hamburg. Bell was floored twice. Petrenko praised Bell."))
    assert features_for(article).protagonists == ("bell",)


def _table(prior_documents: int) -> DocumentFrequencies:
    """Two articles counted, against a background where "dam" is carried by 1% of articles and "said" by all."""
    background = WordBackground({"dam": 0.01 / 400, "said": 1.0}.get, words_per_article=400)
    table = DocumentFrequencies(prior_documents, background)
    table.observe({"t:dam": 1, "t:said": 1, "n:12": 1})
    table.observe({"t:dam": 1, "t:said": 1})
    return table


def test_until_enough_articles_are_counted_rarity_comes_partly_from_english_at_large() -> None:
    table = _table(prior_documents=10)  # 8 articles missing: taken from the background for words and names
    share = 1 - math.exp(-0.01)
    assert table.idf("t:dam") == math.log(11 / (2 + 8 * share + 1)) + 1
    assert table.idf("t:said") == math.log(11 / (2 + 8 * (1 - math.exp(-400)) + 1)) + 1
    assert table.idf("n:12") == math.log(3 / 2) + 1  # a figure has no background: counted alone
    assert table.idf("t:dam", prior=False) == 1.0


def test_past_the_prior_the_articles_alone_count() -> None:
    assert _table(prior_documents=2).idf("t:dam") == 1.0
    assert _table(prior_documents=0).idf("t:said") == 1.0


def test_the_background_reads_english_word_frequencies() -> None:
    background = WordBackground()
    assert background.article_share("said") == 1 - math.exp(-0.00102 * 400)
    assert background.article_share("dam") == 1 - math.exp(-1.48e-05 * 400)
    assert background.article_share("petrovska") == 0.0


def test_a_name_does_not_run_on_across_a_blank_line() -> None:
    text = "Ferry sinks on Lake Kivu\n\nKINSHASA (Wire) - Governor Jean-Paul Mbala said"
    assert capitalised_names(text) == ["Ferry", "Lake Kivu", "KINSHASA", "Wire", "Jean-Paul Mbala"]
