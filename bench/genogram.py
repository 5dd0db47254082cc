"""Genogram layout on families with marriages between drawn families (issue 18).

For generated families with two, three and four inter-family marriages (half-siblings through
both parents, the mother's later partner with his own family; each also with emotional and
abuse lines added, `+lines`), the published kinship2 sample pedigree 1 and random 150-person
families, prints for an earlier commit (`--before`, run from a `git archive` of it in a
temporary folder) and for the working tree:
- line crossings (union, sibship and descent lines, counted on the drawn geometry by
  `genogram.layout.count_lines`);
- couples drawn with someone between them, and people drawn twice (beside a partner, where
  no order of the row puts the couple together);
- overlay lines (emotional, abuse, and the dashed line joining a person drawn twice) through a
  symbol, through a label, or lying along a family line (`genogram.clashes.count_paths`);
- the time of the layout stage (`layout_family`; target under 1 s for 150 people).
Both versions are counted by the working tree's code. Writes bench/results/genogram.json.

    python bench/genogram.py [--before fdda392] [--seeds 5]
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TODAY = "2026-01-01"
BASELINE = "fdda392"  # the last commit before issue 18's ordering work

_WORKER = r"""
import datetime as dt, json, sys, time
import genogram.build
from genogram.family import read_family
timed = []
def _timed(*args, _inner=genogram.build.layout_family, **kwargs):
    start = time.perf_counter()
    result = _inner(*args, **kwargs)
    timed.append(time.perf_counter() - start)
    return result
genogram.build.layout_family = _timed  # time the layout stage only
from genogram.style import load_style
style = load_style()
shapes = {"M": "square", "F": "circle"}
out = {}
for path in sys.argv[1:]:
    family = read_family(__import__("pathlib").Path(path))
    g = genogram.build.build_genogram(family, today=dt.date(2026, 1, 1))
    seconds = timed[-1]
    lay = g.layout
    copies = getattr(lay, "copies", {})
    half = lay.symbol_size / 2
    symbols = {}
    for key, s in [*lay.people.items(), *copies.items()]:
        w, h = g.labels[s.person_id].size(style)
        top = s.y + half + style.spacing("label_gap")
        kind = shapes.get(g.graph.people[s.person_id].sex, "diamond")
        symbols[key] = [kind, s.x, s.y, half, s.x - w / 2, top, s.x + w / 2, top + h]
    roles = ("overlay", "duplicate", "union", "child")
    out[path] = {
        "seconds": seconds,
        "symbol_size": lay.symbol_size,
        "people": {p: [s.generation, s.x, s.y, s.half_width, s.top, s.bottom]
                   for p, s in lay.people.items()},
        "unions": {u: [s.kind, list(s.partners), s.x, s.y, s.generation, s.level, s.slot_x]
                   for u, s in lay.unions.items()},
        "sibships": [[s.union_id, list(s.children), s.line_y, [list(p) for p in s.route]]
                     for s in lay.sibships],
        "copies": {k: [s.person_id, s.generation, s.x, s.y, s.half_width, s.top, s.bottom]
                   for k, s in copies.items()},
        "symbols": symbols,
        "paths": [[i.role, [list(p) for p in i.points]] for i in g.scene.items
                  if type(i).__name__ == "Path" and not i.closed and i.role in roles],
    }
