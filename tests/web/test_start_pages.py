"""The start page fits the person: investor → their cluster and what is due; commune officer →
their commune's projects, obstacles raised, and raising one; leader → overdue obstacles first;
the dashboard's cards share one period and each plan figure shows once with all its sources."""

from __future__ import annotations

import datetime as dt

import pytest
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone

from provind.accounts.models import Scope
from provind.approvals.models import ApprovalState, DataSetApproval, DataSetKind
from provind.calendars import working_days_between
from provind.geography.models import AdminUnit
from provind.indicators.models import Observation, Source
from provind.projects.models import Obstacle
from provind.web.start import next_window
from tests.clusters.factories import make_cluster
from tests.indicators.factories import add
from tests.projects.factories import make_agency, make_obstacle, make_project

pytestmark = pytest.mark.django_db


def test_the_next_form_window_is_the_first_deadline_not_yet_passed():
    assert next_window("02", dt.date(2025, 3, 1)).code == "2025H1"
    assert next_window("02", dt.date(2025, 6, 21)).code == "2025"
    assert next_window("02", dt.date(2025, 12, 21)).code == "2026H1"


def test_an_investor_lands_on_their_cluster_with_what_is_due(client, cast):
    cluster = make_cluster()
    investor = cast["cluster_investor"]
    Scope.objects.create(
        user=investor, target_type=ContentType.objects.get_for_model(cluster), target_id=str(cluster.pk)
    )
    client.force_login(investor)

    html = client.get("/").content.decode()

    start = html.split('data-testid="start"')[1]
    assert 'data-start="investor"' in html
    assert "CCN Thử nghiệm (synthetic)" in start
    today = timezone.localdate()
    deadline = next_window("02", today).deadline("02")
    assert deadline.strftime("%d/%m/%Y") in start
    left = working_days_between(today, deadline)
    assert f'data-testid="working-days-left">{left}<' in start
    assert "chưa có báo cáo Biểu 02" in start


def test_an_investor_without_a_cluster_is_told_what_to_do(client, cast):
    client.force_login(cast["cluster_investor"])

    html = client.get("/").content.decode()

    assert "Sở Công Thương" in html.split('data-testid="start"')[1]


def test_a_commune_officer_sees_projects_crossing_their_commune_and_can_raise_an_obstacle(client, cast):
    line = make_project("duong-day-thu", "Đường dây thử qua hai xã (synthetic)", unit_codes=("05503", "05941"))
    make_project("xa-khac", "Dự án ở xã khác (synthetic)", unit_codes=("05941",))
    officer = cast["commune_officer"]
    client.force_login(officer)

    html = client.get("/").content.decode()
    start = html.split('data-testid="start"')[1]
    assert "Đường dây thử qua hai xã" in start
    assert "Dự án ở xã khác" not in start

    page = client.get(f"/projects/{line.code}/").content.decode()
    assert 'data-testid="new-obstacle"' in page  # today they could not: the line belongs to the province
    response = client.post(
        f"/projects/{line.code}/obstacles/new/",
        {
            "description": "Người dân chưa đồng ý phương án đền bù (thử)",
            "category": "land",
            "agency": make_agency().pk,
            "raised_on": "2025-08-01",
            "deadline_basis": "working",
            "response_days": "10",
        },
    )
    assert response.status_code == 302, response.content.decode()[:500]
    assert Obstacle.objects.filter(project=line).count() == 1
    assert "Người dân chưa đồng ý" in client.get("/").content.decode().split('data-testid="start"')[1]

    other = make_project("xa-khac-2", "Dự án khác (synthetic)", unit_codes=("05941",))
    refused = client.post(
        f"/projects/{other.code}/obstacles/new/",
        {
            "description": "x",
            "category": "land",
            "agency": make_agency().pk,
            "raised_on": "2025-08-01",
            "deadline_basis": "working",
        },
    )
    assert refused.status_code == 403


def test_a_leader_lands_on_the_overview_with_overdue_obstacles_first(client, cast):
    project = make_project()
    make_obstacle(project, raised="2025-01-02", deadline="2025-01-10", description="Quá hạn lâu (thử)")
    make_obstacle(project, raised="2025-01-02", deadline="2025-03-10", description="Quá hạn ít hơn (thử)")
    make_obstacle(project, raised="2025-01-02", deadline="2099-01-10", description="Chưa đến hạn (thử)")
    client.force_login(cast["department_editor"])

    html = client.get("/").content.decode()

    start = html.split('data-testid="start"')[1]
    assert html.index('data-testid="start"') < html.index('aria-label="Chỉ tiêu chính"')
    assert start.index("Quá hạn lâu") < start.index("Quá hạn ít hơn")
    assert "Chưa đến hạn" not in start


def test_the_cards_share_the_latest_period_the_core_indicators_know(client):
    for code in ("iip", "industrial_output_value", "export_value"):
        add(code, "19", "2024-YTD07", "10")
    add("iip", "19", "2025-H1", "11")  # a newer period, but only one indicator knows it

    html = client.get("/").content.decode()

    cards = html.split('aria-label="Chỉ tiêu chính"')[1].split("</section>")[0]
    assert cards.count("7 tháng năm 2024") == 3
    assert "6 tháng đầu năm 2025" not in cards
    assert "(7 tháng năm 2024)" in html  # the picker says which period is shown


def test_a_card_without_the_core_period_says_it_shows_another(client):
    for code in ("iip", "industrial_output_value", "export_value"):
        add(code, "19", "2024-YTD07", "10")
    add("import_value", "19", "2024-YTD06", "4")

    html = client.get("/").content.decode()

    card = html.split('data-indicator="import_value"')[1].split("</article>")[0]
    assert 'data-testid="other-period"' in card


def test_a_plan_figure_shows_once_with_all_its_sources(client):
    # The same plan stated for both versions of province 19 (before and after 1/7/2025), by two sources.
    first = add("export_value", "19", "2021-2025", "100", status="plan")
    second = Observation.objects.get(pk=first.pk)
    second.pk = None
    second.unit = AdminUnit.objects.filter(code="19").exclude(pk=first.unit_id).get()
    second.source = Source.objects.create(title="Nghị quyết thử nghiệm (synthetic)", number="01/NQ-TEST")
    second.save()
    DataSetApproval.objects.get_or_create(
        kind=DataSetKind.INDICATORS,
        unit=second.unit,
        period=second.period_code,
        cluster=None,
        defaults={"state": ApprovalState.PUBLISHED},
    )  # published, as the public sees it

    html = client.get("/").content.decode()

    assert html.count('data-testid="plan"') == 1
    plan = html.split('data-testid="plan"')[1].split("</tr>")[0]
    assert first.source.title[:20] in plan
    assert "01/NQ-TEST" in plan


def test_names_are_listed_in_vietnamese_order(client):
    import re

    from provind.lib.collation import vi_sorted

    html = client.get("/units/", {"at": "2025-07-01", "parent": "19"}).content.decode()

    names = re.findall(r'parent=\d+">([^<]+)</a></td>', html.split("<tbody>")[1])
    assert len(names) == 92
    assert names == vi_sorted(names)
    assert names != sorted(names)  # code-point order would put every Đ after Y
    d = [n for n in names if n.startswith(("Xã D", "Xã Đ", "Xã E"))]
    assert [n[3] for n in d] == sorted((n[3] for n in d), key="DĐE".index)
