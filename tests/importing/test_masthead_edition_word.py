"""An e-paper's masthead prints an edition word after the paper's name (南洲侨报电子版, 南洲侨报
网络版): which edition the page is, not the paper's name. A paper named from its masthead, and the
warning that a masthead names another paper, give the name without it."""

from io import StringIO

import pytest
from django.core.management import call_command

from articles.importing.pagefacts import printed_paper_name
from articles.models import Publication
from tests.factories import import_seed

PAGE = (
    "{masthead}\n2026年7月3日 星期五  A1 要闻\n\n电子厂斥资8亿扩建\n\n"
    "【本报讯】雪兰莪州一家电子零件厂宣布，将在未来三年投资八亿令吉扩建厂房，"
    "预计可创造一千二百个就业机会。\n"
)


@pytest.mark.parametrize(
    ("printed", "name"),
    [
        ("南洲侨报电子版", "南洲侨报"),
        ("南洲侨报 网络版", "南洲侨报"),
        ("海西商报数字版", "海西商报"),
        ("南洲侨报·数字报", "南洲侨报"),
        ("人民日报电子报", "人民日报"),
        ("西江渔业周刊 电子报", "西江渔业周刊"),
        ("中国电子报", "中国电子报"),  # a paper's own name, not an edition word
        ("电子报", "电子报"),
        ("电子版", "电子版"),  # nothing else: as printed
        ("", ""),
    ],
)
def test_the_edition_word_is_not_the_paper_s_name(printed, name):
    assert printed_paper_name(printed) == name


def run(tmp_path, *flags) -> str:
    page = tmp_path / "A1.txt"
    page.write_text(PAGE.format(masthead="南洲侨报电子版"), encoding="utf-8")
    out = StringIO()
    call_command(
        "import_pages", str(page), "--date", "2026-07-03", "--workers", "0", *flags, stdout=out
    )
    return out.getvalue()


@pytest.mark.django_db
def test_a_paper_named_from_its_masthead_is_named_without_the_edition_word(tmp_path):
    import_seed()
    out = run(tmp_path, "--new-paper")
    assert "新建报纸 南洲侨报（" in out
    assert Publication.objects.filter(name="南洲侨报").exists()
    assert not Publication.objects.filter(name__contains="电子版").exists()


@pytest.mark.django_db
def test_the_masthead_naming_another_paper_is_said_without_the_edition_word(tmp_path):
    import_seed()
    out = run(tmp_path, "--paper", "新三门", "--new-paper")
    assert "版面上印的报名是“南洲侨报”，却导入为“新三门”" in out
    assert "电子版" not in out


@pytest.mark.django_db
@pytest.mark.parametrize("masthead", ["东湖晚报电子版", "东湖晚报数字报", "东湖晚报电子报"])
def test_a_paper_s_e_paper_name_alone_on_line_one_names_the_paper(tmp_path, masthead):
    """The e-paper's name alone on the page's first line, no date line under it: the masthead,
    whatever kind of paper it names (晚报 as 侨报), never 看不出是哪份报纸."""
    import_seed()
    page = tmp_path / "A1.txt"
    page.write_text(
        f"{masthead}\n\n市区新开三条公交线路\n\n本报讯　市公交公司昨日宣布，下月起新开三条公交线路。\n",
        encoding="utf-8",
    )
    out = StringIO()
    call_command(
        "import_pages",
        str(page),
        "--date",
        "2026-07-03",
        "--workers",
        "0",
        "--new-paper",
        stdout=out,
    )
    assert "新建报纸 东湖晚报（" in out.getvalue()
    assert Publication.objects.filter(name="东湖晚报").exists()
