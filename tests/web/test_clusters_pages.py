"""Cluster pages through the test client: list with funnel, detail, Form 02 entry, Form 04."""

import io
from decimal import Decimal

import pytest
from docx import Document
from openpyxl import load_workbook

from provind.accounts.models import Scope
from provind.clusters.models import Form02Report
from tests.clusters.factories import add_event, add_tenant, make_cluster, make_investor, make_plan
from tests.conftest import make_user

pytestmark = pytest.mark.django_db


def cluster_with_land():
    cluster = make_cluster(
        "ccn-a",
        "CCN Thử nghiệm A (synthetic)",
        established_area_ha="40",
        industrial_land_ha="30",
        investor=make_investor(),
        sectors_welcomed="cơ khí",
        contact="0208 000 000",
    )
    add_event(cluster, "in_plan", "2023-03-14")
    add_event(cluster, "established", "2024-01-10", area_ha="40")
    add_event(cluster, "operating", "2024-05-01")
    add_tenant(cluster, "12")
    add_tenant(cluster, "3", status="approved", name="DN Thử B (synthetic)")
    return cluster


def test_it_lists_clusters_with_the_funnel_and_the_plan_totals(client):
    make_plan(count=3, area_ha="120")
    cluster_with_land()

    html = client.get("/clusters/", {"as_of": "2024-12-31"}).content.decode()

    assert 'data-cluster="ccn-a"' in html
    assert 'data-step="plan_published"' in html
    assert "1/3" in html  # completeness: 1 of the 3 planned clusters recorded


def test_it_shows_a_cluster_with_its_land_and_occupancy(client):
    cluster_with_land()

    html = client.get("/clusters/ccn-a/").content.decode()

    assert "CCN Thử nghiệm A" in html
    assert 'data-testid="occupancy">50' in html  # (12 leased + 3 approved) / 30 ha
    assert html.count("<li><strong>") == 3  # three lifecycle events


def test_it_refuses_form02_with_leased_land_above_industrial_land_and_saves_nothing(client):
    cluster = cluster_with_land()
    investor = make_user("chu-dau-tu", None)
    from django.contrib.auth.models import Group
    from django.contrib.contenttypes.models import ContentType

    investor.groups.add(Group.objects.get(name="cluster_investor"))
    Scope.objects.create(
        user=investor, target_type=ContentType.objects.get_for_model(cluster), target_id=str(cluster.pk)
    )
    client.force_login(investor)
    data = {
        "window": "2024H1",
        "total_investment_bn": "300",
        "paid_investment_bn": "200",
        "land_ready_ha": "25",
        "land_leased_ha": "36",
        "occupancy_pct": "120",
        "projects": "2",
        "projects_foreign": "1",
        "projects_operating": "2",
        "revenue_bn": "10",
        "budget_paid_bn": "1",
        "workers": "40",
        "average_income_mn": "8",
        "wastewater_built": "1",
        "wastewater_meets_standard": "0",
    }

    response = client.post("/clusters/ccn-a/form02/", data)

    assert response.status_code == 400
    assert "36" in response.content.decode()
    assert 'data-field="land_leased_ha"' in response.content.decode()
    assert Form02Report.objects.count() == 0
    other = make_user("nguoi-xem", None)
    client.force_login(other)
    assert client.get("/clusters/ccn-a/form02/").status_code == 403


def test_it_computes_form04_and_exports_it(client, cast):
    client.force_login(cast["viewer"])  # Forms 03/04 are internal (issue 10)
    make_plan(count=3, area_ha="120")
    cluster_with_land()

    page = client.get("/clusters/forms/04/", {"window": "2024H1", "unit": "19"})
    xlsx = client.get("/clusters/forms/04/", {"window": "2024H1", "unit": "19", "format": "xlsx"})
    docx = client.get("/clusters/forms/04/", {"window": "2024H1", "unit": "19", "format": "docx"})

    html = page.content.decode()
    assert page.status_code == 200
    assert 'data-item="15.1"' in html
    assert "/clusters/ccn-a/" in html  # numbers link to their clusters
    rows = {
        str(r[0]): r for r in load_workbook(io.BytesIO(xlsx.content)).worksheets[0].iter_rows(values_only=True) if r[0]
    }
    assert rows["3"][3] == 1  # item 3: clusters established (CCN Thử nghiệm A)
    assert rows["15.1"][3] == 1  # operating and established
    document = Document(io.BytesIO(docx.content))
    assert "Biểu số 04" in "\n".join(p.text for p in document.paragraphs)
    table_text = [[c.text for c in row.cells] for row in document.tables[1].rows]
    assert any(row[0] == "3" and row[3] == "1" for row in table_text)


def test_it_lists_unleased_land_publicly(client):
    cluster_with_land()

    html = client.get("/land/").content.decode()

    assert 'data-cluster="ccn-a"' in html
    assert "cơ khí" in html
    assert "0208 000 000" in html


