"""The editors' desk. Fuller ModelAdmins arrive with the admin issue; these make every model reachable."""

from django.contrib import admin

from articles import models

for model in (
    models.Publication,
    models.Issue,
    models.Page,
    models.Article,
    models.ArticlePart,
    models.Person,
    models.Photo,
    models.Teaser,
    models.Jump,
):
    admin.site.register(model)
