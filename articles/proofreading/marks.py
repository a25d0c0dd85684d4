"""Punctuation and digits: paired marks that do not pair, half-width marks between Chinese
characters, one number printed with full-width and half-width digits.

Rules from GB/T 15834-2011 (标点符号用法: Chinese text takes full-width marks; quotations,
brackets and book-title marks come in pairs; a quotation over several paragraphs opens every
paragraph and closes only the last) and GB/T 15835-2011 (出版物上数字用法: a number is written
in one set of digits).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from articles.proofreading.findings import HALF_WIDTH, MIXED_DIGITS, PAIRS, Finding
from articles.text import HAN

#: Opening mark → its closing mark. Half-width round brackets pair with each other; a
#: full-width bracket closed by a half-width one (or the other way round) is flagged.
OPENERS = {
    "（": "）",
    "(": ")",
    "“": "”",
    "‘": "’",
    "《": "》",
    "〈": "〉",
    "【": "】",
    "「": "」",
    "『": "』",
}
CLOSERS = {close: open_ for open_, close in OPENERS.items()}
_MARK_RE = re.compile("[" + re.escape("".join(OPENERS) + "".join(CLOSERS)) + "]")
_NAMES = {
    "（": "括号",
    "(": "括号",
    "“": "双引号",
    "‘": "单引号",
    "《": "书名号",
    "〈": "书名号",
    "【": "方头括号",
    "「": "直角引号",
    "『": "直角引号",
}
_LATIN = re.compile(r"[A-Za-z]")


def _unclosed(text: str, at: int) -> Finding:
    mark = text[at]
    return Finding(
        PAIRS,
        at,
        at + 1,
        mark,
        f"{_NAMES[mark]}「{mark}」没有配对的「{OPENERS[mark]}」：补上后面的{_NAMES[mark]}，或删去这个",
    )


def _unopened(text: str, at: int) -> Finding:
    mark = text[at]
    opener = CLOSERS[mark]
    return Finding(
        PAIRS,
        at,
        at + 1,
        mark,
        f"{_NAMES[opener]}「{mark}」前面没有配对的「{opener}」：补上前面的{_NAMES[opener]}，或删去这个",
    )


def _mismatched(text: str, at: int, opener: str) -> Finding:
    mark = text[at]
    wanted = OPENERS[opener]
    return Finding(
        PAIRS,
        at,
        at + 1,
        mark,
        f"「{opener}」配的是「{mark}」：应为「{wanted}」",
        wanted,
    )


def _is_apostrophe(text: str, at: int) -> bool:
    """’ between Latin letters (O’Brien, it’s) is an apostrophe, not a closing quote."""
    return (
        text[at] == "’"
        and 0 < at < len(text) - 1
        and bool(_LATIN.match(text[at - 1]))
        and bool(_LATIN.match(text[at + 1]))
    )


def check_pairs(texts: Sequence[str], *, continued: Collection[int] = ()) -> list[list[Finding]]:
    """Paired marks across ``texts`` (the paragraphs of one story, in order): one list of
    findings per text, offsets into that text.

    A mark left open at the end of a text is flagged there, except a “ left open when the next
    text opens with “ again (a quotation over several paragraphs), except across into a text
    whose index is in ``continued`` (the same paragraph, broken by a page jump), and except
    when the next text's first paired mark closes it (one paragraph that the layout cut in two:
    ``…省了不少人工。`` / ``”在青山镇…``)."""
    results: list[list[Finding]] = [[] for _ in texts]
    stack: list[tuple[int, int]] = []  # (text index, offset) of each open mark
    for index, text in enumerate(texts):
        if index not in continued and not _closed_first(texts, index, stack):
            _close_paragraph(texts, index, stack, results)
        for found in _MARK_RE.finditer(text):
            at, mark = found.start(), found.group()
            if mark in OPENERS:
                stack.append((index, at))
            elif not _is_apostrophe(text, at):
                _close(texts, index, at, stack, results)
    _close_paragraph(texts, len(texts), stack, results)
    return results


def _closed_first(texts, index: int, stack: list) -> bool:
    """Does text ``index`` close the last mark left open before it, before any other paired
    mark? Then the two texts are one paragraph cut in two by the page's layout (a line break
    after ``。`` just before ``”``, a reporter credit broken in its bracket: ``（记者 何`` /
    ``芳）``), and the marks go on across."""
    if not stack:
        return False
    for found in _MARK_RE.finditer(texts[index]):
        if _is_apostrophe(texts[index], found.start()):
            continue
        open_index, open_at = stack[-1]
        return CLOSERS.get(found.group()) == texts[open_index][open_at]
    return False


def _close(texts, index: int, at: int, stack: list, results: list) -> None:
    mark = texts[index][at]
    opener = CLOSERS[mark]
    depth = next(
        (d for d in range(len(stack) - 1, -1, -1) if texts[stack[d][0]][stack[d][1]] == opener),
        None,
    )
    if depth is not None:
        for open_index, open_at in stack[depth + 1 :]:  # opened inside, never closed
            results[open_index].append(_unclosed(texts[open_index], open_at))
        del stack[depth:]
    elif stack:  # closed with the wrong mark: （…】, “…）
        open_index, open_at = stack.pop()
        results[index].append(_mismatched(texts[index], at, texts[open_index][open_at]))
    else:
        results[index].append(_unopened(texts[index], at))


def _close_paragraph(texts, index: int, stack: list, results: list) -> None:
    """At the start of text ``index`` (or the end): flag what the previous texts left open."""
    following = texts[index].lstrip() if index < len(texts) else ""
    for open_index, open_at in stack:
        if texts[open_index][open_at] == "“" and following.startswith("“"):
            continue  # a quotation that goes on in the next paragraph
        results[open_index].append(_unclosed(texts[open_index], open_at))
    stack.clear()


_FULL_WIDTH = {",": "，", ":": "：", ";": "；", "?": "？", "!": "！"}
#: After a Chinese character: before another, before a Chinese quotation mark or bracket, or
#: at the end of the text (``有哪些建议?``). Not between digits or letters (10:30, a,b).
_HALF_MARK_RE = re.compile(rf"(?<=[{HAN}])[,:;?!](?=[ ]?[{HAN}“”‘’「」『』（）《》【】]|\s*$)")


def check_half_width(text: str) -> list[Finding]:
    """``,`` ``:`` ``;`` ``?`` ``!`` after a Chinese character and before another, before a
    Chinese quotation mark or bracket, or ending the text: Chinese text takes the full-width
    mark (GB/T 15834)."""
    return [
        Finding(
            HALF_WIDTH,
            m.start(),
            m.end(),
            m.group(),
            f"中文里用了半角「{m.group()}」：应为全角「{_FULL_WIDTH[m.group()]}」",
            _FULL_WIDTH[m.group()],
        )
        for m in _HALF_MARK_RE.finditer(text)
    ]


_NUMBER_RE = re.compile(r"[0-9０-９]+(?:[.．,，][0-9０-９]+)*")
_FULL_DIGITS = re.compile(r"[０-９．]")
_HALF_DIGITS = re.compile(r"[0-9]")


def check_digits(text: str) -> list[Finding]:
    """One number printed with both full-width (０-９) and half-width (0-9) digits."""
    found = []
    for m in _NUMBER_RE.finditer(text):
        number = m.group()
        if _FULL_DIGITS.search(number) and _HALF_DIGITS.search(number):
            fixed = _half(number)
            found.append(
                Finding(
                    MIXED_DIGITS,
                    m.start(),
                    m.end(),
                    number,
                    f"数字「{number}」里全角、半角数字混用：统一为半角「{fixed}」",
                    fixed,
                )
            )
    return found


def _half(number: str) -> str:
    return "".join(
        chr(ord(ch) - 0xFEE0) if "０" <= ch <= "９" or ch == "．" else ch for ch in number
    )


def check_digit_forms(paragraphs: Sequence[str]) -> list[list[Finding]]:
    """Numbers printed in the story's less common width: where some whole numbers of a story are
    in full-width digits (２０２０) and others in half-width (2020), each number of the rarer
    form (full-width on a tie: GB/T 15835-2011 sets Arabic numerals half-width) is flagged with
    the other form as its fix. A story printed wholly in one width is left alone (some papers
    set every number full-width); a number mixing both widths is :func:`check_digits`'s. One
    list per paragraph, offsets into it."""
    numbers = [
        [
            m
            for m in _NUMBER_RE.finditer(text)
            if not (_FULL_DIGITS.search(m.group()) and _HALF_DIGITS.search(m.group()))
        ]
        for text in paragraphs
    ]
    full = sum(1 for found in numbers for m in found if _FULL_DIGITS.search(m.group()))
    half = sum(len(found) for found in numbers) - full
    if not full or not half:
        return [[] for _ in paragraphs]
    flag_full = full <= half
    out = []
    for found in numbers:
        findings = []
        for m in found:
            number = m.group()
            if bool(_FULL_DIGITS.search(number)) != flag_full:
                continue
            fixed = _half(number) if flag_full else _full(number)
            wider, usual = ("全角", "半角") if flag_full else ("半角", "全角")
            findings.append(
                Finding(
                    MIXED_DIGITS,
                    m.start(),
                    m.end(),
                    number,
                    f"这篇稿件的数字多用{usual}，「{number}」却是{wider}：统一为{usual}「{fixed}」",
                    fixed,
                )
            )
        out.append(findings)
    return out


def _full(number: str) -> str:
    return "".join(chr(ord(ch) + 0xFEE0) if "0" <= ch <= "9" or ch == "." else ch for ch in number)
