"""How common a word or name is in English at large: the prior that rarity weights start from.

A folder of five reports of one event says little about which of its words are rare: "dam", "breach" and
the governor's name are in every article, so counted over the folder alone they weigh as little as "said",
and the words each report alone uses (its own witnesses and asides) set the articles apart. Until the
clusterer has seen enough articles to count for itself, the missing ones are filled in from this
background (see ``DocumentFrequencies``), so that "dam" is rare and "officials" common from the first
article on.

The frequencies are those of the ``wordfreq`` package (Robyn Speer et al.: a blend of Wikipedia,
subtitles, news, books, web text and social media), read from its installed data, never downloaded. Its small
English list (about 29,000 words, down to a frequency of about one in a million) is enough: a word it lacks is
rare, and any word rarer than that would be carried by fewer than 1 article in 2,000 (1 - exp(-400 / 1e6)). The
large list held 120 MB more in memory and took half a second more to load, for the same stories.
"""
from __future__ import annotations

import math
from collections.abc import Callable

# A news article of about this many words: a word's frequency per word becomes the chance that an article
# carries it at least once (a Poisson estimate).
WORDS_PER_ARTICLE = 400


def wordfreq_frequency(text: str) -> float:
    """How often ``text`` (a word, or a name of several words) occurs per word of English (0 if unknown)."""
    from wordfreq import word_frequency  # loaded on first use: importing newsprism must stay cheap

    return word_frequency(text, "en", wordlist="small")


class WordBackground:
    """The share of news articles expected to carry a word or name, from its frequency in English.

    ``frequency`` maps a text to its frequency per word (``wordfreq`` by default; tests may give their
    own table). Shares are remembered per instance: a story clusterer asks for each key many times.
    """

    def __init__(self, frequency: Callable[[str], float] = wordfreq_frequency,
                 words_per_article: int = WORDS_PER_ARTICLE) -> None:
        self._frequency = frequency
        self._words_per_article = words_per_article
        self._shares: dict[str, float] = {}

    def article_share(self, text: str) -> float:
        """The chance that an article of ``words_per_article`` words carries ``text`` at least once."""
        share = self._shares.get(text)
        if share is None:
            share = 1.0 - math.exp(-self._frequency(text) * self._words_per_article)
            self._shares[text] = share
        return share
