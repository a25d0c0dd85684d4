"""Hand zones remember the picture they were drawn on (``Zone.drawn_on``), so that a re-sent PDF
flags them for checking (articles.zonechecks). Hand zones kept before are taken as drawn on
their page's picture now."""

from django.db import migrations, models


def drawn_on_the_picture_now(apps, schema_editor):
    Zone = apps.get_model("articles", "Zone")
    PageImage = apps.get_model("articles", "PageImage")
    keys = {
        page: f"{checksum}:{index}"
        for page, checksum, index in PageImage.objects.values_list(
            "page_id", "pdf_checksum", "pdf_page"
        )
    }
    for zone in Zone.objects.filter(source="hand", drawn_on="").only("pk", "page_id"):
        if zone.page_id in keys:
            Zone.objects.filter(pk=zone.pk).update(drawn_on=keys[zone.page_id])


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0041_page_redirects"),
    ]

    operations = [
        migrations.AddField(
            model_name="zone",
            name="drawn_on",
            field=models.CharField(
                blank=True, default="", max_length=80, verbose_name="画在哪张版面图上"
            ),
        ),
        migrations.RunPython(drawn_on_the_picture_now, migrations.RunPython.noop),
    ]
