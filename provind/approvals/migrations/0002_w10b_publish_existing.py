"""Figures stored before approval existed were already public: their data sets start published,
so upgrading hides nothing. New figures start as drafts."""

from typing import Any

from django.db import migrations


def publish_existing(apps: Any, schema_editor: Any) -> None:
    observation = apps.get_model("indicators", "Observation")
    approval = apps.get_model("approvals", "DataSetApproval")
    step = apps.get_model("approvals", "ApprovalStep")
    pairs = sorted(set(observation.objects.values_list("unit_id", "period_code").distinct()))
    for unit_id, period in pairs:
        record = approval.objects.create(kind="indicators", unit_id=unit_id, period=period, state="published", version=1)
        step.objects.create(
            approval=record, action="publish", from_state="draft", to_state="published",
            reason="công khai trước khi có quy trình duyệt / public before approval existed",
        )


class Migration(migrations.Migration):
    dependencies = [
        ("approvals", "0001_w10b_initial"),
        ("indicators", "0001_initial"),
    ]

    operations = [migrations.RunPython(publish_existing, migrations.RunPython.noop)]
