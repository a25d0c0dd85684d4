"""Properties of the parser on any input: it raises nothing but ParseError, and it keeps every
printed character (no character of the page is lost or invented, whatever it is classified as).
"""

import os
import random
import time
from collections import Counter

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from articles.parsing import ParseError, decode_page, get_jieba, parse_page
from articles.parsing.page import UNPRINTED_RE
from articles.parsing.terminalcodes import without_terminal_codes
from articles.text import INVISIBLE

from .helpers import SEED

SEED_LINES = SEED.split("\n")

# Pieces that real page text is made of, to build random pages that reach every rule.
TOKENS = [
    "\n",
    "\n",
    "\n\n",
    "\r\n",
    "\u3000\u3000",
    "  ",
    "。",
    "，",
    "、",
    "：",
    "？",
    "——",
    "“",
    "”",
    "（",
    "）",
    "(",
    ")",
    "【",
    "】",
    "标题",
    "全市打好污染防治攻坚战",
    "二季度考核督查启动",
    "港闸区组织部门强化引领——",
    "——记某县扶贫工作",
    "会议讨论了很多事情",
    "徐惠民指出，要把节约土地资源放在重要位置。",
    "（下转A2版）",
    "（下转第二版）",
    "（下轉第四版）",
    "（下转6版）",
    "(转第3版)",
    "（上接A1版）",
    "（上接第一版）",
    "（上接4版）",
    "(接第1版)",
    "本报讯（记者朱文君 卢兆欣）",
    "本报讯（记者金帅）",
    "本报北京4月29日电  （记者彭波）",
    "新华社重庆4月29日电",
    "【新华社北京七日消息】",
    "【本报讯】",
    "本报记者  彭  波",
    "新华社记者 江时强",
    "记者 王小明 通讯员 李大力",
    "（新华社北京5月20日电）",
    "（作者系南京大学教授）",
    "任仲平",
    "记者 许丛军摄",
    "本报记者 徐建中摄",
    "新华社发",
    "■A4看南通·要闻",
    "A4",
    "责编：张三",
    "本版编辑：李四",
    "本期导读",
    "《人民日报》（2026年04月30日 第 04 版）",
    "1968年9月21日星期六第2版",
    "（ 2026-04-30 ） 稿件来源：新华每日电讯 经济",
    "（人民论坛）",
    "（三）",
    "一、",
    "问：",
    "如何提高候补购票成功率？",
    # a story's, a letter's or a notice's closing lines (end lines, read as the text's last):
    # a sign-off, a signer, a signing date, contact lines, a letter's closing formula
    "（李四）",
    "李明",
    "青峰公园管理处",
    "2017年5月8日",
    "联系人：王女士",
    "联系电话：13912345678",
    "此致",
    "敬礼！",
    "王小明敬上",
    "信義堂全體職員　謹告",
    "（县气象局供稿）",
    "（刘  敏译）",
    "（完）",
    "們",
    "\ufeff",
    "\ufffd",
]

token_text = st.lists(st.one_of(st.sampled_from(TOKENS), st.text(max_size=4)), max_size=60).map(
    "".join
)


def non_space(text: str) -> Counter:
    """The printed characters: not white space, not a control character nothing prints (the
    parser leaves those out of stories and flags them; the raw text keeps them), not an
    invisible format character (``articles.text.INVISIBLE``: a line of them is a blank line;
    inside a line of text they are kept as they came)."""
    return Counter(
        ch for ch in text if not ch.isspace() and ch not in INVISIBLE and not UNPRINTED_RE.match(ch)
    )


def output_pieces(page) -> list[str]:
    pieces: list[str] = []
    for article in page.articles:
        pieces += article.title_lines
        pieces += [block.text for block in article.blocks]
        pieces += article.byline_lines
        pieces += [marker.text for marker in article.markers]
    for photo in page.photos:
        pieces += [photo.caption, photo.credit_line]
    for teaser in page.teasers:
        pieces += [*teaser.title_lines, teaser.text]
    pieces += [item.text for item in page.set_aside]
    return pieces


def check_page(data, max_bytes: int | None = None) -> None:
    """Parse; on success, the output holds exactly the input's printed characters."""
    kwargs = {} if max_bytes is None else {"max_bytes": max_bytes}
    try:
        page = parse_page(data, **kwargs)
    except ParseError as error:
        assert str(error) and "\n" not in str(error)
        # parse_page turns its own bugs into ParseError too, to honour its contract; here they
        # must not happen at all.
        assert not str(error).startswith("解析程序在这个版面上出错"), str(error)
        return
    text, _ = decode_page(data, **kwargs)
    got = non_space("".join(output_pieces(page)))
    # (a terminal's code is left out whole, ESC + 0 as ESC [ 31 m: articles/parsing/terminalcodes.py)
    want = non_space(without_terminal_codes(text))
    assert got == want, {"lost": want - got, "invented": got - want}


# Mutations of the seed page ------------------------------------------------------------------


