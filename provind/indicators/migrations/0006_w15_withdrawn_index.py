from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("indicators", "0005_w13_indicator_group"),
    ]

    operations = [
        migrations.AddIndex(
            model_name="observation",
            index=models.Index(
                condition=models.Q(("withdrawn_at__isnull", False)), fields=["withdrawn_at"], name="obs_w15_withdrawn"
            ),
        ),
    ]
