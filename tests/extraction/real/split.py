"""Split the real-text corpus by document into dev (2/3) and test (1/3).

    python tests/extraction/real/split.py

Documents are ordered by a hash of their id with a fixed seed and the first third goes to
test, so the split is reproducible and independent of the file's order. Rules are tuned on
dev only; test is scored once before and once after the work (README.md beside this).
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = "provind-real-2026"


def test_ids(ids: list[str]) -> set[str]:
    ranked = sorted(ids, key=lambda doc_id: hashlib.sha256(f"{SEED}:{doc_id}".encode()).hexdigest())
    return set(ranked[: round(len(ranked) / 3)])


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