@st.composite
def mutated_seed(draw) -> str:
    lines = list(SEED_LINES)
    for _ in range(draw(st.integers(1, 6))):
        op = draw(
            st.sampled_from(
                ["truncate", "insert", "duplicate", "delete", "swap", "marker", "bracket"]
            )
        )
        i = draw(st.integers(0, len(lines) - 1))
        if op == "truncate":
            text = "\n".join(lines)
            text = text[: draw(st.integers(0, len(text)))]
            lines = text.split("\n") or [""]
        elif op == "insert":
            line = lines[i]
            at = draw(st.integers(0, len(line)))
            lines[i] = line[:at] + draw(st.text(min_size=1, max_size=5)) + line[at:]
        elif op == "duplicate":
            lines.insert(i, lines[i])
        elif op == "delete" and len(lines) > 1:
            del lines[i]
        elif op == "swap":
            j = draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
        elif op in ("marker", "bracket"):
            piece = draw(
                st.sampled_from(TOKENS[27:37])
                if op == "marker"
                else st.sampled_from(["（", "）", "(", ")", "【", "】", "《", "》", "“", "”"])
            )
            line = lines[i]
            at = draw(st.integers(0, len(line)))
            if draw(st.booleans()):
                lines[i] = line[:at] + piece + line[at:]
            else:
                lines.insert(i, piece)
        if not lines:
            lines = [""]
    return "\n".join(lines)


