"""National scale: the queries of the pages and the API read through indexes (checked in the
query plan of a generated, analysed data set), statistics and counts are kept current, the
synthetic set is labelled and never mixed with real figures, and the importer's history
baselines come from SQL."""

from __future__ import annotations

import pytest
from django.db import connection

from provind.geography.models import REFORM_DATE
from provind.geography.queries import resolve_unit
from provind.indicators import synth
from provind.indicators.imports import import_observations
from provind.indicators.models import Indicator, Observation, ObservationSummary, Source, Status
from provind.indicators.queries import Slice, children_ids, unit_ids
from tests.indicators.factories import add
from tests.indicators.test_imports import row, xlsx

pytestmark = pytest.mark.django_db


@pytest.fixture
def generated():
    """Thái Nguyên (old and new) with its communes, 2025 only: about 25,000 synthetic rows."""
    written = synth.generate("province", seed=7, first_year=2025)
    assert written == Observation.objects.count() > 10_000
    return Indicator.objects.get(code="retail_sales_services")


def plan(queryset) -> str:
    sql, params = queryset.query.sql_with_params()
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute(f"EXPLAIN QUERY PLAN {sql}", params)
            return "\n".join(str(r[-1]) for r in cursor.fetchall())
        # PostgreSQL: with a test-sized table a sequential scan is cheapest, so forbid it to
        # check that an index exists for the query at all.
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute(f"EXPLAIN {sql}", params)
        return "\n".join(str(r[0]) for r in cursor.fetchall())


def full_scan(text: str) -> bool:
    if connection.vendor == "sqlite":
        return any(line.startswith("SCAN indicators_observation") and "USING" not in line for line in text.splitlines())
    return "Seq Scan on indicators_observation" in text


def test_the_slice_of_one_indicator_and_period_reads_its_index(generated):
    text = plan(Slice(generated, "2025-08").queryset().filter(id__gt=0).order_by("id"))

    assert "obs_w15_indicator_period_id" in text, text
    assert not full_scan(text), text


def test_the_children_of_a_province_are_an_index_lookup(generated):
    ids = children_ids("19", None)
    assert len(ids) > 90

    text = plan(Slice(generated, "2025-08", unit_ids=ids).queryset().order_by("id"))

    assert not full_scan(text), text
    assert "indicators_observation" in text


def test_a_series_of_a_unit_code_starts_from_the_indicator_and_unit(generated):
    query = Observation.objects.filter(indicator=generated, unit_id__in=unit_ids("19"), breakdown="").actual()

    text = plan(query)

    assert not full_scan(text), text
    if connection.vendor == "sqlite":
        assert "(indicator_id=? AND unit_id=?)" in text, text
    else:
        assert "Index" in text, text


def test_generated_rows_are_labelled_synthetic_and_counted(generated):
    assert Observation.objects.real().count() == 0
    assert Observation.objects.synthetic().count() == Observation.objects.count()
    assert set(Source.objects.values_list("synthetic", flat=True)) == {True}
    summary = ObservationSummary.objects.get(indicator=generated)
    assert summary.figures == Observation.objects.filter(indicator=generated).count() > 0
    statuses = set(Observation.objects.values_list("status", flat=True))
    assert statuses == {Status.ESTIMATE, Status.OFFICIAL}
    kinds = set(Observation.objects.filter(indicator=generated).values_list("period_kind", flat=True))
    # Cumulative 3 and 6 months are the first quarter and half; no unit spans all of 2025.
    assert kinds == {"month", "ytd", "quarter", "half"}


def test_cumulative_figures_add_up_the_months(generated):
    unit = resolve_unit("19", REFORM_DATE)
    months = Observation.objects.filter(
        indicator=generated, unit=unit, period_code__in=["2025-07", "2025-08"], status=Status.ESTIMATE
    )
    ytd = Observation.objects.filter(indicator=generated, unit__code="05503", period_code="2025-YTD08")
    assert sum(o.value for o in months) > 0
    assert not ytd.exists()  # new communes began on 1 July 2025: no cumulative from January


def test_synthetic_data_never_goes_into_a_database_with_figures():
    add("export_value", "19", "2024-07", "2.5")

    with pytest.raises(synth.SynthRefused) as refused:
        synth.generate("province", seed=1, first_year=2025)

    assert "empty database" in refused.value.en
    assert Observation.objects.count() == 1


def test_an_import_refreshes_planner_statistics_and_counts():
    result = import_observations(xlsx([row(period=f"2024-{m:02d}", value=2 + m / 10) for m in range(1, 4)]))

    assert result.created == 3
    assert ObservationSummary.objects.get(indicator__code="export_value").figures == 3
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("SELECT COUNT(*) FROM sqlite_stat1 WHERE tbl = 'indicators_observation'")
            assert cursor.fetchone()[0] > 0


def test_the_sql_baseline_scales_cumulative_figures_per_month():
    # Stored: 7 months cumulative = 70 (10 a month) and July = 11; a July of 9,900 is 1,000× off.
    import_observations(xlsx([row(period="2024-YTD07", value=70), row(period="2024-07", value=11)]))

    slip = import_observations(xlsx([row(period="2024-08", value=9900)]))
    fine = import_observations(xlsx([row(period="2024-08", value=12)]))

    assert [e.rule for e in slip.errors] == ["magnitude"]
    assert fine.ok
    assert fine.created == 1


