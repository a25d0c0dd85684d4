from django.urls import path, register_converter

from articles import views


class IsoDateConverter:
    regex = r"\d{4}-\d{2}-\d{2}"

    def to_python(self, value: str) -> str:
        return value

    def to_url(self, value) -> str:
        return str(value)


register_converter(IsoDateConverter, "isodate")

app_name = "articles"
urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    path("people/<str:name>/", views.PersonView.as_view(), name="person"),
    path("<slug:paper>/", views.PublicationView.as_view(), name="publication"),
    path("<slug:paper>/<isodate:date>/", views.IssueView.as_view(), name="issue"),
    path(
        "<slug:paper>/<isodate:date>/article/<int:pk>/",
        views.ArticleView.as_view(),
        name="article",
    ),
    path("<slug:paper>/<isodate:date>/<str:label>/", views.PageView.as_view(), name="page"),
]
