import csv
from decimal import Decimal

import pytest
from django.conf import settings

from provind.clusters.loading import ClusterDataError, load_clusters
from provind.clusters.models import ClusterEvent, IndustrialCluster, PlanEntry, PlanVersion
from provind.projects.models import Organisation

pytestmark = pytest.mark.django_db
FOLDER = settings.DATA_DIR / "thai_nguyen" / "clusters"


def _csv_rows(name):
    with (FOLDER / name).open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def test_it_loads_the_sourced_registry_once():
    # when the shipped files are loaded twice
    first = load_clusters(FOLDER)
    second = load_clusters(FOLDER)

    # then every row exists once and the second load created nothing
    assert first == {
        "organisations": len(_csv_rows("organisations.csv")),
        "plan_versions": len(_csv_rows("plan_versions.csv")),
        "clusters": len(_csv_rows("clusters.csv")),
        "plan_entries": len(_csv_rows("plan_entries.csv")),
        "events": len(_csv_rows("events.csv")),
    }
    assert set(second.values()) == {0}
    assert IndustrialCluster.objects.count() == len(_csv_rows("clusters.csv"))
    assert ClusterEvent.objects.count() == len(_csv_rows("events.csv"))


def test_every_row_has_a_source():
    load_clusters(FOLDER)

    assert not IndustrialCluster.objects.filter(source_url="").exists()
    assert not ClusterEvent.objects.filter(source_url="").exists()
    assert not PlanVersion.objects.filter(source_url="").exists()
    for name in ("organisations.csv", "plan_versions.csv", "clusters.csv", "events.csv"):
        # A web address; http:// where that is the address the page was read at (the 2021 plan
        # revision, issue 9).
        assert all(row["source_url"].startswith(("https://", "http://")) for row in _csv_rows(name)), name


def test_it_keeps_the_published_plan_totals_and_the_2021_revision():
    load_clusters(FOLDER)

    qd222 = PlanVersion.objects.get(decision_number="222/QĐ-TTg")
    assert (qd222.planned_count, qd222.planned_area_ha) == (41, Decimal("2067"))
    assert qd222.province.valid_to is not None  # old Thái Nguyên, before the merger
    revision = PlanVersion.objects.get(name__startswith="Điều chỉnh, bổ sung")
    changes = {e.cluster.code: e.change for e in revision.entries.select_related("cluster")}
    assert sorted(c for c, ch in changes.items() if ch == PlanEntry.Change.REMOVED) == [
        "ban-dat",
        "dai-khai",
        "phu-lac-1",
        "quang-trung-chi-son",
        "van-thuong",
    ]
    assert changes["diem-thuy"] == PlanEntry.Change.REDUCED
    assert changes["tan-phu-1"] == PlanEntry.Change.ADDED


def test_it_locates_clusters_before_and_after_the_reform_and_links_investors():
    load_clusters(FOLDER)

    diem_thuy = IndustrialCluster.objects.get(code="diem-thuy")
    assert diem_thuy.former_district.name == "Huyện Phú Bình"
    assert diem_thuy.former_commune.name == "Xã Điềm Thụy"
    assert diem_thuy.commune.name == "Xã Điềm Thụy"
    assert diem_thuy.commune.valid_from is not None
    assert diem_thuy.established_area_ha == Decimal("44")
    assert diem_thuy.investor.name == "CTCP Đầu tư và Phát triển Quốc tế Việt Á"
    thanh_thinh = IndustrialCluster.objects.get(code="thanh-thinh")
    assert thanh_thinh.former_district.parent.name == "Tỉnh Bắc Kạn"
    assert thanh_thinh.province.code == "19"
    assert IndustrialCluster.objects.get(code="tan-duong").is_mountainous
    assert Organisation.objects.get(short_name="SAIGONTEL").clusters.count() == 3
    # unknown stays unknown: no invented areas for the approximate or missing ones
    assert IndustrialCluster.objects.get(code="ha-chau-2").established_area_ha is None
    assert IndustrialCluster.objects.get(code="kha-son").investor is None


def test_a_bad_row_saves_nothing(tmp_path):
    (tmp_path / "clusters.csv").write_text(
        "code,name,province,source_url\nccn-a,CCN A (synthetic),19,test://a\nccn-b,CCN B (synthetic),99999,test://b\n",
        encoding="utf-8",
    )

    with pytest.raises(ClusterDataError, match="line 3"):
        load_clusters(tmp_path)

    assert not IndustrialCluster.objects.exists()


def test_a_row_without_a_source_is_refused(tmp_path):
    (tmp_path / "clusters.csv").write_text(
        "code,name,province,source_url\nccn-a,CCN A (synthetic),19,\n", encoding="utf-8"
    )

    with pytest.raises(ClusterDataError, match="source_url"):
        load_clusters(tmp_path)
