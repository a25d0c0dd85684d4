"""A hinted pattern (articles/parsing/hinted.py) matches exactly where its pattern does."""

from pathlib import Path

import pytest

from articles.parsing import header_patterns
from articles.parsing.credits import CREDIT_RE
from articles.parsing.hinted import Hinted
from articles.parsing.teaserrows import TRAILING_TARGET_RE as _TRAILING_TARGET_RE
from articles.text import fold

ROOT = Path(__file__).resolve().parents[2]

SEARCHED = ["MASTHEAD_HINTED", "NAVIGATION_HINTED", "WEBSITE_HINTED", "COPYRIGHT_HINTED"]
MATCHED = ["RUNNING_HEAD_HINTED", "SCAN_NOISE_HINTED", "PAPER_NAME_HINTED", "EPAPER_NAME_HINTED"]


def _lines() -> list[str]:
    """Every line of the UTF-8 texts under tests/data and seeds: as printed, stripped, folded."""
    lines: set[str] = set()
    paths = [*(ROOT / "tests" / "data").glob("**/*.txt"), *(ROOT / "seeds").glob("**/*.txt")]
    for path in paths:
        try:
            text = path.read_bytes().decode("utf-8")
        except UnicodeDecodeError:
            continue
        for line in text.splitlines():
            lines.update((line, line.strip(), fold(line.strip())))
    return sorted(lines)


# Lines each pattern reads, in the forms the hints were written from (and case variants).
FORMS = [
    "国内统一刊号：CN32-0001",
    "ISSN 1002-1234",
    "总第12345期",
    "今日8版",
    "本期共16版",
    "广告经营许可证：3200001",
    "本报地址：南通市工农路",
    "定价：1.50元",
    "HUANAN DAILY",
    "今日导读",
    "印刷：新华印刷厂",
    "上一版  下一版  版面导航",
    "返回南通日报首页",
    "放大 缩小",
    "往期回顾",
    "分享到朋友圈",
    "本站声明",
    "首页 > 2025年04月16日 > B03版",
    "WWW.NTDAILY.COM",
    "Website: ntdaily",
    "HTTP://ntdaily",
    "ntdaily.cn",
    "©南通日报社",
    "COPYRIGHT 2020",
    "版权所有 南通日报社",
    "未经授权 禁止转载",
    "红星县报  第二版",
    "第3版  红星县报",
    "青州电讯 A2",
    "■ ■■ 1",
    "· · ·",
    "南通日报",
    "南 通 日 报",
    "南通日报电子版",
    "图/顾晓岚",
    "摄影：王 某",
    "新华社发",
    "视觉中国",
    "东方IC",
    "IC photo",
    "CFP",
    "受访者供图",
    "图片由市气象局提供",
    "取自某某臉書",
    "资料照",
    "档案图片",
    "本报记者 许丛军摄",
    "独家专访　A6",
    "港口新航线开通→第6版",
]


@pytest.mark.parametrize("name", SEARCHED + MATCHED)
def test_a_hinted_furniture_pattern_finds_what_its_pattern_finds(name):
    hinted: Hinted = getattr(header_patterns, name)
    method = "search" if name in SEARCHED else "match"
    for line in [*_lines(), *FORMS]:
        ours, theirs = getattr(hinted, method)(line), getattr(hinted.pattern, method)(line)
        assert (ours and ours.span()) == (theirs and theirs.span()), line


@pytest.mark.parametrize("hinted", [CREDIT_RE, _TRAILING_TARGET_RE], ids=["credit", "teaser"])
def test_a_hinted_line_pattern_matches_what_its_pattern_matches(hinted):
    for line in [*_lines(), *FORMS]:
        ours, theirs = hinted.match(line), hinted.pattern.match(line)
        assert (ours and ours.span()) == (theirs and theirs.span()), line


def test_the_forms_are_read_by_their_patterns():
    """The forms above are lines the patterns read (so the tests above compare real matches)."""
    patterns = [getattr(header_patterns, name) for name in SEARCHED + MATCHED]
    unread = [
        line
        for line in FORMS
        if not any(h.pattern.search(line) for h in patterns)
        and not CREDIT_RE.pattern.match(line)
        and not _TRAILING_TARGET_RE.pattern.match(line)
    ]
    assert unread == []
