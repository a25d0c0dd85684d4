"""ImportRun.run_by: whose permissions a background import runs with (the uploader, then whoever
clicked 重新运行). Runs recorded before it run as their uploader, as they did: without the copy,
a run queued before the upgrade would run as nobody, which is the command line's (unchecked)."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


def uploader_runs(apps, schema_editor):
    ImportRun = apps.get_model("articles", "ImportRun")
    ImportRun.objects.update(run_by=models.F("created_by"))


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0024_notices_name_several"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddField(
            model_name="importrun",
            name="run_by",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to=settings.AUTH_USER_MODEL,
                verbose_name="运行人",
            ),
        ),
        migrations.RunPython(uploader_runs, migrations.RunPython.noop),
    ]
