"""The group stage: syndicated copies and near-duplicates, and online story clustering.

- :class:`DuplicateIndex`: MinHash LSH over word shingles; ``add(id, text)`` names the earliest
  article a text copies, with the estimated Jaccard similarity; signatures export as bytes.
- :func:`features_for` and :class:`StoryClusterer`: each arriving article joins a story or starts one,
  retrieved through an inverted index of salient keys; per-story state exports and loads.
- :func:`cluster_articles`: a folder analysed in one go, in a deterministic order, titled and dated.
"""
from .batch import StoryGroup, arrival_order, cluster_articles, find_duplicates, story_title
from .duplicates import DuplicateIndex, DuplicateMatch, DuplicateSettings, text_signature
from .features import DocumentFrequencies, StoryFeatures, features_for
from .scoring import BCubed, bcubed
from .stories import Assignment, ClusterSettings, StoryClusterer, StoryState, story_id_for

__all__ = [
    "Assignment", "BCubed", "ClusterSettings", "DocumentFrequencies", "DuplicateIndex", "DuplicateMatch",
    "DuplicateSettings", "StoryClusterer", "StoryFeatures", "StoryGroup", "StoryState", "arrival_order",
    "bcubed", "cluster_articles", "features_for", "find_duplicates", "story_id_for", "story_title",
    "text_signature",
]
