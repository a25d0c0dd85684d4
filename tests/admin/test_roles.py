"""Roles: editors edit, import and publish; chief editors also sign off; viewers only look; only
staff reach the admin.

The table below names every write URL of the admin (everything ``admin.site.get_urls()``
yields, minus the read-only ones listed in ``READ_ONLY``) with who may POST to it. For each of
anonymous, a non-staff user, a viewer, an editor and a superuser, the POST a browser would send
is made: the roles not allowed get 403 (anonymous and non-staff users: the login page) and the
database is unchanged; the allowed ones are not refused (and, where the case says so, change
the database). A URL added to the admin without a row here fails
``test_every_admin_url_is_a_write_with_rules_or_listed_as_read_only``.
"""

from collections.abc import Callable
from dataclasses import dataclass
from io import StringIO

import pytest
from django.apps import apps
from django.contrib import admin
from django.contrib.admin.models import LogEntry
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.db import transaction
from django.db.models import Count
from django.test import Client
from django.urls import URLPattern, URLResolver, reverse

from articles.models import (
    Article,
    Byline,
    CorrectionNotice,
    Issue,
    Jump,
    Page,
    Person,
    Photo,
    ProofreadingWord,
    Publication,
    Teaser,
)
from tests.admin.conftest import JUMPS, form_data, staff
from tests.factories import SEED

pytestmark = pytest.mark.django_db


def test_setup_roles_creates_both_groups_and_is_idempotent():
    out = StringIO()
    call_command("setup_roles", stdout=out)
    call_command("setup_roles", stdout=out)
    editor, viewer = Group.objects.get(name="editor"), Group.objects.get(name="viewer")
    codes = set(editor.permissions.values_list("codename", flat=True))
    assert {
        "change_article",
        "add_page",
        "change_issue",
        "change_jump",
        "view_historicalarticle",
    } <= codes
    assert all(c.startswith("view_") for c in viewer.permissions.values_list("codename", flat=True))
    assert "Group 'editor'" in out.getvalue()


def test_only_staff_reach_the_admin(client, seed):
    user = get_user_model().objects.create_user("reader", password="x")
    client.force_login(user)
    response = client.get(reverse("admin:articles_article_changelist"))
    assert response.status_code == 302 and "/admin/login/" in response.url


def test_viewers_read_everything_and_change_nothing(viewer_client, seed):
    article = Article.objects.first()
    change = reverse("admin:articles_article_change", args=[article.pk])
    page = viewer_client.get(change)
    assert page.status_code == 200 and 'name="headline"' not in page.content.decode()
    assert viewer_client.post(change, {"headline": "x"}).status_code == 403
    article.refresh_from_db()
    assert article.headline != "x"
    for name in ["issue", "page", "photo", "person", "jump", "teaser"]:
        assert viewer_client.get(reverse(f"admin:articles_{name}_changelist")).status_code == 200
    assert viewer_client.get(reverse("admin:articles_page_upload")).status_code == 403
    issue = Issue.objects.get()
    assert (
        viewer_client.get(reverse("admin:articles_issue_publish", args=[issue.pk])).status_code
        == 403
    )
    changelist = viewer_client.get(reverse("admin:articles_issue_changelist"))
    assert "publish_selected" not in changelist.content.decode()


def test_editors_have_the_desk_tools(editor_client, seed):
    html = editor_client.get(reverse("admin:articles_page_changelist")).content.decode()
    assert "导入版面文件" in html and "导入表格" in html and "导出表格" in html
    issue = Issue.objects.get()
    html = editor_client.get(
        reverse("admin:articles_issue_change", args=[issue.pk])
    ).content.decode()
    assert "发布本期" in html


# The table: every write URL of the admin, and who may POST to it -------------------------------

ROLES = ("anonymous", "non-staff", "viewer", "editor", "chief-editor", "superuser")
STAFF = ("viewer", "editor", "chief-editor", "superuser")
# A chief editor may do what an editor may (and sign off: tests/admin/test_signoff.py).
EDITORS = frozenset({"editor", "chief-editor", "superuser"})
SUPERUSER = frozenset({"superuser"})
EVERY_STAFF = frozenset(STAFF)
NOBODY = frozenset()
# Django's delete of a story, page or issue would cut stories in half: it refuses every role.
# Editors undo an import with 撤销本版导入 / 删除本期 (articles_page_undo_import,
# articles_issue_remove), which say what goes and keep the chains whole.
NO_DELETE = NOBODY

