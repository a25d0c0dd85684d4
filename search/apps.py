from django.apps import AppConfig


class SearchConfig(AppConfig):
    """Chinese full-text search over stories (jieba segmentation; PostgreSQL tsvector or SQLite FTS5)."""

    name = "search"
    verbose_name = "全文检索"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from django.db.models.signals import post_delete, post_save

        from articles.models import Article, ArticlePart
        from search import dictionary, indexing

        # jieba, the project dictionary and the keyword IDF table, loaded once per process at
        # start-up: a pre-forking server (gunicorn --preload) loads them before workers fork.
        # Names from the database are added at first use (no queries during start-up).
        dictionary.preload()

        # Saves the import service does not index itself (the admin's): the story is queued and
        # indexed when the transaction commits. See search/indexing.py.
        post_save.connect(indexing.article_saved, sender=Article, dispatch_uid="search-article")
        post_save.connect(indexing.part_changed, sender=ArticlePart, dispatch_uid="search-part")
        post_delete.connect(
            indexing.part_changed, sender=ArticlePart, dispatch_uid="search-part-del"
        )
