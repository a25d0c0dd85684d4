from django.urls import path

from search import export, views

app_name = "search"
urlpatterns = [
    path("", views.search_view, name="search"),
    path("tag/<str:word>/", views.tag_view, name="tag"),
    path("export.csv", export.export_csv, name="export-csv"),
    path("export.txt", export.export_citations, name="export-citations"),
    path("export.ris", export.export_ris, name="export-ris"),
]