MODELS = [
    ("auth", "group"),
    ("auth", "user"),
    *(
        ("articles", name)
        for name in (
            "publication",
            "issue",
            "page",
            "person",
            "photo",
            "teaser",
            "article",
            "articlepart",
            "jump",
            "correctionnotice",
            "proofreadingword",
        )
    ),
]
SPREADSHEETS = ("issue", "page", "photo", "article")  # the models with import and export

READ_ONLY = {
    "index",
    "login",
    "logout",  # ends the session, changes no data
    "password_change_done",
    "autocomplete",
    "jsi18n",
    "view_on_site",
    "app_list",
    "(?P<url>.*)$",  # the admin's catch-all: a 404 or a redirect
    *(f"{app}_{model}_history" for app, model in MODELS),  # the list of changes
    *(f"{app}/{model}/<path:object_id>/" for app, model in MODELS),  # redirect to …/change/
    *(f"articles_{model}_export" for model in SPREADSHEETS),  # exporting writes nothing
    "articles_page_upload_run",  # a background import's progress page
    "articles_page_upload_run_status",  # … and the JSON it polls
    "audit_export",  # 导出修改记录: a file of the history, writes nothing
}


def admin_url_names() -> set[str]:
    """Every URL the admin site serves, by name (unnamed ones by their pattern)."""

    def walk(patterns, prefix=""):
        for entry in patterns:
            if isinstance(entry, URLResolver):
                yield from walk(entry.url_patterns, prefix + str(entry.pattern))
            elif isinstance(entry, URLPattern):
                yield entry.name or prefix + str(entry.pattern)

    return set(walk(admin.site.get_urls()))


@dataclass
class Desk:
    """The seeded paper (one of each kind of row), a user of each role and a superuser's client
    to render the forms the POSTs are read from."""

    users: dict
    render: Client
    publication: Publication
    issue: Issue
    page: Page
    article: Article
    photo: Photo
    person: Person
    teaser: Teaser
    jump: Jump
    group: Group
    bystander: object
    spare_person: Person  # nobody's byline: can be deleted
    spare_publication: Publication  # no issues: can be deleted
    word: ProofreadingWord  # an entry of the proofreading word list
    notice: CorrectionNotice  # a printed 更正 whose story was not found

    @property
    def part(self):
        return self.article.parts.first()


@dataclass(frozen=True)
class Write:
    """One write URL: its address in the seeded desk, the POST a browser would send there as
    ``role`` (made with that role's client: some steps need a preview first), and who may."""

    address: Callable[[Desk], str]
    data: Callable[[Desk, Client, str, str], dict]  # (desk, client, role, address)
    allowed: frozenset
    changes: bool = True  # an allowed POST changes the database
    absent: bool = False  # nothing there: every staff role gets 404


def at(name: str, *attrs: str) -> Callable[[Desk], str]:
    return lambda d: reverse(f"admin:{name}", args=[getattr(d, a).pk for a in attrs])


def version_of(attr: str, name: str) -> Callable[[Desk], str]:
    """A recorded version (history revert) of the desk's ``attr``."""

    def address(d):
        obj = getattr(d, attr)
        record = obj.history.order_by("history_id").first()
        return reverse(f"admin:{name}", args=[obj.pk, record.history_id])

    return address


def rendered(**changes):
    """The form as the page renders it (for a superuser), with ``changes`` typed in."""

    def data(d, client, role, address):
        return {**form_data(d.render.get(address)), **changes}

    return data


def credited_twice() -> Person:
    """The first person with two stories or more (a split leaves them one)."""
    return Person.objects.annotate(n=Count("bylines")).filter(n__gte=2).order_by("pk").first()


def split_one_story(d, client, role, address):
    """拆分同名记者 as typed: two notes, the person's first story ticked."""
    story = Byline.objects.filter(person=credited_twice()).order_by("pk").first().article_id
    typed = {"note_kept": "体育部", "note_new": "晴川晚报", "stories": [str(story)]}
    return {**form_data(d.render.get(address)), **typed, "confirm": "1"}


def story_at(d, position: int) -> Article:
    """The desk's page's story at ``position``."""
    return Article.objects.get(page=d.page, position=position)


def found_story(d) -> Article:
    """The seed's story with a proofreading finding (摸清清楚)."""
    from articles.proofing import story_findings

    return next(a for a in Article.objects.order_by("pk") if story_findings(a))


