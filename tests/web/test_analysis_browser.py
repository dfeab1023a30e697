"""The "Phân tích" page in a real browser: the FDI share trend and the decomposition between old
Thái Nguyên and old Bắc Kạn on the shipped figures, and the labelled synthetic demonstration."""

import pytest

from provind.bootstrap import load_thai_nguyen

pytestmark = pytest.mark.browser


def test_it_shows_the_fdi_trend_and_the_former_provinces_on_shipped_data(live_site, page):
    load_thai_nguyen()
    page.goto(live_site.url + "/")
    page.get_by_role("navigation", name="Điều hướng chính").get_by_role("link", name="Phân tích").click()

    assert page.locator("h1").inner_text() == "Phân tích: Tỉnh Thái Nguyên"
    page.wait_for_selector("#trend-chart[data-ready=yes]")
    assert page.locator("#trend-chart svg").count() == 1
    trend = page.get_by_test_id("trend-table").inner_text()
    assert "92,7" in trend  # 2024, as published
    assert "92,47" in trend  # first half of 2025, recomputed from 410.200 / 443.600
    assert "Tỉnh Bắc Kạn" in page.get_by_test_id("former-provinces").inner_text()
    assert page.get_by_test_id("gap-ratio").inner_text() == "Lớn nhất gấp 422 lần nhỏ nhất."
    theil = page.get_by_test_id("gap-theil").inner_text()
    assert "0,6765" in theil  # Theil T of (443.600; 1.050)
    assert "Chỉ có 2 đơn vị" in page.get_by_test_id("former-provinces").inner_text()
    assert (
        page.get_by_test_id("former-provinces").get_by_role("link").first.get_attribute("href").startswith("https://")
    )
    assert "⚠" in page.get_by_test_id("rules").inner_text()


def test_it_labels_the_synthetic_commune_demonstration(live_site, page):
    page.goto(live_site.url + "/analysis/")
    page.get_by_test_id("demo-link").click()

    assert "DỮ LIỆU TỔNG HỢP" in page.get_by_test_id("synthetic-banner").inner_text().upper()
    assert page.get_by_test_id("commune-2025").get_by_test_id("theil-former-province").is_visible()
    assert "Moran" in page.get_by_test_id("commune-2025").get_by_test_id("moran").inner_text()
    page.wait_for_selector("#analysis-map[data-ready=yes]")
    assert page.locator(".analysis-marker").count() == 92


def test_an_editor_uploads_boundaries_and_the_map_becomes_a_choropleth(live_site, page, tmp_path):
    import datetime as dt
    import json

    from provind.accounts.roles import Role
    from provind.geography.models import AdminUnit
    from provind.geography.queries import resolve_unit
    from tests.conftest import make_user

    today = dt.date(2025, 7, 1)
    make_user("bien-tap", Role.DEPARTMENT_EDITOR, resolve_unit("19", today))
    communes = AdminUnit.objects.valid_on(today).filter(parent__code="19", latitude__isnull=False)
    features = []
    for unit in communes:
        lon, lat, d = unit.longitude, unit.latitude, 0.01
        ring = [[lon - d, lat - d], [lon + d, lat - d], [lon + d, lat + d], [lon - d, lat + d], [lon - d, lat - d]]
        features.append(
            {
                "type": "Feature",
                "properties": {"ma_xa": unit.code},
                "geometry": {"type": "Polygon", "coordinates": [ring]},
            }
        )
    path = tmp_path / "xa.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}), encoding="utf-8")

    page.goto(live_site.url + "/login/?next=/analysis/boundaries/")
    page.get_by_label("Tên đăng nhập").fill("bien-tap")
    page.get_by_label("Mật khẩu").fill("mật-khẩu-thử-1")
    page.get_by_role("button", name="Đăng nhập").click()
    page.wait_for_url("**/analysis/boundaries/")
    page.get_by_label("Tệp GeoJSON (tối đa 20 MB)").set_input_files(str(path))
    page.get_by_label("Nguồn và giấy phép của ranh giới").fill("Ô vuông quanh tâm xã (kiểm thử)")
    page.get_by_role("button", name="Kiểm tra và lưu").click()
    page.wait_for_url("**/analysis/")

    page.goto(live_site.url + "/analysis/?demo=7")
    page.wait_for_selector("#analysis-map[data-ready=yes]")
    assert page.locator("path.analysis-shape").count() == len(features)
    assert page.get_by_test_id("class-legend").locator("span").count() == 5
