"""The analysis API gives PySAL's own results for the inputs it reports, says what it covers,
and refuses what it cannot compute with a bilingual 400."""

from __future__ import annotations

import datetime as dt
import io
import random
from decimal import Decimal

import numpy as np
import pytest
from esda.moran import Moran, Moran_Local
from inequality.gini import Gini
from inequality.theil import Theil, TheilD
from libpysal.weights import KNN
from openpyxl import load_workbook

from provind.approvals.services import publish_loaded_figures
from provind.geography.models import AdminUnit, UnitCrosswalk, UnitKind
from provind.indicators.models import Indicator, Observation
from provind.indicators.periods import parse_period
from tests.indicators.factories import synthetic_source

NEW_TN = dt.date(2025, 7, 1)
OLD_DAY = dt.date(2024, 12, 31)


def _communes(province: str, on: dt.date) -> list[AdminUnit]:
    province_unit = AdminUnit.objects.valid_on(on).get(code=province)
    return sorted(
        AdminUnit.objects.valid_on(on)
        .filter(kind__in=["commune", "ward", "township", "special_zone"])
        .filter(parent__in=[province_unit, *AdminUnit.objects.valid_on(on).filter(parent=province_unit)]),
        key=lambda u: u.code,
    )


def _store(units: list[AdminUnit], period: str, seed: int, *, skip: int = 0) -> dict[str, float]:
    """Synthetic commune figures (a labelled test source), one per unit but the last `skip`."""
    rng = random.Random(seed)
    per = parse_period(period)
    indicator = Indicator.objects.get(code="industrial_output_value")
    values: dict[str, float] = {}
    rows = []
    for unit in units[: len(units) - skip]:
        value = round(rng.lognormvariate(6, 1), 1)
        values[unit.code] = value
        obs = Observation(
            indicator=indicator, unit=unit, value=Decimal(str(value)), status="estimate", source=synthetic_source()
        )
        obs.set_period(per)
        rows.append(obs)
    Observation.objects.bulk_create(rows)
    publish_loaded_figures(reason="synthetic (test)")  # the public API shows published figures only
    return values


@pytest.fixture
def new_communes(db):
    return _communes("19", NEW_TN)


def test_it_gives_pysals_theil_decomposition_and_gini_through_the_api(client, new_communes):
    values = _store(new_communes, "2025", seed=3)

    answer = client.get(
        "/api/v1/analysis/inequality",
        {
            "indicator": "industrial_output_value",
            "period": "2025",
            "unit": "19",
            "groups": "former_province",
            "measure": "all",
        },
    ).json()

    inputs = answer["inputs"]
    assert len(inputs) == len(new_communes) == 92
    assert {row["unit"]: row["value"] for row in inputs} == values
    y = np.array([row["value"] for row in inputs])
    groups = np.array([row["group"] for row in inputs])
    direct = TheilD(y, groups)
    assert answer["theil"]["total"] == pytest.approx(float(np.ravel(direct.T)[0]), abs=1e-9)
    assert answer["theil"]["between"] == pytest.approx(float(np.ravel(direct.bg)[0]), abs=1e-9)
    assert answer["theil"]["within"] == pytest.approx(float(np.ravel(direct.wg)[0]), abs=1e-9)
    assert answer["theil"]["total"] == pytest.approx(float(np.ravel(Theil(y).T)[0]), abs=1e-9)
    assert answer["gini"] == pytest.approx(float(Gini(y).g), abs=1e-9)
    assert answer["complete"] is True
    assert answer["synthetic"] is False


def test_it_groups_new_communes_by_the_former_province_they_came_from(client, new_communes):
    _store(new_communes, "2025", seed=4)

    answer = client.get(
        "/api/v1/analysis/inequality",
        {"indicator": "industrial_output_value", "period": "2025", "unit": "19", "groups": "former_province"},
    ).json()

    group_of = {row["unit"]: row["group"] for row in answer["inputs"]}
    # Each new commune's predecessors lay in one old province: check it independently.
    for unit in new_communes[:15]:
        link = UnitCrosswalk.objects.filter(new_unit=unit).select_related("old_unit__parent__parent").first()
        old = link.old_unit
        while old.parent is not None:
            old = old.parent
        assert group_of[unit.code] == old.code
    assert set(answer["theil"]["places_per_group"]) == {"19", "06"}
    assert answer["group_labels"]["06"]["vi"].endswith("(cũ)")


