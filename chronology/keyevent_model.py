"""The learnt half of key-event classification: a linear model over word and character n-grams.

Why a model beside the rules: published reviews describe events in narrative prose ("his arm
was broken", "found hanged", "denied entry") that no phrase list anticipates, and a sentence's
time references ("two weeks before her death") fire rules that are not its occurrence. A
logistic regression trained on labelled real sentences (bench/classify_train.py) weighs every
word, so it can rank the rules' candidates and add a label when no rule fires.

Why this form: the weights ship inside the package as a plain JSON file (vocabulary, inverse
document frequencies, one weight per feature and label), read with the standard library and
numpy. Nothing is unpickled, nothing downloads, and a reviewer can open the file and see which
words push towards which label. The feature extraction below is the one the training script
uses, so training and use cannot drift apart.
"""

from __future__ import annotations

import gzip
import json
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache, cached_property
from importlib import resources
from itertools import pairwise
from pathlib import Path
from typing import cast

import numpy as np
from scipy.sparse import coo_matrix, csr_matrix, diags

MODEL_FILE = "models/key_events_model.json.gz"
_WORD = re.compile(r"[a-z0-9]+")
# Character 4- and 5-grams: 3-grams added nothing on train-fold cross-validation (out-of-fold
# primary 0.629 with 3-5, 0.633 with 4-5) and cost a third of the features of every text.
CHAR_SIZES = (4, 5)


def words_of(text: str) -> list[str]:
    """Lower-case words; apostrophes dropped so "mother's" and "mothers" meet."""
    return _WORD.findall(text.lower().replace("'", "").replace("’", ""))


@cache
def _char_grams(word: str, sizes: tuple[int, ...] = CHAR_SIZES) -> tuple[str, ...]:
    padded = f" {word} "
    return tuple("c:" + padded[i : i + n] for n in sizes for i in range(len(padded) - n + 1))


def analyse(text: str) -> list[str]:
    """Every feature of a text: words ("w:"), word pairs ("b:") and character n-grams
    (`CHAR_SIZES`) of each word with its boundaries ("c:")."""
    words = words_of(text)
    found = [f"w:{w}" for w in words]
    found.extend(f"b:{a} {b}" for a, b in pairwise(words))
    for word in words:
        found.extend(_char_grams(word))
    return found


# Words that carry no meaning on their own: never offered to a person as the reason.
_PLAIN = frozenset((
    "a", "an", "and", "are", "as", "at", "be", "been", "but", "by", "for", "from", "had", "has",
    "have", "he", "her", "hers", "him", "his", "i", "in", "into", "is", "it", "its", "of", "on",
    "or", "our", "she", "that", "the", "their", "them", "then", "there", "they", "this", "to",
    "was", "we", "were", "which", "who", "with", "would", "after", "before", "when", "while",
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "also", "not",
    "no", "so", "very", "off", "out", "over", "weeks", "days", "months", "years",
))  # fmt: skip


def _telling(phrase: str) -> bool:
    """A word or word pair worth showing as a reason: not only function words or numbers."""
    return any(len(w) > 2 and w not in _PLAIN and not w.isdigit() for w in phrase.split())


