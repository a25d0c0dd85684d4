"""Flag, don't guess: what the parser was unsure of goes into the page's import report with its
line numbers, is stored with the page, and the upload preview and the page's admin view list it
first ("请先核对", 第N行 and the line as printed)."""

import json
from dataclasses import dataclass, fields, replace
from datetime import date
from io import StringIO
from types import SimpleNamespace

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command

from articles import parsing
from articles.importing.reports import MAX_FLAGS, flag_line, stored_flags
from articles.models import Page
from articles.parsing import ParsedPage, SetAside
from tests.factories import import_text

pytestmark = pytest.mark.django_db
UPLOAD = "/admin/articles/page/upload/"

PAGE = """红星县报  第二版
山区公路今年全线贯通
本报讯（记者 林舒）红星县山区公路改造工程进入收尾阶段，今年年底前将全线贯通。
沿线群众说
<b>交通方便</b>了，山里的茶叶和板栗能更快运出去。
"""


@dataclass(frozen=True)
class Flag:
    """The parser's ``Flag(line, kind, message)`` (articles/parsing/results.py, issue 14)."""

    line: int
    kind: str
    message: str


@dataclass(frozen=True)
class _FlaggedPage(ParsedPage):
    flags: tuple = ()


def with_flags(parsed: ParsedPage, flags: tuple) -> ParsedPage:
    """``parsed`` carrying ``flags``, whether or not this parser's ParsedPage has the field."""
    if "flags" in {f.name for f in fields(parsed)}:
        return replace(parsed, flags=flags)
    return _FlaggedPage(**{f.name: getattr(parsed, f.name) for f in fields(parsed)}, flags=flags)


FLAGS = (
    Flag(4, "crosshead-or-story", "这一行可能是小标题，也可能是另一篇稿件的标题：已按小标题处理"),
    Flag(5, "deck-either-way", "这行标题前后两篇稿件都可能是它的：已归入后一篇"),
)


@pytest.fixture
def flagging_parser(monkeypatch):
    """The parser, its result carrying :data:`FLAGS` (line numbers of :data:`PAGE`)."""
    real = parsing.parse_decoded

    def parse_decoded(text, encoding, *args, **kwargs):
        return with_flags(real(text, encoding, *args, **kwargs), FLAGS)

    monkeypatch.setattr(parsing, "parse_decoded", parse_decoded)


def expected_flags() -> list[dict]:
    return [
        {
            "line": 4,
            "kind": "crosshead-or-story",
            "message": FLAGS[0].message,
            "text": "沿线群众说",
        },
        {
            "line": 5,
            "kind": "deck-either-way",
            "message": FLAGS[1].message,
            "text": "<b>交通方便</b>了，山里的茶叶和板栗能更快运出去。",
        },
    ]


def test_import_report_lists_the_flags_with_line_and_printed_line(flagging_parser):
    report = import_text(PAGE, "2", when=date(2025, 3, 1), paper="红星县报", slug="hongxing")
    assert report.flags == expected_flags()
    assert "2 行请先核对" in report.summary
    assert flag_line(report.flags[0]) == (f"第4行：{FLAGS[0].message}：“沿线群众说”")


def test_flags_are_stored_with_the_page_and_replaced_by_the_next_parse(
    flagging_parser, monkeypatch
):
    import_text(PAGE, "2", when=date(2025, 3, 1), paper="红星县报", slug="hongxing")
    assert Page.objects.get().parser_flags == expected_flags()
    monkeypatch.undo()  # a parse without flags (this parser, or one that is sure now)
    import_text(PAGE, "2", when=date(2025, 3, 1), paper="红星县报", slug="hongxing", force=True)
    kinds = {f["kind"] for f in Page.objects.get().parser_flags}
    assert not kinds & {f.kind for f in FLAGS}


def test_import_pages_json_and_text_list_the_flags(flagging_parser, tmp_path):
    path = tmp_path / "2.txt"
    path.write_text(PAGE, encoding="utf-8")
    args = [str(path), "--paper", "hongxing", "--date", "2025-03-01", "--workers", "0"]
    out = StringIO()
    call_command("import_pages", *args, "--json", "--dry-run", stdout=out, stderr=StringIO())
    assert json.loads(out.getvalue())["pages"][0]["flags"] == expected_flags()
    out = StringIO()
    call_command("import_pages", *args, stdout=out, stderr=StringIO())
    assert f"  请先核对：第5行：{FLAGS[1].message}：“<b>交通方便</b>了" in (out.getvalue())