def first_finding_id(article) -> str:
    """What the story form's first 不是错的 button sends."""
    from articles.admin.proofmarks import finding_id
    from articles.proofing import story_findings

    return finding_id(story_findings(article)[0])


def nothing(d, client, role, address):
    return {}


def relabel_confirmed(d, client, role, address):
    """改版次 as the desk sends it: A1 typed as A3 on the form, then the plan page's
    confirmation as rendered (the plan step itself writes nothing)."""
    form = d.render.get(address)
    plan = d.render.post(address, {**form_data(form, "relabel-form"), "new_label": "A3"})
    return form_data(plan, "relabel-form")


def posted(**fields):
    return lambda d, c, r, a: dict(fields)


def action(name: str, attr: str, **extra):
    """A list action run on the desk's ``attr`` (confirmed where the action asks)."""
    return lambda d, c, r, a: {
        "action": name,
        "_selected_action": [str(getattr(d, attr).pk)],
        "index": "0",
        **extra,
    }


CONFIRMED = {"post": "yes"}  # the "Yes, I'm sure" of a delete


def own_password(d, client, role, address):
    old = "pw-" + d.users[role].username if d.users.get(role) else "x"
    return {
        "old_password": old,
        "new_password1": "N3w-pass-2020!",
        "new_password2": "N3w-pass-2020!",
    }


def late_page_drafts(d, client, role, address):
    """A draft story in a published issue (what a page imported late leaves), to publish."""
    Issue.objects.filter(pk=d.issue.pk).update(status="published")
    return {"ids": str(d.article.pk)}


def page_upload(d, client, role, address):
    """Preview the A3 page (the form as rendered, the file attached) as this role, then confirm
    that preview."""
    text = SEED.read_text(encoding="utf-8").replace("A1", "A3")
    data = {
        **form_data(d.render.get(address)),
        "files": [SimpleUploadedFile("A3.txt", text.encode(), content_type="text/plain")],
        "paper": "南通日报",
        "issue_date": "2020-07-09",
        "page": "A3",
    }
    preview = client.post(address, data)
    token = preview.context.get("token", "") if preview.status_code == 200 else ""
    assert token or role not in EDITORS, preview.context["form"].errors
    return {"confirm": "1", "token": token}


def interrupted_run(d) -> str:
    """A background import whose worker died (running, its heartbeat long gone): 重新运行."""
    from datetime import timedelta

    from django.utils import timezone

    from articles.models import ImportRun, ImportRunState

    run = ImportRun.objects.create(
        state=ImportRunState.RUNNING,
        items=[],
        heartbeat_at=timezone.now() - timedelta(hours=1),
    )
    return reverse("admin:articles_page_upload_run_rerun", args=[run.pk])


def queued_run(d) -> str:
    """A background import still waiting for its worker: 停止导入."""
    from articles.models import ImportRun, ImportRunState

    run = ImportRun.objects.create(state=ImportRunState.QUEUED, items=[])
    return reverse("admin:articles_page_upload_run_stop", args=[run.pk])


SPREADSHEET_EDITS = {
    "issue": ("number", "99"),
    "page": ("section", "新版名"),
    "photo": ("caption", "新图注"),
    "article": ("headline", "表格里的新标题"),
}


def spreadsheet_file(model: str) -> SimpleUploadedFile:
    """This model's export as CSV (its first row), one cell of it edited."""
    admin_class = admin.site._registry[apps.get_model("articles", model)]
    resource = admin_class.get_export_resource_classes(None)[0]()
    dataset = resource.export(queryset=admin_class.model.objects.order_by("pk")[:1])
    field, value = SPREADSHEET_EDITS[model]
    row = list(dataset[0])
    row[dataset.headers.index(resource.fields[field].column_name)] = value
    dataset[0] = tuple(row)
    return SimpleUploadedFile(f"{model}.csv", dataset.csv.encode("utf-8-sig"), "text/csv")


def spreadsheet_preview(model: str):
    """The import form as rendered, the CSV format chosen, the file attached."""

    def data(d, client, role, address):
        url = reverse(f"admin:articles_{model}_import")
        formats = admin.site._registry[apps.get_model("articles", model)].formats
        csv = next(i for i, f in enumerate(formats) if f().get_title() == "csv")
        form = form_data(d.render.get(url))
        return {**form, "format": str(csv), "import_file": spreadsheet_file(model)}

    return data


