"""Run ``extract_facts`` once over a fixed set of texts, for instruction counts.

    PYTHONHASHSEED=0 PYTHONPATH=$PWD valgrind --tool=callgrind --callgrind-out-file=/tmp/cg.out \\
        .venv/bin/python bench/callgrind_extraction.py real [--passes 2] [--load-only]
    callgrind_annotate /tmp/cg.out | head -25    # the PROGRAM TOTALS line

``real``: the published texts of dev, blind7 and blind9-blind30 (not the held-out test, blind8,
unseen or corpus files); ``self``: the seed and the development set. Each text is read as
``provind.extraction.commandline`` reads it (its province as the region). ``--load-only`` stops after
loading the texts: run it too and subtract its count (start-up: interpreter, imports, JSON).
Wall-clock time on a shared machine is noise; instruction counts repeat to within a few millionths.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from provind.extraction import extract_facts  # noqa: E402 - needs the path set above

REAL = ["dev", "blind7", *(f"blind{i}" for i in range(9, 31))]
SELF = ["seed", "devset"]


def texts(which: str) -> list[tuple[str, str | None]]:
    if which == "real":
        paths = [ROOT / "tests" / "extraction" / "real" / f"{name}.gold.jsonl" for name in REAL]
    else:
        paths = [ROOT / "tests" / "extraction" / f"{name}.gold.jsonl" for name in SELF]
    out = []
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                province = row.get("province")
                region = province if isinstance(province, str) and province != "multiple" else None
                out.append((row["text"], region))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("which", choices=["real", "self"])
    parser.add_argument("--passes", type=int, default=1)
    parser.add_argument("--load-only", action="store_true")
    args = parser.parse_args()
    docs = texts(args.which)
    if args.load_only:
        return 0
    facts = 0
    for _ in range(args.passes):
        for text, region in docs:
            facts += len(extract_facts(text, region=region))
    print(f"{len(docs)} texts, {sum(len(t) for t, _ in docs)} chars, {facts} facts")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
