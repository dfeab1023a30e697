"""The project timeline (Gantt) and progress SVGs: whole milestone names, months with years."""

from __future__ import annotations

import datetime as dt
import re

from django.utils import translation

from provind.projects.charts import timeline_svg
from tests.projects.factories import make_milestone, make_project

LONG = "Giải phóng mặt bằng toàn tuyến đường dây 220 kV qua các xã phía nam (synthetic)"


def test_the_timeline_keeps_whole_milestone_names_and_writes_months_with_years(db):
    project = make_project()
    make_milestone(project, "site_clearance", planned="2024-03-31", actual="2024-09-30", label=LONG)
    make_milestone(project, "construction_start", planned="2025-01-15")

    with translation.override("vi"):
        svg = timeline_svg(project, on=dt.date(2025, 6, 1))

    texts = re.findall(r"<text[^>]*>([^<]*)</text>", svg)
    assert any(t.endswith(LONG) for t in texts), texts  # not clipped to "… 220 kV qua c…"
    months = [t for t in texts if re.fullmatch(r"T\d{1,2}/\d{4}", t)]
    assert len(months) >= 3, texts
    assert not [t for t in texts if re.fullmatch(r"(T[2-7]|CN) \d{2}|\d{2}/\d{4}", t)]  # no weekdays, no bare 03/2024

    with translation.override("en"):
        svg = timeline_svg(project, on=dt.date(2025, 6, 1))
    assert re.search(r">(Jan|Apr|Jul|Oct) 20\d\d<", svg)