def test_it_groups_wards_against_communes(client, new_communes):
    values = _store(new_communes, "2025", seed=5)

    answer = client.get(
        "/api/v1/analysis/inequality",
        {"indicator": "industrial_output_value", "period": "2025", "unit": "19", "groups": "urban_rural"},
    ).json()

    kinds = {u.code: u.kind for u in new_communes}
    for row in answer["inputs"]:
        assert row["group"] == ("urban" if kinds[row["unit"]] == UnitKind.WARD else "rural")
    y = np.array([values[row["unit"]] for row in answer["inputs"]])
    direct = TheilD(y, np.array([row["group"] for row in answer["inputs"]]))
    assert answer["theil"]["between"] == pytest.approx(float(np.ravel(direct.bg)[0]), abs=1e-9)


def test_it_leaves_communes_without_a_figure_out_and_says_so(client, new_communes):
    values = _store(new_communes, "2025", seed=6, skip=10)

    answer = client.get(
        "/api/v1/analysis/inequality",
        {"indicator": "industrial_output_value", "period": "2025", "unit": "19", "measure": "gini"},
    ).json()

    assert answer["complete"] is False
    assert answer["coverage_vi"] == "82/92 đơn vị có số liệu"
    assert len(answer["missing"]) == 10
    assert "incomplete" in [c["code"] for c in answer["caveats"]]
    # Unknown is not zero: the Gini is the one over the 82 stored figures only.
    assert answer["gini"] == pytest.approx(float(Gini(np.array(list(values.values()))).g), abs=1e-9)


def test_it_gives_pysals_morans_i_and_lisa_through_the_api(client, new_communes):
    _store(new_communes, "2025", seed=8)

    answer = client.get(
        "/api/v1/analysis/moran",
        {"indicator": "industrial_output_value", "period": "2025", "unit": "19", "k": 5, "permutations": 499},
    ).json()

    units = {u.code: u for u in new_communes}
    y = np.array([row["value"] for row in answer["inputs"]])
    points = np.array([(units[row["unit"]].longitude, units[row["unit"]].latitude) for row in answer["inputs"]])
    w = KNN.from_array(points, k=5, radius=6371.0)
    w.transform = "r"
    np.random.seed(12345)
    direct = Moran(y, w, permutations=499)
    local = Moran_Local(y, w, permutations=499, seed=12345, alternative="two-sided")
    assert answer["moran"]["i"] == pytest.approx(float(direct.I), abs=1e-9)
    assert answer["moran"]["expected"] == pytest.approx(float(direct.EI), abs=1e-9)
    assert answer["moran"]["p_value"] == pytest.approx(float(direct.p_sim), abs=1e-9)
    assert [row["local_i"] for row in answer["lisa"]] == pytest.approx(list(local.Is), abs=1e-9)
    assert [row["p_value"] for row in answer["lisa"]] == pytest.approx(list(local.p_sim), abs=1e-9)
    quadrants = {1: "HH", 2: "LH", 3: "LL", 4: "HL"}
    assert [row["quadrant"] for row in answer["lisa"]] == [quadrants[int(q)] for q in local.q]


def test_it_compares_2024_on_old_communes_and_re_expressed_on_new_ones(client, db):
    old = _communes("19", OLD_DAY) + _communes("06", OLD_DAY)
    values = _store(old, "2024", seed=9)

    as_was = client.get(
        "/api/v1/analysis/inequality",
        {"indicator": "industrial_output_value", "period": "2024", "unit": "19", "groups": "former_province"},
    ).json()
    on_new = client.get(
        "/api/v1/analysis/inequality",
        {
            "indicator": "industrial_output_value",
            "period": "2024",
            "unit": "19",
            "groups": "former_province",
            "map": "new",
        },
    ).json()

    assert len(as_was["inputs"]) == len(old)
    assert as_was["complete"] is True
    assert set(as_was["theil"]["places_per_group"]) == {"19", "06"}
    assert len(on_new["inputs"]) == 92
    # Re-expression moves the figures, it neither adds nor loses any.
    assert sum(row["value"] for row in on_new["inputs"]) == pytest.approx(sum(values.values()), rel=1e-9)
    split = any(row["approximate"] for row in on_new["inputs"])
    assert ("split_equal_assumed" in [c["code"] for c in on_new["caveats"]]) == split