def test_a_long_stored_history_enters_as_its_median():
    stored = [row(indicator="retail_sales_services", period=f"2023-{m:02d}", value=6000 + m) for m in range(1, 13)]
    import_observations(xlsx(stored))

    slip = import_observations(xlsx([row(indicator="retail_sales_services", period="2024-01", value=6)]))
    fine = import_observations(xlsx([row(indicator="retail_sales_services", period="2024-01", value=6100)]))

    assert [e.rule for e in slip.errors] == ["magnitude"]
    assert fine.ok


def test_the_data_version_reads_withdrawals_through_their_index_not_the_table(generated):
    from django.test.utils import CaptureQueriesContext

    from provind.indicators.queries import data_version

    with CaptureQueriesContext(connection) as queries:
        data_version()
    [withdrawn_sql] = [q["sql"] for q in queries.captured_queries if "withdrawn_at" in q["sql"]]
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute(("EXPLAIN QUERY PLAN " if connection.vendor == "sqlite" else "EXPLAIN ") + withdrawn_sql)
        text = "\n".join(str(r[-1] if connection.vendor == "sqlite" else r[0]) for r in cursor.fetchall())

    assert "obs_w15_withdrawn" in text, text
    assert not full_scan(text), text


def test_the_data_version_moves_with_a_withdrawal():
    from django.utils import timezone

    from provind.indicators.queries import data_version_key

    first = add("export_value", "19", "2024-07", "2.5")
    add("export_value", "19", "2024-08", "2.6")
    before = data_version_key()
    Observation.objects.filter(pk=first.pk).update(withdrawn_at=timezone.now())

    assert data_version_key() != before


def test_an_import_adds_its_rows_to_the_count_without_recounting_the_indicator():
    import_observations(xlsx([row(period="2024-01", value=2.1)]))
    summary = ObservationSummary.objects.get(indicator__code="export_value")
    assert summary.figures == 1
    # Stands for two million stored rows: a recount would bring it back to the true 1 + 2.
    ObservationSummary.objects.filter(pk=summary.pk).update(figures=2_000_000)

    result = import_observations(xlsx([row(period=f"2024-0{m}", value=2 + m / 10) for m in (2, 3)]))

    assert result.created == 2
    assert ObservationSummary.objects.get(pk=summary.pk).figures == 2_000_002


def test_a_dry_run_counts_nothing():
    import_observations(xlsx([row(period="2024-01", value=2.1)]))

    import_observations(xlsx([row(period="2024-02", value=2.2)]), dry_run=True)

    assert ObservationSummary.objects.get(indicator__code="export_value").figures == 1


def test_only_the_files_vintages_are_read_and_revisions_still_behave():
    from django.test.utils import CaptureQueriesContext

    import_observations(xlsx([row(period="2024-07", value=5, vintage="05/08/2024")]))

    with CaptureQueriesContext(connection) as queries:  # the debug cursor, as with DEBUG=True
        revision = import_observations(xlsx([row(period="2024-07", value=6, vintage="05/11/2024")]))
    again = import_observations(xlsx([row(period="2024-07", value=6, vintage="05/11/2024")]))
    changed = import_observations(xlsx([row(period="2024-07", value=7, vintage="05/11/2024")]))
    undated = import_observations(xlsx([row(period="2024-07", value=8)]))

    lookup = [q["sql"] for q in queries.captured_queries if '"period_code" IN' in q["sql"] and "vintage" in q["sql"]]
    assert lookup
    assert all('"vintage" IN' in sql for sql in lookup), lookup
    assert revision.created == 1
    assert (again.created, again.unchanged) == (0, 1)
    assert [e.rule for e in changed.errors] == ["no_overwrite"]
    assert undated.created == 1


def test_a_text_contradicting_another_vintage_is_still_refused():
    import_observations(xlsx([row(period="2024-07", value=5, vintage="05/08/2024")]))

    result = import_observations(
        xlsx([row(period="2024-07", value=6, vintage="05/11/2024")]), refuse_contradictions=True
    )

    assert [e.rule for e in result.errors] == ["contradiction"]


def test_the_dashboards_plan_figures_start_from_the_unit_not_the_source(generated):
    from provind.web.views_indicators import range_plans

    text = plan(range_plans("19"))

    assert not full_scan(text), text
    assert "indicators_source" not in text, text  # sources come in their own query
    assert "indicators_observation" in text


def test_the_observations_call_resolves_names_inside_its_index_lookup(generated):
    from provind.api.indicators import _observations
    from provind.approvals.visibility import published_only
    from provind.indicators.periods import parse_period

    month = parse_period("2025-08")
    values = {"indicator": generated.code, "period": month.code, "unit": "19"}
    values.update(period_start=month.start, period_end=month.end)
    with published_only():
        text = plan(_observations(values))

    assert not full_scan(text), text
    if connection.vendor == "sqlite":
        assert "(indicator_id=? AND unit_id=? AND period_code=?)" in text, text
    else:
        assert "Index" in text, text
