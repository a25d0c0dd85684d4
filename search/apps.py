from django.apps import AppConfig


class SearchConfig(AppConfig):
    """Chinese full-text search over stories (jieba segmentation; PostgreSQL tsvector or SQLite FTS5)."""

    name = "search"
    verbose_name = "全文检索"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from search import dictionary

        # jieba, the project dictionary and the keyword IDF table, loaded once per process at
        # start-up: a pre-forking server (gunicorn --preload) loads them before workers fork.
        # Names from the database are added at first use (no queries during start-up).
        dictionary.preload()
        # The index is told what changed by articles.changes.content_changed (the one way).
