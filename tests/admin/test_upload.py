"""Importing from the admin: upload (or paste) → preview that writes nothing → confirm that
writes exactly what ``import_pages`` writes; bad input explained on the form."""

from io import StringIO

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse

from articles.importing import UploadError, UploadItem, upload_run
from articles.models import Issue, Jump, JumpState, Page, Publication
from tests.admin import snapshots
from tests.admin.conftest import JUMPS, form_data
from tests.factories import SEED, SEED_DATE

pytestmark = pytest.mark.django_db
UPLOAD = "/admin/articles/page/upload/"
SEED_FIELDS = {"paper": "南通日报", "paper_slug": "nantong-daily", "issue_date": "2020-07-09"}


def page_file(name: str, data: bytes) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, data, content_type="text/plain")


def preview(client, files=(), **fields):
    data = {**fields}
    if files:
        data["files"] = list(files)
    return client.post(UPLOAD, data)


def confirm(client, response):
    return client.post(UPLOAD, {"confirm": "1", "token": response.context["token"]})


def test_upload_url_is_under_pages():
    assert reverse("admin:articles_page_upload") == UPLOAD


def test_preview_shows_what_the_parser_found_and_writes_nothing(editor_client):
    before = snapshots.counts()
    response = preview(editor_client, [page_file("A1.txt", SEED.read_bytes())], **SEED_FIELDS)
    assert response.status_code == 200
    html = response.content.decode()
    assert "预览" in html and "尚未写入" in html
    assert "南通日报 2020-07-09 A1版：将新建；5 篇稿件、1 张图片、2 条导读" in html
    assert "我市召开二季度全市重大项目推进情况汇报会" in html  # a kicker
    assert "以重大项目支撑 南通高质量发展走在前列" in html  # its headline
    assert "朱文君、卢兆欣" in html  # reporters
    assert "（下转A2版）" in html  # jumps
    assert "待目标版面" in html  # … and what becomes of them
    assert "精灵马戏秀" in html and "许丛军" in html  # the photo and its photographer
    assert "A4版 看南通·要闻" in html or "A4版" in html  # teasers
    assert 'name="confirm"' in html
    assert snapshots.counts() == before


def test_confirm_writes_exactly_what_the_command_writes(editor_client):
    response = preview(editor_client, [page_file("A1.txt", SEED.read_bytes())], **SEED_FIELDS)
    done = confirm(editor_client, response)
    issue = Issue.objects.get()
    assert done.status_code == 302
    assert done.url == reverse("admin:articles_issue_change", args=[issue.pk])
    uploaded = snapshots.content()
    assert uploaded["articles"] and uploaded["pages"][0][1] == "A1"

    Issue.objects.all().delete()
    Publication.objects.all().delete()
    from articles.models import Person

    Person.objects.all().delete()
    call_command("import_pages", str(SEED.parent.parent), stdout=StringIO())
    assert snapshots.content() == uploaded


def test_confirm_reports_in_chinese(editor_client):
    response = preview(editor_client, [page_file("A1.txt", SEED.read_bytes())], **SEED_FIELDS)
    done = confirm(editor_client, response)
    messages = [str(m) for m in done.wsgi_request._messages]
    paper = reverse("admin:articles_publication_change", args=[Publication.objects.get().pk])
    assert messages == [
        f'<a href="{paper}">新建报纸 南通日报（网址名 nantong-daily，发布前可在“报纸”里改）</a>',
        "南通日报 2020-07-09 A1版：新建；5 篇稿件、1 张图片、2 条导读；4 处转版待接（A2版尚未导入）",
        "南通日报 2020-07-09 尚未发布：本版的全部内容在发布本期之前读者都看不到。",
    ]


def test_a_confirmed_preview_cannot_be_confirmed_twice(editor_client):
    response = preview(editor_client, [page_file("A1.txt", SEED.read_bytes())], **SEED_FIELDS)
    confirm(editor_client, response)
    again = confirm(editor_client, response)
    assert again.status_code == 302 and again.url == UPLOAD
    assert "预览已失效" in str(list(again.wsgi_request._messages)[-1])
    assert Page.objects.count() == 1


