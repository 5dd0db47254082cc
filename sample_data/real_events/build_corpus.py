"""Build `corpus.csv`: the real-event corpus with ids, case groups, both labellers' labels and the
adjudicated label.

Why case groups: one real case is often published as a report, a briefing and several news
stories, whose sentences say the same thing in other words. A train/test split by sentence or by
page would let the model see the test case while training, so the split (bench/classify_eval.py)
is by case group. A group joins pages that (1) share a source address, (2) name the same case
once the title is normalised (review type, year and "(news report)" dropped: "SCR Baby T, Isle of
Wight, 2013 (radio news)" -> "baby t|isle of wight"), (3) are listed in MERGE below (the same case
under two titles, decided by reading the titles), or (4) share a near-identical sentence.

Ids: collected_a to collected_e rows in file order, a sentence already seen is dropped, the rest
numbered S0001, S0002 ... (the numbering the second labellers used).

The adjudicated label: where the two labellers agree, that label; where they disagree, the
decision in `adjudication.csv` (made by reading the sentence and both labels against DOMAIN.md,
before any model prediction for that row was looked at); where the second label has not landed,
the first labeller's.

    python sample_data/real_events/build_corpus.py        # writes corpus.csv, prints kappa
"""

from __future__ import annotations

import csv
import json
import re
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from rapidfuzz import fuzz, process

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from chronology.classify import LABELS  # noqa: E402

SOURCES = tuple(HERE / f"collected_{batch}.csv" for batch in "abcde")
LABEL_B = HERE / "label_b.csv"
# A collected row whose source address or title turned out to name a real person is replaced
# by a tombstone (source_url "withdrawn", no text, no label): no real personal data is kept.
WITHDRAWN = "withdrawn"
# The second labellers of collected_c (session 6), collected_d (session 8) and collected_e
# (session 9) keyed their labels by the sentence itself: (their labels, the file whose rows
# they label).
LABEL_B_BY_TEXT = (
    (HERE / "label_b_c.csv", HERE / "collected_c.csv"),
    (HERE / "label_b_d.csv", HERE / "collected_d.csv"),
    (HERE / "label_b_e.csv", HERE / "collected_e.csv"),
)
ADJUDICATION = HERE / "adjudication.csv"
CORPUS = HERE / "corpus.csv"
# Batches F to I (session 18) were collected and labelled twice after every rule and model
# choice of sessions 1 to 17 was made: they are kept apart from corpus.csv, never trained or
# tuned on, as a blind measure (bench/classify_eval.py). Ids B0001 ...; second labels keyed by
# the sentence. F and G (B0001-B0330) were measured first; H and I were added after, asked for
# mostly key events, as F and G had found mostly commentary.
BLIND_SOURCES = tuple(
    (HERE / f"collected_{batch}.csv", HERE / f"label_b_{batch}.csv") for batch in "fghi"
)
BLIND = HERE / "blind_session18.csv"
COLUMNS = (
    "id", "source_url", "review", "case_group", "event_text", "label", "other_labels",
    "confident", "label_b", "other_labels_b", "confident_b", "adjudicated",
)  # fmt: skip

# Same case under different titles (read from the titles; each line: titles' normalised keys).
MERGE: tuple[tuple[str, ...], ...] = (
    ("mia|south tees", "kingfisher mia and lucy|south tees"),
    ("child ak|norfolk", "ak|norfolk"),
    ("baby smothered while co sleeping|northamptonshire",
     "six week old baby co sleeping death|northamptonshire"),
    ("cn18 baby f|devon", "six step cn18 baby f|devon"),
    ("baby f|bexley", "rcpch scr briefings child i northamptonshire baby f bexley"),
    ("child bs", "nspcc case reviews published child bs|anonymous"),
    ("child h child n|oxfordshire", "child h|oxfordshire"),
    ("child ag|norfolk", "child ag and child ai|norfolk"),
    ("josh|teeswide", "adult b josh|teeswide"),
    ("sar margaret|cornwall", "published by other boards louise|surrey barry"),
    ("ms f|norfolk", "mr g|norfolk via merseyside sab national sars page", "ms f and mr g|norfolk"),
    ("john", "john|bexley"),
    ("child neglect three families|devon", "of child neglect in three families|devon"),
    ("baby c|coventry", "baby c national collection summary"),
)  # fmt: skip