FAST = settings(
    max_examples=int(os.environ.get("PARSER_EXAMPLES", "150")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@pytest.fixture(scope="module", autouse=True)
def jieba_loaded():
    get_jieba()


@FAST
@given(st.binary(max_size=2000))
def test_random_bytes_parse_or_raise_parse_error(data):
    check_page(data)


@FAST
@given(st.text(max_size=300))
def test_random_text_parses_or_raises_parse_error(text):
    check_page(text)


@FAST
@given(token_text)
# (a bracketed byline alone under a headline keeps its printed brackets; a teaser's target
# alone on a page of markers only is set aside, not a teaser without title)
@example("全市打好污染防治攻坚战\n（记者彭波）\n会议讨论了很多事情")
@example("标题\n（某某县委通讯组）\n会议讨论了很多事情。")
@example("海外城市如何治理内河\n（编译：张三）\n会议讨论了很多事情。")
@example("■A4\n\n（下转A2版）")
def test_pages_built_from_page_pieces_keep_every_character(text):
    check_page(text)


@FAST
@given(
    token_text, st.sampled_from(["utf-8", "utf-8-sig", "gb18030", "utf-16", "big5", "big5hkscs"])
)
def test_encoded_pages_keep_every_character(text, encoding):
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        return
    check_page(data)


@FAST
@given(mutated_seed())
def test_mutated_seed_pages_keep_every_character(text):
    check_page(text)


# Whole lines a story's, a letter's or a notice's text and closing lines are printed as: a page
# of them, a blank line or none between, reaches the rules that read a closing line ("end" units)
# with text, titles and other closing lines on either side (a paragraph between two of them).
LINES = [
    "寻物启事",
    "读者来信",
    "全市打好污染防治攻坚战",
    "\u3000\u3000本报讯 会议在市里召开，讨论了很多事情。",
    "\u3000\u3000会议讨论了很多事情，大家都很满意。",
    "\u3000\u3000请拾到者与本人联系，必有重谢。",
    "会议讨论了很多事情，大家都很满意。",
    "编辑同志：我家门口的路坏了很久。",
    "这一段没有结束",
    "特此公告。",
    "（记者 张三）",
    "（李四）",
    "（陈玲玲林娟）",
    "（县气象局供稿）",
    "（某某县委通讯组）",
    "（作者系南京大学教授）",
    "（本报北京6月3日电）",
    "（刘  敏译）",
    "（完）",
    "（来源：东林报）",
    "本报评论员",
    "李明",
    "王小明",
    "青峰公园管理处",
    "东林市交通运输局",
    "本报编辑部",
    "2017年5月8日",
    "一九八五年九月二十日",
    "联系人：王女士",
    "联系电话：13912345678",
    "地址：青峰市人民路8号",
    "此致",
    "敬礼！",
    "王小明敬上",
    "讀者　周□生　謹上",
    "信義堂全體職員　謹告",
    "柳溪公社  一社员",
    "同志们，让我们行动起来！",
    "记者 王小明 通讯员 李大力",
]
closing_lines_page = st.lists(
    st.tuples(st.sampled_from(LINES), st.sampled_from(["\n", "\n\n"])), min_size=1, max_size=14
).map(lambda lines: "".join(line + end for line, end in lines))


@FAST
@given(closing_lines_page)
@example(
    "标题\n\n\u3000\u3000会议讨论了很多事情。\n（记者 张三）\n\u3000\u3000另一段。\n（李四）\n下一行\n"
)
@example(
    "寻物启事\n\n\u3000\u3000请拾到者与本人联系。\n李明\n\u3000\u3000必有重谢。\n2017年5月8日\n下一行\n"
)
def test_pages_of_text_and_closing_lines_keep_every_character(text):
    check_page(text)


def test_the_seed_itself_keeps_every_character():
    check_page(SEED.encode("utf-8"))


@FAST
@given(token_text)
def test_line_ends_do_not_change_the_result(text):
    text = text.replace("\r", "")
    try:
        unix = parse_page(text)
    except ParseError:
        return
    windows = parse_page(text.replace("\n", "\r\n").encode("utf-8"))
    assert windows.articles == unix.articles
    assert windows.photos == unix.photos
    assert windows.teasers == unix.teasers


# Hostile input (RUN_SLOW=1) -------------------------------------------------------------------

HOSTILE_PIECES = [
    "（",
    "（（",
    "下转",
    "（下转A2版）",
    "（上接A1版）",
    "本报讯",
    "，",
    "A4",
    "标题\n",
]


@st.composite
def hostile_page(draw) -> str:
    kind = draw(st.sampled_from(["long-line", "markers", "brackets", "short-lines", "mixed"]))
    if kind == "long-line":
        unit = draw(st.sampled_from(["汉", "今天天气很好，", "（", "a", "本报讯（记者"]))
        return unit * (1_000_000 // len(unit.encode("utf-8")))
    if kind == "markers":
        sep = draw(st.sampled_from(["", "\n", "\n\n", "内容，"]))
        return sep.join(draw(st.sampled_from(TOKENS[27:37])) for _ in range(10_000))
    if kind == "short-lines":
        # Lines short enough for the credit/byline/teaser patterns (headline-length Han runs,
        # spaced names, an ending that almost makes a credit): patterns that backtrack over how
        # to split a run of characters into names took seconds per line here. Drawn from a seed,
        # so that hypothesis records two choices, not thousands, per example.
        rng = random.Random(draw(st.integers(0, 2**32)))
        lines = []
        for _ in range(draw(st.integers(1, 2_000))):
            length = rng.randint(1, 40)
            unit = rng.choice(["汉", "张三 ", "记者", "、", "和"])
            ending = rng.choice(["", "摄", "摄。", "供图）", "版"])
            lines.append((unit * length)[:length] + ending)
        return "\n".join(lines)
    if kind == "brackets":
        depth = draw(st.integers(1, 200_000))
        return "（" * depth + draw(token_text) + "）" * draw(st.integers(0, depth))
    pieces = draw(st.lists(st.sampled_from(HOSTILE_PIECES + TOKENS), min_size=1, max_size=20))
    return "".join(p * draw(st.integers(1, 5_000)) for p in pieces)


HOSTILE_CPU_SECONDS = 10.0  # a hostile page's parse, at most (each takes well under one)


@pytest.fixture(scope="module")
def slowest_hostile_page(request):
    """Each hostile page's CPU time and length; the slowest is printed when the module ends."""
    timings: list[tuple[float, int]] = []
    yield timings
    if timings:
        seconds, length = max(timings)
        plugins = request.config.pluginmanager
        reporter, capture = (
            plugins.get_plugin("terminalreporter"),
            plugins.get_plugin("capturemanager"),
        )
        if reporter is not None and capture is not None:
            with capture.global_and_fixture_disabled():
                reporter.write_line(
                    f"hostile pages: {len(timings)} parsed, the slowest {seconds:.2f} s CPU "
                    f"({length:,} characters; bound {HOSTILE_CPU_SECONDS:g} s)"
                )


@pytest.mark.slow
@settings(
    max_examples=int(os.environ.get("PARSER_SLOW_EXAMPLES", "10000")),
    deadline=None,
    suppress_health_check=list(HealthCheck),
)
@given(text=hostile_page())
def test_hostile_pages_parse_in_bounded_cpu_time_and_memory(slowest_hostile_page, text):
    import resource

    start = time.process_time()
    check_page(text, max_bytes=16 * 1024 * 1024)
    # The time bound for this job, on the parser's CPU time (not the wall clock, which a
    # loaded machine stretches at random); the slowest page is printed at the end of the run,
    # and how the time grows with size is bench/hostile_bench.py's.
    seconds = time.process_time() - start
    slowest_hostile_page.append((seconds, len(text)))
    assert seconds < HOSTILE_CPU_SECONDS, f"{seconds:.1f} s CPU for {len(text):,} characters"
    # Memory stays bounded too: the process's peak (jieba's dictionary included) over every page.
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss < 1_500_000  # KiB, i.e. 1.5 GB


def test_line_breaks_of_word_processors_end_lines_and_unprinted_controls_are_left_out_and_flagged():
    filler = "会上通报了改造进度，商户和居民代表分别发言，提出了意见和建议。" * 3
    page = parse_page(
        f"城东菜市场改造完成\n\n本报讯 今天\x0b开会了。{filler}\x0c本报讯 明天\x07再开一次会。{filler}\n"
    )
    text = "".join(block.text for a in page.articles for block in a.blocks)
    assert "\x0b" not in text and "\x0c" not in text and "\x07" not in text
    assert "开会了。" in text and "再开一次会。" in text
    assert [(f.line, f.kind) for f in page.flags if f.kind == "control-characters"] == [
        (5, "control-characters")  # \v and \f each began a line
    ]


def test_a_character_set_code_is_left_out_whole_as_the_property_expects():
    """Hypothesis's find: ``ESC + 0`` (a terminal choosing a character set) prints nothing."""
    check_page("\x1b+0")
