"""引用本文: the story page and the page (版面) view give a GB/T 7714—2015 entry and the permanent
address as text (no script), and the story's JSON twin its entry."""

from __future__ import annotations

import re
from datetime import date

import pytest

from articles.citations import authors, cited_name, newspaper_citation, page_citation
from articles.models import Article
from tests.public.conftest import PAPER, WORKS

URL = "http://testserver/nantong-daily/2020-07-09/article/7/"


def test_up_to_three_authors_then_deng():
    assert authors(["王刚", "李明", "张华"]) == "王刚, 李明, 张华"
    assert authors(["王刚", "李明", "张华", "赵四"]) == "王刚, 李明, 张华, 等"


def test_a_jumped_story_names_every_page_it_is_printed_on():
    entry = newspaper_citation(
        names=["王刚", "李明"],
        title="跨江大桥完成检修",
        subtitle="明起恢复通行",
        paper="南通日报",
        day=date(2021, 3, 4),
        pages=["A1", "A3"],
        url=URL,
    )
    assert entry == (
        "王刚, 李明. 跨江大桥完成检修: 明起恢复通行[N/OL]. 南通日报, 2021-03-04(A1, A3)[引用日期]. "
        f"{URL}."
    )


def test_a_story_with_no_author_starts_with_its_title():
    entry = newspaper_citation(
        names=[], title="简讯", paper="南通日报", day=date(2021, 3, 4), pages=["2"], url=URL
    )
    assert entry.startswith("简讯[N/OL]. 南通日报, 2021-03-04(2)[引用日期]. ")


def test_a_page_is_cited_by_its_label_and_name():
    entry = page_citation(
        label="A1", section="要闻", paper="南通日报", day=date(2021, 3, 4), url=URL
    )
    assert entry == f"A1版: 要闻[N/OL]. 南通日报, 2021-03-04(A1)[引用日期]. {URL}."


def cite_block(html: str) -> str:
    found = re.search(r'<section class="cite".*?</section>', html, re.S)
    assert found, "no 引用 block"
    return found.group(0)


@pytest.mark.django_db
def test_the_story_page_cites_the_story_with_its_pages_and_permanent_address(client, edition):
    story = next(a for a in Article.objects.all() if a.title == WORKS)
    pages = "、".join(p.label for p in story.printed_pages())
    assert pages == "A1、A2"  # (a story that jumps)
    url = f"http://testserver{story.get_absolute_url()}"
    block = cite_block(client.get(story.get_absolute_url()).content.decode())
    assert '<h2 id="cite-h">引用本文</h2>' in block
    assert f"[N/OL]. 南通日报, 2020-07-09(A1, A2)[引用日期]. {url}." in block
    assert f'永久链接：<a href="{url}">{url}</a>' in block
    twin = client.get(story.get_absolute_url().rstrip("/") + ".json").json()
    assert twin["citation"].endswith(f"(A1, A2)[引用日期]. {url}.")


@pytest.mark.django_db
def test_the_page_view_cites_the_page(client, edition):
    response = client.get(f"/{PAPER}/2020-07-09/A1/")
    block = cite_block(response.content.decode())
    url = f"http://testserver/{PAPER}/2020-07-09/A1/"
    assert "引用本版" in block
    assert re.search(r"A1版(: [^\[]+)?\[N/OL\]\. 南通日报, 2020-07-09\(A1\)\[引用日期\]", block)
    assert f'永久链接：<a href="{url}">{url}</a>' in block


@pytest.mark.parametrize(
    ("printed", "cited"),
    [
        ("Zoë Müller", "MÜLLER Z"),
        ("Müller, Zoë", "MÜLLER Z"),
        ("John Ronald Tolkien", "TOLKIEN J R"),
        ("Jean-Paul van Dijk", "VAN DIJK J P"),
        ("陈玲玲", "陈玲玲"),
        ("欧阳 修", "欧阳 修"),
        ("Xinhua", "Xinhua"),
    ],
)
def test_a_latin_script_name_is_cited_surname_first_with_initials(printed, cited):
    assert cited_name(printed) == cited


@pytest.mark.parametrize(
    ("printed", "cited"),
    [
        ("Zhang Wei", "ZHANG W"),  # GB/T 28039: a Chinese name in pinyin is surname first
        ("ZHANG Wei", "ZHANG W"),
        ("Wang Xiaoming", "WANG X M"),  # an initial a syllable (GB/T 7714's LI J N)
        ("Li Jiangning", "LI J N"),
        ("Zhang Xiao-ming", "ZHANG X M"),
        ("Ouyang Xiu", "OUYANG X"),  # a compound surname
        ("Gao Changan", "GAO C G"),  # pinyin writes Chang'an with its apostrophe
        ("Zhang, Xiaoming", "ZHANG X M"),
        ("Zhang W", "ZHANG W"),
    ],
)
def test_a_chinese_name_in_pinyin_is_cited_surname_first_as_written(printed, cited):
    assert cited_name(printed) == cited