def test_set_aside_lines_that_look_like_text_are_flagged_and_a_parse_without_flags_is_fine():
    text = "红星县报  第二版\n标题\n山里的茶叶和板栗能更快运出去，\n正文\n" + (
        "沿线群众说，山区公路改造以后，山里的茶叶和板栗能更快运出去了。\n"
    )
    parsed = SimpleNamespace(  # no ``flags``: an older parser's result
        set_aside=(
            SetAside(1, "红星县报  第二版", "page-label"),
            SetAside(3, "山里的茶叶和板栗能更快运出去，", "unplaced"),
            SetAside(5, "沿线群众说，山区公路改造以后，山里的茶叶和板栗能更快运出去了。", "staff"),
        )
    )
    flags = stored_flags(parsed, text)
    assert [(f["line"], f["kind"], f["text"]) for f in flags] == [
        (3, "set-aside-text", "山里的茶叶和板栗能更快运出去，"),
        (5, "set-aside-text", "沿线群众说，山区公路改造以后，山里的茶叶和板栗能更快运出去了。"),
    ]
    assert (
        "没有收入任何稿件" in flags[0]["message"] and "“放不进任何稿件的行”" in flags[0]["message"]
    )


def test_a_page_with_thousands_of_doubts_keeps_the_first_hundred_and_says_how_many_more():
    parsed = SimpleNamespace(
        set_aside=(), flags=tuple(Flag(n, "x", "存疑") for n in range(1, MAX_FLAGS + 31))
    )
    flags = stored_flags(parsed, "行\n" * (MAX_FLAGS + 30))
    assert len(flags) == MAX_FLAGS + 1
    assert flags[-1] == {"line": 0, "kind": "more", "message": "还有 30 处存疑未列出", "text": ""}


def test_upload_preview_lists_the_flags_first(editor_client, flagging_parser):
    response = editor_client.post(
        UPLOAD,
        {
            "files": [SimpleUploadedFile("2.txt", PAGE.encode(), content_type="text/plain")],
            "paper": "红星县报",
            "paper_slug": "hongxing",
            "issue_date": "2025-03-01",
        },
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert not Page.objects.exists()  # a preview writes nothing
    checks = html.index("请先核对")
    assert checks < html.index("<h3>稿件")  # before what the parser found
    assert "<b>第4行</b> " + FLAGS[0].message in html
    assert "<b>第5行</b>" in html
    assert "&lt;b&gt;交通方便&lt;/b&gt;了" in html  # the printed line, as text
    assert "<b>交通方便</b>" not in html


@pytest.mark.parametrize("who", ["editor_client", "viewer_client"])
def test_page_admin_view_shows_the_stored_flags_first(who, request, flagging_parser):
    import_text(PAGE, "2", when=date(2025, 3, 1), paper="红星县报", slug="hongxing")
    client = request.getfixturevalue(who)
    page = Page.objects.get()
    html = client.get(f"/admin/articles/page/{page.pk}/change/").content.decode()
    assert html.index("请先核对") < html.index("原始文本")
    assert "<b>第4行</b> " + FLAGS[0].message in html
    assert "&lt;b&gt;交通方便&lt;/b&gt;了" in html


def test_page_admin_view_without_flags_says_so(editor_client):
    import_text(
        "山区公路今年全线贯通\n本报讯（记者 林舒）红星县山区公路改造工程进入收尾阶段。\n", "2"
    )
    html = editor_client.get(
        f"/admin/articles/page/{Page.objects.get().pk}/change/"
    ).content.decode()
    assert "没有拿不准的行" in html


def test_page_admin_view_says_a_story_given_whole_on_two_pages_is_kept_once(editor_client):
    from tests.conftest import DATA

    for label in ("1", "2"):
        text = (DATA / "cross_page" / f"songchuan-{label}.txt").read_text(encoding="utf-8")
        import_text(text, label, when=date(2025, 9, 12), paper="松川日报", slug="songchuan")
    for label in ("1", "2"):
        page = Page.objects.get(label=label)
        html = editor_client.get(f"/admin/articles/page/{page.pk}/change/").content.decode()
        assert "跨版整篇重复（已合并为一篇，无需处理）" in html
        assert "全文同时见于1版、2版" in html


def test_a_flag_whose_message_quotes_its_line_is_not_quoted_twice():
    flag = {
        "line": 7,
        "kind": "heading-new-story",
        "text": "菜价为何回落",
        "message": "“菜价为何回落”按新稿件的标题处理；如果它是小标题，请把两篇合并。",
    }
    assert flag_line(flag) == (
        "第7行：“菜价为何回落”按新稿件的标题处理；如果它是小标题，请把两篇合并。"
    )


def test_a_flag_message_ending_a_sentence_is_followed_by_its_line_without_a_stray_full_stop():
    flag = {"line": 3, "kind": "x", "text": "沿线群众说", "message": "可能是小标题。"}
    assert flag_line(flag) == "第3行：可能是小标题：“沿线群众说”"
