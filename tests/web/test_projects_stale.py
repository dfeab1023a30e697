"""A page shown before someone else acted: its step is refused (409) with what changed."""

from django.urls import reverse

from provind.projects.models import EscalationLevel, Obstacle
from provind.projects.services import escalate_obstacle
from tests.conftest import make_user
from tests.projects.factories import make_obstacle, make_project


def test_a_resolve_from_a_stale_page_is_refused_and_names_the_escalation(client, db):
    make_user("bien-tap", None, is_superuser=True)
    obstacle = make_obstacle(make_project(unit_codes=("05941",)))
    seen = obstacle.version
    escalate_obstacle(obstacle=obstacle, to_level=EscalationLevel.MINISTRY, by=None, note="Gửi Bộ Công Thương")
    client.login(username="bien-tap", password="mật-khẩu-thử-1")

    url = reverse("web:obstacle-action", args=[obstacle.pk, "resolve"])
    response = client.post(url, {"text": "Đã xong", "version": seen})

    assert response.status_code == 409
    text = response.content.decode()
    assert "Gửi Bộ Công Thương" in text
    assert "someone else changed" in text
    assert Obstacle.objects.get(pk=obstacle.pk).status == "open"
    # The same step from the current page goes through.
    response = client.post(url, {"text": "Đã xong", "version": seen + 1})
    assert response.status_code == 302
    assert Obstacle.objects.get(pk=obstacle.pk).status == "resolved"
