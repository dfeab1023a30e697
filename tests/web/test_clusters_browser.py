"""Real-browser tests of the public land page and the cluster map."""

import pytest

from tests.clusters.factories import add_event, add_tenant, make_cluster, make_investor

pytestmark = pytest.mark.browser


def cluster():
    made = make_cluster(
        "ccn-a",
        "CCN Thử nghiệm A (synthetic)",
        commune="05503",
        established_area_ha="40",
        industrial_land_ha="30",
        investor=make_investor(),
        sectors_welcomed="cơ khí, điện tử",
        contact="0208 000 000",
    )
    add_event(made, "established", "2024-01-10", area_ha="40")
    add_tenant(made, "12")
    return made


def test_it_shows_unleased_land_without_login(live_site, page):
    cluster()

    page.goto(live_site.url + "/land/")

    row = page.locator("#land tr[data-cluster='ccn-a']")
    assert "18" in row.inner_text()  # 30 ha industrial land − 12 ha leased
    assert "cơ khí, điện tử" in row.inner_text()
    assert page.get_by_role("link", name="Đăng nhập").is_visible()  # nobody is logged in


def test_it_draws_the_cluster_map_offline(live_site, page):
    cluster()
    blocked = []
    page.on("request", lambda r: blocked.append(r.url) if not r.url.startswith(live_site.url) else None)

    page.goto(live_site.url + "/clusters/map/")
    page.wait_for_selector("#map[data-ready=yes]")

    assert page.locator("path.cluster-marker").count() == 1
    page.locator("path.cluster-marker").click()
    assert page.get_by_role("link", name="CCN Thử nghiệm A (synthetic)").is_visible()
    assert [u for u in blocked if not u.startswith("data:")] == []  # nothing fetched from outside
