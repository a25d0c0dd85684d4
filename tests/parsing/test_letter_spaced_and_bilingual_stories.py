"""Kinds a reviewer found at stop 54, on pages written for these tests (``data/spaced_bilingual``):

- letter-spaced text, every Han character followed by a space (OCR, a 副刊 page): one story per
  printed story, its text as printed (a sentence's ``。 `` inside it is no paragraph gap), its
  spaced dateline and byline read as if unspaced (``本报讯``, ``记者钱伟``: the reporter credited);
- a bilingual page: a headline in another script than the story it follows (an English head
  inside a Chinese story over English text, a Chinese head after an English story over Chinese
  text) starts a new story, flagged for an editor to check; an English story's own crosshead
  (``Water and care``) stays in it.
"""

from __future__ import annotations

from pathlib import Path

from articles.parsing import parse_page
from articles.parsing.letterspacing import letter_spaced, unspaced
from articles.parsing.runs import split_paragraph_runs
from articles.parsing.scriptswitch import script

PAGES = Path(__file__).resolve().parent / "data" / "spaced_bilingual"


def page(name: str):
    return parse_page((PAGES / name).read_bytes())


def test_letter_spaced_stories_keep_their_text_and_read_their_datelines():
    parsed = page("letter-spaced.txt")
    assert [(a.headline, a.dateline, a.byline, a.reporters) for a in parsed.articles] == [
        ("河 堤 加 固 工 程 全 面 完 工", "本报讯", "记者钱伟", ("钱伟",)),
        ("图 书 馆 延 长 开 放 时 间", "本报讯", "记者周敏", ("周敏",)),
    ]
    first = parsed.articles[0].paragraphs
    assert len(first) == 1  # 完 工 。 完 工 后 ， …: one paragraph, not a story 完工后
    assert first[0].startswith("本 报 讯 （记 者 钱 伟） 历 时")
    assert first[0].endswith("提 高 到 五 十 年 一 遇 。")
    assert not parsed.flags


def test_a_letter_spaced_line_is_not_cut_at_its_spacing():
    line = (PAGES / "letter-spaced.txt").read_text(encoding="utf-8").splitlines()[2]
    assert split_paragraph_runs(line) == [line]
    # a web archive's paragraphs on one line, parted by single spaces, are still cut
    web = "今年以来，全市新建公园十二座，市民休闲有了好去处。 下一步，还将建设绿道五十公里，把各个公园连通起来。"
    assert len(split_paragraph_runs(web)) == 2


def test_what_letter_spacing_is():
    assert letter_spaced("城 市 公 交 线 路 优 化 调 整")
    assert unspaced("本 报 讯 （记 者 赵 刚） 从 下 周") == "本报讯（记者赵刚）从下周"
    assert not letter_spaced("城市公交 线路优化调整")  # a headline in halves
    assert not letter_spaced("他說 放假 三天，大家都很高兴")  # OCR's stray spaces
    assert not letter_spaced("林  舒")  # a spaced name


def test_heads_in_another_script_start_stories_on_a_bilingual_page():
    parsed = page("bilingual.txt")
    assert [(a.headline, len(a.paragraphs)) for a in parsed.articles] == [
        ("Students Plant Trees on Campus", 2),
        ("校园绿化周开幕", 1),
        ("Library Opens Until Midnight", 1),
        ("食堂推出夜宵窗口", 1),
    ]
    crossheads = [b.text for b in parsed.articles[0].blocks if b.kind == "crosshead"]
    assert crossheads == ["Water and care"]  # an English story's own crosshead
    flagged = {(f.line, f.kind) for f in parsed.flags}
    assert flagged == {(15, "heading-new-story"), (19, "heading-new-story")}
    assert "它是英文，上面的稿件是中文" in parsed.flags[0].message


def test_a_spaced_chinese_story_after_an_english_one():
    parsed = page("spaced-after-english.txt")
    assert [a.headline for a in parsed.articles] == [
        "Volunteers Clean the Old Harbour",
        "社 区 食 堂 开 门 迎 客",
    ]
    english, chinese = parsed.articles
    assert len(english.paragraphs) == 2 and english.reporters == ("Liu Yang",)
    assert chinese.paragraphs[0].startswith("本 报 讯 （记 者 吴 佳） 城 南 社 区")
    assert (chinese.dateline, chinese.reporters) == ("本报讯", ("吴佳",))


def test_script_of_a_text():
    assert script("Local Team Wins Title") == "latin"
    assert script("By Wang Fang (王芳) wrote this story for the paper.") == "latin"
    assert script("市民下载APP后可以预约") == "han"
    assert script("2024 — 12") == ""
