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
    assert page.get_by_test_id("former-provinces").get_by_role("link").first.get_attribute("href").startswith(
        "https://"
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
