from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.management import CommandError, call_command

from articles.management.commands.create_demo_editor import (
    DEMO_CHIEF_PASSWORD,
    DEMO_CHIEF_USERNAME,
    DEMO_PASSWORD,
    DEMO_USERNAME,
)

pytestmark = pytest.mark.django_db


def run(*args) -> str:
    out = StringIO()
    call_command("create_demo_editor", *args, stdout=out)
    return out.getvalue()


def test_creates_the_editor_once():
    first = run()
    second = run()
    User = get_user_model()
    assert User.objects.filter(username=DEMO_USERNAME).count() == 1
    user = User.objects.get(username=DEMO_USERNAME)
    assert user.is_staff and user.is_active and not user.is_superuser
    assert list(user.groups.values_list("name", flat=True)) == ["editor"]
    assert "Created" in first and "Updated" in second
    assert DEMO_PASSWORD in first  # the login instructions


def test_groups_get_article_permissions():
    run()
    articles_perms = Permission.objects.filter(content_type__app_label="articles")
    editor = set(Group.objects.get(name="editor").permissions.all())
    viewer = set(Group.objects.get(name="viewer").permissions.all())
    chief = set(Group.objects.get(name="chief-editor").permissions.all())
    assert chief == set(articles_perms)
    assert chief - editor == {articles_perms.get(codename="signoff_article")}
    assert viewer == set(articles_perms.filter(codename__startswith="view_"))
    assert viewer and all(p.codename.startswith("view_") for p in viewer)
    assert {p.codename.split("_")[0] for p in editor} == {
        "add",
        "change",
        "delete",
        "view",
        "export",
    }
    # 导出修改记录: the one permission beyond the model's four, editors' and chief editors' only
    assert {p.codename for p in editor if p.codename.startswith("export")} == {"export_history"}


def test_the_editor_can_open_the_admin(client):
    run()
    assert client.login(username=DEMO_USERNAME, password=DEMO_PASSWORD)
    response = client.get("/admin/")
    assert response.status_code == 200
    assert "稿件" in response.content.decode()  # the articles app is on the editor's desk


def test_refuses_the_demo_password_outside_dev_and_test(settings):
    settings.NEWSROOM_ALLOW_DEMO_LOGIN = False
    with pytest.raises(CommandError, match="--password"):
        run()
    assert not get_user_model().objects.exists()
    run("--password", "a-long-and-Unusual-passphrase-42")
    assert (
        get_user_model()
        .objects.get(username=DEMO_USERNAME)
        .check_password("a-long-and-Unusual-passphrase-42")
    )


def test_rejects_a_weak_password():
    with pytest.raises(CommandError, match="weak password"):
        run("--password", "12345")


def test_creates_a_demo_chief_editor_who_may_sign_off_and_prints_its_login():
    out = run()
    chief = get_user_model().objects.get(username=DEMO_CHIEF_USERNAME)
    assert chief.is_staff and not chief.is_superuser and chief.check_password(DEMO_CHIEF_PASSWORD)
    assert list(chief.groups.values_list("name", flat=True)) == ["chief-editor"]
    assert chief.has_perm("articles.signoff_article")
    editor = get_user_model().objects.get(username=DEMO_USERNAME)
    assert not editor.has_perm("articles.signoff_article")
    assert DEMO_CHIEF_USERNAME in out and DEMO_CHIEF_PASSWORD in out


def test_outside_dev_the_chief_editor_needs_its_own_password(settings):
    settings.NEWSROOM_ALLOW_DEMO_LOGIN = False
    out = run("--password", "a-long-and-Unusual-passphrase-42")
    assert not get_user_model().objects.filter(username=DEMO_CHIEF_USERNAME).exists()
    assert "--chief-password" in out
    run(
        "--password",
        "a-long-and-Unusual-passphrase-42",
        "--chief-password",
        "another-long-Unusual-passphrase-43",
    )
    chief = get_user_model().objects.get(username=DEMO_CHIEF_USERNAME)
    assert chief.check_password("another-long-Unusual-passphrase-43")
