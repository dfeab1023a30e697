"""The real-text corpus (tests/extraction/real/): well formed, split as its script splits it, and
the extractor above the floors measured on it (README.md "Real published texts")."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from provind.extraction import extract_facts
from tests.extraction.scripts import load_script

REAL = Path(__file__).resolve().parent / "real"
HERE = Path(__file__).resolve().parent
SCHEMA_CODES = set(
    re.findall(
        r"\b[a-z_]+\b", (HERE / "SCHEMA.md").read_text(encoding="utf-8").split("Indicator codes:")[1].split("\n")[0]
    )
)
PERIOD_KINDS = {None, "month", "ytd", "half", "quarter", "year", "target", "range"}
# Measured (README.md, "Seventh pass: held-out scores" and "Ninth pass: held-out scores"): dev (148
# texts, tuned on) 0.960 / 0.913; the test split (74 texts), scored at the end of the sixth pass (0.865 /
# 0.730), the seventh (0.868 / 0.749), the eighth (0.868 / 0.749), the ninth (0.862 / 0.765), session 7's
# cross-set pass (0.870 / 0.780) and session 8's (0.870 / 0.780: no test text's output changed), never in
# between. Floors sit a little below.
DEV_FACT_F1_FLOOR = 0.95
DEV_STRICT_F1_FLOOR = 0.90
TEST_FACT_F1_FLOOR = 0.865
TEST_STRICT_F1_FLOOR = 0.77
# The other sets, (fact_f1, strict_f1), floors a little below what was measured at the end of the last
# pass that moved them (session 8's cross-set pass; README "Session 8, cross-set passes and held-out
# scores"): blind8 is held out (scored at the end of the sixth pass, 0.884 / 0.627, the seventh,
# 0.892 / 0.651, the ninth, 0.894 / 0.649, session 7, 0.903 / 0.657, and session 8, 0.909 / 0.661, only);
# the rest were tuned on or
# checked after each rule (unseen: summary line only).
OTHER_FLOORS = {
    "blind8.gold.jsonl": (0.895, 0.645),
    "unseen.gold.jsonl": (0.93, 0.865),
    "blind6.gold.jsonl": (0.97, 0.935),
    "blind7.gold.jsonl": (0.97, 0.94),
    "blind9.gold.jsonl": (0.96, 0.925),
    "blind10.gold.jsonl": (0.93, 0.835),
    "blind11.gold.jsonl": (0.955, 0.885),
    "blind12.gold.jsonl": (0.94, 0.815),
    "blind13.gold.jsonl": (0.935, 0.74),
    "blind14.gold.jsonl": (0.915, 0.775),
    "blind15.gold.jsonl": (0.885, 0.755),
    "blind16.gold.jsonl": (0.915, 0.85),
    "blind17.gold.jsonl": (0.91, 0.765),
    "blind18.gold.jsonl": (0.945, 0.865),
    "blind19.gold.jsonl": (0.915, 0.775),
    "blind20.gold.jsonl": (0.925, 0.79),
    "blind21.gold.jsonl": (0.925, 0.77),
    "blind22.gold.jsonl": (0.945, 0.775),
    "blind23.gold.jsonl": (0.945, 0.78),
    "blind24.gold.jsonl": (0.94, 0.87),
    "blind25.gold.jsonl": (0.97, 0.905),
    "blind26.gold.jsonl": (0.9, 0.72),
    "blind27.gold.jsonl": (0.915, 0.78),
    "blind28.gold.jsonl": (0.915, 0.71),
    "blind29.gold.jsonl": (0.86, 0.705),
    "blind30.gold.jsonl": (0.96, 0.78),
}


def _rows(name: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in (REAL / name).read_text(encoding="utf-8").splitlines() if line.strip()]


# blind8.gold.jsonl is a held-out batch (README "Eighth pass, blind set"), scored only at the start and
# the end of a pass. blind6 and blind7 were held out when collected and have been tuned on since
# (README "Sixth pass, ..." sections); blind9 to blind30 are tuning sets (README "Ninth" to
# "Thirtieth pass, tuning set"). All are kept out of the corpus and split.py.
@pytest.mark.parametrize(
    "name",
    [
        "corpus.jsonl",
        "unseen.gold.jsonl",
        "blind6.gold.jsonl",
        "blind7.gold.jsonl",
        "blind8.gold.jsonl",
        "blind9.gold.jsonl",
        "blind10.gold.jsonl",
        "blind11.gold.jsonl",
        "blind12.gold.jsonl",
        "blind13.gold.jsonl",
        "blind14.gold.jsonl",
        "blind15.gold.jsonl",
        "blind16.gold.jsonl",
        "blind17.gold.jsonl",
        "blind18.gold.jsonl",
        "blind19.gold.jsonl",
        "blind20.gold.jsonl",
        "blind21.gold.jsonl",
        "blind22.gold.jsonl",
        "blind23.gold.jsonl",
        "blind24.gold.jsonl",
        "blind25.gold.jsonl",
        "blind26.gold.jsonl",
        "blind27.gold.jsonl",
        "blind28.gold.jsonl",
        "blind29.gold.jsonl",
        "blind30.gold.jsonl",
    ],
)
def test_every_text_is_a_sourced_excerpt_with_schema_facts(name: str) -> None:
    rows = _rows(name)
    ids = [row["id"] for row in rows]
    assert len(ids) == len(set(ids))
    for row in rows:
        text = row["text"]
        assert isinstance(text, str)
        assert 0 < len(text) <= 2000, row["id"]
        assert str(row["url"]).startswith("http"), row["id"]
        assert row["province"], row["id"]
        facts = row["facts"]
        assert isinstance(facts, list)
        for fact in facts:
            assert fact["indicator"] in SCHEMA_CODES, (row["id"], fact["indicator"])
            assert fact["period"]["kind"] in PERIOD_KINDS, row["id"]
            assert fact["status"] in (None, "actual", "estimate", "plan"), row["id"]
            if fact["period"]["kind"] == "half":
                # SCHEMA.md: a half year ends in month 6 or 12.
                assert fact["period"]["month"] in (6, 12), row["id"]


def test_the_blind_set_shares_no_text_with_the_corpus() -> None:
    # A blind batch is only blind if none of its pages was already tuned on or scored.
    seen = _rows("corpus.jsonl") + _rows("unseen.gold.jsonl")
    blind = _rows("blind6.gold.jsonl")
    assert not {row["id"] for row in blind} & {row["id"] for row in seen}
    assert not {row["url"] for row in blind} & {row["url"] for row in seen}


def test_the_seventh_blind_set_shares_no_text_or_url_with_earlier_sets() -> None:
    # blind7 was collected after blind6 was scored: none of its ids, pages or texts may be in the
    # corpus (dev/test), the unseen set or blind6.
    seen = _rows("corpus.jsonl") + _rows("unseen.gold.jsonl") + _rows("blind6.gold.jsonl")
    blind = _rows("blind7.gold.jsonl")
    assert len(blind) >= 25
    assert not {row["id"] for row in blind} & {row["id"] for row in seen}
    assert not {row["url"] for row in blind} & {row["url"] for row in seen}
    assert not {row["text"] for row in blind} & {row["text"] for row in seen}
    assert len({row["url"] for row in blind}) == len(blind)


# The sets collected after blind7, in order, with the fewest texts each was collected with. Each
# was collected after the ones before it: none of its ids, pages or texts may be in the corpus
# (dev/test), the unseen set or an earlier set, so a held-out set (blind8) was never tuned on and
# tuning on a later set (blind9-11) never touches a held-out text.
LATER_SETS = [
    ("blind8.gold.jsonl", 28),
    ("blind9.gold.jsonl", 30),
    ("blind10.gold.jsonl", 30),
    ("blind11.gold.jsonl", 25),
    ("blind12.gold.jsonl", 29),
    ("blind13.gold.jsonl", 29),
    ("blind14.gold.jsonl", 29),
    ("blind15.gold.jsonl", 37),
    ("blind16.gold.jsonl", 26),
    ("blind17.gold.jsonl", 32),
    ("blind18.gold.jsonl", 29),
    ("blind19.gold.jsonl", 25),
    ("blind20.gold.jsonl", 27),
    ("blind21.gold.jsonl", 27),
    ("blind22.gold.jsonl", 27),
    ("blind23.gold.jsonl", 28),
    ("blind24.gold.jsonl", 28),
    ("blind25.gold.jsonl", 25),
    ("blind26.gold.jsonl", 28),
    ("blind27.gold.jsonl", 28),
    ("blind28.gold.jsonl", 22),
    ("blind29.gold.jsonl", 29),
    ("blind30.gold.jsonl", 23),
]


@pytest.mark.parametrize("position", range(len(LATER_SETS)), ids=[name for name, _ in LATER_SETS])
def test_a_later_set_shares_no_text_or_url_with_earlier_sets(position: int) -> None:
    name, fewest = LATER_SETS[position]
    earlier = ["corpus.jsonl", "unseen.gold.jsonl", "blind6.gold.jsonl", "blind7.gold.jsonl"]
    earlier += ["dev.gold.jsonl", "test.gold.jsonl"] + [n for n, _ in LATER_SETS[:position]]
    seen = [row for n in earlier for row in _rows(n)]
    batch = _rows(name)
    assert len(batch) >= fewest
    assert not {row["id"] for row in batch} & {row["id"] for row in seen}
    seen_urls = {row["url"] for row in seen} | {row.get("source_url") for row in seen}
    assert not {row["url"] for row in batch} & seen_urls
    assert not {row["text"] for row in batch} & {row["text"] for row in seen}
    assert len({row["url"] for row in batch}) == len(batch)
    assert all(row["source_url"] == row["url"] for row in batch)


def test_the_corpus_covers_many_provinces_and_years() -> None:
    rows = _rows("corpus.jsonl") + _rows("unseen.gold.jsonl")
    regions = {f["region"] for row in rows for f in row["facts"]}  # type: ignore[union-attr]
    provinces = regions - {None, "Việt Nam", "multiple", "Đồng bằng sông Cửu Long", "Đồng bằng sông Hồng"}
    years = {f["period"]["year"] for row in rows for f in row["facts"]} - {None}  # type: ignore[union-attr, index]
    assert len(rows) >= 100
    assert len(provinces) >= 40
    assert {2016, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026} <= years


def test_the_split_files_are_what_the_split_script_makes(tmp_path: Path) -> None:
    split = load_script(REAL / "split.py", "real_split")
    corpus = _rows("corpus.jsonl")
    test_ids = split.test_ids([row["id"] for row in corpus])
    assert {row["id"] for row in _rows("test.gold.jsonl")} == test_ids
    assert {row["id"] for row in _rows("dev.gold.jsonl")} == {row["id"] for row in corpus} - test_ids
    batches: dict[int, int] = {}
    for row in corpus:
        batches[split.batch_of(row["id"])] = batches.get(split.batch_of(row["id"]), 0) + 1
    assert len(test_ids) == sum(round(size / 3) for size in batches.values())


def test_a_new_collection_pass_never_moves_a_tuned_on_text_into_test() -> None:
    split = load_script(REAL / "split.py", "real_split")
    first = [f"r{n:03d}" for n in range(1, 110)]
    later = [f"r{n:03d}" for n in range(110, 170)]
    before = split.test_ids(first)
    after = split.test_ids(first + later)
    assert after & set(first) == before
    assert len(after - set(first)) == round(len(later) / 3)


def _score(name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, float]:
    scorer = load_script(HERE / "score.py", "extraction_score_real")
    pred = tmp_path / "pred.jsonl"
    with pred.open("w", encoding="utf-8") as out:
        for row in _rows(name):
            province = row.get("province")
            region = province if isinstance(province, str) and province != "multiple" else None
            facts = [f.to_dict() for f in extract_facts(str(row["text"]), region=region)]
            out.write(json.dumps({"id": row["id"], "facts": facts}, ensure_ascii=False) + "\n")
    capsys.readouterr()
    scorer.main(["score.py", str(REAL / name), str(pred)])
    summary = capsys.readouterr().out.strip().splitlines()[-1]
    return {k: float(v) for k, v in re.findall(r"(\w+)=([0-9.]+)", summary)}


def test_it_keeps_the_dev_split_above_its_floor(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    scores = _score("dev.gold.jsonl", tmp_path, capsys)
    assert scores["fact_f1"] >= DEV_FACT_F1_FLOOR, scores
    assert scores["strict_f1"] >= DEV_STRICT_F1_FLOOR, scores


def test_it_keeps_the_test_split_above_its_floor(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # A regression guard on the held-out texts, not a target: no rule was tuned on them.
    scores = _score("test.gold.jsonl", tmp_path, capsys)
    assert scores["fact_f1"] >= TEST_FACT_F1_FLOOR, scores
    assert scores["strict_f1"] >= TEST_STRICT_F1_FLOOR, scores


@pytest.mark.parametrize("name", sorted(OTHER_FLOORS))
def test_it_keeps_every_other_real_set_above_its_floor(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fact_floor, strict_floor = OTHER_FLOORS[name]
    scores = _score(name, tmp_path, capsys)
    assert scores["fact_f1"] >= fact_floor, scores
    assert scores["strict_f1"] >= strict_floor, scores
