"""Real-browser edits on a project page: a date input shows the stored date (ISO value), so
changing one field keeps the others; the new-obstacle form starts on the page's day."""

import datetime as dt

import pytest

from provind.projects.models import Milestone, Stage
from tests.conftest import make_user
from tests.projects.factories import make_milestone, make_project
from tests.web.test_projects_browser import _login

pytestmark = pytest.mark.browser


def test_editing_one_milestone_date_keeps_the_other(live_site, page):
    make_user("bien-tap", None, is_superuser=True)
    project = make_project(unit_codes=("05941",))
    milestone = make_milestone(project, Stage.SITE_CLEARANCE, planned="2024-09-04", actual="2024-10-15")
    _login(page, live_site, "bien-tap", f"/projects/{project.code}/")

    row = page.locator(f'[data-testid=milestone][data-stage="{Stage.SITE_CLEARANCE}"]')
    planned = row.locator(f'input[name="m{milestone.pk}-planned_on"]')
    actual = row.locator(f'input[name="m{milestone.pk}-actual_on"]')
    assert planned.input_value() == "2024-09-04"  # the browser accepted the value: not empty
    assert actual.input_value() == "2024-10-15"
    planned.fill("2024-09-20")
    row.get_by_test_id("save-milestone").click()
    page.wait_for_url(f"{live_site.url}/projects/{project.code}/")

    fresh = Milestone.objects.get(pk=milestone.pk)
    assert fresh.planned_on == dt.date(2024, 9, 20)
    assert fresh.actual_on == dt.date(2024, 10, 15)  # kept, not wiped
    assert fresh.achieved


def test_the_new_obstacle_form_keeps_its_default_date(live_site, page):
    make_user("bien-tap", None, is_superuser=True)
    project = make_project(unit_codes=("05941",))
    _login(page, live_site, "bien-tap", f"/projects/{project.code}/")
    page.goto(f"{live_site.url}/projects/{project.code}/?on=2025-08-20")
    page.get_by_text("Ghi vướng mắc", exact=True).click()
    form = page.get_by_test_id("new-obstacle")
    assert form.locator('input[name="raised_on"]').input_value() == "2025-08-20"