def spreadsheet_confirm(model: str):
    """The import preview made as this role, then its confirm form."""

    def data(d, client, role, address):
        url = reverse(f"admin:articles_{model}_import")
        preview = client.post(url, spreadsheet_preview(model)(d, client, role, url))
        return form_data(preview) if preview.status_code == 200 else {}

    return data


def revert_as_typed(**changes):
    return rendered(**changes, _save="1")


def page_text_offer(d) -> str:
    """The desk's story edited by hand, then A1 imported again with a word of it corrected:
    the confirmation of its 采用版面文本 (articles/admin/pagetext.py)."""
    from articles.editing import hand_edit
    from tests.factories import import_text

    article = d.article
    hand_edit([article])
    article.kicker = "编辑加的引题"
    article.save()
    text = SEED.read_text(encoding="utf-8")
    part = article.parts.first()
    said = part.blocks[-1]["text"]
    # (the editor's edit of the paragraph corrected too: else the correction flows in itself)
    part.blocks = [*part.blocks[:-1], {**part.blocks[-1], "text": "编辑改：" + said}]
    part.save()
    words = next(said[i : i + 6] for i in range(len(said)) if text.count(said[i : i + 6]) == 1)
    import_text(text.replace(words, words[:-1] + "〇"), "A1")
    return reverse("admin:articles_article_page_text", args=[article.pk, d.page.pk])


def photo_text_offer(d) -> str:
    """The desk's photo edited by hand, then A1 imported again with its credit corrected: the
    confirmation of its 采用版面文本 (articles/admin/phototext.py)."""
    from articles.admin.phototext import photo_text_url
    from articles.editing import hand_edit
    from tests.factories import import_text

    photo = d.photo
    hand_edit([photo])
    photo.caption = "编辑改写的图片说明"
    photo.save()
    text = SEED.read_text(encoding="utf-8")
    import_text(text.replace("记者 许丛军摄", "记者 许丛军 通讯员 王涛摄"), "A1")
    return photo_text_url(photo.pk)


def failed_photo(d) -> str:
    """The desk's photo given an upload whose copies failed (its file since put right): the
    address its form's 重新生成图片副本 button posts to (articles/admin/photorenditions.py)."""
    from django.core.files.base import ContentFile
    from django.core.files.storage import default_storage

    from tests.admin.test_photo_upload_renditions import jpeg

    name = default_storage.save("photos/2026/12/fixed.jpg", ContentFile(jpeg(300, 200)))
    Photo.objects.filter(pk=d.photo.pk).update(image=name, rendition_state="failed")
    return reverse("admin:articles_photo_renditions", args=[d.photo.pk])


def redo_button(d, client, role, address):
    """The button's form as the failed photo's form renders it."""
    page = reverse("admin:articles_photo_change", args=[d.photo.pk])
    return form_data(d.render.get(page), "photo-renditions-redo")


