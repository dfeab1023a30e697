"""Issue 14: "what the Department asked" — a Department editor asks a cluster's investor from the
cluster page (due date in working days on the holiday calendar); the investor sees it on their
start page with the working days left and answering closes it; nobody else sees it."""

import datetime as dt

import pytest
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone

from provind.accounts.models import Scope
from provind.calendars import add_working_days, working_days_between
from provind.clusters.circular14.submissions import NotAllowed
from provind.clusters.models import DepartmentRequest
from provind.clusters.requests import answer, ask
from provind.errors import InputError
from tests.clusters.factories import make_cluster

pytestmark = pytest.mark.django_db


def scope_investor(user, cluster):
    Scope.objects.create(user=user, target_type=ContentType.objects.get_for_model(cluster), target_id=str(cluster.pk))


@pytest.fixture
def two_clusters(cast):
    mine = make_cluster("ccn-cua-toi", "CCN Của tôi (synthetic)")
    other = make_cluster("ccn-khac", "CCN Khác (synthetic)")
    scope_investor(cast["cluster_investor"], mine)
    return mine, other


def test_the_due_date_counts_working_days_on_the_holiday_calendar(two_clusters, cast):
    mine, _other = two_clusters
    # Asked on Friday 24/1/2025, just before the Tết holiday (27/1–2/2/2025 off): 3 working days
    # later is Wednesday 5/2/2025, not Wednesday 29/1.
    made = ask(mine, by=cast["department_editor"], text="Gửi số liệu lấp đầy", working_days=3, on=dt.date(2025, 1, 24))
    assert made.due_on == add_working_days(dt.date(2025, 1, 24), 3) == dt.date(2025, 2, 5)
    assert made.working_days_left(dt.date(2025, 2, 3)) == 2
    assert made.working_days_left(dt.date(2025, 2, 7)) == -2


@pytest.mark.parametrize(
    ("text", "days", "field"),
    [
        ("", "5", "text"),
        ("Báo cáo", "0", "working_days"),
        ("Báo cáo", "61", "working_days"),
        ("Báo cáo", "x", "working_days"),
    ],
)
def test_a_bad_request_is_refused_naming_the_field(two_clusters, cast, text, days, field):
    with pytest.raises(InputError) as refused:
        ask(two_clusters[0], by=cast["department_editor"], text=text, working_days=days, on=timezone.localdate())
    assert refused.value.field == field
    assert DepartmentRequest.objects.count() == 0


@pytest.mark.parametrize("role", ["cluster_investor", "commune_officer", "viewer"])
def test_only_department_editors_ask(two_clusters, cast, role):
    with pytest.raises(NotAllowed):
        ask(two_clusters[0], by=cast[role], text="Báo cáo", working_days=5, on=timezone.localdate())


def test_the_editor_asks_from_the_cluster_page(client, two_clusters, cast):
    mine, _other = two_clusters
    client.force_login(cast["department_editor"])

    page = client.get(f"/clusters/{mine.code}/").content.decode()
    assert 'id="ask-form"' in page
    assert "Sở đã yêu cầu" in page

    response = client.post(
        f"/clusters/{mine.code}/", {"text": "Cập nhật danh sách doanh nghiệp thuê đất", "working_days": "5"}
    )
    assert response.status_code == 302
    made = DepartmentRequest.objects.get()
    today = timezone.localdate()
    assert (made.cluster, made.asked_by, made.asked_on) == (mine, cast["department_editor"], today)
    assert made.due_on == add_working_days(today, 5)
    page = client.get(f"/clusters/{mine.code}/").content.decode()
    assert "Cập nhật danh sách doanh nghiệp thuê đất" in page

    refused = client.post(f"/clusters/{mine.code}/", {"text": "x", "working_days": "0"})
    assert refused.status_code == 400
    assert "số ngày làm việc phải từ 1 đến 60" in refused.content.decode()


