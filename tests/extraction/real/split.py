"""Split the real-text corpus by document into dev (2/3) and test (1/3).

    python tests/extraction/real/split.py

Documents are ordered by a hash of their id with a fixed seed and the first third goes to
test, so the split is reproducible and independent of the file's order. Rules are tuned on
dev only; test is scored once before and once after the work (README.md beside this).

Each collection pass is split on its own (BATCHES): ranking the whole corpus again after new
texts arrive would move some documents that rules were already tuned on into test, and a
held-out score must never include a tuned-on text. Ids after the last batch's end form a batch
of their own.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = "provind-real-2026"


# Inclusive id ranges of the collection passes: r001–r109 the first two (split together, as they
# were when the rules were tuned), r110–r169 the third, r170–r229 the fourth, r230–r289 the fifth.
BATCHES = (("r001", "r109"), ("r110", "r169"), ("r170", "r229"), ("r230", "r289"))


def _ranked_third(ids: list[str]) -> set[str]:
    ranked = sorted(ids, key=lambda doc_id: hashlib.sha256(f"{SEED}:{doc_id}".encode()).hexdigest())
    return set(ranked[: round(len(ranked) / 3)])


def batch_of(doc_id: str) -> int:
    for number, (first, last) in enumerate(BATCHES):
        if first <= doc_id <= last:
            return number
    return len(BATCHES)


def test_ids(ids: list[str]) -> set[str]:
    batches: dict[int, list[str]] = {}
    for doc_id in ids:
        batches.setdefault(batch_of(doc_id), []).append(doc_id)
    return set().union(*(_ranked_third(batch) for batch in batches.values()))


def main() -> None:
    rows = [json.loads(line) for line in (HERE / "corpus.jsonl").read_text(encoding="utf-8").splitlines() if line]
    test = test_ids([row["id"] for row in rows])
    for name in ("dev", "test"):
        chosen = [row for row in rows if (row["id"] in test) == (name == "test")]
        with (HERE / f"{name}.gold.jsonl").open("w", encoding="utf-8") as out:
            for row in chosen:
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
        facts = sum(len(row["facts"]) for row in chosen)
        print(f"{name}: {len(chosen)} texts, {facts} facts")  # noqa: T201 - a script's report


if __name__ == "__main__":
    main()
