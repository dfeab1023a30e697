"""Characters per second of ``extract_facts`` on one core, and the ratio to underthesea.

    python bench/bench_extraction.py [--mb 20] [--repeat 3] [--cpu] [--real]

``--cpu`` times with the process's CPU time (``time.process_time``) instead of the wall
clock: on a shared, loaded machine the wall clock counts the time other jobs take from this
one, the CPU time does not (compare two versions of the code that way, in turn).

The text is the seed and the development set, repeated to the requested size: figure-dense
report prose, harder than an average news page. ``--real`` takes the published texts of the real
dev set instead (tests/extraction/real/dev.gold.jsonl), and also times them one document at a time,
as ``provind ingest`` reads them: longer sentences, lists and tables that the self-written texts
lack (session 7 found a scan there that grew with the text's length, which the default text never
reached). underthesea is not a dependency of Provind; it is measured only if importable (install
it into a separate environment to compare).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from provind.extraction import extract_facts  # noqa: E402 - needs the path set above

SOURCES = (
    ROOT / "tests" / "extraction" / "seed.gold.jsonl",
    ROOT / "tests" / "extraction" / "devset.gold.jsonl",
)
REAL_SOURCES = (ROOT / "tests" / "extraction" / "real" / "dev.gold.jsonl",)


# Texts that once made the extractor quadratic, each repeated to about 200,000 characters:
# one endless line of comparisons (the period walk stepped over every "so với cùng kỳ
# năm 2023" of the paragraph) and a national mention before every figure (the region walk
# stepped back over every "cả nước" of the text).
STRESS_CASES = (
    ("one line of comparisons", "Xuất khẩu đạt 5 tỷ USD, tăng 5% so với cùng kỳ năm 2023. "),
    ("national mention per line", "Theo số liệu của cả nước. Xuất khẩu đạt 5 tỷ USD.\n"),
)
STRESS_SIZE = 200_000


def source_texts(sources: tuple[Path, ...] = SOURCES) -> list[str]:
    texts = []
    for path in sources:
        if path.exists():
            texts += [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line]
    if not texts:
        raise SystemExit(f"no source texts found ({', '.join(str(p) for p in sources)})")
    return texts


def build_text(size: int, sources: tuple[Path, ...] = SOURCES) -> str:
    block = "\n".join(source_texts(sources)) + "\n"
    return (block * (size // len(block) + 1))[:size]


def best_of(repeat: int, func: object, text: str, clock: Callable[[], float] = time.perf_counter) -> float:
    assert callable(func)
    best = float("inf")
    for _ in range(repeat):
        started = clock()
        func(text)
        best = min(best, clock() - started)
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=20.0, help="text size in millions of characters")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--tokenizer-mb", type=float, default=2.0, help="text size for underthesea (slow)")
    parser.add_argument("--cpu", action="store_true", help="CPU time of this process instead of the wall clock")
    parser.add_argument("--real", action="store_true", help="the real dev set's published texts instead")
    args = parser.parse_args()
    clock = time.process_time if args.cpu else time.perf_counter

    sources = REAL_SOURCES if args.real else SOURCES
    text = build_text(int(args.mb * 1_000_000), sources)
    ours = best_of(args.repeat, extract_facts, text, clock)
    ours_rate = len(text) / ours
    print(f"extract_facts: {len(text):,} chars in {ours:.2f} s = {ours_rate:,.0f} chars/s")
    if args.real:
        documents = source_texts(sources)
        per_document = best_of(args.repeat, lambda _: [extract_facts(d) for d in documents], "", clock)
        size = sum(len(d) for d in documents)
        print(f"one document at a time: {len(documents)} texts, {size:,} chars = {size / per_document:,.0f} chars/s")
    print(f"(one core, best of {args.repeat} runs, {'CPU time' if args.cpu else 'wall clock'})")
    print(f"target >= 1,000,000 chars/s: {'met' if ours_rate >= 1_000_000 else 'NOT met'}")
    for name, unit in STRESS_CASES:
        stress = unit * (STRESS_SIZE // len(unit) + 1)
        took = best_of(args.repeat, extract_facts, stress, clock)
        print(f"stress, {name}: {len(stress):,} chars in {took:.2f} s = {len(stress) / took:,.0f} chars/s")

    try:
        from underthesea import word_tokenize  # type: ignore[import-not-found]
    except ImportError:
        print("underthesea is not installed here: no ratio (pip install underthesea into a separate venv)")
        return 0
    sample = build_text(int(args.tokenizer_mb * 1_000_000))
    # word_tokenize works sentence by sentence; feed it lines as it would be used.
    lines = sample.splitlines()
    started = time.perf_counter()
    for line in lines:
        word_tokenize(line)
    theirs = time.perf_counter() - started
    theirs_rate = len(sample) / theirs
    print(f"underthesea.word_tokenize: {len(sample):,} chars in {theirs:.2f} s = {theirs_rate:,.0f} chars/s")
    print(f"ratio extract_facts / word_tokenize: {ours_rate / theirs_rate:.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
