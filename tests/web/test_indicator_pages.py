import io
import json

import pytest
from openpyxl import load_workbook

from tests.indicators.factories import add

pytestmark = pytest.mark.django_db


def test_it_shows_cards_with_value_period_status_yoy_and_plan(client):
    add("industrial_output_value", "19", "2019-YTD09", "553790")
    add("industrial_output_value", "19", "2020-YTD09", "567634.2")
    add("industrial_output_value", "19", "2020", "803300", "plan")

    html = client.get("/").content.decode()

    assert 'data-indicator="industrial_output_value"' in html
    assert "567.634,2" in html
    assert "9 tháng năm 2020" in html
    assert "ước tính" in html
    assert "+2,5%" in html
    assert "70,7% kế hoạch năm" in html


def test_it_shows_an_indicator_series_with_history_and_a_chart_spec(client):
    add("export_value", "19", "2024-YTD07", "17.6", vintage="2024-08-05")
    add("export_value", "19", "2024-YTD07", "17.7", "official", "2025-10-06")
    add("export_value", "19", "2023-YTD07", "15.6", "official", "2024-10-06")

    response = client.get("/indicators/export_value/", {"unit": "19", "kind": "ytd"})

    html = response.content.decode()
    assert response.status_code == 200
    assert "17,7" in html
    assert "2 số liệu" in html  # two figures in the vintage history of 2024-YTD07
    spec = json.loads(html.split('id="chart-spec" type="application/json">')[1].split("</script>")[0])
    assert [row["value"] for row in spec["data"]["values"]] == [15.6, 17.7]


def test_it_downloads_exactly_what_is_shown(client):
    add("export_value", "19", "2024-YTD07", "17.6")
    add("export_value", "19", "2024-07", "2.5")

    params = {"unit": "19", "kind": "ytd"}
    as_csv = client.get("/indicators/export_value/", {**params, "format": "csv"})
    as_json = json.loads(b"".join(client.get("/indicators/export_value/", {**params, "format": "json"})))
    as_xlsx = client.get("/indicators/export_value/", {**params, "format": "xlsx"})

    # CSV and JSON are streamed (iterating a response reads its streamed body).
    lines = b"".join(as_csv).decode("utf-8-sig").strip().splitlines()
    assert len(lines) == 2
    assert "2024-YTD07" in lines[1]
    assert [r["period"] for r in as_json["rows"]] == ["2024-YTD07"]
    sheet = load_workbook(io.BytesIO(as_xlsx.content)).active
    assert sheet.max_row == 5  # title, subtitle, blank, header, one figure
    assert sheet["A1"].value.startswith("Kim ngạch xuất khẩu hàng hóa")
    assert [c.value for c in sheet[4]][:3] == ["Kỳ", "Đơn vị", "Phân tổ"]
    assert sheet["A5"].value == "7 tháng năm 2024"
    assert sheet["E5"].value == 17.6
    assert sheet["G5"].value == "ước tính"  # a label, not "estimate"
    assert sheet.freeze_panes == "A5"
    assert "export_value" in lines[1]  # the CSV keeps the codes for machines


def test_indicator_downloads_write_formula_like_text_as_text(client):
    from provind.indicators.models import Source

    obs = add("export_value", "19", "2024-YTD07", "17.6")
    obs.source = Source.objects.create(title='=HYPERLINK("http://evil.example","x")', number="+1")
    obs.save()

    as_csv = b"".join(client.get("/indicators/export_value/", {"unit": "19", "format": "csv"})).decode("utf-8-sig")
    as_xlsx = client.get("/indicators/export_value/", {"unit": "19", "format": "xlsx"})

    assert "'=HYPERLINK" in as_csv
    assert "'+1" in as_csv
    assert ",=HYPERLINK" not in as_csv
    sheet = load_workbook(io.BytesIO(as_xlsx.content)).active
    source = sheet["J5"]
    assert source.value.startswith("=HYPERLINK")
    assert source.data_type == "s"
    assert sheet["K5"].data_type == "s"


def test_it_lists_the_catalogue_page(client):
    html = client.get("/indicators/").content.decode()

    assert "Kim ngạch xuất khẩu" in html


def test_it_refuses_the_import_page_to_viewers_and_anonymous_users(client, cast):
    assert client.get("/data/import/").status_code == 302
    client.force_login(cast["viewer"])
    assert client.get("/data/import/").status_code == 403


def test_it_dry_runs_then_commits_an_upload(client, cast, tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path
    client.force_login(cast["department_editor"])
    csv_text = (
        "indicator,unit,period,value,status,source_title\n"
        'export_value,19,2025-08,"2,5",ước tính,Báo cáo thử (tổng hợp)\n'
    )
    upload = io.BytesIO(csv_text.encode())
    upload.name = "so-lieu.csv"

    checked = client.post("/data/import/", {"file": upload})
    digest = checked.context["digest"]
    committed = client.post("/data/import/", {"digest": digest, "name": "so-lieu.csv", "commit": "1"})

    from provind.indicators.models import Observation

    assert checked.status_code == 200
    assert "1 mới" in checked.content.decode()
    assert committed.context["committed"] is True
    assert Observation.objects.get().value == 2.5