def test_several_files_are_previewed_together_with_their_jumps_linked(editor_client):
    files = [
        page_file("A1.txt", SEED.read_bytes()),
        page_file("A2.txt", (JUMPS / "A2.txt").read_bytes()),
    ]
    before = snapshots.counts()
    response = preview(editor_client, files, **SEED_FIELDS)
    html = response.content.decode()
    assert html.count("已接续（接 A2版") == 4
    assert snapshots.counts() == before
    confirm(editor_client, response)
    assert set(Jump.objects.filter(direction="forward").values_list("state", flat=True)) == {
        JumpState.LINKED
    }


def test_date_and_page_can_come_from_the_file_name(editor_client):
    response = preview(
        editor_client,
        [page_file("2020-07-09_A1.txt", SEED.read_bytes())],
        paper="南通日报",
        paper_slug="nantong-daily",
    )
    assert response.context["form"].is_valid(), response.context["form"].errors
    confirm(editor_client, response)
    page = Page.objects.get()
    assert (page.issue.date, page.label) == (SEED_DATE, "A1")


def test_pasted_text_with_paper_date_and_page(editor_client):
    text = (JUMPS / "tie-A1.txt").read_text(encoding="utf-8")
    response = preview(editor_client, text=text, page="第一版", **SEED_FIELDS)
    confirm(editor_client, response)
    page = Page.objects.get()
    assert page.label == "1" and page.source_name == "粘贴的文本"


@pytest.mark.parametrize(
    ("files", "fields", "message"),
    [
        ([], SEED_FIELDS, "请选择至少一个版面文件，或粘贴一个版面的文本"),
        ([("A1.txt", b"page")], {"paper": "南通日报"}, "文件名里没有日期，请填写“出版日期”"),
        ([("scan-0001.txt", b"page")], SEED_FIELDS, "无法从文件名看出是哪一版"),
        (
            [("A1.txt", b"a"), ("A2.txt", b"b")],
            {**SEED_FIELDS, "page": "A3"},
            "“版次”只能用于一个文件",
        ),
        ([("A1.txt", b"a"), ("Ａ１.txt", b"b")], SEED_FIELDS, "都是 2020-07-09 的 A1 版"),
        ([], {**SEED_FIELDS, "text": "正文"}, "粘贴的文本：请在“版次”里填写"),
        ([], {**SEED_FIELDS, "text": "正文", "page": "X"}, "不是版次"),
        (
            [("A1.txt", b"\x00\x01\x02binary")],
            SEED_FIELDS,
            "无法导入 A1.txt：这像是二进制文件，不是版面文本（含有 NUL 字节）；请把版面导出为纯文本",
        ),
        (
            [("A1.txt", b"   \n ")],
            SEED_FIELDS,
            "无法导入 A1.txt：版面只有空白（5 字节的空格和换行）：请检查版面文本是否导出成功",
        ),
        ([("A1.txt", b"x")], {**SEED_FIELDS, "issue_date": "2020-13-45"}, "请写成 年-月-日"),
        ([("A1.txt", b"x")], {**SEED_FIELDS, "issue_date": "2020-02-30"}, "不是真实存在的日期"),
        ([("A1.txt", b"")], SEED_FIELDS, "文件“A1.txt”是空的（0 字节）：请检查版面文本"),
        ([("A1.pdf", b"")], SEED_FIELDS, "文件“A1.pdf”是空的（0 字节）：请检查版面 PDF"),
        ([("A1.txt", b"x")], {**SEED_FIELDS, "paper": "  \u3000 "}, "请填写报纸"),
        (
            [("A1.txt", b"x")],
            {**SEED_FIELDS, "paper": "报" * 101},
            "报名最多 100 个字，现在有 101 个",
        ),
    ],
    ids=[
        "nothing",
        "no-date",
        "no-page",
        "page-for-several",
        "same-page-twice",
        "paste-without-page",
        "bad-page",
        "binary",
        "empty",
        "empty-pdf",
        "bad-date",
        "no-such-date",
        "zero-bytes",
        "paper-of-spaces",
        "paper-too-long",
    ],
)
def test_bad_input_is_explained_on_the_form_and_nothing_is_written(
    editor_client, files, fields, message
):
    response = preview(editor_client, [page_file(n, d) for n, d in files], **fields)
    assert response.status_code == 200
    form = response.context["form"]
    assert form.errors
    text = " ".join(str(e) for errors in form.errors.values() for e in errors)
    assert message in text
    assert "A1.txt：A1.txt" not in text and "this looks like" not in text
    assert "upload-preview" not in response.content.decode()
    assert Page.objects.count() == 0 and Publication.objects.count() == 0


