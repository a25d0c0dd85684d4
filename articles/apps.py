from django.apps import AppConfig


class ArticlesConfig(AppConfig):
    name = "articles"
    verbose_name = "报刊内容"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from django.db.models.signals import post_delete, post_save

        from articles import caching, models

        # Any saved or deleted content row makes cached public pages stale (see caching.py).
        for model in (
            models.Publication,
            models.Issue,
            models.Page,
            models.Article,
            models.ArticlePart,
            models.Photo,
            models.Teaser,
            models.Jump,
            models.Person,
        ):
            post_save.connect(
                caching.bump_on_change, sender=model, dispatch_uid=f"bump-{model.__name__}"
            )
            post_delete.connect(
                caching.bump_on_change, sender=model, dispatch_uid=f"bump-del-{model.__name__}"
            )