# A group keeps the name it had before a title in it was withdrawn: the train/test split hashes
# the name, and a renamed group could move between them.
KEEP_NAME = {"jacob|oxfordshire": "commission on young lives article citing scr jacob|oxfordshire"}

_TYPE = re.compile(
    r"^(?:extended |second |thematic |local |multi-agency |non-statutory |adult |national )*"
    r"(?:lcsprs?|csprs?|scrs?|sars?|dhrs?|dhr/sar|scr and dhr|child practice review|"
    r"safeguarding review|safeguarding board review|learning review|learning briefing|"
    r"review summary|review|rapid reviews?|learning from reviews|appreciative inquiry)\b\s*",
    re.IGNORECASE,
)
_NOTE = re.compile(r"\s*\((?:[^()]*(?:news|report|summary|briefing|radio|blog|database|"
                   r"repository|mirror|presentation|seminar|slides|introduction|newsletter|"
                   r"series|feature|item|article)[^()]*)\)\s*$", re.IGNORECASE)  # fmt: skip
_YEAR = re.compile(r"\b(?:19|20)\d\d(?:[-/]\d{2,4})?\b")


def case_key(review: str) -> str:
    """A review title as 'pseudonym|area': type, year and the kind of page dropped."""
    title = _NOTE.sub("", review.strip())
    title = _NOTE.sub("", title)
    title = _TYPE.sub("", title)
    title = re.sub(r"\b(?:executive summary|learning briefing|briefing|agency briefing)\b", "",
                   title, flags=re.IGNORECASE)  # fmt: skip
    title = _YEAR.sub("", title)
    parts = [re.sub(r"[^a-z0-9]+", " ", p.lower()).strip() for p in title.split(",")]
    parts = [p for p in parts if p]
    return "|".join(parts[:2])


class _Groups:
    """Union-find over page keys."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, key: str) -> str:
        self.parent.setdefault(key, key)
        while self.parent[key] != key:
            self.parent[key] = self.parent[self.parent[key]]
            key = self.parent[key]
        return key

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def read_rows(
    sources: Sequence[Path] = SOURCES, prefix: str = "S", seen: set[str] | None = None
) -> list[dict[str, str]]:
    """The collected files, sentences already seen dropped, numbered S0001 ..."""
    rows: list[dict[str, str]] = []
    seen = set() if seen is None else seen
    for path in sources:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            for row in csv.DictReader(handle):
                if row["event_text"] in seen:
                    continue
                seen.add(row["event_text"])
                rows.append({**row, "id": f"{prefix}{len(rows) + 1:04d}", "from": path.name})
    # A withdrawn row (its page's address or title named a real person) keeps its place, so the
    # ids after it, which the second labels and adjudications are keyed by, do not move.
    return [row for row in rows if row["source_url"] != WITHDRAWN]


def assign_groups(rows: list[dict[str, str]]) -> dict[str, str]:
    """Each review title -> its case group, named by one of its normalised titles (stable while
    the titles are, so the hashed test split does not move when rows are added)."""
    groups = _Groups()
    by_url: dict[str, str] = {}
    for row in rows:
        key = case_key(row["review"])
        groups.find(key)
        if row["source_url"] in by_url:
            groups.union(by_url[row["source_url"]], key)
        by_url.setdefault(row["source_url"], key)
    known = set(groups.parent)
    for keys in MERGE:
        missing = [k for k in keys if k not in known]
        if missing:
            raise ValueError(f"build_corpus MERGE: no review title normalises to {missing}")
        for key in keys[1:]:
            groups.union(keys[0], key)
    texts = [" ".join(r["event_text"].lower().split()) for r in rows]
    scores = process.cdist(texts, texts, scorer=fuzz.ratio, score_cutoff=92, workers=1)
    for i, j in zip(*scores.nonzero(), strict=True):
        if i < j and min(len(texts[i]), len(texts[j])) >= 40:
            groups.union(case_key(rows[i]["review"]), case_key(rows[j]["review"]))
    named = {row["review"]: groups.find(case_key(row["review"])) for row in rows}
    return {review: KEEP_NAME.get(group, group) for review, group in named.items()}


def read_csv(path: Path) -> list[dict[str, str]]:
    if not path.exists():
        return []
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def kappa(first: list[str], second: list[str]) -> float:
    """Cohen's kappa of two labellings of the same items."""
    n = len(first)
    if not n:
        return float("nan")
    observed = sum(a == b for a, b in zip(first, second, strict=True)) / n
    ca, cb = Counter(first), Counter(second)
    expected = sum(ca[k] * cb[k] for k in ca) / (n * n)
    return (observed - expected) / (1 - expected) if expected < 1 else 1.0


