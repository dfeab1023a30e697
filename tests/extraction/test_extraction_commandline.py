from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from provind.extraction.commandline import main


def _run(argv: list[str], stdin: io.IOBase | None = None) -> tuple[int, str]:
    out = io.StringIO()
    code = main(argv, stdin=stdin, stdout=out)
    return code, out.getvalue()


def test_it_prints_json_facts_for_a_file(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text("Xuất khẩu ước đạt 17,6 tỷ USD.", encoding="utf-8")

    code, out = _run([str(path)])

    assert code == 0
    (fact,) = json.loads(out)["facts"]
    assert (fact["indicator"], fact["value"]) == ("export_value", 17_600_000_000)


def test_it_reads_standard_input_and_applies_the_region() -> None:
    code, out = _run(["-", "--region", "Thái Nguyên"], stdin=io.BytesIO("Xuất khẩu đạt 2 tỷ USD.".encode()))

    assert code == 0
    assert json.loads(out)["facts"][0]["region"] == "Thái Nguyên"


def test_it_prints_one_line_per_document_in_jsonl(tmp_path: Path) -> None:
    path = tmp_path / "docs.jsonl"
    rows = [{"id": "a", "text": "Xuất khẩu đạt 2 tỷ USD."}, {"id": "b", "text": ""}]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")

    code, out = _run([str(path), "--format", "jsonl"])

    assert code == 0
    docs = [json.loads(line) for line in out.splitlines()]
    assert [d["id"] for d in docs] == ["a", "b"]
    assert len(docs[0]["facts"]) == 1
    assert docs[1]["facts"] == []


def test_it_rejects_non_utf8_bytes_with_a_bilingual_message(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(b"Xu\xe1t kh\xa9u \xff\xfe")

    code, out = _run([str(path)])

    assert code == 1
    assert out == ""
    err = capsys.readouterr().err
    assert "UTF-8" in err
    assert "không phải" in err
    assert "Traceback" not in err


def test_it_rejects_binary_input(capsys: pytest.CaptureFixture[str]) -> None:
    code, _ = _run(["-"], stdin=io.BytesIO(b"\x00\x01\x02PK\x03\x04"))

    assert code == 1
    assert "binary" in capsys.readouterr().err


def test_it_reports_a_missing_file(capsys: pytest.CaptureFixture[str]) -> None:
    code, _ = _run(["/nonexistent/report.txt"])

    assert code == 1
    assert "File not found" in capsys.readouterr().err


def test_it_reports_bad_jsonl_lines(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "docs.jsonl"
    path.write_text('{"id": "a", "text": "x"}\nnot json\n', encoding="utf-8")

    code, _ = _run([str(path), "--format", "jsonl"])

    assert code == 1
    assert "Line 2" in capsys.readouterr().err


def test_it_reports_usage_errors(capsys: pytest.CaptureFixture[str]) -> None:
    code, _ = _run(["-", "--format", "xml"])

    assert code == 2
    assert "usage" in capsys.readouterr().err


def test_it_handles_empty_input() -> None:
    assert _run(["-"], stdin=io.BytesIO(b"")) == (0, '{"facts": []}\n')
