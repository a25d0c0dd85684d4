"""A brief signed at its end by the staff reporter who compiled it (``…的股份。（本报记者 甘 露
整理）``) is signed off: the reporter is its reporter, and the bracket is no end dateline (an
end dateline names who sent the copy: ``（本报综合）``, ``（新华社）``). Near misses: those end
datelines stay datelines with no reporter. Invented companies and people."""

import pytest

from tests.parsing.helpers import parse

TEXT = "本报讯 三家上市公司昨晚公告，控股股东拟减持不超过总股本1%的股份。"


@pytest.mark.parametrize(
    "sign", ["（本报记者 甘 露 整理）", "（记者 甘露 整理）", "（本报记者 甘露）"]
)
def test_a_compiling_reporter_signs_the_brief(sign):
    [story] = parse("减持公告集中发布", TEXT + sign).articles
    assert story.reporters == ("甘露",)
    assert story.dateline == "本报讯"


@pytest.mark.parametrize("close", ["（本报综合）", "（新华社）"])
def test_near_miss_a_sender_in_brackets_is_no_reporter(close):
    [story] = parse(
        "减持公告集中发布", "三家上市公司昨晚公告，控股股东拟减持股份。" + close
    ).articles
    assert story.reporters == ()
    assert story.dateline == close.strip("（）")


def test_near_miss_a_role_without_a_name_stays_the_end_dateline():
    parsed = parse(
        "早稻田间管理抓得紧",
        "本报讯 各公社抓紧早稻田间管理，追肥除草进度快于去年。",
        "（本报通讯员）",
        "",
        "晚稻秧苗长势良好",
        "本报讯 全县晚稻秧苗长势良好，移栽工作即将开始。",
    )
    assert [a.headline for a in parsed.articles] == ["早稻田间管理抓得紧", "晚稻秧苗长势良好"]