WRITES: dict[str, Write] = {
    # The admin site's own: a staff user changes their own password.
    "password_change": Write(at("password_change"), own_password, EVERY_STAFF),
    # Users and groups: superusers only.
    "auth_group_changelist": Write(
        at("auth_group_changelist"), action("delete_selected", "group", **CONFIRMED), SUPERUSER
    ),
    "auth_group_add": Write(at("auth_group_add"), rendered(name="新角色", _save="1"), SUPERUSER),
    "auth_group_change": Write(
        at("auth_group_change", "group"), rendered(name="改名的角色", _save="1"), SUPERUSER
    ),
    "auth_group_delete": Write(at("auth_group_delete", "group"), posted(**CONFIRMED), SUPERUSER),
    "auth_user_changelist": Write(
        at("auth_user_changelist"), action("delete_selected", "bystander", **CONFIRMED), SUPERUSER
    ),
    "auth_user_add": Write(
        at("auth_user_add"),
        rendered(
            username="newcomer", password1="N3w-pass-2020!", password2="N3w-pass-2020!", _save="1"
        ),
        SUPERUSER,
    ),
    "auth_user_change": Write(
        at("auth_user_change", "bystander"), rendered(first_name="改名", _save="1"), SUPERUSER
    ),
    "auth_user_delete": Write(at("auth_user_delete", "bystander"), posted(**CONFIRMED), SUPERUSER),
    "auth_user_password_change": Write(
        at("auth_user_password_change", "bystander"),
        posted(password1="N3w-pass-2020!", password2="N3w-pass-2020!"),
        SUPERUSER,
    ),
    # Papers.
    "articles_publication_changelist": Write(
        at("articles_publication_changelist"),
        action("delete_selected", "spare_publication", **CONFIRMED),
        EDITORS,
    ),
    "articles_publication_add": Write(
        at("articles_publication_add"),
        rendered(name="新报", slug="new-paper", _save="1"),
        EDITORS,
    ),
    "articles_publication_change": Write(
        at("articles_publication_change", "publication"),
        rendered(name="改名的报纸", _save="1"),
        EDITORS,
    ),
    "articles_publication_delete": Write(
        at("articles_publication_delete", "spare_publication"), posted(**CONFIRMED), EDITORS
    ),
    # Issues: publishing, spreadsheets, history.
    "articles_issue_changelist": Write(
        at("articles_issue_changelist"),
        action("publish_selected", "issue", confirm="1", acknowledge_broken="on"),
        EDITORS,
    ),
    "articles_issue_add": Write(at("articles_issue_add"), nothing, NOBODY),
    "articles_issue_change": Write(
        at("articles_issue_change", "issue"), rendered(number="99", _save="1"), EDITORS
    ),
    "articles_issue_delete": Write(
        at("articles_issue_delete", "issue"), posted(**CONFIRMED), NO_DELETE
    ),
    "articles_issue_publish": Write(
        at("articles_issue_publish", "issue"), posted(acknowledge_broken="on"), EDITORS
    ),
    "articles_issue_remove": Write(  # 删除本期: the confirmation as rendered, confirmed
        at("articles_issue_remove", "issue"), rendered(confirm="1"), EDITORS
    ),
    "articles_issue_import": Write(
        at("articles_issue_import"), spreadsheet_preview("issue"), EDITORS, changes=False
    ),
    "articles_issue_process_import": Write(
        at("articles_issue_process_import"), spreadsheet_confirm("issue"), EDITORS
    ),
    "articles_issue_simple_history": Write(
        version_of("issue", "articles_issue_simple_history"),
        revert_as_typed(number="98"),
        EDITORS,
    ),
    # Pages: upload, re-parse, spreadsheets; no recorded history.
    "articles_page_changelist": Write(
        at("articles_page_changelist"), action("delete_selected", "page", **CONFIRMED), NO_DELETE
    ),
    "articles_page_add": Write(at("articles_page_add"), nothing, NOBODY),
    "articles_page_change": Write(
        at("articles_page_change", "page"), rendered(section="新版名", _save="1"), EDITORS
    ),
    "articles_page_delete": Write(
        at("articles_page_delete", "page"), posted(**CONFIRMED), NO_DELETE
    ),
    "articles_page_upload": Write(at("articles_page_upload"), page_upload, EDITORS),
    "articles_page_upload_run_rerun": Write(interrupted_run, nothing, EDITORS),
    "articles_page_upload_run_stop": Write(queued_run, nothing, EDITORS),
    "articles_page_relabel": Write(  # 改版次: the label typed, then its confirmation as rendered
        at("articles_page_relabel", "page"), relabel_confirmed, EDITORS
    ),
    "articles_page_undo_import": Write(  # 撤销本版导入: the confirmation as rendered, confirmed
        at("articles_page_undo_import", "page"), rendered(confirm="1"), EDITORS
    ),
    "articles_page_upload_publish": Write(
        at("articles_page_upload_publish"), late_page_drafts, EDITORS
    ),
    # 版面图与撤回的稿件: the seeded page has no withdrawn story, so nothing to choose or change
    "articles_page_picture_release": Write(
        at("articles_page_picture_release", "page"), posted(), EDITORS, changes=False
    ),
    "articles_page_reparse": Write(
        at("articles_page_reparse", "page"), posted(overwrite_edited="on"), EDITORS, changes=False
    ),
    "articles_page_import": Write(
        at("articles_page_import"), spreadsheet_preview("page"), EDITORS, changes=False
    ),
    "articles_page_process_import": Write(
        at("articles_page_process_import"), spreadsheet_confirm("page"), EDITORS
    ),
    "articles_page_simple_history": Write(  # pages keep no recorded versions
        lambda d: reverse("admin:articles_page_simple_history", args=[d.page.pk, 1]),
        posted(section="新版名"),
        NOBODY,
        absent=True,
    ),
    # Photos, people, teasers.
    "articles_photo_changelist": Write(
        at("articles_photo_changelist"), action("delete_selected", "photo", **CONFIRMED), EDITORS
    ),
    "articles_photo_add": Write(  # 增加图片 to a story (articles/admin/photoadd.py)
        at("articles_photo_add"),
        lambda d, c, r, a: {
            **form_data(d.render.get(a)),
            "article": str(d.article.pk),
            "caption": "城市书房内，市民在安静阅读。",
            "credit_line": "本报记者 周立明摄",
            "_save": "1",
        },
        EDITORS,
    ),
    "articles_photo_change": Write(
        at("articles_photo_change", "photo"), rendered(caption="新图注", _save="1"), EDITORS
    ),
    "articles_photo_delete": Write(
        at("articles_photo_delete", "photo"), posted(**CONFIRMED), EDITORS
    ),
    "articles_photo_import": Write(
        at("articles_photo_import"), spreadsheet_preview("photo"), EDITORS, changes=False
    ),
    "articles_photo_process_import": Write(
        at("articles_photo_process_import"), spreadsheet_confirm("photo"), EDITORS
    ),
    "articles_photo_simple_history": Write(
        version_of("photo", "articles_photo_simple_history"),
        revert_as_typed(caption="恢复时改的图注"),
        EDITORS,
    ),
    "articles_photo_renditions": Write(failed_photo, redo_button, EDITORS),  # 重新生成图片副本
    "articles_person_changelist": Write(
        at("articles_person_changelist"),
        action("delete_selected", "spare_person", **CONFIRMED),
        EDITORS,
    ),
    "articles_person_add": Write(
        at("articles_person_add"), rendered(name="新记者", _save="1"), EDITORS
    ),
    "articles_person_change": Write(
        at("articles_person_change", "person"), rendered(name="改名的记者", _save="1"), EDITORS
    ),
    # 拆分同名记者: one of the person's two stories is another 王明's; 合并: a typo's person.
    "articles_person_split": Write(
        lambda d: reverse("admin:articles_person_split", args=[credited_twice().pk]),
        split_one_story,
        EDITORS,
    ),
    "articles_person_merge": Write(
        at("articles_person_merge", "person"),
        lambda d, c, r, a: {"other": d.spare_person.name, "confirm": "1"},
        EDITORS,
    ),
    "articles_person_delete": Write(
        at("articles_person_delete", "spare_person"), posted(**CONFIRMED), EDITORS
    ),
    # The proofreading word list.
    "articles_proofreadingword_changelist": Write(
        at("articles_proofreadingword_changelist"),
        action("delete_selected", "word", **CONFIRMED),
        EDITORS,
    ),
    "articles_proofreadingword_add": Write(
        at("articles_proofreadingword_add"),
        rendered(kind="banned", word="新禁用词", _save="1"),
        EDITORS,
    ),
    "articles_proofreadingword_change": Write(
        at("articles_proofreadingword_change", "word"),
        rendered(note="改了说明", _save="1"),
        EDITORS,
    ),
    "articles_proofreadingword_delete": Write(
        at("articles_proofreadingword_delete", "word"), posted(**CONFIRMED), EDITORS
    ),
    "articles_teaser_changelist": Write(
        at("articles_teaser_changelist"), action("delete_selected", "teaser", **CONFIRMED), EDITORS
    ),
    "articles_teaser_add": Write(at("articles_teaser_add"), nothing, NOBODY),
    "articles_teaser_change": Write(
        at("articles_teaser_change", "teaser"),
        rendered(target_section="新栏目", _save="1"),
        EDITORS,
    ),
    "articles_teaser_delete": Write(
        at("articles_teaser_delete", "teaser"), posted(**CONFIRMED), EDITORS
    ),
    # Stories and their printed parts.
    "articles_article_changelist": Write(
        at("articles_article_changelist"),
        action("delete_selected", "article", **CONFIRMED),
        NO_DELETE,
    ),
    "articles_article_add": Write(at("articles_article_add"), nothing, NOBODY),
    "articles_article_change": Write(
        at("articles_article_change", "article"), rendered(headline="新标题", _save="1"), EDITORS
    ),
    "articles_article_delete": Write(
        at("articles_article_delete", "article"), posted(**CONFIRMED), NO_DELETE
    ),
    "articles_article_import": Write(
        at("articles_article_import"), spreadsheet_preview("article"), EDITORS, changes=False
    ),
    "articles_article_process_import": Write(
        at("articles_article_process_import"), spreadsheet_confirm("article"), EDITORS
    ),
    # 合并到上一篇 (A1's second story, which jumps to A2, into the first) and 从这里拆开 (the
    # first story at its second paragraph): the confirmations as rendered, confirmed.
    # 校对 (articles/admin/proofmarks.py): the buttons of the story's and the page's forms.
    "articles_article_proofread": Write(
        at("articles_article_proofread", "article"), nothing, EDITORS
    ),
    "articles_page_proofread": Write(at("articles_page_proofread", "page"), nothing, EDITORS),
    "articles_article_proofreading_dismiss": Write(
        lambda d: reverse("admin:articles_article_proofreading_dismiss", args=[found_story(d).pk]),
        lambda d, c, r, a: {"finding": first_finding_id(found_story(d))},
        EDITORS,
    ),
    "articles_article_merge": Write(
        lambda d: reverse("admin:articles_article_merge", args=[story_at(d, 2).pk]),
        rendered(confirm="1"),
        EDITORS,
    ),
    "articles_article_split": Write(
        lambda d: reverse("admin:articles_article_split", args=[story_at(d, 1).pk]) + "?at=1",
        rendered(confirm="1"),
        EDITORS,
    ),
    "articles_article_simple_history": Write(  # a whole-story revert: nothing to type
        version_of("article", "articles_article_simple_history"),
        revert_as_typed(),
        EDITORS,
    ),
    "articles_articlepart_changelist": Write(
        at("articles_articlepart_changelist"),
        action("delete_selected", "part", **CONFIRMED),
        NOBODY,  # printed text goes by re-importing its page
    ),
    "articles_articlepart_add": Write(at("articles_articlepart_add"), nothing, NOBODY),
    "articles_articlepart_change": Write(
        at("articles_articlepart_change", "part"),
        rendered(title_lines="新标题行", _save="1"),
        EDITORS,
    ),
    "articles_articlepart_delete": Write(
        at("articles_articlepart_delete", "part"), posted(**CONFIRMED), NOBODY
    ),
    "articles_articlepart_simple_history": Write(
        version_of("part", "articles_articlepart_simple_history"),
        revert_as_typed(blocks="恢复时改的正文"),
        EDITORS,
    ),
    # Continuation markers: fixed on their fix page, reset by an action, never typed over.
    "articles_jump_changelist": Write(
        at("articles_jump_changelist"), action("reset_selected", "jump"), EDITORS, changes=False
    ),
    "articles_jump_add": Write(at("articles_jump_add"), nothing, NOBODY),
    "articles_jump_change": Write(
        at("articles_jump_change", "jump"), posted(_save="1"), EDITORS, changes=False
    ),
    "articles_jump_delete": Write(at("articles_jump_delete", "jump"), posted(**CONFIRMED), NOBODY),
    "articles_jump_fix": Write(at("articles_jump_fix", "jump"), rendered(action="unlink"), EDITORS),
    "articles_article_page_text": Write(page_text_offer, rendered(), EDITORS),  # 采用版面文本
    "articles_photo_page_text": Write(photo_text_offer, rendered(), EDITORS),  # (a photo's)
    # Printed 更正 notices: written by imports; an editor decides on the change form.
    "articles_correctionnotice_changelist": Write(
        at("articles_correctionnotice_changelist"),
        action("delete_selected", "notice", **CONFIRMED),
        NOBODY,
    ),
    "articles_correctionnotice_add": Write(at("articles_correctionnotice_add"), nothing, NOBODY),
    "articles_correctionnotice_change": Write(
        at("articles_correctionnotice_change", "notice"), rendered(decision="dismiss"), EDITORS
    ),
    "articles_correctionnotice_delete": Write(
        at("articles_correctionnotice_delete", "notice"), posted(**CONFIRMED), NOBODY
    ),
}


