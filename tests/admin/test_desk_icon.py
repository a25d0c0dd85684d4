"""The desk's pages name the site's icon, as the public pages do: a browser then asks for no
``/favicon.ico`` (a 404 in the log on every desk page)."""

from django.urls import reverse

ICON = '<link rel="icon" href="data:image/svg+xml,'


def test_the_desk_login_and_its_pages_name_the_sites_icon(client, admin_client):
    assert ICON in client.get(reverse("admin:login")).content.decode()
    assert ICON in admin_client.get(reverse("admin:index")).content.decode()
    assert ICON in admin_client.get(reverse("admin:articles_article_changelist")).content.decode()


def test_the_public_pages_name_the_same_icon(client, db):
    assert ICON in client.get("/").content.decode()
