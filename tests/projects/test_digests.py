import datetime as dt
from io import StringIO

import pytest
from django.core import mail
from django.core.management import call_command

from provind.projects.digests import send_obstacle_digests
from tests.projects.factories import make_agency, make_obstacle, make_project

pytestmark = pytest.mark.django_db


def test_it_sends_each_agency_one_digest_of_its_overdue_obstacles(mailoutbox):
    # given two agencies, one with an overdue and a not-yet-due obstacle, one with nothing overdue
    project = make_project(name="Trạm 220 kV thử")
    land = make_agency("Sở Nông nghiệp và Môi trường (thử)", "snnmt@example.test")
    commune = make_agency("UBND xã thử", "xa@example.test")
    make_obstacle(project, agency=land, raised="2025-08-01", deadline="2025-08-15", description="Chưa thu hồi đất")
    make_obstacle(project, agency=land, raised="2025-08-10", deadline="2025-09-30", description="Chưa có giá đất")
    make_obstacle(project, agency=commune, raised="2025-08-10", deadline="2025-09-30", description="Chưa họp dân")

    # when the digest runs on 20/8/2025
    result = send_obstacle_digests(on=dt.date(2025, 8, 20))

    # then only the land agency gets one e-mail, listing only the overdue obstacle
    assert result.sent == ["Sở Nông nghiệp và Môi trường (thử)"]
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["snnmt@example.test"]
    assert "Chưa thu hồi đất" in message.body
    assert "Chưa có giá đất" not in message.body
    assert "15/08/2025" in message.body
    assert "Trạm 220 kV thử" in message.body


def test_it_lists_agencies_without_an_address_from_the_command(mailoutbox):
    make_obstacle(make_project(), agency=make_agency("Cơ quan không có thư (thử)", ""), deadline="2025-08-15")
    out, err = StringIO(), StringIO()

    call_command("send_obstacle_digests", "--on", "2025-08-20", stdout=out, stderr=err)

    assert "sent 0" in out.getvalue()
    assert "Cơ quan không có thư" in err.getvalue()
    assert mail.outbox == []