def test_the_upload_is_all_or_nothing():
    good = UploadItem("A1.txt", SEED.read_bytes(), "南通日报", "nantong-daily", SEED_DATE, "A1")
    bad = UploadItem("A2.txt", b"\x00\x00", "南通日报", "nantong-daily", SEED_DATE, "A2")
    with pytest.raises(UploadError, match=r"无法导入 A2\.txt"):
        upload_run([good, bad], dry_run=False)
    assert Page.objects.count() == 0 and Publication.objects.count() == 0


def test_stamp_mismatch_names_the_date_field_or_file_name_not_a_folder(editor_client):
    stamped = "2020年7月10日 星期五\n".encode() + SEED.read_bytes()
    data = {**form_data(editor_client.get(UPLOAD)), **SEED_FIELDS}  # as the rendered form sends
    response = editor_client.post(UPLOAD, {**data, "files": [page_file("A1.txt", stamped)]})
    errors = " ".join(response.context["form"].non_field_errors())
    assert "版面上印的日期是 2020-07-10" in errors
    assert "--date" not in errors and "文件夹" not in errors  # an upload has no folder
    assert "请把“出版日期”填为 2020-07-10（文件名里带日期的，请改正文件名里的日期）" in errors
    assert errors.count("什么都没有写入") == 1
    assert Page.objects.count() == 0


def test_viewers_cannot_upload(viewer_client):
    assert viewer_client.get(UPLOAD).status_code == 403


@pytest.mark.parametrize(
    "data", [b"\x00\x01\x02binary", b"   \n ", "2020年7月10日 星期五\n正文".encode()]
)
def test_the_form_shows_the_same_error_as_the_import_service(editor_client, data):
    from articles.importing import PageImportError, for_editors, page_import

    with pytest.raises(PageImportError) as caught:
        page_import(
            paper_name="南通日报",
            paper_slug="nantong-daily",
            issue_date=SEED_DATE,
            label="A1",
            data=data,
            source_name="A1.txt",
        )
    response = preview(editor_client, [page_file("A1.txt", data)], **SEED_FIELDS)
    errors = list(response.context["form"].non_field_errors())
    reason = str(caught.value).removeprefix("A1.txt: ")  # the desk names the file once
    assert errors == [f"无法导入 A1.txt：{for_editors(reason)}"]


PAGE = "标题\n\n本报讯（记者甲乙）正文第一段。\n".encode()
SLUG_LENGTH = Publication._meta.get_field("slug").max_length


@pytest.mark.parametrize(
    ("files", "fields", "field", "message"),
    [
        (
            [("A1.txt", PAGE)],
            {**SEED_FIELDS, "issue_date": "9999-12-31"},
            "issue_date",
            "出版日期 9999-12-31 不在 1815-01-01 至",
        ),
        (
            [("1814-12-31_A1.txt", PAGE)],
            {"paper": "南通日报"},
            "__all__",
            "1814-12-31_A1.txt：文件名里的出版日期 1814-12-31 不在 1815-01-01 至",
        ),
        (
            [("A1.txt", PAGE)],
            {**SEED_FIELDS, "paper": "新报", "paper_slug": "x" * (SLUG_LENGTH + 1)},
            "paper_slug",
            str(SLUG_LENGTH),
        ),
        (
            [("A1.txt", PAGE)],
            {**SEED_FIELDS, "paper": "Search", "paper_slug": ""},
            "paper_slug",
            "“search” 是网站自身使用的地址",
        ),
        (
            [("A1.txt", PAGE)],
            {**SEED_FIELDS, "paper": "南通\x01日报", "paper_slug": ""},
            "paper",
            "含有控制字符",
        ),
    ],
    ids=["far-date", "early-date-in-file-name", "long-slug", "reserved-slug", "control-character"],
)
def test_dates_and_papers_the_importer_refuses_are_refused_on_the_form(
    editor_client, files, fields, field, message
):
    response = preview(editor_client, [page_file(n, d) for n, d in files], **fields)
    assert response.status_code == 200
    errors = " ".join(response.context["form"].errors.get(field, []))
    assert message in errors
    assert "upload-preview" not in response.content.decode()
    assert Page.objects.count() == 0 and Publication.objects.count() == 0