json.dump(out, sys.stdout)
"""


def _families(folder: Path, seeds: int) -> dict[str, Path]:
    sys.path.insert(0, str(ROOT))
    from tests.builders import write_xlsx
    from tests.test_genogram_families import random_family
    from tests.test_issue18_families import (
        KINSHIP2_PEDIGREE_1,
        intermarried_family,
        with_overlays,
        write_family,
    )

    paths = {}
    for marriages in (2, 3, 4):
        for seed in range(seeds):
            name = f"intermarried-{marriages}-seed{seed}"
            rows = intermarried_family(marriages, seed)
            paths[name] = write_family(folder / f"{name}.xlsx", rows)
            lined = with_overlays(rows, seed)
            paths[f"{name}+lines"] = write_family(folder / f"{name}-lines.xlsx", lined)
    paths["kinship2-pedigree-1"] = write_family(folder / "kinship2.xlsx", KINSHIP2_PEDIGREE_1)
    for seed in (3, 58, 142):
        family = random_family(seed, 150)
        people = [["person_id", "name", "sex", "date_of_birth", "date_of_death", "role"]]
        for p in family.people.values():
            birth = None
            if p.birth is not None:
                day = p.birth.precision == "day"
                birth = p.birth.value.strftime("%d/%m/%Y") if day else str(p.birth.value.year)
            people.append([p.person_id, p.name, p.sex, birth, None, p.role])
        rels = [["person_a", "person_b", "type", "start_date", "end_date"]]
        for r in family.relationships:
            rels.append([r.person_a, r.person_b, r.type,
                         r.start.value.strftime("%m/%Y") if r.start else None,
                         r.end.value.strftime("%m/%Y") if r.end else None])  # fmt: skip
        paths[f"random-150-seed{seed}"] = write_xlsx(
            folder / f"random{seed}.xlsx", {"People": people, "Relationships": rels}
        )
    return paths


def _run(source: Path, paths: dict[str, Path]) -> dict[str, dict]:
    result = subprocess.run(
        [sys.executable, "-c", _WORKER, *map(str, paths.values())],
        cwd=source, capture_output=True, text=True, check=True,
    )  # fmt: skip
    raw = json.loads(result.stdout)
    return {name: raw[str(path)] for name, path in paths.items()}


def _count(data: dict) -> dict:
    from genogram.clashes import Symbol, count_paths
    from genogram.layout import (
        Layout,
        PersonSpot,
        SibshipSpot,
        UnionSpot,
        count_lines,
        segments_cross,
    )
    from genogram.primitives import Path as Line

    people = {p: PersonSpot(p, *v) for p, v in data["people"].items()}
    copies = {k: PersonSpot(*v) for k, v in data["copies"].items()}
    unions = {
        u: UnionSpot(u, k, tuple(ps), x, y, g, lv, sx)
        for u, (k, ps, x, y, g, lv, sx) in data["unions"].items()
    }
    sibships = [
        SibshipSpot(u, tuple(c), y, tuple(tuple(p) for p in route))
        for u, c, y, route in data["sibships"]
    ]
    layout = Layout(people, unions, sibships, [], [], 0, 0, 0, data["symbol_size"], copies=copies)
    found = count_lines(layout)
    symbols = [Symbol(k, kind, x, y, h, tuple(box)) for k, (kind, x, y, h, *box) in
               data["symbols"].items()]  # fmt: skip
    lines = [Line(tuple(map(tuple, points)), "", 1.0, role=role) for role, points in data["paths"]]
    overlays = count_paths(lines, symbols)
    family = [("f", "", *a, *b) for line in lines if line.role in ("union", "child")
              for a, b in itertools.pairwise(line.points)]  # fmt: skip
    copy_crossings = sum(
        segments_cross(("d", "", *a, *b), segment)
        for line in lines
        if line.role == "duplicate"
        for a, b in itertools.pairwise(line.points)
        for segment in family
    )
    return {
        "crossings": found.crossings,
        "by_kind": found.by_kind,
        "non_adjacent_couples": found.non_adjacent,
        "drawn_twice": found.drawn_twice,
        "copy_line_crossings": copy_crossings,  # the dashed lines joining copies, not counted above
        "couples_in_one_row": found.couples,
        "overlay_paths": overlays.paths,
        "overlay_through_symbols": overlays.through_symbols,
        "overlay_through_labels": overlays.through_labels,
        "overlay_along_family_lines": overlays.along_family_lines,
        "people": len(people),
        "layout_seconds": round(data["seconds"], 3),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", default=BASELINE, help="commit to compare with")
    parser.add_argument("--seeds", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "families").mkdir()
        paths = _families(folder / "families", args.seeds)
        old = folder / "before"
        old.mkdir()
        archive = subprocess.run(
            ["git", "archive", args.before, "genogram", "chronology"],
            cwd=ROOT, capture_output=True, check=True,
        ).stdout  # fmt: skip
        (folder / "before.tar").write_bytes(archive)
        with tarfile.open(folder / "before.tar") as tar:
            tar.extractall(old, filter="data")
        before = {name: _count(data) for name, data in _run(old, paths).items()}
        after = {name: _count(data) for name, data in _run(ROOT, paths).items()}
    rows = []
    columns = ("crossings", "non_adjacent_couples", "drawn_twice", "overlay_faults")
    print(f"{'family':34} {'people':>6} {'crossings':>10} {'apart':>8} {'twice':>8} "
          f"{'overlay faults':>14} {'seconds':>12}   (before → after)")  # fmt: skip
    for name in paths:
        b, a = before[name], after[name]
        for side in (b, a):
            side["overlay_faults"] = (
                side["overlay_through_symbols"]
                + side["overlay_through_labels"]
                + side["overlay_along_family_lines"]
            )
        cells = [f"{b[c]}→{a[c]}" for c in columns]
        print(
            f"{name:34} {a['people']:>6} {cells[0]:>10} {cells[1]:>8} {cells[2]:>8} "
            f"{cells[3]:>14} {b['layout_seconds']:>5.3f}→{a['layout_seconds']:<6.3f}"
        )
        rows.append({"family": name, "before": b, "after": a})
    sums = (
        "crossings", "non_adjacent_couples", "drawn_twice", "copy_line_crossings", "overlay_paths",
        "overlay_through_symbols", "overlay_through_labels", "overlay_along_family_lines",
    )  # fmt: skip
    totals = {
        side: {
            **{key: sum(r[side][key] for r in rows) for key in sums},
            "max_layout_seconds_150": max(
                r[side]["layout_seconds"] for r in rows if r["family"].startswith("random-150")
            ),
        }
        for side in ("before", "after")
    }
    print(f"totals: {json.dumps(totals)}")
    result = {
        "date": dt.date.today().isoformat(),
        "before_commit": args.before,
        "python": sys.version.split()[0],
        "target_layout_seconds_150": 1.0,
        "totals": totals,
        "families": rows,
    }
    out = ROOT / "bench" / "results" / "genogram.json"
    out.write_text(json.dumps(result, indent=1) + "\n")
    print(f"written {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
