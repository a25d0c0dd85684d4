from django.apps import AppConfig


class ArticlesConfig(AppConfig):
    name = "articles"
    verbose_name = "报刊内容"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from django.db.models.signals import post_delete, post_save, pre_save

        from articles import changes

        # Every single-row save or delete of content says so in one place (see changes.py).
        for model in changes.CONTENT_MODELS:
            name = model.__name__
            post_save.connect(changes.row_changed, sender=model, dispatch_uid=f"changed-{name}")
            post_delete.connect(changes.row_changed, sender=model, dispatch_uid=f"deleted-{name}")
        # …and where a row was before an update moves it, for the page cache (see changes.py).
        for model in changes.MOVABLE_MODELS:
            name = model.__name__
            pre_save.connect(changes.row_changing, sender=model, dispatch_uid=f"moving-{name}")