@dataclass(frozen=True)
class Model:
    """A trained model and the settings that combine it with the rules."""

    labels: tuple[str, ...]
    features: tuple[str, ...]  # column -> feature
    index: dict[str, int]  # feature -> column
    idf: np.ndarray  # (features,)
    weights: np.ndarray  # (features, labels)
    intercept: np.ndarray  # (labels,)
    combine: dict[str, float]
    trained_on: dict[str, object]
    _word_columns: dict[str, list[int]] = field(default_factory=dict, compare=False, repr=False)

    def vector(self, text: str, evidence: Sequence[str] = ()) -> tuple[np.ndarray, np.ndarray]:
        """A text's features as (columns, values): sublinear tf times idf, unit length; then
        the rules' evidence ("r:label" found, "p:label" primary, ...) at `evidence_value`
        each (1 unless the model says otherwise), outside the normalisation, so a rule counts
        the same in a long sentence as in a terse row."""
        found = self._columns(text)
        extra = [c for c in map(self.index.get, evidence) if c is not None]
        evidence_value = self.combine.get("evidence_value", 1.0)
        if not found:
            return np.array(extra, dtype=np.intp), np.full(len(extra), evidence_value)
        columns, tf = np.unique(np.array(found, dtype=np.intp), return_counts=True)
        values = self._weighted(tf, columns)
        values /= math.sqrt(float(values @ values))
        if extra:
            columns = np.concatenate([columns, np.array(extra, dtype=np.intp)])
            values = np.concatenate([values, np.full(len(extra), evidence_value)])
        return columns, values

    def _columns(self, text: str) -> list[int]:
        """The columns of a text's known features, a column once per occurrence."""
        # Per word, its own and its character n-grams' columns are looked up once per process
        # (chronologies repeat their words); only word pairs are looked up per text. The
        # features are those of `analyse`, so training and use read a text the same way.
        index, cache = self.index, self._word_columns
        words = words_of(text)
        found: list[int] = []
        for word in words:
            known = cache.get(word)
            if known is None:
                wanted = (f"w:{word}", *_char_grams(word, self._char_sizes))
                known = [c for c in map(index.get, wanted) if c is not None]
                if len(cache) < 500_000:
                    cache[word] = known
            found.extend(known)
        for pair in pairwise(words):
            column = index.get(f"b:{pair[0]} {pair[1]}")
            if column is not None:
                found.append(column)
        return found

    def matrix(self, texts: Sequence[str], evidences: Sequence[Sequence[str]]) -> csr_matrix:
        """`vector` for many texts at once, one row each: the counting, weighting and
        normalising done on whole columns, since per text they cost more than the lookups."""
        found = [self._columns(text) for text in texts]
        counts = self._sparse(found, 1.0).tocsr()  # repeated columns summed: term frequencies
        counts.data = self._weighted(counts.data, counts.indices)
        norms = np.sqrt(np.asarray(counts.multiply(counts).sum(axis=1)).ravel())
        norms[norms == 0] = 1.0  # a row of evidence only
        index = self.index
        extra = [[c for c in map(index.get, evidence) if c is not None] for evidence in evidences]
        evidence = self._sparse(extra, self.combine.get("evidence_value", 1.0))
        return csr_matrix(diags(1.0 / norms) @ counts + evidence)

    def _weighted(self, tf: np.ndarray, columns: np.ndarray) -> np.ndarray:
        """Sublinear term frequency times idf, the weighting the model was trained with: one
        rule for `vector` (a text) and `matrix` (a batch, 14x cheaper per text than a
        one-row matrix would be for `vector`)."""
        return np.asarray((1.0 + np.log(tf)) * self.idf[columns])

    def _sparse(self, rows: Sequence[list[int]], value: float) -> coo_matrix:
        """One row per list of columns, `value` at each (a repeated column is summed)."""
        columns = [c for row in rows for c in row]
        at = np.repeat(np.arange(len(rows), dtype=np.intp), [len(row) for row in rows])
        return coo_matrix(
            (np.full(len(columns), value), (at, np.array(columns, dtype=np.intp))),
            shape=(len(rows), len(self.features)),
        )

    def probabilities(self, text: str, evidence: Sequence[str] = ()) -> np.ndarray:
        """P(label | text and the rules' evidence) for every label, in `labels` order."""
        return self.probabilities_of(self.vector(text, evidence))

    def probabilities_of(self, vector: tuple[np.ndarray, np.ndarray]) -> np.ndarray:
        """The same from a vector already made (the reason reuses it)."""
        columns, values = vector
        scores = self.intercept + values @ self.weights[columns]
        scores = np.exp(scores - scores.max())
        return scores / scores.sum()

    def probabilities_many(self, matrix: csr_matrix) -> np.ndarray:
        """`probabilities_of` for each row of `matrix` (made by `matrix`): one sparse matrix
        product instead of a small dense one per text, which is most of a text's cost."""
        if matrix.shape[0] == 0:
            return np.zeros((0, len(self.labels)))
        scores = matrix @ self.weights + self.intercept
        scores = np.exp(scores - scores.max(axis=1, keepdims=True))
        return np.asarray(scores / scores.sum(axis=1, keepdims=True))

    @cached_property
    def _char_sizes(self) -> tuple[int, ...]:
        """The character n-gram sizes the model was trained with (read from its features, so
        an older model file is read the way it was written)."""
        return tuple(sorted({len(f) - 2 for f in self.features if f.startswith("c:")}))

    @cached_property
    def _telling_columns(self) -> np.ndarray:
        return np.array([f[:2] in ("w:", "b:") and _telling(f[2:]) for f in self.features])

    def top_words(
        self,
        text: str,
        label: str,
        count: int = 3,
        vector: tuple[np.ndarray, np.ndarray] | None = None,
    ) -> list[str]:
        """The words and word pairs of `text` that pushed most towards `label` (the reason a
        person reads when the model, not a rule, chose it); `vector`: the text's, if made."""
        columns, values = vector if vector is not None else self.vector(text)
        keep = self._telling_columns[columns]
        columns, values = columns[keep], values[keep]
        at = self.labels.index(label)
        rows = self.weights[columns]
        pushes = values * (rows[:, at] - rows.mean(axis=1))
        chosen: list[str] = []
        for i in np.argsort(-pushes, kind="stable").tolist():
            if pushes[i] <= 0 or len(chosen) == count:
                break
            phrase = self.features[int(columns[i])][2:]
            if not any(phrase in c or c in phrase for c in chosen):
                chosen.append(phrase)
        return chosen


