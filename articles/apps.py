from django.apps import AppConfig


class ArticlesConfig(AppConfig):
    name = "articles"
    verbose_name = "报刊内容"
    default_auto_field = "django.db.models.BigAutoField"
