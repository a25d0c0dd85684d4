from django.conf import settings
from django.conf.urls.static import static
from django.contrib import admin
from django.urls import include, path

from articles.pagepictures import PAGES_FOLDER
from articles.views.pagefiles import page_file
from newsroom.health import healthz

admin.site.site_header = "报刊编辑系统"
admin.site.site_title = "报刊编辑系统"
admin.site.index_title = "编辑部"

urlpatterns = [
    # For load balancers and monitors: 200 while the database answers, else 503 (never cached).
    path("healthz", healthz, name="healthz"),
    path("admin/", admin.site.urls),
    # A page's PDF, image and thumbnail: only while readers may see its picture, whatever
    # DEBUG is (articles/views/pagefiles.py); the web server must not serve this folder itself.
    path(f"{settings.MEDIA_URL.strip('/')}/{PAGES_FOLDER}<path:name>", page_file, name="page-file"),
    path("search/", include("search.urls")),
    path("", include("articles.urls")),
]
if settings.DEBUG:
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

handler400 = "newsroom.errors.bad_request"
handler403 = "newsroom.errors.permission_denied"
handler404 = "articles.views.notfound.page_not_found"  # (the masthead of the asked paper)
handler500 = "newsroom.errors.server_error"  # (503 while the database cannot be reached)
