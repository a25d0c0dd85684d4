"""Raw OCR gives stories whose title is debris (``- 寢Eg 站尺``, ``過 鰲化``) while the printed
headline lands in the body: the import flags each such story among 请先核对, quoting the title,
why it looks wrong and what to do, in the command's output, ``--json``, the page's list and the
story's own form (gone once the editor has fixed the title). Clean titles (acronyms, words,
pinyin, a title spaced letter by letter, one typo comma) are not flagged. Pages written for
these tests, with the kinds of damage a reviewer's OCR pages had."""

from __future__ import annotations

import json
from io import StringIO
from types import SimpleNamespace

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse

from articles.importing.ocrheads import debris, story_message
from articles.models import Article, Page

BODY = (
    "本報訊 區內長者參與運動的人數連年下降,社福機構昨日公布調查,受訪的六百名長者之中,"
    "逾四成每星期運動不足一次,不少人表示怕跌倒,也找不到合適的場地。\n\n"
    "機構負責人指出,政府近年在各區增設長者健體設施,但使用率偏低,原因包括宣傳不足,"
    "開放時間不便,以及欠缺導師指導。\n"
)
SECOND = (
    "晨運人士近月明顯增多,區議員表示,會要求有關部門增設座椅及飲水機,方便市民使用,"
    "並加派人手清潔。\n\n有晨運客說,步道清早已有數百人,希望延長照明時間,讓上班前的市民也可使用。\n"
)
# Story 1: a kicker line, then the headline as OCR read it (a stray dash, Latin that is no
# word); story 2: OCR's scatter of a large type over the printed headline.
PAGE = f"社區長者 運動不足\n- 鍊Qk 站尺\n\n{BODY}\n凝 鷲訖\n\n海濱步道晨運客倍增\n\n{SECOND}"


def run(path, *more) -> str:
    out = StringIO()
    call_command(
        "import_pages",
        str(path),
        *("--paper", "港灣日報", "--date", "2024-08-12", "--page", "B7", "--new-paper"),
        *("--workers", "0", *more),
        stdout=out,
        stderr=StringIO(),
    )
    return out.getvalue()


@pytest.mark.django_db
def test_each_story_with_a_debris_title_is_flagged_with_its_title_and_what_to_do(tmp_path):
    path = tmp_path / "B7.txt"
    path.write_text(PAGE, encoding="utf-8")
    said = run(path)
    flagged = [line for line in said.splitlines() if "像是识别错误的字符" in line]
    assert len(flagged) == 2, said
    assert "请先核对：第1行：主题“社區長者 運動不足 - 鍊Qk 站尺”像是识别错误的字符" in flagged[0]
    assert "不成词的字母“Qk”" in flagged[0] and "零散符号“-”" in flagged[0]
    assert "请对照版面图改正" in flagged[0]
    assert "引题“凝 鷲訖”" in flagged[1] and "散落的单字“凝”" in flagged[1]
    (page,) = Page.objects.all()
    stored = [f for f in page.parser_flags if f["kind"] == "ocr-headline"]
    assert [(f["line"], f["position"]) for f in stored] == [(1, 1), (8, 2)]


@pytest.mark.django_db
def test_the_json_report_carries_the_flag(tmp_path):
    path = tmp_path / "B7.txt"
    path.write_text(PAGE, encoding="utf-8")
    document = json.loads(run(path, "--json"))
    assert "- 鍊Qk 站尺" in json.dumps(document, ensure_ascii=False)
    assert "ocr-headline" in json.dumps(document)


@pytest.mark.django_db
def test_the_storys_form_says_it_until_the_headline_is_fixed(tmp_path, admin_client):
    path = tmp_path / "B7.txt"
    path.write_text(PAGE, encoding="utf-8")
    run(path)
    story = Article.objects.get(position=1)
    url = reverse("admin:articles_article_change", args=[story.pk])
    html = admin_client.get(url).content.decode()
    assert "像是识别错误的字符" in html and "鍊Qk" in html
    Article.objects.filter(pk=story.pk).update(headline="社區長者運動不足")
    html = admin_client.get(url).content.decode()
    assert "像是识别错误的字符" not in html
    page = Page.objects.get()
    html = admin_client.get(reverse("admin:articles_page_change", args=[page.pk])).content
    assert "像是识别错误的字符" in html.decode()


@pytest.mark.parametrize(
    "title",
    [
        "GDP增长5.2% A股收涨",
        "iPhone新品在港开售",
        "5G基站覆盖全市 H5N1疫苗到货",
        "中国vs日本 今晚开赛",
        "讣 告",
        "东 风 大 队 大 搞农 田 水 利",
        "天气渐暖 防溺（nì）水要记牢",
        "阅读 2.4万 | 分享 2033",
        ">> 开学第一天 校园迎新生",
        "河水变清了,怎么让它一直清下去？",
        "颱風過境 北北基停班停課",
    ],
)
def test_clean_titles_are_not_debris(title):
    assert debris(title, "一段正文，没有半角逗号。") == []


@pytest.mark.parametrize(
    ("title", "why"),
    [
        ("- 鍊Qk 站尺", "不成词的字母“Qk”"),
        ("了 ap 王林 校長訪讀 7obonaeeu", "不成词的字母“ap”“7obonaeeu”"),
        ("信喝*因為如果今天得到", "零散符号“*”"),
        ("1968年7月l2日", "不成词的字母“l2”"),
        ("老人視力裴 退趨逢 說 放 適應訓練", "散落的单字“說”“放”"),
    ],
)
def test_ocr_debris_is_told_with_its_reason(title, why):
    assert any(why in reason for reason in debris(title)), debris(title)


def test_a_comma_in_a_title_is_the_bodys_prose_only_in_an_ocr_text():
    assert debris("100元,天後", BODY) == ["夹着半角逗号“,”，像是正文的句子"]
    assert debris("100元,天後", "一段正文，没有半角逗号。") == []


def test_a_short_first_paragraph_is_offered_as_the_headline():
    story = SimpleNamespace(
        kicker="",
        headline="凝 鷲訖",
        subheadline="",
        blocks=[{"text": "團體促增撥資源助長者"}, {"text": BODY}],
    )
    assert story_message(story) == (
        "主题“凝 鷲訖”像是识别错误的字符（有散落的单字“凝”）：请对照版面图改正，"
        "正文第1段“團體促增撥資源助長者”也许才是主题"
    )


@pytest.mark.django_db
def test_the_desks_preview_lists_the_flag_first(admin_client):
    response = admin_client.post(
        "/admin/articles/page/upload/",
        {
            "files": [SimpleUploadedFile("B7.txt", PAGE.encode(), content_type="text/plain")],
            "paper": "港灣日報",
            "paper_slug": "harbour",
            "issue_date": "2024-08-12",
        },
    )
    html = response.content.decode()
    assert not Page.objects.exists()  # a preview writes nothing
    flag = html.index("主题“社區長者 運動不足 - 鍊Qk 站尺”像是识别错误的字符")
    assert html.index("请先核对") < flag < html.index("<h3>稿件")