def test_it_takes_form01_by_web_and_by_xlsx_for_the_tenants_reporter(client):
    from openpyxl import load_workbook as open_book

    from provind.clusters.models import Form01Report, Tenant

    cluster_with_land()
    tenant = Tenant.objects.get(enterprise="DN Thử (synthetic)")
    reporter = make_user("doanh-nghiep", None)
    tenant.user = reporter
    tenant.save()
    client.force_login(reporter)

    bad = client.post(
        f"/clusters/tenants/{tenant.pk}/form01/",
        {"window": "2024H1", "revenue_bn": "-5", "budget_paid_bn": "1", "workers": "20", "average_income_mn": "7"},
    )
    template = client.get(f"/clusters/tenants/{tenant.pk}/form01/", {"window": "2024H1", "format": "xlsx"})
    book = open_book(io.BytesIO(template.content))
    for row, value in zip(book.active.iter_rows(min_row=2, max_row=5), [12.5, 1.2, 20, 7.5], strict=True):
        row[3].value = value
    filled = io.BytesIO()
    book.save(filled)
    filled.seek(0)
    filled.name = "bieu01.xlsx"
    good = client.post(f"/clusters/tenants/{tenant.pk}/form01/", {"window": "2024H1", "file": filled})

    assert bad.status_code == 400
    assert 'data-field="revenue_bn"' in bad.content.decode()
    assert good.status_code == 200, good.content.decode()[-3000:]
    report = Form01Report.objects.get()
    assert (report.revenue_bn, report.workers) == (Decimal("12.5"), 20)
    client.force_login(make_user("nguoi-khac", None))
    assert client.get(f"/clusters/tenants/{tenant.pk}/form01/").status_code == 403


def test_it_shows_the_new_cluster_test_with_its_legal_basis(client):
    cluster_with_land()

    html = client.get("/clusters/", {"as_of": "2024-12-31"}).content.decode()

    assert 'id="new-cluster-test"' in html
    assert "Nghị định 32/2024/NĐ-CP" in html


def test_it_shows_cluster_pages_in_english_after_switching(client, cast):
    client.force_login(cast["viewer"])
    cluster_with_land()
    make_plan(count=3, area_ha="120")
    client.cookies["django_language"] = "en"

    detail = client.get("/clusters/ccn-a/").content.decode()
    form04 = client.get("/clusters/forms/04/", {"window": "2024H1", "unit": "19"}).content.decode()

    assert "Decree 32/2024/NĐ-CP, Art. 2.1" in detail
    assert "Clusters established" in form04 or "clusters established" in form04.lower()
    assert "Six-month report 2024" in form04


def test_it_computes_establishment_deadlines_across_tet(client):
    # First proposal on Thursday 23/1/2025: 5 working days are 24/1, then (Tết, 27–31/1 off)
    # 3, 4, 5 and 6/2/2025. Without the holidays it would be 30/1.
    html = client.get("/clusters/clock/", {"start": "2025-01-23"}).content.decode()

    step = html.split('data-step="announcement"')[1].split("</tr>")[0]
    assert "06/02/2025" in step
    assert "Tết" in step


def test_it_takes_form02_as_a_workbook_and_shows_the_file_problems_by_field(client):
    from django.contrib.auth.models import Group
    from django.contrib.contenttypes.models import ContentType
    from django.core.files.uploadedfile import SimpleUploadedFile

    cluster = cluster_with_land()
    investor = make_user("chu-dau-tu-tep", None)
    investor.groups.add(Group.objects.get(name="cluster_investor"))
    Scope.objects.create(
        user=investor, target_type=ContentType.objects.get_for_model(cluster), target_id=str(cluster.pk)
    )
    client.force_login(investor)
    blank = client.get("/clusters/ccn-a/form02/", {"window": "2024H1", "format": "xlsx"}).content
    book = load_workbook(io.BytesIO(blank))
    sheet = book.worksheets[0]
    numbers = {row[0].value: row[3] for row in sheet.iter_rows() if isinstance(row[0].value, int)}
    filled = {1: 300, 2: 200, 3: 25, 4: 36, 5: 120, 6: 2, 7: 1, 8: 2, 9: 10, 10: 1, 11: 40, 12: 8, 13: 1, 14: 0}
    for number, value in filled.items():
        numbers[number].value = value
    out = io.BytesIO()
    book.save(out)

    upload = SimpleUploadedFile("bieu-02.xlsx", out.getvalue())
    response = client.post("/clusters/ccn-a/form02/", {"window": "2024H1", "file": upload})

    assert response.status_code == 400
    page = response.content.decode()
    assert 'data-field="D">Dòng 15: 4. đất đã cho thuê (36 ha)' in page  # the file's column and row
    assert Form02Report.objects.count() == 0