def test_every_admin_url_is_a_write_with_rules_or_listed_as_read_only():
    names = admin_url_names()
    assert not set(WRITES) & READ_ONLY
    assert sorted(names - READ_ONLY - set(WRITES)) == [], "write URLs without a rule in WRITES"
    assert sorted((set(WRITES) | READ_ONLY) - names) == [], "rules for URLs the admin lacks"


def database() -> dict:
    """Every row the desk could write: the paper (with its history), users and groups, the
    admin's log. Not sessions, and not ``last_login`` (logging the roles in writes those)."""
    models = [*apps.get_app_config("articles").get_models(), Group, LogEntry]
    rows = {m._meta.label: list(m.objects.order_by("pk").values()) for m in models}
    rows["users"] = list(
        get_user_model()
        .objects.order_by("pk")
        .values("pk", "username", "password", "first_name", "is_staff", "is_superuser", "is_active")
    )
    rows["memberships"] = sorted(
        get_user_model().groups.through.objects.values_list("user", "group")
    )
    rows["grants"] = sorted(Group.permissions.through.objects.values_list("group", "permission"))
    return rows


@pytest.fixture
def desk(seed, groups):
    from tests.factories import import_text

    import_text((JUMPS / "A2.txt").read_text(encoding="utf-8"), "A2")  # a jump to fix
    User = get_user_model()
    superuser = User.objects.create_superuser("desk-root", password="pw-desk-root")
    users = {
        "anonymous": None,
        "non-staff": User.objects.create_user("reader", password="pw-reader"),
        "viewer": staff("desk-viewer", groups[1]),
        "editor": staff("desk-editor", groups[0]),
        "chief-editor": staff("desk-chief", groups[2]),
        "superuser": superuser,
    }
    render = Client()
    render.force_login(superuser)
    article = Article.objects.get(page__label="A1", position=4)
    for obj in (Issue.objects.get(), article, article.parts.first(), Photo.objects.first()):
        obj.save()  # a recorded version to revert to
    return Desk(
        users=users,
        render=render,
        publication=Publication.objects.get(),
        issue=Issue.objects.get(),
        page=Page.objects.get(label="A1"),
        article=article,
        photo=Photo.objects.order_by("pk").first(),
        person=Person.objects.order_by("pk").first(),
        teaser=Teaser.objects.order_by("pk").first(),
        jump=Jump.objects.filter(part__article=article).order_by("pk").first(),
        group=groups[1],
        bystander=User.objects.create_user("bystander", password="pw-bystander", is_staff=True),
        spare_person=Person.objects.create(name="无稿记者"),
        spare_publication=Publication.objects.create(name="无期之报", slug="no-issues"),
        word=ProofreadingWord.objects.create(kind="preferred", word="做为", preferred="作为"),
        notice=unmatched_notice(Article.objects.get(page__label="A1", position=1)),
    )