@pytest.mark.parametrize("role", ["cluster_investor", "commune_officer", "viewer"])
def test_others_cannot_ask_from_the_cluster_page(client, two_clusters, cast, role):
    client.force_login(cast[role])
    page = client.get(f"/clusters/{two_clusters[0].code}/").content.decode()
    assert 'id="ask-form"' not in page
    assert client.post(f"/clusters/{two_clusters[0].code}/", {"text": "x", "working_days": "5"}).status_code == 403
    assert DepartmentRequest.objects.count() == 0


def test_the_investor_sees_what_was_asked_with_days_left_and_answers(client, two_clusters, cast):
    mine, other = two_clusters
    today = timezone.localdate()
    asked = ask(mine, by=cast["department_editor"], text="Gửi bản đồ hiện trạng sử dụng đất", working_days=10, on=today)
    ask(other, by=cast["department_editor"], text="Yêu cầu cho cụm khác", working_days=10, on=today)
    client.force_login(cast["cluster_investor"])

    start = client.get("/").content.decode().split('data-testid="start"')[1]
    assert "Sở đã yêu cầu" in start
    assert "Gửi bản đồ hiện trạng sử dụng đất" in start
    assert f'data-testid="request-days-left">{working_days_between(today, asked.due_on)}<' in start
    assert asked.due_on.strftime("%d/%m/%Y") in start
    assert "Yêu cầu cho cụm khác" not in start  # scoped: only their cluster's requests

    response = client.post(f"/clusters/requests/{asked.pk}/answer/", {"answer": "Đã gửi qua văn bản số 12/CV"})
    assert response.status_code == 302
    asked.refresh_from_db()
    assert (asked.closed_on, asked.answer, asked.answered_by) == (
        today,
        "Đã gửi qua văn bản số 12/CV",
        cast["cluster_investor"],
    )
    start = client.get("/").content.decode().split('data-testid="start"')[1]
    assert "đã trả lời" in start
    assert 'data-open="0"' in start
    assert 'data-testid="request-days-left"' not in start

    again = client.post(f"/clusters/requests/{asked.pk}/answer/", {"answer": "lần hai"})
    assert again.status_code == 400  # a closed request stays closed


def test_an_investor_cannot_answer_or_see_another_clusters_request(client, two_clusters, cast):
    _mine, other = two_clusters
    theirs = ask(
        other, by=cast["department_editor"], text="Yêu cầu cho cụm khác", working_days=5, on=timezone.localdate()
    )
    client.force_login(cast["cluster_investor"])

    assert client.post(f"/clusters/requests/{theirs.pk}/answer/", {"answer": "x"}).status_code == 403
    assert "Yêu cầu cho cụm khác" not in client.get(f"/clusters/{other.code}/").content.decode()
    with pytest.raises(NotAllowed):
        answer(theirs, by=cast["cluster_investor"], text="x", on=timezone.localdate())
    theirs.refresh_from_db()
    assert theirs.is_open


def test_the_public_does_not_see_requests_on_the_cluster_page(client, two_clusters, cast):
    ask(two_clusters[0], by=cast["department_editor"], text="Nội dung nội bộ", working_days=5, on=timezone.localdate())
    assert "Nội dung nội bộ" not in client.get(f"/clusters/{two_clusters[0].code}/").content.decode()


def test_an_overdue_request_says_so(client, two_clusters, cast):
    mine, _other = two_clusters
    past = timezone.localdate() - dt.timedelta(days=40)
    ask(mine, by=cast["department_editor"], text="Báo cáo quá hạn", working_days=2, on=past)
    client.force_login(cast["cluster_investor"])
    start = client.get("/").content.decode().split('data-testid="start"')[1]
    assert 'data-testid="request-overdue"' in start
    assert "quá hạn" in start.split('data-testid="request-overdue"')[1][:80]


def test_the_english_start_page_reads_in_english(client, two_clusters, cast):
    ask(two_clusters[0], by=cast["department_editor"], text="Gửi số liệu", working_days=5, on=timezone.localdate())
    client.force_login(cast["cluster_investor"])
    client.cookies["django_language"] = "en"
    start = client.get("/").content.decode()
    part = start.split('data-testid="start"')[1]
    assert "What the Department asked" in part
    assert "working days left" in part
    assert "Send the answer" in part