def test_an_upload_larger_than_one_preview_can_take_is_refused_before_parsing(
    editor_client, settings
):
    settings.NEWSROOM_MAX_UPLOAD_BYTES = 2 * len(SEED.read_bytes())
    pages = [page_file(f"A{n}.txt", SEED.read_bytes()) for n in (1, 2, 3)]
    response = preview(editor_client, pages, **SEED_FIELDS)
    errors = " ".join(response.context["form"].non_field_errors())
    assert "超过一次上传的上限" in errors and "请分几次上传" in errors
    assert Page.objects.count() == 0 and Publication.objects.count() == 0


def test_one_file_too_big_is_named_with_its_size_and_what_to_do(editor_client, settings):
    settings.NEWSROOM_MAX_UPLOAD_BYTES = 2 * 1024 * 1024
    big = page_file("A1.txt", b"x" * (3 * 1024 * 1024))
    response = preview(editor_client, [big], **SEED_FIELDS)
    errors = " ".join(response.context["form"].non_field_errors())
    assert "文件“A1.txt”有 3.0 MB，超过一个版面文本的上限 2.0 MB" in errors
    assert "多半不是版面的文本" in errors and "版面 PDF 另有上限" in errors
    assert "少选几个版面" not in errors
    assert Page.objects.count() == 0


def test_a_file_just_over_the_limit_is_named_in_bytes_not_the_same_rounded_size(
    editor_client, settings
):
    settings.NEWSROOM_MAX_UPLOAD_BYTES = 2 * 1024 * 1024
    big = page_file("A1.txt", b"x" * (2 * 1024 * 1024 + 10))
    response = preview(editor_client, [big], **SEED_FIELDS)
    errors = " ".join(response.context["form"].non_field_errors())
    assert "文件“A1.txt”有 2,097,162 字节，超过一个版面文本的上限 2,097,152 字节" in errors
    assert Page.objects.count() == 0


def test_the_largest_upload_the_form_allows_is_a_few_pages_not_hundreds(settings):
    # Preview costs up to about 20 s per MB of dense pages (bench/preview_bench.py and a
    # hostile test): the limit keeps the largest upload inside gunicorn's --timeout of 60 s.
    assert settings.NEWSROOM_MAX_UPLOAD_BYTES <= 2 * 1024 * 1024


def test_a_page_with_more_jumps_than_a_page_carries_is_refused_on_the_form(editor_client):
    text = "".join("（下转A2版）标题\n" for _ in range(400)).encode()
    response = preview(editor_client, [page_file("A1.txt", text)], **SEED_FIELDS)
    errors = " ".join(str(e) for errors in response.context["form"].errors.values() for e in errors)
    assert "有 399 个转版标记（一个版面最多 200 个）" in errors
    assert "拆成单个版面的文件后再导入" in errors
    assert "upload-preview" not in response.content.decode()
    assert Page.objects.count() == 0 and Publication.objects.count() == 0


def test_a_page_field_that_contradicts_a_file_named_as_a_page_is_refused_naming_both(
    editor_client,
):
    before = snapshots.counts()
    response = preview(
        editor_client, [page_file("A3.txt", SEED.read_bytes())], page="5", **SEED_FIELDS
    )
    html = response.content.decode()
    assert "A3.txt：文件名是 A3 版，“版次”却填的是 5" in html
    assert snapshots.counts() == before


@pytest.mark.parametrize(
    ("name", "page", "label"), [("A1.txt", "A1", "A1"), ("000_4c36.txt", "5", "5")]
)
def test_the_page_field_names_a_file_whose_name_says_no_page_or_the_same_page(
    editor_client, name, page, label
):
    response = preview(
        editor_client, [page_file(name, SEED.read_bytes())], page=page, **SEED_FIELDS
    )
    assert response.context["form"].is_valid(), response.context["form"].errors
    confirm(editor_client, response)
    assert Page.objects.get().label == label
