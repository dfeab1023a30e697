import pytest

pytestmark = pytest.mark.django_db


def test_it_shows_thai_nguyen_on_the_home_page_in_vietnamese(client):
    response = client.get("/")

    html = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="vi">' in html
    assert "Tỉnh Thái Nguyên" in html
    for item in ["Tổng quan", "Chỉ tiêu", "Cụm công nghiệp", "Dự án trọng điểm", "Báo cáo", "Nhập dữ liệu"]:
        assert item in html
    assert "Tỉnh Bắc Kạn" in html  # formed from old Thái Nguyên and old Bắc Kạn


def test_it_counts_the_units_of_the_former_provinces(client):
    html = client.get("/").content.decode()

    assert ">92<" in html
    assert ">172<" in html
    assert ">108<" in html


def test_it_lists_units_valid_on_a_date(client):
    html = client.get("/units/", {"at": "2025-06-30", "parent": "19"}).content.decode()

    assert "Huyện Phú Bình" in html
    assert "9 đơn vị" in html
    assert "30/06/2025" in html  # Vietnamese short date format


def test_it_explains_a_bad_date_or_unit(client):
    bad_date = client.get("/units/", {"at": "31-12-2024"})
    unknown = client.get("/units/", {"at": "2025-07-01", "parent": "164"})

    assert bad_date.status_code == 400
    assert "YYYY-MM-DD" in bad_date.content.decode()
    assert unknown.status_code == 400
    assert "164" in unknown.content.decode()


def test_it_serves_english_when_asked(client):
    client.cookies["django_language"] = "en"

    html = client.get("/").content.decode()

    assert '<html lang="en">' in html
    assert "Overview" in html
    assert "Industrial clusters" in html


def test_it_stays_vietnamese_for_an_english_browser(client):
    html = client.get("/", HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9").content.decode()

    assert '<html lang="vi">' in html
    assert "Tổng quan" in html


def test_it_answers_an_unknown_page_in_vietnamese(client):
    response = client.get("/indicators/khong-co/")

    assert response.status_code == 404
    assert "Không tìm thấy trang" in response.content.decode()


def test_it_says_when_the_dashboard_date_is_not_a_date(client):
    response = client.get("/", {"as_of": "bad"})

    assert response.status_code == 400
    assert "YYYY-MM-DD" in response.content.decode()