def build() -> tuple[dict[str, object], list[str]]:
    """Write corpus.csv and the blind batch; return agreement figures and the ids of the
    disagreements still to adjudicate."""
    rows = read_rows()
    seen = {r["event_text"] for r in rows}
    blind = read_rows([path for path, _ in BLIND_SOURCES], "B", seen)
    # Grouped together (titles, shared addresses, near-identical sentences), no blind row may
    # join a corpus case: the blind batch must be cases the model never trained on. Then each
    # side's groups are those it would have alone (MERGE names corpus titles only).
    groups = assign_groups(rows + blind)
    shared = {groups[r["review"]] for r in rows} & {groups[r["review"]] for r in blind}
    if shared:
        raise ValueError(f"blind batch: case groups also in the corpus: {sorted(shared)}")
    decided = {r["id"]: r for r in read_csv(ADJUDICATION)}
    wrong = [i for i, r in decided.items() if r["adjudicated"] not in LABELS or not r["reason"]]
    if wrong:
        raise ValueError(f"adjudication.csv: unknown label or no reason for {', '.join(wrong)}")
    second = {r["id"]: r for r in read_csv(LABEL_B)}
    summary, pending = _adjudicated(rows, groups, second, LABEL_B_BY_TEXT, decided, CORPUS)
    blind_labels = tuple((labels, of) for of, labels in BLIND_SOURCES)
    unseen, unseen_pending = _adjudicated(blind, groups, {}, blind_labels, decided, BLIND)
    summary["blind_session18"] = unseen
    return summary, pending + unseen_pending


def _adjudicated(
    rows: list[dict[str, str]],
    groups: dict[str, str],
    second: dict[str, dict[str, str]],
    by_text: Sequence[tuple[Path, Path]],
    decided: dict[str, dict[str, str]],
    out: Path,
) -> tuple[dict[str, object], list[str]]:
    for labels, of in by_text:
        id_of = {r["event_text"]: r["id"] for r in rows if r["from"] == of.name}
        # A sentence withdrawn from the collected file after it was labelled (one that named a
        # real person) keeps no trace here.
        for r in read_csv(labels):
            if r["event_text"] in id_of:
                second[id_of[r["event_text"]]] = r
    pending: list[dict[str, str]] = []
    for row in rows:
        row["case_group"] = groups[row["review"]]
        b = second.get(row["id"])
        row["label_b"] = b["label_b"] if b else ""
        row["other_labels_b"] = b.get("other_labels_b", "") if b else ""
        row["confident_b"] = b.get("confident_b", "") if b else ""
        if not b or row["label_b"] == row["label"]:
            row["adjudicated"] = row["label"]
            continue
        decision = decided.get(row["id"])
        if decision is None:
            pending.append(row)
            row["adjudicated"] = row["label"]
        else:
            row["adjudicated"] = decision["adjudicated"]
    with out.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
    both = [r for r in rows if r["label_b"]]
    a, b = [r["label"] for r in both], [r["label_b"] for r in both]
    confident = [r for r in both if r["confident"] == "yes" and r["confident_b"] == "yes"]
    return {
        "rows": len(rows),
        "case_groups": len({groups[r["review"]] for r in rows}),
        "pages": len({r["source_url"] for r in rows}),
        "second_labels": len(both),
        "agreement": round(sum(x == y for x, y in zip(a, b, strict=True)) / len(both), 3)
        if both
        else None,
        "kappa": round(kappa(a, b), 3) if both else None,
        "kappa_both_confident": round(
            kappa([r["label"] for r in confident], [r["label_b"] for r in confident]), 3
        )
        if confident
        else None,
        "disagreements": sum(x != y for x, y in zip(a, b, strict=True)),
    }, [r["id"] for r in pending]


def main() -> None:
    summary, pending = build()
    print(json.dumps(summary, indent=2))
    if pending:
        print(f"{len(pending)} disagreements not yet in adjudication.csv: {' '.join(pending)}",
              file=sys.stderr)  # fmt: skip


if __name__ == "__main__":
    main()
