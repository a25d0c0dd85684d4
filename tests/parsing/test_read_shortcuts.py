"""The reader's shortcuts (:mod:`articles.parsing.readshortcuts`) skip a rule only where the rule
cannot fire: a line the rule would take still goes through it."""

import random

import pytest

from articles.parsing import closings
from articles.parsing.closings import MAX_CLOSING_LINE, closes_story
from articles.parsing.leadins import lead_in_words
from articles.parsing.readshortcuts import COLON_ENDS, colon_above, colon_counts
from articles.parsing.units import Para
from tests.parsing.helpers import parse


def test_colon_ends_are_the_characters_that_fold_to_a_colon():
    assert {"：", ":"} <= COLON_ENDS


def test_colon_above_looks_at_the_twelve_lines_above():
    lines = ["他说：", *[""] * 11, "“山好水好”", "接下来"]
    counts = colon_counts(lines)
    assert not colon_above(counts, 1)  # (nothing above the first line)
    assert colon_above(counts, 2)
    assert colon_above(counts, 13)  # the colon line is the 12th above
    assert not colon_above(counts, 14)


def test_a_colon_with_spaces_after_it_counts():
    assert colon_above(colon_counts(["她表示:  \u3000", "“好”"]), 2)


@pytest.mark.parametrize("colon", ["：", ":"])
def test_a_lead_in_far_above_its_words_still_goes_through_the_rule(colon):
    """Blank lines between the lead-in and its words (up to the rule's reach) skip nothing."""
    parsed = parse(
        "渡口村修起防洪堤",
        "",
        "本报讯 渡口村沿江两公里防洪堤日前完工，村民再也不用担心汛期涨水。",
        "",
        f"老支书周平感慨{colon}",
        *[""] * 8,
        "“山好水好，日子才会好”",
        "接下来，村里还要把沿江步道修起来，让村民饭后有个散步的去处。",
    )
    [article] = parsed.articles
    assert article.paragraphs[1:] == (
        f"老支书周平感慨{colon}",
        "“山好水好，日子才会好”",
        "接下来，村里还要把沿江步道修起来，让村民饭后有个散步的去处。",
    )


def test_lead_in_words_never_says_true_where_no_colon_is_above():
    """Over pages drawn at random from lead-ins, their words, text and blank lines: every line
    lead_in_words takes has a colon above it within reach (and some lines are taken)."""
    pool = [
        "老支书周平感慨：",
        "她表示:",
        "会议强调：\u3000",
        "“山好水好，日子才会好”",
        "一是修好通村公路",
        "二是办好村级小学",
        "接下来，村里还要把沿江步道修起来。",
        "本报讯（记者 钱晓东）渡口村今年新修通村公路四公里。",
        "",
        "",
    ]
    rng = random.Random(46)
    taken = 0
    for _ in range(400):
        lines = [rng.choice(pool) for _ in range(rng.randint(1, 30))]
        counts = colon_counts(lines)
        for number in range(1, len(lines) + 1):
            if lines[number - 1].strip() and lead_in_words(lines, number):
                taken += 1
                assert colon_above(counts, number), (lines, number)
    assert taken > 50


@pytest.mark.parametrize(
    "closing",
    ["（县气象局供稿）", "(县气象局供稿)", "（陈玲玲）", "(陈玲玲)", "（某某县委通讯组）"],
)
def test_a_bracketed_sign_off_in_any_bracket_still_ends_its_story(closing):
    """The sign-off rules are skipped on a line that opens with no bracket once folded; a line
    opening with a bracket (half-width or full-width) still ends the
    story above it as its last line, never the next story's kicker."""
    parsed = parse(
        "渡口村修起防洪堤",
        "",
        "本报讯 渡口村沿江两公里防洪堤日前完工，村民再也不用担心汛期涨水。",
        closing,
        "",
        "城西污水处理厂二期投运",
        "",
        "本报讯 城西污水处理厂二期工程昨天投入运行，日处理能力翻了一番。",
    )
    first, second = parsed.articles
    assert first.paragraphs[-1] == closing or closing.strip("（）()") in first.byline
    assert second.title_lines == ("城西污水处理厂二期投运",)


def test_closes_story_never_takes_a_line_over_the_closing_length():
    """The reader looks the next line up for closes_story only on a line of at most
    MAX_CLOSING_LINE characters: a longer one closes no story, whatever follows."""
    last = Para(1, "渡口村沿江两公里防洪堤日前完工。")
    source = "（来源：" + "东林" * 20 + "报）"
    assert len(source) > MAX_CLOSING_LINE
    assert not closes_story(source, last, None)
    assert closes_story("（来源：东林日报）", last, None)


