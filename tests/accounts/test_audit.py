from auditlog.context import set_actor
from auditlog.models import LogEntry

from provind.geography.models import REFORM_DATE
from provind.geography.queries import resolve_unit


def test_it_records_who_changed_what_before_and_after(cast):
    unit = resolve_unit("05503", REFORM_DATE)
    editor = cast["department_editor"]

    with set_actor(editor):
        unit.name = "Xã Tân Cương (sửa)"
        unit.save()

    entry = LogEntry.objects.get_for_object(unit).latest("timestamp")
    assert entry.actor == editor
    assert entry.action == LogEntry.Action.UPDATE
    assert entry.changes_dict["name"] == ["Xã Tân Cương", "Xã Tân Cương (sửa)"]


def test_it_records_a_change_made_through_a_request(client, cast):
    admin = cast["admin"]
    client.force_login(admin)
    unit = resolve_unit("05503", REFORM_DATE)
    data = {
        "code": unit.code,
        "name": "Xã Tân Cương mới",
        "kind": unit.kind,
        "parent": unit.parent_id,
        "valid_from": "2025-07-01",
        "valid_to": "",
        "latitude": "",
        "longitude": "",
        "area_km2": "",
        "source": unit.source,
    }

    response = client.post(f"/admin/geography/adminunit/{unit.pk}/change/", data)

    assert response.status_code == 302
    entry = LogEntry.objects.get_for_object(unit).latest("timestamp")
    assert entry.actor == admin
    assert entry.changes_dict["name"][1] == "Xã Tân Cương mới"


def test_it_shows_the_audit_trail_to_admins_only(client, cast):
    with set_actor(cast["admin"]):
        unit = resolve_unit("05503", REFORM_DATE)
        unit.name = "Xã Tân Cương 2"
        unit.save()

    client.force_login(cast["admin"])
    page = client.get("/admin/auditlog/logentry/")
    assert page.status_code == 200
    assert "Xã Tân Cương 2" in page.content.decode()

    client.force_login(cast["viewer"])
    assert client.get("/admin/auditlog/logentry/").status_code == 302  # to the admin login


def test_the_audit_log_reads_in_vietnamese(client, cast):
    with set_actor(cast["admin"]):
        unit = resolve_unit("05503", REFORM_DATE)
        unit.name = "Xã Tân Cương 3"
        unit.save()
    client.force_login(cast["admin"])

    listing = client.get("/admin/auditlog/logentry/").content.decode()
    entry = LogEntry.objects.get_for_object(unit).latest("timestamp")
    detail = client.get(f"/admin/auditlog/logentry/{entry.pk}/change/").content.decode()
    index = client.get("/admin/").content.decode()

    assert "Nhật ký thay đổi" in listing
    assert "Đối tượng" in listing  # "Resource"
    assert "Resource" not in listing
    assert "Đã sửa Xã Tân Cương 3" in detail  # "Updated {repr}"
    assert "mục đăng nhập" not in index.lower()  # Django's own catalogue calls log entries "logins"
    assert "nhật ký thay đổi" in index.lower()
