"""One error vocabulary (issue 11): every bilingual error is a ProvindError with message_vi,
message_en, field, row and code, and still the standard type its callers catch; the problem
records read the same way."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.exceptions import PermissionDenied

from provind.analysis.boundaries import BoundaryProblem, BoundaryRejected
from provind.analysis.measures import MeasureError
from provind.api.errors import BadRequest
from provind.approvals.services import ApprovalError, ApprovalNotAllowed, DataSetLocked
from provind.clusters.circular14.submissions import FormRejected, NotAllowed, Problem
from provind.clusters.circular14.summary import FormUnitError
from provind.clusters.queries import QueryError
from provind.clusters.windows import WindowError
from provind.dataio.cells import CellError
from provind.dataio.problems import RowProblem
from provind.errors import BilingualMessage, InputError, ProvindError, StepRefused
from provind.geography.queries import UnitNotFound
from provind.indicators.calculations import CalculationError
from provind.indicators.corrections import CorrectionError, CorrectionNotAllowed
from provind.indicators.periods import PeriodError
from provind.indicators.synth import SynthRefused
from provind.projects.services import ObstacleError, StaleEdit, StaleMilestone
from provind.reports.builder import ReportInputError

FAMILY = [
    BoundaryRejected,
    MeasureError,
    BadRequest,
    ApprovalError,
    ApprovalNotAllowed,
    DataSetLocked,
    FormRejected,
    NotAllowed,
    FormUnitError,
    QueryError,
    WindowError,
    CellError,
    UnitNotFound,
    CalculationError,
    CorrectionError,
    CorrectionNotAllowed,
    PeriodError,
    SynthRefused,
    ObstacleError,
    StaleEdit,
    StaleMilestone,
    ReportInputError,
]


@pytest.mark.parametrize("kind", FAMILY, ids=lambda k: k.__name__)
def test_every_bilingual_error_is_one_family(kind: type) -> None:
    assert issubclass(kind, ProvindError)


def test_each_keeps_the_standard_type_its_callers_catch() -> None:
    assert issubclass(InputError, ValueError)
    assert issubclass(CellError, ValueError)
    assert issubclass(PeriodError, ValueError)
    assert issubclass(UnitNotFound, LookupError)
    assert issubclass(NotAllowed, PermissionDenied)
    assert issubclass(CorrectionNotAllowed, PermissionDenied)


def test_an_error_says_both_languages_where_and_what_kind() -> None:
    error = UnitNotFound("99", dt.date(2024, 6, 30))
    assert error.as_dict() == {
        "field": "unit",
        "row": None,
        "code": "unit_not_found",
        "message_vi": "Không có đơn vị hành chính mã 99 vào ngày 30/06/2024",
        "message_en": "no administrative unit with code 99 was valid on 2024-06-30",
    }
    assert str(error) == f"{error.message_vi} / {error.message_en}"
    assert (error.vi, error.en) == (error.message_vi, error.message_en)


def test_input_errors_name_their_field_and_refused_steps_do_not() -> None:
    assert str(QueryError("status", "sai", "wrong")) == "status: sai / wrong"
    assert str(ObstacleError("status", "đã xong", "already done")) == "đã xong / already done"
    assert issubclass(ObstacleError, StepRefused)
    assert (StaleEdit("version", "cũ", "stale").code, StaleMilestone("version", "cũ", "stale").code) == ("stale",) * 2
    assert CellError("ô sai", "bad cell", row=7).as_dict()["row"] == 7


def test_problem_records_read_like_errors() -> None:
    row = RowProblem(3, "value", "x", "không phải số", "not a number", rule="number")
    form = Problem("land_leased_ha", "âm", "negative")
    feature = BoundaryProblem(2, "code", "mã lạ", "unknown code")
    for record in (row, form, feature):
        assert isinstance(record, BilingualMessage)
    assert row.as_dict() == {
        "field": "value",
        "row": 3,
        "code": "number",
        "message_vi": "không phải số",
        "message_en": "not a number",
    }
    assert (form.as_dict()["field"], feature.as_dict()["row"]) == ("land_leased_ha", 2)
    assert str(FormRejected([form])) == "land_leased_ha: âm / negative"
    assert FormRejected([form]).message_en == "land_leased_ha: negative"
