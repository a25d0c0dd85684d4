"""Page labels as printed (``A1``, ``第二版``, ``04``, ``Ｂ３``) and the order a reader expects.

Pure functions, no Django: the parser and the models share them.
"""

import re

_FULLWIDTH = str.maketrans(
    "０１２３４５６７８９ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ"
    "ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ",
    "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
)
_CN_DIGITS = {
    "〇": 0,
    "零": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_CN_UNITS = {"十": 10, "百": 100}
CN_NUMERAL = "〇零一二两三四五六七八九十百"
_LABEL_RE = re.compile(r"^(?:第)?\s*([A-Z]{0,2})\s*0*(\d{1,4})\s*(?:版|面|页|頁)?$")
_CN_LABEL_RE = re.compile(
    rf"^(?:第)?\s*([A-Z]{{0,2}})\s*([{CN_NUMERAL}]{{1,6}})\s*(?:版|面|页|頁)?$"
)


class LabelError(ValueError):
    """A page label that cannot be read."""


def chinese_numeral(text: str) -> int:
    """``十二`` → 12, ``二十`` → 20, ``一〇五`` → 105, ``四`` → 4."""
    if not text or any(ch not in _CN_DIGITS and ch not in _CN_UNITS for ch in text):
        raise LabelError(f"“{text}”不是中文数字")
    if not any(ch in _CN_UNITS for ch in text):
        value = 0
        for ch in text:
            value = value * 10 + _CN_DIGITS[ch]
        return value
    total, current = 0, 0
    for ch in text:
        if ch in _CN_DIGITS:
            current = _CN_DIGITS[ch]
        else:
            total += (current or 1) * _CN_UNITS[ch]
            current = 0
    return total + current


#: The front page's everyday name (a file ``头版.txt``): page 1, as ``一版`` and ``第一版`` are, and
#: like them it names ``A1`` only when given so (a paper's sections are its own: the importer
#: refuses ``头版.txt`` beside ``A2.txt`` as it refuses ``一版.txt``, articles/importing/labelforms.py).
FRONT_PAGE_NAMES = frozenset({"头版", "頭版"})


def normalize_label(raw: str) -> str:
    """The canonical label: ``A2`` stays ``A2``, ``第二版`` → ``2``, ``04`` → ``4``, ``ａ３`` → ``A3``,
    ``头版`` → ``1`` (:data:`FRONT_PAGE_NAMES`).

    Raises :class:`LabelError` with the offending text when it is not a page label.
    """
    text = re.sub(r"\s+", "", (raw or "").translate(_FULLWIDTH)).upper()
    if text in FRONT_PAGE_NAMES:
        return "1"
    match = _LABEL_RE.match(text)
    if match:
        number = int(match.group(2))
        letters = match.group(1)
    else:
        match = _CN_LABEL_RE.match(text)
        if not match:
            raise LabelError(
                f"“{raw}”不是版次：请写数字（4、04、第四版、头版）或字母加数字（A4、B12）"
            )
        letters, number = match.group(1), chinese_numeral(match.group(2))
    if number <= 0:
        raise LabelError(f"“{raw}”不是版次：版次从 1 开始")
    return f"{letters}{number}"


_CN_WRITTEN = "〇一二三四五六七八九"


def written_numeral(number: int) -> str:
    """``number`` (1–999) as a Chinese numeral is written: ``四``, ``十``, ``十二``, ``二十``,
    ``一百零五``, ``一百一十``, ``三百``."""
    if number < 10:
        return _CN_WRITTEN[number]
    if number < 20:
        return "十" + (_CN_WRITTEN[number - 10] if number > 10 else "")
    if number < 100:
        tens, ones = divmod(number, 10)
        return _CN_WRITTEN[tens] + "十" + (_CN_WRITTEN[ones] if ones else "")
    hundreds, rest = divmod(number, 100)
    if not rest:
        return _CN_WRITTEN[hundreds] + "百"
    if rest < 10:
        return f"{_CN_WRITTEN[hundreds]}百零{_CN_WRITTEN[rest]}"
    tens, ones = divmod(rest, 10)
    return f"{_CN_WRITTEN[hundreds]}百{_CN_WRITTEN[tens]}十" + (_CN_WRITTEN[ones] if ones else "")


def well_formed_numeral(text: str) -> bool:
    """Whether ``text`` is a Chinese numeral of 1–999 as one is written (:func:`written_numeral`),
    or a three-digit one written digit by digit (``一〇五``). Not ``两`` (a count, ``两版`` is
    two pages, not the second), a leading zero (``零一``, ``〇二``), ``百`` or ``一十`` alone, nor
    digits run together (``一二``): :func:`chinese_numeral` reads those all the same, as print
    does (a marker's OCR), but an address so written names no page."""
    try:
        number = chinese_numeral(text)
    except LabelError:
        return False
    if not 1 <= number <= 999:
        return False
    digits = "".join(_CN_WRITTEN[int(d)] for d in str(number))
    return text == written_numeral(number) or (number >= 100 and text == digits)


def address_label(raw: str) -> str:
    """The canonical label (:func:`normalize_label`) of a page's address as a reader types it
    (``A2``, ``a2版``, ``2版``, ``第二版``, ``二版``, ``Ａ２``), read strictly: its Chinese
    numeral must be well formed (:func:`well_formed_numeral`), so ``两版`` and ``零一`` name no
    page (the view's 404 lists the issue's pages) rather than leading to ``2`` and ``1``. Raises
    :class:`LabelError` saying how to write it."""
    text = re.sub(r"\s+", "", (raw or "").translate(_FULLWIDTH)).upper()
    if not _LABEL_RE.match(text):
        match = _CN_LABEL_RE.match(text)
        if match and not well_formed_numeral(match.group(2)):
            raise LabelError(
                f"“{raw}”不是版次：中文数字请按通常写法（第二版、十二版、一百零五版），"
                "或写数字（2、A2）"
            )
    return normalize_label(raw)


def label_parts(label: str) -> tuple[str, int]:
    match = _LABEL_RE.match(label)
    if not match:
        raise LabelError(f"“{label}”不是规范的版次")
    return match.group(1), int(match.group(2))


def label_sequence(label: str) -> int:
    """An integer that sorts labels as printed: 2 < 10 < A1 < A2 < A10 < B1 < AA1.

    Bare numbers come first (a paper numbered 1, 2, 3… has no sections); lettered
    sections follow in alphabetical order, each with room for 9,999 pages.
    """
    letters, number = label_parts(normalize_label(label))
    section = 0
    for ch in letters:
        section = section * 27 + (ord(ch) - ord("A") + 1)
    return section * 10_000 + number


def label_number(label: str) -> int:
    """The page number without its section letters (``A1`` → 1), for ``上接第一版`` matching."""
    return label_parts(normalize_label(label))[1]


def numbered_alike(label: str, labels: list[str]) -> list[str]:
    """The labels of ``labels`` a number alone (``label``, canonical: ``4``) may mean: those
    with its number (``A4``, ``B4``), in order; ``[]`` for a lettered ``label`` (it means
    itself only) or one that is not a label."""
    try:
        letters, number = label_parts(label)
    except LabelError:
        return []
    if letters:
        return []
    alike = []
    for other in labels:
        try:
            if label_parts(other)[1] == number:
                alike.append(other)
        except LabelError:
            continue
    return alike


def label_step(label: str, step: int) -> str:
    """The label ``step`` pages on in the same section: ``label_step("A2", 1)`` → ``A3``,
    ``label_step("2", 1)`` → ``3``, ``label_step("A2", -1)`` → ``A1`` (for the markers that name
    only the next or previous page, ``（转下版）`` / ``（接上版）``: INPUT.md "Continuations").

    The section's letters are kept: the page before ``B1`` is the last of section A, which a
    label alone does not tell. Raises :class:`LabelError` when ``label`` is not a page label or
    the page would be numbered below 1: the page before ``1`` or ``A1`` does not exist (message
    ``… 版之前没有版面``); the one before ``B1`` is not told by the label (``… 叠的第一版…``)."""
    letters, number = label_parts(normalize_label(label))
    if number + step < 1:
        if letters in ("", "A"):
            raise LabelError(f"{label}版之前没有版面")
        raise LabelError(f"{label}版是{letters}叠的第一版，它的上一版是哪一版从版次看不出")
    return f"{letters}{number + step}"


# --- a page's name (版名) --------------------------------------------------------------------

#: The spaces a 版名 may be set with: a page name of two characters is often spread to a wider
#: measure (``要　闻`` with an ideographic space, ``要 闻`` as an export writes it).
SECTION_SPACES = " \t\u3000\u00a0\u2002\u2003\u2009\u202f"
_NO_SECTION_SPACES = {ord(space): None for space in SECTION_SPACES}
_SECTION_SPACES_RE = re.compile(f"[{SECTION_SPACES}]+")


def section_key(name: str) -> str:
    """A 版名 without the spaces it was set with (:data:`SECTION_SPACES`): ``要　闻``, ``要 闻``
    and ``要闻`` are one section to readers, who read no spacing. What sections are grouped,
    matched and cache-tagged by; the page keeps its name as printed."""
    return (name or "").translate(_NO_SECTION_SPACES)


def section_tidy(name: str) -> str:
    """A 版名 as the site names and addresses its section: the spaces it was set with dropped
    (``要　闻`` → ``要闻``), but one space kept between two Latin letters or digits
    (``Sports  News`` → ``Sports News``). ``section_key(section_tidy(n)) == section_key(n)``."""
    words = [word for word in _SECTION_SPACES_RE.split(name or "") if word]
    tidy = words[:1]
    for word in words[1:]:
        before, after = tidy[-1][-1], word[0]
        apart = before.isascii() and before.isalnum() and after.isascii() and after.isalnum()
        tidy.append((" " if apart else "") + word)
    return "".join(tidy)
