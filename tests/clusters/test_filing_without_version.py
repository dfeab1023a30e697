"""Issue 9: a Form 01/02 filing that does not say which version it saw (an old page, a script, a
caller of the Python API) files the window's first report but never silently replaces one."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest

from provind.clusters.circular14.submissions import ANY, FormStale, submit_form01, submit_form02
from provind.clusters.models import Form01Report, Form02Report, TenantStatus
from provind.clusters.windows import ReportingWindow
from tests.clusters.form_factories import form02_data, make_tenant, reporting_scenario
from tests.conftest import make_user

pytestmark = pytest.mark.django_db
D = Decimal
H1_2024 = ReportingWindow.parse("2024H1")
TODAY = dt.date(2024, 6, 18)


def _web(data: dict[str, Any]) -> dict[str, str]:
    out = {"window": "2024H1"}
    for key, value in data.items():
        out[key] = ("1" if value else "0") if isinstance(value, bool) else str(value)
    return out


def test_the_python_api_without_a_version_files_once_and_then_refuses():
    scenario = reporting_scenario(form02_for_a=False)
    user = make_user("dev", None, is_superuser=True)

    first = submit_form02(cluster=scenario.a, window=H1_2024, data=form02_data(), user=user, today=TODAY)
    with pytest.raises(FormStale) as refused:
        submit_form02(
            cluster=scenario.a, window=H1_2024, data=form02_data(land_leased_ha=D("25")), user=user, today=TODAY
        )

    assert first.version == 1
    fields = {p.field: p for p in refused.value.problems}
    assert "20" in fields["land_leased_ha"].vi
    assert "25" in fields["land_leased_ha"].vi
    assert Form02Report.objects.get(cluster=scenario.a).land_leased_ha == D("20")
    # a program that means to overwrite says so
    replaced = submit_form02(
        cluster=scenario.a,
        window=H1_2024,
        data=form02_data(land_leased_ha=D("25")),
        user=user,
        today=TODAY,
        based_on=ANY,
    )
    assert (replaced.version, replaced.land_leased_ha) == (2, D("25"))


def test_the_python_api_form01_without_a_version_refuses_to_replace():
    scenario = reporting_scenario(form02_for_a=False)
    tenant = make_tenant(scenario.a, "DN Thử phiên bản (synthetic)", "3", TenantStatus.LEASED)
    user = make_user("dev", None, is_superuser=True)
    data = {"revenue_bn": "12.5", "budget_paid_bn": "1.2", "workers": "20", "average_income_mn": "7.5"}

    submit_form01(tenant=tenant, window=H1_2024, data=data, user=user, today=TODAY)
    with pytest.raises(FormStale):
        submit_form01(tenant=tenant, window=H1_2024, data={**data, "workers": "21"}, user=user, today=TODAY)

    assert Form01Report.objects.get(tenant=tenant).workers == 20


def test_a_web_post_without_version_is_refused_when_a_report_is_stored(client):
    scenario = reporting_scenario(form02_for_a=False)
    client.force_login(make_user("dev", None, is_superuser=True))
    url = f"/clusters/{scenario.a.code}/form02/"

    first = client.post(url, _web(form02_data()))  # no `version` field: the first filing is taken
    second = client.post(url, _web(form02_data(land_leased_ha=D("25"))))

    assert first.status_code == 200, first.content.decode()[-2000:]
    assert second.status_code == 400
    html = second.content.decode()
    assert "không ghi phiên bản báo cáo đã xem" in html
    assert "does not say which report version it saw" in html
    assert "đã lưu: 20" in html  # what is stored is shown
    assert Form02Report.objects.get(cluster=scenario.a).land_leased_ha == D("20")
    # the refused page carries the stored version: sending it again replaces the report
    assert 'name="version" value="1"' in html
    third = client.post(url, {**_web(form02_data(land_leased_ha=D("25"))), "version": "1"})
    assert third.status_code == 200
    assert Form02Report.objects.get(cluster=scenario.a).land_leased_ha == D("25")


def test_a_web_form01_post_without_version_is_refused_when_a_report_is_stored(client):
    scenario = reporting_scenario(form02_for_a=False)
    tenant = make_tenant(scenario.a, "DN Thử phiên bản (synthetic)", "3", TenantStatus.LEASED)
    client.force_login(make_user("dev", None, is_superuser=True))
    url = f"/clusters/tenants/{tenant.pk}/form01/"
    data = {
        "window": "2024H1",
        "revenue_bn": "12.5",
        "budget_paid_bn": "1.2",
        "workers": "20",
        "average_income_mn": "7.5",
    }

    assert client.post(url, data).status_code == 200
    refused = client.post(url, {**data, "workers": "21"})

    assert refused.status_code == 400
    assert "không ghi phiên bản báo cáo đã xem" in refused.content.decode()
    assert Form01Report.objects.get(tenant=tenant).workers == 20


def test_the_form_pages_require_a_login(client):
    scenario = reporting_scenario(form02_for_a=False)

    response = client.get(f"/clusters/{scenario.a.code}/form02/")

    assert response.status_code == 302
    assert "/login" in response["Location"]