def _first_characters(pattern) -> set[str]:
    """The characters each top-level branch of a compiled ``^``-anchored pattern opens with."""
    from re import _parser as sre

    tree = list(sre.parse(pattern.pattern))
    assert tree[0] == (sre.AT, sre.AT_BEGINNING) or tree[0][0] == sre.BRANCH
    branches = tree[0][1][1] if tree[0][0] == sre.BRANCH else [tree]
    found = set()
    for branch in branches:
        items = list(branch)
        assert items[0] == (sre.AT, sre.AT_BEGINNING)
        step = items[1]
        inner = step[1][1] if step[0] == sre.BRANCH else [[step]]
        for first in inner:
            first = next(iter(first))
            if first[0] == sre.MAX_REPEAT:
                first = next(iter(first[1][2]))
            assert first[0] == sre.IN, first
            found.update(chr(code) for kind, code in first[1] if kind == sre.LITERAL)
    return found


def test_uncredited_close_skips_only_lines_its_patterns_cannot_open():
    """uncredited_close answers False at once for a line opening with none of _CLOSE_OPENERS:
    every branch of its patterns opens with one of them."""
    for pattern in (closings._SOURCE_RE, closings._OUTLET_ALONE_RE, closings._NOTE_RE):
        assert _first_characters(pattern) <= closings._CLOSE_OPENERS
    assert _first_characters(closings._END_MARK_RE) <= closings._CLOSE_OPENERS
    for line in ("（完）", "——完——", "(来源：东林日报)", "（人民日报）", "（文中受访者均为化名）"):
        assert closings.uncredited_close(line)


def test_may_go_on_lets_through_every_line_the_cut_rules_join():
    """Where marker_cut_at_end, byline_cut or note_cut_at_end joins a line to the next, may_go_on
    says True (so the reader still asks them); lines drawn at random from their pieces."""
    from articles.parsing import markers
    from articles.parsing.bracketcuts import note_cut_at_end
    from articles.parsing.layout import byline_cut
    from articles.parsing.readshortcuts import _OPENING_BRACKET_RE, may_go_on

    assert markers._OPEN_BRACKET_AT_END_RE.pattern.startswith(_OPENING_BRACKET_RE.pattern)
    pieces = [
        "（下转第",
        "(下轉",
        "【上接",
        "四版）",
        "A2版)",
        "（作者系",
        "教授）",
        "本报记者 方",
        "晓雪",
        "村民说",
        "。",
        "，",
        "〔续",
        "[接",
        "第3版]",
        " ",
    ]
    rng = random.Random(7)
    joined = 0
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 4))).strip()
        following = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 3)))
        if not text:
            continue
        for width in (None, 12):
            if (
                markers.marker_cut_at_end(text, following.strip())
                or (width and byline_cut(text, following))
                or note_cut_at_end(text, following)
            ):
                joined += 1
                assert may_go_on(text, width), (text, following, width)
    assert joined > 100


def test_the_reader_looks_the_next_line_up_for_a_credit_line_only(monkeypatch):
    """Under a finished paragraph, closes_story needs the next line only for an editor's or a
    writer's credit: the reader's lookup (a furniture test of that line) is not made for the
    story's other lines, and a writer's credit still closes its story."""
    from articles.parsing import readsignoffs

    asked: list[int] = []
    lookup = readsignoffs.SignOffsMixin._text_after

    def counted(self, number):
        asked.append(number)
        return lookup(self, number)

    monkeypatch.setattr(readsignoffs.SignOffsMixin, "_text_after", counted)
    parsed = parse(
        "渡口村修起防洪堤",
        "",
        "本报讯 渡口村沿江两公里防洪堤日前完工。",
        "村民再也不用担心汛期涨水。",
        "堤上还种了一排柳树。",
        "（文/周明）",
        "",
        "城西污水处理厂二期投运",
        "",
        "本报讯 城西污水处理厂二期工程昨天投入运行。",
    )
    assert asked == [6]  # the credit's line only
    first, second = parsed.articles
    assert first.paragraphs[-1] == "（文/周明）" or "周明" in first.byline
    assert second.title_lines == ("城西污水处理厂二期投运",)


@pytest.mark.parametrize(
    "line", ["（文/周明）", "（编辑 周明）", "（来源：东林日报）", "村民再也不用担心汛期涨水。"]
)
@pytest.mark.parametrize("following", [None, "城西污水处理厂二期投运", "本报讯 城西污水厂投运。"])
def test_closes_story_answers_the_same_with_the_next_line_or_its_lookup(line, following):
    for last in (Para(1, "渡口村沿江两公里防洪堤日前完工。"), Para(1, "渡口村沿江")):
        assert closes_story(line, last, following) == closes_story(line, last, lambda: following)
