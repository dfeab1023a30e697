"""Empty states say why a list is empty and what to do: who reports it, which form fills it."""

from __future__ import annotations

import pytest

from tests.clusters.factories import make_cluster
from tests.projects.factories import make_project

pytestmark = pytest.mark.django_db


def _empty(html: str, marker: str = 'data-testid="empty"') -> str:
    return html.split(marker)[1].split("</")[0]


def test_an_empty_board_says_who_raises_obstacles(client, cast):
    client.force_login(cast["viewer"])  # the obstacle ledger needs a login
    html = client.get("/projects/obstacles/").content.decode()

    assert "cán bộ xã" in _empty(html, 'data-testid="board-empty"')


def test_a_cluster_without_reports_names_the_form_and_its_deadline(client):
    make_cluster()

    html = client.get("/clusters/ccn-thu-nghiem/").content.decode()

    assert "Biểu 02" in html
    assert "20/6" in html.split("occupancy-history")[1].split("</table>")[0]


def test_a_project_without_obstacles_or_milestones_says_where_they_come_from(client, cast):
    make_project()
    client.force_login(cast["viewer"])  # obstacles are shown to logged-in readers only

    html = client.get("/projects/thu-nghiem/").content.decode()

    assert "nhập dự án" in html.split('id="milestones"')[1].split("</table>")[0]
    assert "Sở hoặc cán bộ xã" in html


def test_the_dashboard_without_figures_says_who_enters_them(client, new_thai_nguyen):
    html = client.get("/").content.decode()

    assert "Cục Thống kê" in _empty(html)
    assert "/data/import/" in html.split('data-testid="empty"')[1].split("</p>")[0]


def test_an_empty_portfolio_points_to_the_import(client):
    html = client.get("/projects/").content.decode()

    assert "/data/import/projects/" in html.split('data-testid="empty"')[1].split("</p>")[0]
