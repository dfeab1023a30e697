import datetime as dt

import pytest
from django.conf import settings

from provind.projects.loading import load_projects
from provind.projects.models import KeyProject, Milestone, Obstacle, Stage

pytestmark = pytest.mark.django_db
FOLDER = settings.DATA_DIR / "thai_nguyen" / "projects"


def test_it_loads_the_sourced_projects_once():
    # when the shipped files are loaded twice
    first = load_projects(FOLDER)
    second = load_projects(FOLDER)

    # then the four projects exist once and the second load changed nothing
    assert first.sheets["projects"].created == 4
    assert second.count("created") == 0
    assert second.count("updated") == 0
    assert KeyProject.objects.count() == 4
    assert Obstacle.objects.count() == 0  # the sources name no specific obstacle


def test_it_keeps_the_phu_binh_2_lifecycle_with_sources():
    load_projects(FOLDER)

    project = KeyProject.objects.get(code="220kv-phu-binh-2")
    milestones = {m.stage: m for m in project.milestones.all()}

    assert project.investor.short_name == "EVNNPC"
    assert str(project.total_investment) == "559.2"
    assert {u.name for u in project.units.all()} >= {"Xã Úc Kỳ", "Xã Điềm Thụy"}
    assert milestones[Stage.CONSTRUCTION_START].actual_on == dt.date(2024, 9, 4)
    assert milestones[Stage.COMPLETION].actual_on == dt.date(2025, 4, 14)
    assert milestones[Stage.INVESTMENT_POLICY].achieved
    assert milestones[Stage.INVESTMENT_POLICY].actual_on is None  # the decision's day is not published
    assert milestones[Stage.PHASE_TWO].planned_on is None
    assert project.stage.stage == Stage.COMPLETION
    assert all(m.source and m.source.url for m in project.milestones.all())
    assert project.documents.get().issuer == "UBND tỉnh Thái Nguyên"


def test_it_keeps_unknown_dates_unknown_for_the_article_projects():
    load_projects(FOLDER)

    song_cong = KeyProject.objects.get(code="220kv-song-cong")
    land = Milestone.objects.get(project__code="500kv-thai-nguyen", stage=Stage.LAND_ALLOCATION)

    assert song_cong.stage is None  # investment policy still under appraisal
    assert not song_cong.milestones.get().achieved
    assert land.achieved
    assert land.actual_on is None
    assert KeyProject.objects.get(code="500kv-thai-nguyen").stage == land
    assert not KeyProject.objects.get(code="220kv-dai-tu").milestones.exists()
    for project in KeyProject.objects.all():
        assert project.source.url.endswith(".txt") or project.source.url.startswith("https://")
