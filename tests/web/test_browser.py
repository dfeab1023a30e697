"""Real-browser tests: Debian's Chromium driven by Playwright."""

import pytest

from tests.conftest import make_user

pytestmark = pytest.mark.browser


def test_it_loads_the_home_page_in_vietnamese(live_site, page):
    page.goto(live_site.url + "/")

    assert page.locator("html").get_attribute("lang") == "vi"
    assert page.locator("h1").inner_text() == "Tỉnh Thái Nguyên"
    assert page.get_by_role("navigation", name="Điều hướng chính").get_by_text("Cụm công nghiệp").is_visible()
    assert page.get_by_test_id("commune-count").inner_text() == "92"


def test_it_switches_to_english_and_back(live_site, page):
    page.goto(live_site.url + "/units/?at=2025-06-30&parent=19")

    page.get_by_role("button", name="EN").click()
    page.wait_for_load_state()

    assert page.locator("html").get_attribute("lang") == "en"
    assert page.locator("h1").inner_text() == "Administrative units"
    assert "parent=19" in page.url  # stays on the same view
    page.get_by_role("button", name="VI").click()
    assert page.locator("h1").inner_text() == "Đơn vị hành chính"


def test_it_logs_a_user_in_and_out(live_site, page):
    make_user("can-bo", None)
    page.goto(live_site.url + "/login/")

    page.get_by_label("Tên đăng nhập").fill("can-bo")
    page.get_by_label("Mật khẩu").fill("sai-mật-khẩu")
    page.get_by_role("button", name="Đăng nhập").click()
    assert page.get_by_role("alert").is_visible()

    page.get_by_label("Mật khẩu").fill("mật-khẩu-thử-1")
    page.get_by_role("button", name="Đăng nhập").click()
    page.wait_for_url(live_site.url + "/")
    assert page.get_by_text("can-bo").is_visible()

    page.get_by_role("button", name="Đăng xuất").click()
    assert page.get_by_role("link", name="Đăng nhập").is_visible()


def test_it_renders_the_dashboard_cards_and_the_indicator_chart(live_site, page):
    from tests.indicators.factories import add

    add("export_value", "19", "2023-YTD07", "15.6", "official", "2024-10-06")
    add("export_value", "19", "2024-YTD07", "17.6", vintage="2024-08-05")
    page.goto(live_site.url + "/")

    card = page.locator('[data-indicator="export_value"]')
    assert "17,6" in card.inner_text()
    assert card.get_by_test_id("period").inner_text().startswith("7 tháng năm 2024")
    assert "ước tính" in card.inner_text()
    assert "+12,8%" in card.inner_text()  # (17.6 − 15.6) / 15.6 = 12.82 %

    card.get_by_role("link").click()
    page.wait_for_selector("#chart[data-rendered=yes]")
    assert page.locator("#chart svg").count() == 1
    assert page.locator("#values tbody tr").count() == 2


def test_it_imports_an_excel_file_after_a_dry_run(live_site, page, tmp_path, settings):

    from openpyxl import Workbook

    from provind.indicators.imports import COLUMNS
    from provind.indicators.models import Observation

    settings.MEDIA_ROOT = tmp_path
    make_user("bien-tap", None, is_superuser=True)
    book = Workbook()
    sheet = book.active
    sheet.append(COLUMNS)
    good = {
        "indicator": "export_value",
        "unit": "19",
        "period": "2025-08",
        "value": "2,5",
        "status": "ước tính",
        "source_title": "Báo cáo thử (tổng hợp)",
    }
    sheet.append([good.get(c) for c in COLUMNS])
    sheet.append([{**good, "value": "hai"}.get(c) for c in COLUMNS])
    bad_file, good_file = tmp_path / "bad.xlsx", tmp_path / "good.xlsx"
    book.save(bad_file)
    sheet.delete_rows(3)
    book.save(good_file)

    page.goto(live_site.url + "/login/?next=/data/import/")
    page.get_by_label("Tên đăng nhập").fill("bien-tap")
    page.get_by_label("Mật khẩu").fill("mật-khẩu-thử-1")
    page.get_by_role("button", name="Đăng nhập").click()

    page.set_input_files("input[type=file]", str(bad_file))
    page.get_by_role("button", name="Kiểm tra").click()
    assert "Chưa lưu gì" in page.get_by_test_id("import-summary").inner_text()
    assert page.locator("#problems tbody tr").count() == 1
    assert page.locator("#problems tbody tr td").first.inner_text() == "3"

    page.set_input_files("input[type=file]", str(good_file))
    page.get_by_role("button", name="Kiểm tra").click()
    page.get_by_role("button", name="Lưu tất cả").click()
    assert "Đã lưu 1" in page.get_by_test_id("import-summary").inner_text()
    assert Observation.objects.filter(period_code="2025-08").count() == 1


def test_it_picks_a_period_on_the_dashboard_and_opens_the_catalogue(live_site, page):
    from tests.indicators.factories import add

    add("export_value", "19", "2024-YTD07", "17.6")
    add("export_value", "19", "2025-H1", "11.2")
    page.goto(live_site.url + "/")
    assert "6 tháng đầu năm 2025" in page.locator('[data-indicator="export_value"]').inner_text()

    page.locator("select[name=period]").select_option("2024-YTD07")
    page.wait_for_url("**period=2024-YTD07**")
    assert "7 tháng năm 2024" in page.locator('[data-indicator="export_value"]').inner_text()

    page.get_by_role("navigation", name="Điều hướng chính").get_by_role("link", name="Chỉ tiêu").click()
    assert page.locator("h1").inner_text() == "Chỉ tiêu"
    assert page.get_by_role("link", name="Kim ngạch xuất khẩu hàng hóa").is_visible()
