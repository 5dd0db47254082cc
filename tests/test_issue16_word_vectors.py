"""Issue 16: each distinct text's TF-IDF vector is made once and shared by the rows that
repeat it. The cosines must be those of a vector made for every row, as TF-IDF defines them
(every row a document: a repeated text counts once per row in the document frequency)."""

from __future__ import annotations

import math
import random
import re
from collections import Counter

import numpy as np

from chronology.linkage import WordVectors

WORDS = [
    "home",
    "visit",
    "strategy",
    "discussion",
    "held",
    "mother",
    "father",
    "school",
    "nurse",
    "called",
    "no",
    "access",
]


def _reference(texts: list[str]) -> list[dict[str, float]]:
    counts = [Counter(re.findall(r"[a-z0-9&]{2,}", text)) for text in texts]
    documents = Counter(token for row in counts for token in row)
    vectors = []
    for row in counts:
        weights = {
            t: (1 + math.log(n)) * (math.log((1 + len(texts)) / (1 + documents[t])) + 1)
            for t, n in row.items()
        }
        norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
        vectors.append({t: w / norm for t, w in weights.items()})
    return vectors


def test_cosines_of_repeated_texts_are_those_of_one_vector_per_row() -> None:
    rng = random.Random(16)
    distinct = [" ".join(rng.choices(WORDS, k=rng.randint(0, 9))) for _ in range(40)]
    texts = [rng.choice(distinct) for _ in range(300)]  # most texts repeated, some empty
    vectors = WordVectors(texts)
    assert len(set(texts)) < len(texts)
    left = np.array([rng.randrange(300) for _ in range(2000)])
    right = np.array([rng.randrange(300) for _ in range(2000)])
    reference = _reference(texts)
    expected = [
        sum(w * reference[b].get(t, 0.0) for t, w in reference[a].items())
        for a, b in zip(left.tolist(), right.tolist(), strict=True)
    ]
    assert np.allclose(vectors.cosine(left, right), expected, rtol=0, atol=1e-12)
    # the document frequency counts rows: a text made more common lowers its words' weight
    doubled = WordVectors([*texts, *texts[:50]])
    assert not np.allclose(doubled.cosine(left, right), expected, rtol=0, atol=1e-6)


def test_a_text_without_words_last_is_no_vector_and_no_error() -> None:
    """A text of no two-letter word ("?", "x"): last among the distinct texts, or the last row."""
    for texts in (["home visit", "x", "home visit"], ["home visit", "school", "?"], ["", ""]):
        vectors = WordVectors(texts)
        found = vectors.cosine(np.array([0, 0, 1]), np.array([1, 2, 2]))
        expected = _reference(texts)
        assert np.allclose(
            found,
            [sum(w * expected[b].get(t, 0.0) for t, w in expected[a].items()) for a, b in
             ((0, 1), (0, 2), (1, 2))],
            rtol=0,
            atol=1e-12,
        )  # fmt: skip
