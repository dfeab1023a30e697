"""A learned filter trained on the rules' errors on wording they were not written from.

    python bench/landing_filter_experiment.py [--mode drop|relabel] [--c 1.0] [--with-current]

``filter_experiment.py`` trained its model on the facts today's rules find in the tuning sets.
Those rules were written from those very sets, so the errors it could learn from were the few
the rules left behind, not the kind they make on text they have never seen (the test split).

Every tuning set was annotated before any rule was written from it, in a commit of its own
(its *landing*), so the extractor of that commit had never seen the set. Run on its set, it
makes exactly the errors of unseen text. This script gathers those facts for every tuning set
(``git archive`` of the landing commit, run from its own tree, cached under ``--cache``), then
asks leave-one-set-out: train on the landing facts of all other sets, apply to the held-out set's
landing facts, score with score.py's matching. Neither the model nor the code saw the held-out set.

Thresholds are fixed in advance; every one is printed for every set. The mean over the ten latest
sets (whose landing code is closest to today's) is printed apart. scikit-learn is used here only.
test, blind8, unseen and blind6 are never read.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.extraction.scripts import load_script  # noqa: E402 - needs the path set above

REAL = ROOT / "tests" / "extraction" / "real"

# Each tuning set and the commit that added its gold file (no extraction code changed in it).
LANDINGS = {
    "dev": "e726784",
    "blind7": "760aa05",
    "blind9": "3bdfe5e",
    "blind10": "4df736c",
    "blind11": "5a3ace9",
    "blind12": "d139ee6",
    "blind13": "3565ffa",
    "blind14": "6b5b527",
    "blind15": "148b3be",
    "blind16": "ae01929",
    "blind17": "8e2dc53",
    "blind18": "e88d17d",
    "blind19": "be66232",
    "blind20": "fe43525",
    "blind21": "2af71ff",
    "blind22": "c69e1b8",
    "blind23": "3c4a190",
    "blind24": "70bec07",
    "blind25": "8d93f7b",
    "blind26": "f7d4c4f",
    "blind27": "72a93e8",
    "blind28": "2b5c69e",
    "blind29": "bf0b8e7",
    "blind30": "459242c",
}
LATEST = list(LANDINGS)[-10:]
THRESHOLDS = {"drop": (0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5), "relabel": (0.5, 0.6, 0.7, 0.8, 0.9)}


score = load_script(ROOT / "tests" / "extraction" / "score.py", "score")


def predictions(name: str, rev: str, cache: Path) -> dict[str, list[dict[str, Any]]]:
    """Facts of ``rev``'s extractor on set ``name`` (rev "HEAD" = the working tree, never cached:
    it may hold uncommitted changes)."""
    out = cache / f"{name}_{rev}.jsonl"
    if rev == "HEAD" or not out.exists():
        tree = ROOT if rev == "HEAD" else cache / f"tree_{rev}"
        if not tree.exists():
            tree.mkdir(parents=True)
            archive = subprocess.run(
                ["git", "-C", str(ROOT), "archive", rev, "provind"], check=True, capture_output=True
            )
            subprocess.run(["tar", "-x", "-C", str(tree)], input=archive.stdout, check=True)
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "provind.extraction.commandline",
                str(REAL / f"{name}.gold.jsonl"),
                "--format=jsonl",
            ],
            cwd=tree,
            env={"PYTHONPATH": str(tree), "PATH": "/usr/bin:/bin"},
            check=True,
            capture_output=True,
        )
        out.write_bytes(result.stdout)
    return {row["id"]: row["facts"] for row in map(json.loads, out.read_text(encoding="utf-8").splitlines())}


def load(cache: Path, with_current: bool) -> dict[str, dict[str, list[dict[str, Any]]]]:
    data: dict[str, dict[str, list[dict[str, Any]]]] = {}
    for name, rev in LANDINGS.items():
        lines = (REAL / f"{name}.gold.jsonl").read_text(encoding="utf-8").splitlines()
        rows = [json.loads(line) for line in lines if line.strip()]
        land = predictions(name, rev, cache)
        current = predictions(name, "HEAD", cache) if with_current else {}
        data[name] = {
            "land": [dict(row, pred=land.get(row["id"], [])) for row in rows],
            "current": [dict(row, pred=current.get(row["id"], [])) for row in rows] if with_current else [],
        }
    return data


def main() -> int:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline

    fx = load_script(ROOT / "bench" / "filter_experiment.py", "filter_experiment")
    parser = argparse.ArgumentParser()
    parser.add_argument("--mode", choices=("drop", "relabel"), default="drop")
    parser.add_argument("--c", type=float, default=1.0)
    parser.add_argument("--with-current", action="store_true", help="also train on today's facts of the other sets")
    parser.add_argument("--cache", type=Path, default=Path("/tmp/provind-landing"))
    args = parser.parse_args()
    args.cache.mkdir(parents=True, exist_ok=True)
    data = load(args.cache, args.with_current)
    thresholds = THRESHOLDS[args.mode]
    gains: dict[str, dict[float, list[float]]] = {
        group: {t: [0.0, 0.0] for t in thresholds} for group in ("all", "latest")
    }
    for held in LANDINGS:
        xs: list[list[str]] = []
        ys: list[Any] = []
        for name in LANDINGS:
            if name == held:
                continue
            for key in ("land", "current"):
                x, y = fx.examples(data[name][key], args.mode)
                xs += x
                ys += y
        model = make_pipeline(DictVectorizer(), LogisticRegression(C=args.c, max_iter=5000, random_state=0))
        model.fit([dict.fromkeys(x, 1) for x in xs], ys)
        rows = data[held]["land"]
        for row in rows:
            feats = [dict.fromkeys(fx.features(row["text"], p), 1) for p in row["pred"]]
            probs = model.predict_proba(feats) if feats else []
            if args.mode == "drop":
                row["prob"] = [float(pr[1]) for pr in probs]
            else:
                row["prob"] = [(model.classes_[int(pr.argmax())], float(pr.max())) for pr in probs]
        fact, strict = fx.f1s(rows, "pred")
        line = f"{held:8s} landing rules {fact:.3f}/{strict:.3f}"
        for t in thresholds:
            n = fx.apply(rows, args.mode, t)
            f, s = fx.f1s(rows, "model")
            for group in ("all", "latest") if held in LATEST else ("all",):
                size = len(LANDINGS) if group == "all" else len(LATEST)
                gains[group][t][0] += (f - fact) / size
                gains[group][t][1] += (s - strict) / size
            line += f" | {t}: {f - fact:+.3f}/{s - strict:+.3f} ({n})"
        print(line, flush=True)
    for group, by_t in gains.items():
        means = " ".join(f"{t}: {g[0]:+.4f}/{g[1]:+.4f}" for t, g in by_t.items())
        print(f"mean gain, {group} sets (fact/strict): {means}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
