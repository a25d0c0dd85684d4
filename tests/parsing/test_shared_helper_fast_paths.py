"""The shared helpers' fast paths (cheap necessary conditions first, remembered results) answer
as the plain rules did: each compared, on random lines, with a copy of the rule as it was."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from articles.parsing.layout import cut_from_text
from articles.parsing.leadins import (
    _FOLDS_TO_COLON,
    _SPEECH_LEAD_IN_RE,
    _TITLE_RUN,
    _title_candidate,
    lead_in_line,
    lead_in_words,
)
from articles.parsing.patterns import (
    _CLOSING,
    _QUOTED_SENTENCE_END_RE,
    _SENTENCE_END,
    _WORD_CHAR_RE,
    GUTTER_RE,
    HEADING_LIMIT,
    NUMBERED_HEAD_RE,
    SCORE_LINE_RE,
    ends_sentence,
    english_sentence_end,
    half_width_stop,
    is_heading_like,
)
from articles.text import fold

# Characters the rules look at (brackets, quotes, colons, commas, stops, spaces, digits), Han
# characters and letters: random lines of these reach every branch.
ALPHABET = (
    '“”「」『』《》（）【】"“”：:，,、；;。.！？!?… \u3000\t一二三1２a A说表示记者编辑家乡报轉'
)
LINES = st.text(alphabet=ALPHABET, max_size=70)

_PAIRS = ("“”", "「」", "『』", "《》", "（）", "【】")


def old_cut_from_text(text: str) -> bool:
    if GUTTER_RE.search(text):
        return True
    if NUMBERED_HEAD_RE.match(text):
        return False
    return any(text.count(pair[0]) != text.count(pair[1]) for pair in _PAIRS)


def old_is_heading_like(text: str) -> bool:
    t = text.strip()
    limit = 60 if NUMBERED_HEAD_RE.match(t) else 40
    if not t or len(t) > limit or "。" in t or t[-1] in "；;，,、":
        return False
    if _QUOTED_SENTENCE_END_RE.search(t):
        return False
    if (t[-1] == "." and half_width_stop(t)) or english_sentence_end(t):
        return False
    if sum(t.count(c) for c in "，,") >= 3:
        return False
    if (" " in t or "\u3000" in t) and SCORE_LINE_RE.match(t):
        return False
    return _WORD_CHAR_RE.search(t) is not None


def old_ends_sentence(text: str) -> bool:
    stripped = text.rstrip()
    if not stripped:
        return True
    if stripped.endswith(("——", "--")):
        return True
    last = stripped[-1]
    return (
        last in _SENTENCE_END
        or last in _CLOSING
        or last in ":："
        or (last == "." and half_width_stop(stripped))
        or english_sentence_end(stripped)
    )


_QUOTED_CRY_RE = re.compile(r"[“「『\"][^“”「」『』\"]+[！？!?…]+[”」』\"]")


def old_title_candidate(line: str) -> bool:
    if old_cut_from_text(line):
        return False
    return old_is_heading_like(line) or (
        len(line) <= 40 and "。" not in line and _QUOTED_CRY_RE.fullmatch(line) is not None
    )


def old_lead_in_words(lines: list[str], number: int) -> bool:
    current = lines[number - 1].strip()
    candidate = old_title_candidate(current)
    seen = 0
    for index in range(number - 2, max(-1, number - 14), -1):
        raw = lines[index].strip()
        if not raw:
            continue
        folded = fold(raw)
        if folded.endswith(("：", ":")) and _SPEECH_LEAD_IN_RE.search(folded[-12:]):
            if seen == 0 and not candidate:
                return False
            return lead_in_line(folded, lines, index + 1)
        if not old_title_candidate(raw):
            return False
        seen += 1
        if seen >= _TITLE_RUN + (0 if candidate else 1):
            return False
    return False


# Lines of a story around a speech lead-in: lead-ins (one traditional, one with a full-width
# colon that folds), title lines, points, quoted cries, text, a dateline, blank lines.
PAGE_LINES = st.lists(
    st.one_of(
        LINES,
        st.sampled_from(
            [
                "",
                "村支书介绍：",
                "他說:",
                "会议强调︰",
                "一是扩大种植面积",
                "二是提高收入",
                "“绿水青山就是金山银山”",
                "“家乡的明天一定会更好！”",
                "全村今年增收明显。",
                "本报讯（记者 王刚）昨日，市里开会。",
                "“龙口夺粮，一天也",
            ]
        ),
    ),
    min_size=1,
    max_size=18,
)


@settings(max_examples=400, deadline=None)
@given(PAGE_LINES, st.integers(min_value=1, max_value=18))
def test_lead_in_words_as_before(lines, number):
    number = min(number, len(lines))
    assert lead_in_words(lines, number) == old_lead_in_words(lines, number)


@settings(max_examples=400, deadline=None)
@given(LINES)
def test_cut_from_text_as_before(text):
    assert cut_from_text(text) == old_cut_from_text(text)


@settings(max_examples=400, deadline=None)
@given(LINES)
def test_is_heading_like_as_before(text):
    assert is_heading_like(text) == old_is_heading_like(text)
    assert is_heading_like(text) == old_is_heading_like(text)  # (remembered: the same again)


@settings(max_examples=400, deadline=None)
@given(LINES)
def test_title_candidate_as_before(text):
    assert _title_candidate(text) == old_title_candidate(text)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=ALPHABET + "Thexpoisrunstil Sunday", max_size=40))
def test_ends_sentence_as_before(text):
    assert ends_sentence(text) == old_ends_sentence(text)


def test_an_english_sentence_still_ends_with_its_full_stop():
    assert ends_sentence("The expo runs until Sunday.")
    assert ends_sentence("希望有关部门能尽快解决.")
    assert not ends_sentence("Apple Inc.")
    assert not ends_sentence("Lancheng Tech Expo Opens")


def test_an_unbalanced_mark_still_cuts_a_line_from_text():
    assert cut_from_text("“龙口夺粮，一天也")
    assert cut_from_text("全市完成（三项")
    assert not cut_from_text("绿水青山就是金山银山")
    assert not cut_from_text("“绿水青山就是金山银山”")


def test_heading_limit_bounds_numbered_heads():
    numbered = "一、" + "家" * (HEADING_LIMIT - 2)
    assert is_heading_like(numbered)
    assert not is_heading_like(numbered + "家")
    assert not _title_candidate("  " + "家" * (HEADING_LIMIT + 1) + "  ")
    assert is_heading_like("家" * 40)
    assert not is_heading_like("家" * 41)  # (longer than a headline, and not numbered)
    assert is_heading_like("（三）" + "家" * 38)


def test_every_character_folding_to_a_colon_ends_a_lead_in():
    assert {"：", ":"} <= _FOLDS_TO_COLON
    assert all(fold(character) in ("：", ":") for character in _FOLDS_TO_COLON)
    for colon in sorted(_FOLDS_TO_COLON):
        lines = [f"村支书介绍{colon}", "一是扩大种植面积", "二是提高收入", "全村今年增收明显。"]
        assert lead_in_words(lines, 2), colon
        assert not lead_in_words([f"村支书介绍{colon}x", *lines[1:]], 2), colon