def model_to_json(model: Model) -> dict[str, object]:
    """The model as plain JSON data (features listed once, in column order)."""
    return {
        "format": "cspr key-event model 1",
        "labels": list(model.labels),
        "features": list(model.features),
        "idf": [round(float(x), 4) for x in model.idf],
        # one row per feature: its weight for each label, rounded (4 decimals is far below noise)
        "weights": [[round(float(x), 4) for x in row] for row in model.weights],
        "intercept": [round(float(x), 4) for x in model.intercept],
        "combine": model.combine,
        "trained_on": model.trained_on,
    }


def model_from_json(data: dict[str, object], origin: str) -> Model:
    """Check and build a model from its JSON data; every error names the file."""
    if data.get("format") != "cspr key-event model 1":
        raise ValueError(f"{origin}: not a cspr key-event model file")
    labels = tuple(cast(list[str], data["labels"]))
    features = list(cast(list[str], data["features"]))
    weights = np.asarray(data["weights"], dtype=np.float64)
    idf = np.asarray(data["idf"], dtype=np.float64)
    intercept = np.asarray(data["intercept"], dtype=np.float64)
    if weights.shape != (len(features), len(labels)) or idf.shape != (len(features),):
        raise ValueError(f"{origin}: weights or idf do not match the features and labels")
    if intercept.shape != (len(labels),):
        raise ValueError(f"{origin}: intercept does not match the labels")
    return Model(
        labels=labels,
        features=tuple(features),
        index={feature: i for i, feature in enumerate(features)},
        idf=idf,
        weights=weights,
        intercept=intercept,
        combine={k: float(v) for k, v in dict(data.get("combine", {})).items()},  # type: ignore[call-overload]
        trained_on=dict(data.get("trained_on", {})),  # type: ignore[call-overload]
    )


def write_model(model: Model, path: Path) -> None:
    """Gzip'd JSON, written the same way every time (a retrain shows as a real diff only)."""
    text = json.dumps(model_to_json(model), separators=(",", ":"), sort_keys=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(gzip.compress(text.encode("utf-8"), mtime=0))


@cache
def load_model(path: str | None = None) -> Model | None:
    """The packaged model (or another file); None when the package carries none, so the rules
    still work on their own."""
    if path is None:
        resource = resources.files("chronology").joinpath(MODEL_FILE)
        if not resource.is_file():
            return None
        raw, origin = resource.read_bytes(), MODEL_FILE
    else:
        raw, origin = Path(path).read_bytes(), Path(path).name
    return model_from_json(json.loads(gzip.decompress(raw)), origin)