def test_it_compares_the_former_provinces_on_the_shipped_figures(client, thai_nguyen_data):
    answer = client.get(
        "/api/v1/analysis/inequality",
        {
            "indicator": "industrial_output_value",
            "period": "2025-H1",
            "unit": "19",
            "level": "former_province",
            "measure": "all",
        },
    ).json()

    values = {row["unit"]: row["value"] for row in answer["inputs"]}
    assert values == {"06": 1050.0, "19": 443600.0}
    direct = TheilD(np.array([values["06"], values["19"]]), np.array(["06", "19"]))
    assert answer["theil"]["total"] == pytest.approx(float(np.ravel(direct.T)[0]), abs=1e-9)
    assert answer["theil"]["within"] == pytest.approx(0.0, abs=1e-12)
    assert {c["code"] for c in answer["caveats"]} >= {"few_places", "small_numbers"}
    assert all(row["source"]["url"].startswith("https://") for row in answer["inputs"])


def test_it_labels_synthetic_demonstration_values(client, db):
    answer = client.get(
        "/api/v1/analysis/inequality",
        {"indicator": "industrial_output_value", "period": "2025", "unit": "19", "demo": 7},
    ).json()

    assert answer["synthetic"] is True
    assert answer["caveats"][0]["code"] == "synthetic"
    assert "không phải số liệu thật" in answer["caveats"][0]["message_vi"]
    assert not Observation.objects.exists()  # nothing generated is ever stored


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"measure": "atkinson"}, "indicator"),
        ({"groups": "district"}, "groups"),
        ({"period": "năm ngoái"}, "period"),
        ({"indicator": "khong-co"}, "indicator"),
        ({"map": "old"}, "map"),
        ({"level": "former_province"}, "period"),  # 2025 is after the merger: nothing to compare
    ],
)
def test_it_refuses_bad_questions_in_both_languages(client, new_communes, params, field):
    _store(new_communes, "2025", seed=10)
    query = {"indicator": "industrial_output_value", "period": "2025", "unit": "19"} | params

    response = client.get("/api/v1/analysis/inequality", query)

    assert response.status_code == 400
    error = response.json()["errors"][0]
    assert error["field"] == field
    assert error["message_vi"]
    assert error["message_en"]
    assert error["message_vi"] != error["message_en"]


def test_it_refuses_theil_on_a_growth_rate(client, new_communes):
    per = parse_period("2025")
    iip = Indicator.objects.get(code="iip")
    for i, unit in enumerate(new_communes[:5]):
        obs = Observation(indicator=iip, unit=unit, value=Decimal(i - 2), status="estimate", source=synthetic_source())
        obs.set_period(per)
        obs.save()
    publish_loaded_figures(reason="synthetic (test)")

    response = client.get("/api/v1/analysis/inequality", {"indicator": "iip", "period": "2025", "unit": "19"})

    assert response.status_code == 400
    assert "non-negative" in response.json()["errors"][0]["message_en"]


def test_it_bounds_the_permutations(client, new_communes):
    response = client.get(
        "/api/v1/analysis/moran",
        {"indicator": "industrial_output_value", "period": "2025", "unit": "19", "permutations": 10**7},
    )
    assert response.status_code == 400
    assert response.json()["errors"][0]["field"] == "permutations"


def test_it_downloads_the_inputs_as_a_workbook(client, new_communes):
    _store(new_communes, "2025", seed=11, skip=2)

    response = client.get(
        "/api/v1/analysis/inequality",
        {"indicator": "industrial_output_value", "period": "2025", "unit": "19", "format": "xlsx"},
    )

    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = list(sheet.iter_rows(values_only=True))
    header = rows.index(
        (
            "Mã đơn vị",
            "Tên đơn vị",
            "Nhóm",
            "Giá trị dùng để tính",
            "Trọng số (km²)",
            "Số liệu gốc",
            "Phân bổ giả định",
            "Nguồn",
        )
    )
    body = [r for r in rows[header + 1 :] if r[0]]
    assert len([r for r in body if r[3] is not None]) == 90
    assert len([r for r in body if r[7] == "chưa có số liệu"]) == 2
    assert sheet.freeze_panes == f"A{header + 2}"
