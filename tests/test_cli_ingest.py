"""`provind ingest`: a published report in, a review workbook out, imported by `provind import observations`."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

from provind.cli import main
from provind.cli_ingest import review_header
from provind.dataio.tables import read_table
from provind.indicators.imports import import_observations
from provind.indicators.models import Observation

SOURCE = "http://beta.congthuongthainguyen.gov.vn/vn/bao-cao-thang-quy/tinh-hinh-hoat-dong-nganh-cong-thuong-9-thang-5196.phtml"
# Excerpt as published (Sở Công Thương Thái Nguyên, 9-month report 2020), from the real corpus.
REPORT = (
    "Tính chung 9 tháng đầu năm 2020, giá trị sản xuất công nghiệp ước đạt 567.634,2 tỷ đồng, tăng 2,5% so "
    "với cùng kỳ, bằng 70,7% KH năm; tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng ước đạt "
    "28.354,9 tỷ đồng, tăng 0,35% so với cùng kỳ, bằng 67,7% KH năm; giá trị xuất khẩu ước đạt 20,32 tỷ "
    "USD, giảm 5,6% so với cùng kỳ, bằng 68,9% KH năm.\nCó 12 dự án được chấp thuận chủ trương đầu tư."
)


def _sheet(data: bytes, name: str) -> list[dict[str, object]]:
    sheet = load_workbook(io.BytesIO(data))[name]
    rows = list(sheet.iter_rows(values_only=True))
    return [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]


@pytest.mark.django_db
def test_it_writes_a_review_file_that_the_observation_import_takes(tmp_path: Path) -> None:
    report = tmp_path / "bao-cao-9-thang-2020.txt"
    report.write_text(REPORT, encoding="utf-8")
    out = tmp_path / "review.xlsx"
    result = CliRunner().invoke(
        main,
        [
            "ingest",
            str(report),
            "--source",
            SOURCE,
            "--region",
            "Thái Nguyên",
            "--date",
            "2020-10-15",
            "--out",
            str(out),
        ],
    )
    assert result.exit_code == 0, result.output
    data = out.read_bytes()
    assert list(load_workbook(io.BytesIO(data))["review"].iter_rows(values_only=True))[0] == tuple(review_header())
    rows = {row["indicator"]: row for row in _sheet(data, "review")}
    assert set(rows) == {"industrial_output_value", "retail_sales_services", "export_value"}
    exports = rows["export_value"]
    assert (exports["unit"], exports["period"], exports["status"]) == ("19", "2020-YTD09", "estimate")
    assert exports["source_url"] == SOURCE
    # The span points at the figure in the file, and the excerpt is the sentence around it.
    start, end = int(str(exports["span_start"])), int(str(exports["span_end"]))
    assert REPORT[start:end] == "20,32 tỷ USD"
    assert "giá trị xuất khẩu ước đạt 20,32 tỷ USD" in str(exports["source_excerpt"])
    # The count of approved projects is not a catalogue indicator: left for the reviewer, with why.
    others = _sheet(data, "not proposed")
    assert any(row["value"] == 12 and row["reason_en"].startswith("not a catalogue indicator") for row in others)

    imported = import_observations(read_table(data, "review.xlsx"))
    assert imported.errors == [], [p.as_text() for p in imported.errors]
    assert imported.created == 3
    saved = Observation.objects.get(indicator__code="export_value", period_code="2020-YTD09")
    assert saved.source is not None
    assert saved.source.url == SOURCE


def test_it_refuses_a_bad_date_in_both_languages(tmp_path: Path) -> None:
    report = tmp_path / "r.txt"
    report.write_text(REPORT, encoding="utf-8")
    result = CliRunner().invoke(main, ["ingest", str(report), "--source", SOURCE, "--date", "15/10/2020"])
    assert result.exit_code != 0
    assert "ngày không hợp lệ" in result.output
    assert "invalid date" in result.output
