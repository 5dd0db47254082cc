"""Train the key-event model that ships in `chronology/models/key_events_model.json.gz`.

What it learns from: the real-event corpus (sample_data/real_events/corpus.csv, adjudicated
labels), all its case groups since session 18 (`TRAINED_SPLITS`; before, the TEST groups, about
28% chosen by a seeded hash of the group name, see `split_of`, were held out), plus the tuning
two-thirds of the project's hand-written set (tests/datasets/key_events_dev.csv; every third row
stays held out, as it was for the rules). The blind batch (`BLIND`) is never read here, so
bench/classify_eval.py measures on text the model has not seen.

What it fits: a multinomial logistic regression over the features of
`chronology.keyevent_model.analyse` (words, word pairs, character 4-5-grams; sublinear tf-idf,
unit length) plus the rules' findings for the sentence (`chronology.classify.rule_features`:
each label a rule found, the rules' primary, weak and negated finds, a terse row) at
`--evidence-value` each, so the model learns when to trust which rule. Then the probability
thresholds for a second and third label (at most `--max-labels` on average), chosen on
out-of-fold predictions (folds by case group) so they are not tuned on rows the model was
fitted to.

How the defaults were chosen (5-fold cross-validation by case group over the TRAIN rows only;
out-of-fold primary accuracy of the model on real rows, then of the hybrid):
C 30 -> 100 (0.613 -> 0.620), evidence value 1 -> 0.5 (+0.01), character 3-5-grams -> 4-5
(0.629 -> 0.633, a third fewer features); class weights, real rows counted twice, C 300, min_df
1, an evidence value of 0.35 or 2, word stems, and static embeddings (wordllama, 256-d) all
moved it by less than a row in a hundred. A stacker (a second logistic regression over the
text-only model's out-of-fold log-probabilities and the rules' findings) reached 0.59 against
0.61 for this joint model, and limiting further labels by a margin below the first label's
probability traded labels for recall no better than the fixed thresholds: neither is used.
Run it with OMP_NUM_THREADS=1 on a shared machine (a busy BLAS thread pool slows it tenfold).

    python bench/classify_train.py            # writes the model file, prints the choices
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import itertools
import math
import sys
from collections import Counter
from pathlib import Path

import numpy as np
from scipy import sparse
from sklearn.linear_model import LogisticRegression

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from chronology.classify import (  # noqa: E402
    LABELS,
    RuleFindings,
    _full_text,
    choose,
    find_rules,
    load_rules,
    model_text,
    rule_features,
)
from chronology.keyevent_model import MODEL_FILE, Model, analyse, write_model  # noqa: E402

CORPUS = ROOT / "sample_data" / "real_events" / "corpus.csv"
# Since session 18 the model also trains on the TEST case groups: their figures had been
# printed after many versions, so they no longer measured text nobody tuned to, and the blind
# batch below took over as the unseen measure (more real rows to learn from: 2,558 not 1,790).
TRAINED_SPLITS = ("train", "test")
# Collected and labelled after every choice below was made; never read here (classify_eval.py
# measures on it).
BLIND = ROOT / "sample_data" / "real_events" / "blind_session18.csv"
DEV_SET = ROOT / "tests" / "datasets" / "key_events_dev.csv"
SPLIT_SEED = "cspr-key-events-split-1"
TEST_SHARE = 0.28
FOLDS = 5
MIN_DF = 2
SHORT_WORDS = 15  # a text of this many words or fewer is a terse chronology row


def split_of(case_group: str, seed: str = SPLIT_SEED, share: float = TEST_SHARE) -> str:
    """'test' or 'train' for a case group: a hash, so the split never depends on row order and a
    group stays on its side as rows are added."""
    digest = hashlib.sha256(f"{seed}:{case_group}".encode()).digest()
    return "test" if int.from_bytes(digest[:8], "big") / 2**64 < share else "train"


def load_corpus(path: Path = CORPUS) -> list[dict[str, str]]:
    """Corpus rows with `text`, `label` (adjudicated), `group` and `split`."""
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return [
        {
            "id": r["id"],
            "text": r["event_text"],
            "agency": "",
            "label": r["adjudicated"],
            "label_a": r["label"],
            "label_b": r["label_b"],
            "also": ";".join(x for x in (r["other_labels"], r["other_labels_b"]) if x),
            "group": r["case_group"],
            "split": split_of(r["case_group"]),
        }
        for r in rows
    ]


def load_dev(path: Path = DEV_SET) -> list[dict[str, str]]:
    """The hand-written set; every third row is held out (as when the rules were written)."""
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return [
        {**r, "group": f"dev{i // 10}", "split": "held_out" if i % 3 == 2 else "tuning"}
        for i, r in enumerate(rows)
    ]


def training_rows() -> list[dict[str, str]]:
    """Corpus TRAIN groups plus the hand-written tuning rows; `read` is the text as the model
    reads it (the rules' rewrites and abbreviations applied)."""
    corpus = [r for r in load_corpus() if r["split"] in TRAINED_SPLITS]
    dev = [r for r in load_dev() if r["split"] == "tuning"]
    rules = load_rules()
    rows = []
    for r in corpus + dev:
        full = _full_text(r["text"], "")
        findings = find_rules(full, r.get("agency", ""), rules)
        evidence = rule_features(findings, SHORT_WORDS)
        rows.append({**r, "read": model_text(full, rules), "evidence": evidence})
    return rows


EVIDENCE_FEATURES = sorted(
    {f"{kind}:{label}" for kind in ("r", "rw", "n", "p") for label in LABELS}
    | {"p:none", "s:short"}
)


def vocabulary(texts: list[str], evidence: bool = True) -> tuple[list[str], np.ndarray]:
    """Features seen in at least MIN_DF texts with their smoothed idf, then (`evidence`) every
    rule-evidence feature (idf 1: those are not tf-idf weighted)."""
    df: Counter[str] = Counter()
    for text in texts:
        df.update(set(analyse(text)))
    words = sorted(f for f, n in df.items() if n >= MIN_DF)
    n = len(texts)
    extra = EVIDENCE_FEATURES if evidence else []
    idf = [math.log((1 + n) / (1 + df[f])) + 1 for f in words] + [1.0] * len(extra)
    return words + extra, np.array(idf)


def matrix(rows_in: list[dict[str, str]], model: Model) -> sparse.csr_matrix:
    rows, cols, vals = [], [], []
    for i, row in enumerate(rows_in):
        columns, values = model.vector(row["read"], row["evidence"])
        rows.extend([i] * len(columns))
        cols.extend(columns.tolist())
        vals.extend(values.tolist())
    return sparse.csr_matrix((vals, (rows, cols)), shape=(len(rows_in), len(model.features)))


def fit(
    rows: list[dict[str, str]],
    c: float,
    real_weight: float = 1.0,
    evidence: bool = True,
    evidence_value: float = 1.0,
    also_weight: float = 0.0,
) -> Model:
    """A model fitted to `rows` (no label thresholds yet); without `evidence`, on the words
    alone; `evidence_value`: the value of a rule-evidence feature (the words' vector has unit
    length; a smaller value lets the regularisation weigh a rule's word more cautiously)."""
    texts = [r["read"] for r in rows]
    features, idf = vocabulary(texts, evidence)
    empty = Model(
        labels=LABELS,
        features=tuple(features),
        index={f: i for i, f in enumerate(features)},
        idf=idf,
        weights=np.zeros((len(features), len(LABELS))),
        intercept=np.zeros(len(LABELS)),
        combine={"evidence_value": evidence_value},
        trained_on={},
    )
    x = matrix(rows, empty)
    y = [LABELS.index(r["label"]) for r in rows]
    # Real rows may count more than hand-written ones: real review text is what is measured.
    weight = [1.0 if r["group"].startswith("dev") else real_weight for r in rows]
    # A label either labeller gave as well counts a little too (a sentence can record two
    # occurrences), so the model's second and third labels learn from it.
    extra = (
        [
            (i, LABELS.index(also))
            for i, r in enumerate(rows)
            for also in dict.fromkeys(r.get("also", "").split(";"))
            if also in LABELS and also != r["label"]
        ]
        if also_weight
        else []
    )
    if extra:
        x = sparse.vstack([x, x[[i for i, _ in extra]]]).tocsr()
        y += [label for _, label in extra]
        weight += [also_weight * weight[i] for i, _ in extra]
    lr = LogisticRegression(C=c, max_iter=3000)
    lr.fit(x, np.array(y), sample_weight=np.array(weight))
    weights = np.zeros((len(features), len(LABELS)))
    intercept = np.full(len(LABELS), -30.0)  # a label never seen in training stays unlikely
    for k, label_index in enumerate(lr.classes_):
        weights[:, label_index] = lr.coef_[k]
        intercept[label_index] = lr.intercept_[k]
    return Model(LABELS, empty.features, empty.index, idf, weights, intercept, empty.combine, {})


def folds(rows: list[dict[str, str]], k: int = FOLDS) -> list[int]:
    """Fold of each row, by hashed group (rows of one case never on both sides)."""
    return [
        int.from_bytes(hashlib.sha256(f"fold:{r['group']}".encode()).digest()[:4], "big") % k
        for r in rows
    ]


def out_of_fold(
    rows: list[dict[str, str]],
    c: float,
    real_weight: float = 1.0,
    evidence_value: float = 1.0,
    also_weight: float = 0.0,
) -> list[Model]:
    """One model per fold, fitted without that fold."""
    fold = folds(rows)
    return [
        fit(
            [r for r, f in zip(rows, fold, strict=True) if f != k],
            c,
            real_weight,
            evidence_value=evidence_value,
            also_weight=also_weight,
        )
        for k in range(FOLDS)
    ]


def score_combination(
    rows: list[dict[str, str]],
    probabilities: list[np.ndarray],
    findings: list[RuleFindings],
    weights: dict[str, float],
) -> tuple[float, float, float]:
    """Primary accuracy, gold-among-labels and mean labels of the hybrid (out-of-fold)."""
    primary = among = labels = 0
    for row, p, found in zip(rows, probabilities, findings, strict=True):
        chosen = choose(p, found, weights, LABELS)
        primary += chosen[0] == row["label"]
        among += row["label"] in chosen
        labels += len(chosen)
    n = len(rows) or 1
    return primary / n, among / n, labels / n


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "chronology" / MODEL_FILE)
    parser.add_argument("--max-labels", type=float, default=2.0, help="mean labels allowed")
    parser.add_argument("--c", type=float, nargs="+", default=[100.0], help="C to try")
    parser.add_argument("--real-weight", type=float, default=1.0, help="weight of a real row")
    evidence_help = "value of a rule-evidence feature (the words' vector has unit length)"
    parser.add_argument("--evidence-value", type=float, default=0.5, help=evidence_help)
    # Off. Tried in session 8 (5-fold by case group over TRAIN rows): 0.3 put the right label
    # among about 1.9 labels for 0.782 against 0.773 without, primary the same; on the TEST
    # groups it lowered the hybrid's primary 0.601 -> 0.590 (gold among 0.782 -> 0.787 at 1.99
    # labels against 1.88), so it does not ship.
    parser.add_argument(
        "--also-weight",
        type=float,
        default=0.0,
        help="weight of a second label either labeller gave, as an extra training row",
    )
    args = parser.parse_args()
    rows = training_rows()
    print(f"training rows: {len(rows)} ({sum(r['group'][:3] != 'dev' for r in rows)} real)")
    fold = folds(rows)
    best_c, best_acc = 0.0, -1.0
    real = [i for i, r in enumerate(rows) if not r["group"].startswith("dev")]
    for c in args.c:
        models = out_of_fold(rows, c, args.real_weight, args.evidence_value, args.also_weight)
        hits = 0
        for i in real:
            p = models[fold[i]].probabilities(rows[i]["read"], rows[i]["evidence"])
            hits += LABELS[int(np.argmax(p))] == rows[i]["label"]
        acc = hits / len(real)
        print(f"C={c}: model alone, out-of-fold primary on real rows {acc:.3f}")
        if acc > best_acc:
            best_c, best_acc, best_models = c, acc, models
    # The thresholds for further labels are chosen on out-of-fold predictions for the real
    # training rows (the text they are for), the hand-written rows watched so they do not fall.
    rules = load_rules()
    probabilities = [
        best_models[fold[i]].probabilities(r["read"], r["evidence"]) for i, r in enumerate(rows)
    ]
    findings = [find_rules(_full_text(r["text"], ""), r.get("agency", ""), rules) for r in rows]
    is_real = [not r["group"].startswith("dev") for r in rows]

    def part(real: bool) -> tuple[list[dict[str, str]], list[np.ndarray], list[RuleFindings]]:
        keep = [i for i, x in enumerate(is_real) if x == real]
        return (
            [rows[i] for i in keep],
            [probabilities[i] for i in keep],
            [findings[i] for i in keep],
        )

    # First how terse a row must be for a plain rule find to stand as the primary (0: never),
    # on primary accuracy of real and hand-written rows alike; then the thresholds.
    # Real text counts twice: it is what the issue measures (and where a terse real sentence
    # such as "an ambulance was called and she was pronounced dead" shows the rules' limits).
    decide_scores: dict[tuple[int, int], float] = {}
    for decide, alone in itertools.product((0, 8, 12, 15, 20), (0, 1)):
        weights = {"also": 0.1, "rules_decide_words": float(decide), "rules_decide_alone": alone}
        real_p = score_combination(*part(True), weights)[0]
        dev_p = score_combination(*part(False), weights)[0]
        decide_scores[decide, alone] = 2 * real_p + dev_p
        shown = f"primary real {real_p:.3f}, hand-written {dev_p:.3f}"
        print(f"rules decide up to {decide} words{' (alone)' if alone else ''}: {shown}")
    decide, alone = max(decide_scores, key=decide_scores.__getitem__)
    best: tuple[float, dict[str, float], tuple[float, ...]] | None = None
    for also, also_rule in itertools.product(
        (0.03, 0.05, 0.07, 0.1, 0.15, 0.2), (0.005, 0.01, 0.02, 0.05, 0.1)
    ):
        if also_rule > also:
            continue
        weights = {
            "also": also,
            "also_rule": also_rule,
            "short_words": float(SHORT_WORDS),
            "rules_decide_words": float(decide),
            "rules_decide_alone": float(alone),
        }
        real_p, real_a, real_n = score_combination(*part(True), weights)
        dev_p, dev_a, _ = score_combination(*part(False), weights)
        print(f"also {also}/{also_rule}: real {real_p:.3f}/{real_a:.3f}/{real_n:.2f} "
              f"hand-written {dev_p:.3f}/{dev_a:.3f}")  # fmt: skip
        if real_n > args.max_labels:
            continue
        objective = real_a + 0.5 * dev_a
        if best is None or objective > best[0]:
            best = (objective, weights, (real_p, real_a, real_n, dev_p, dev_a))
    assert best is not None
    weights = {**best[1], "evidence_value": args.evidence_value}
    primary, among, labels, dev_p, dev_a = best[2]
    print(f"thresholds {weights}")
    print(
        f"out-of-fold real rows: primary {primary:.3f}, gold among labels {among:.3f}, "
        f"mean labels {labels:.2f}; hand-written tuning rows {dev_p:.3f}/{dev_a:.3f}"
    )
    final = fit(
        rows,
        best_c,
        args.real_weight,
        evidence_value=args.evidence_value,
        also_weight=args.also_weight,
    )
    model = Model(
        final.labels, final.features, final.index, final.idf, final.weights, final.intercept,
        weights,
        {
            "corpus": "sample_data/real_events/corpus.csv (TRAIN and TEST case groups, "
            "adjudicated label)",
            "hand_written": "tests/datasets/key_events_dev.csv (tuning two-thirds)",
            "split": {"seed": SPLIT_SEED, "test_share": TEST_SHARE},
            "rows": len(rows),
            "C": best_c,
            "real_weight": args.real_weight,
            "evidence_value": args.evidence_value,
            "also_weight": args.also_weight,
            "out_of_fold_real": {
                "model_primary": round(best_acc, 3), "hybrid_primary": round(primary, 3),
                "hybrid_among": round(among, 3), "mean_labels": round(labels, 2),
            },
        },
    )  # fmt: skip
    write_model(model, args.out)
    size = args.out.stat().st_size
    where = args.out.relative_to(ROOT) if args.out.is_relative_to(ROOT) else args.out
    print(f"written {where} ({size / 1e6:.1f} MB, {len(model.features)} features)")


if __name__ == "__main__":
    main()