@pytest.mark.parametrize(
    ("printed", "cited"),
    [
        ("Zoe Müller", "MÜLLER Z"),
        ("Zoë MÜLLER", "MÜLLER Z"),  # a surname in capitals, wherever it stands
        ("Lin Wood", "WOOD L"),  # Lin is a surname, Wood no pinyin
        ("Anna Li", "LI A"),  # Anna is no surname: a Western name, one initial
        ("Jean-Paul Li", "LI J P"),
        ("Dan Wang", "WANG D"),  # Dan: a given name far more than a surname
        ("Zhang Xiaomingabc", "XIAOMINGABC Z"),  # not pinyin: read as Western
    ],
)
def test_a_western_name_stays_given_name_first(printed, cited):
    assert cited_name(printed) == cited


def test_authors_cite_latin_and_chinese_names_each_by_its_rule():
    assert authors(["陈玲玲", "Zoë Müller"]) == "陈玲玲, MÜLLER Z"
    assert authors(["Zhang Wei", "Zoë Müller"]) == "ZHANG W, MÜLLER Z"


@pytest.mark.django_db
def test_an_untitled_story_is_cited_by_a_supplied_title_never_its_cut_opening(client, edition):
    story = next(a for a in Article.objects.all() if a.title == WORKS)
    Article.objects.filter(pk=story.pk).update(headline="", kicker="", subheadline="")
    story.refresh_from_db()
    opening = story.name_for_readers()
    assert opening.endswith("…")  # (what the page's <title> calls it: its opening words)
    block = cite_block(client.get(story.get_absolute_url()).content.decode())
    assert "[简讯][N/OL]. 南通日报, 2020-07-09(A1, A2)" in block
    assert opening.rstrip("…") not in block


@pytest.mark.parametrize(
    ("printed", "cited"),
    [
        ("J. Smith", "SMITH J"),
        ("Robert Downey Jr.", "DOWNEY R Jr"),  # never JR R D
        ("Martin Luther King Jr.", "KING M L Jr"),
        ("Martin Luther King, Jr.", "KING M L Jr"),
        ("John Smith III", "SMITH J III"),
        ("Eugene O'Neil", "O'NEIL E"),
        ("Lyu Bu", "LYU B"),  # 吕布 as a passport spells 吕 (lü)
        ("Lv Bu", "LV B"),
        ("Lü Bu", "LÜ B"),
        ("Lyu Xiaoming", "LYU X M"),
    ],
)
def test_suffixes_and_pinyin_spellings_of_lu_are_cited_by_the_rule(printed, cited):
    assert cited_name(printed) == cited


def _story_citation(client, story) -> str:
    return cite_block(client.get(story.get_absolute_url()).content.decode())


@pytest.mark.django_db
def test_a_text_story_with_no_reporter_is_cited_title_first_never_by_its_photographer(client):
    from tests.public.people_feeds import credited_story

    story = credited_story("港口夜市开张", date(2021, 3, 1), photographer="孙立")

    block = _story_citation(client, story)
    assert "孙立" not in block
    assert "港口夜市开张[N/OL]. 测试日报, 2021-03-01(A1)" in block


@pytest.mark.django_db
def test_a_picture_story_with_no_reporter_is_cited_by_its_photographer(client):
    from tests.public.people_feeds import credited_story

    story = credited_story("港口夜市开张", date(2021, 3, 1), photographer="孙立", text=False)

    assert "孙立. 港口夜市开张[N/OL]. 测试日报, 2021-03-01(A1)" in _story_citation(client, story)


@pytest.mark.parametrize(
    ("printed", "cited"),
    [  # surnames of 《百家姓》 that the short list of common ones read as Western names
        ("Ge Xiaoming", "GE X M"),
        ("An Li", "AN L"),
        ("Ba Jin", "BA J"),
        ("Di Wei", "DI W"),
        ("Jian Ming", "JIAN M"),
        ("Luan Ming", "LUAN M"),
        ("Ran Ming", "RAN M"),
        ("Sang Lan", "SANG L"),
        ("Sha Li", "SHA L"),
        ("Ying Ming", "YING M"),
        ("Zang Ming", "ZANG M"),
        ("Ben Wang", "WANG B"),  # 贲 ben: a Western given name far more than a surname
    ],
)
def test_every_surname_of_the_hundred_family_surnames_is_read_surname_first(printed, cited):
    assert cited_name(printed) == cited


@pytest.mark.parametrize(
    ("printed", "cited"),
    [
        ("Dr. Zhang Wei", "ZHANG W"),
        ("Zhang Yiming PhD", "ZHANG Y M"),
        ("Zhang Yiming, Ph.D.", "ZHANG Y M"),
        ("Prof. Zoë Müller", "MÜLLER Z"),
    ],
)
def test_titles_and_degrees_are_no_part_of_the_cited_name(printed, cited):
    assert cited_name(printed) == cited


@pytest.mark.parametrize(
    ("printed", "cited"),
    [
        ("Kim Jong-un", "KIM J-U"),  # surname first, as a Chinese name; the hyphen kept
        ("Ban Ki-moon", "BAN K-M"),
        ("Moon Jae-in", "MOON J-I"),
    ],
)
def test_a_korean_name_is_cited_surname_first(printed, cited):
    assert cited_name(printed) == cited


def test_a_chinese_surname_alone_is_cited_in_capitals_an_agency_as_printed():
    assert cited_name("Hu") == "HU"
    assert cited_name("Xinhua") == "Xinhua"
