from django.apps import AppConfig


class SearchConfig(AppConfig):
    """Chinese full-text search over stories (jieba segmentation; PostgreSQL tsvector or SQLite FTS5)."""

    name = "search"
    verbose_name = "全文检索"
    default_auto_field = "django.db.models.BigAutoField"
