"""Two clients at once on an approval step or a correction (threads, own connections, both
databases): one wins, the other is refused; nothing is half done."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from functools import partial

import pytest
from django.conf import settings
from django.contrib.auth.models import User

from provind.approvals.models import ApprovalState, ApprovalStep, DataSetApproval, DataSetKind
from provind.approvals.services import ApprovalError, move
from provind.geography.loading import load_units
from provind.geography.models import AdminUnit
from provind.indicators.corrections import CorrectionError, correct_figure
from provind.indicators.loading import load_catalogue
from provind.indicators.models import Indicator, Observation
from tests.indicators.factories import add
from tests.projects.test_races import race


@pytest.fixture
def catalogue(transactional_db: None) -> None:
    if not AdminUnit.objects.exists():
        load_units(settings.DATA_DIR / "geography", provinces=frozenset({"19", "06"}))
    if not Indicator.objects.exists():
        load_catalogue(settings.DATA_DIR / "indicators" / "catalogue.csv")


@pytest.mark.django_db(transaction=True)
def test_two_submits_of_a_new_data_set_one_wins(catalogue: None) -> None:
    for n in range(1, 7):
        period = f"2024-{n:02d}"
        obs = add("export_value", "19", period, "2.5", published=False)
        results = race(
            partial(move, "submit", kind=DataSetKind.INDICATORS, unit=obs.unit, period=period, by=None),
            partial(move, "submit", kind=DataSetKind.INDICATORS, unit=obs.unit, period=period, by=None),
        )
        refused = [r for r in results if isinstance(r, Exception)]
        assert len(refused) == 1, results
        assert isinstance(refused[0], ApprovalError)
        record = DataSetApproval.objects.get(kind=DataSetKind.INDICATORS, unit=obs.unit, period=period)
        assert record.state == ApprovalState.SUBMITTED
        assert ApprovalStep.objects.filter(approval=record).count() == 1


@pytest.mark.django_db(transaction=True)
def test_two_corrections_of_the_same_figure_one_wins(catalogue: None) -> None:
    editor = User.objects.create_superuser("quan-tri", password="mật-khẩu-thử-1")
    for n in range(1, 7):
        wrong = add("export_value", "19", f"2024-{n:02d}", "250", "estimate", "2024-08-01", published=False)
        results = race(
            partial(
                correct_figure,
                wrong,
                value=Decimal("2.5"),
                reason="A",
                by=editor,
                vintage=dt.date(2024, 8, 20),
                expected_current=wrong.pk,
            ),
            partial(
                correct_figure,
                wrong,
                value=Decimal("2.6"),
                reason="B",
                by=editor,
                vintage=dt.date(2024, 8, 21),
                expected_current=wrong.pk,
            ),
        )
        refused = [r for r in results if isinstance(r, Exception)]
        assert len(refused) == 1, results
        assert isinstance(refused[0], CorrectionError)
        assert Observation.objects.filter(corrects=wrong).count() == 1
