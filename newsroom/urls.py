from django.conf import settings
from django.conf.urls.static import static
from django.contrib import admin
from django.urls import include, path

admin.site.site_header = "报刊编辑系统"
admin.site.site_title = "报刊编辑系统"
admin.site.index_title = "编辑部"

urlpatterns = [
    path("admin/", admin.site.urls),
    path("search/", include("search.urls")),
    path("", include("articles.urls")),
]
if settings.DEBUG:
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

handler400 = "newsroom.errors.bad_request"
handler403 = "newsroom.errors.permission_denied"
