"""Teaser boxes (导读) get zones: ``Zone.teaser``, a zone being of exactly one story part, photo
or teaser, and a teaser having at most one."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0042_zone_drawn_on_picture"),
    ]

    operations = [
        migrations.RemoveConstraint(
            model_name="zone",
            name="zone_part_xor_photo",
        ),
        migrations.AddField(
            model_name="zone",
            name="teaser",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.CASCADE,
                related_name="zones",
                to="articles.teaser",
                verbose_name="导读",
            ),
        ),
        migrations.AddConstraint(
            model_name="zone",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    models.Q(
                        ("part__isnull", False), ("photo__isnull", True), ("teaser__isnull", True)
                    ),
                    models.Q(
                        ("part__isnull", True), ("photo__isnull", False), ("teaser__isnull", True)
                    ),
                    models.Q(
                        ("part__isnull", True), ("photo__isnull", True), ("teaser__isnull", False)
                    ),
                    _connector="OR",
                ),
                name="zone_part_photo_or_teaser",
            ),
        ),
        migrations.AddConstraint(
            model_name="zone",
            constraint=models.UniqueConstraint(fields=("teaser",), name="zone_unique_teaser"),
        ),
    ]