def unmatched_notice(article: Article) -> CorrectionNotice:
    """A 更正 row on ``article`` whose story was not found (the desk's decision to make)."""
    return CorrectionNotice.objects.create(
        notice=article,
        printed="本报7月8日A2版《并无此文》",
        target_date=article.issue.date,
        target_label="A2",
        target_title="并无此文",
        state="unmatched",
    )


def outcome(response) -> str:
    if response.status_code == 302 and "/admin/login/" in response.url:
        return "login"
    return str(response.status_code)


@pytest.mark.parametrize("name", sorted(WRITES))
def test_each_role_may_write_only_what_its_role_allows(desk, name):
    """For each role, POST what the browser would send: allowed, or refused (403, the login
    page for anonymous and non-staff users) with the database unchanged."""
    case = WRITES[name]
    address = case.address(desk)
    wrong = []
    for role in ROLES:
        client = Client()
        if desk.users[role] is not None:
            client.force_login(desk.users[role])
        with transaction.atomic():
            data = case.data(desk, client, role, address)
            before = database()
            got = outcome(client.post(address, data))
            after = database()
            transaction.set_rollback(True)
        if role not in STAFF:
            expected = "login"
        elif case.absent:
            expected = "404"
        elif role not in case.allowed:
            expected = "403"
        else:
            expected = "allowed"
        if expected == "allowed":
            if got in ("login", "403", "404", "500"):
                wrong.append(f"{role}: refused ({got}), should be allowed")
            elif case.changes and after == before:
                wrong.append(f"{role}: allowed ({got}) but nothing was written")
        else:
            if got != expected:
                wrong.append(f"{role}: {got}, expected {expected}")
            if after != before:
                changed = sorted(k for k in before if before[k] != after[k])
                wrong.append(f"{role}: refused ({got}) but the database changed: {changed}")
    assert not wrong, f"POST {address}\n" + "\n".join(wrong)
