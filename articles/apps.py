from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps


class DeskAdminConfig(admin_apps.AdminConfig):
    """``django.contrib.admin`` with the desk's site (home page, table order) as ``admin.site``;
    in ``INSTALLED_APPS`` instead of ``django.contrib.admin``."""

    default = False  # ``articles`` itself is ArticlesConfig
    default_site = "articles.admin_site.DeskSite"


class ArticlesConfig(AppConfig):
    name = "articles"
    verbose_name = "报刊内容"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from django.contrib.auth.signals import user_logged_in, user_logged_out
        from django.db.models.signals import post_delete, post_save, pre_delete, pre_save

        import newsroom.checks  # noqa: F401  (registers the deployment checks)
        from newsroom import logins

        # Each desk login and logout is a line of the log (newsroom/logins.py).
        user_logged_in.connect(logins.logged_in, dispatch_uid="log-login")
        user_logged_out.connect(logins.logged_out, dispatch_uid="log-logout")
        from articles import changes

        # Every single-row save or delete of content says so in one place (see changes.py).
        for model in changes.CONTENT_MODELS:
            name = model.__name__
            post_save.connect(changes.row_changed, sender=model, dispatch_uid=f"changed-{name}")
            post_delete.connect(changes.row_changed, sender=model, dispatch_uid=f"deleted-{name}")
        from articles.models import Byline

        # A story deleted loses its bylines first: its reporters' lists are told by them.
        post_delete.connect(changes.byline_deleted, sender=Byline, dispatch_uid="deleted-Byline")

        from articles import photofiles
        from articles.models import Photo

        # A deleted photo's files go once the deletion is committed (see articles/photofiles.py).
        post_delete.connect(photofiles.photo_deleted, sender=Photo, dispatch_uid="files-Photo")
        # A failed save's new upload is removed (photofiles.uploads_kept_only_if_saved).
        pre_save.connect(photofiles.photo_saving, sender=Photo, dispatch_uid="upload-Photo")

        from simple_history.signals import pre_create_historical_record

        from articles import editing
        from articles.models import Article

        # A story's history record keeps its body and reporters too (see articles/editing.py).
        pre_create_historical_record.connect(
            editing.record_story_snapshot,
            sender=Article.history.model,
            dispatch_uid="story-snapshot",
        )

        from articles import crediting

        # A photo's history record keeps its photographers too (see articles/crediting.py).
        pre_delete.connect(
            crediting.photo_credits_deleting, sender=Photo, dispatch_uid="credits-Photo"
        )
        pre_create_historical_record.connect(
            crediting.record_photographers,
            sender=Photo.history.model,
            dispatch_uid="photo-photographers",
        )

        # …and where a row was before an update moves it, for the page cache (see changes.py).
        for model in changes.MOVABLE_MODELS:
            name = model.__name__
            pre_save.connect(changes.row_changing, sender=model, dispatch_uid=f"moving-{name}")

        from articles.continuations import resolution
        from articles.models.content import review_turned_off

        # Turning 发布须经签发 off decides the links held for it again (see
        # articles/continuations/resolution.py).
        review_turned_off.connect(resolution.review_turned_off_follow, dispatch_uid="review-off")

        from articles import publishing
        from articles.models.stories import story_status_changed

        # …and so does a story's save that publishes or withdraws it (see articles/publishing.py).
        story_status_changed.connect(publishing.story_status_follow, dispatch_uid="story-status")
