"""Headlines that read as OCR debris: which stories' titles an editor must check against the scan.

An unreviewed OCR pass over a page of several columns gives titles made of whatever the
recogniser saw where the headline was set large or vertically: ``過 鰲化``, ``- 寢Eg 站尺``,
``了 ap 王嵐 校长訪讀 5avanoeneoo``, while the printed headline often lands in the body's
first paragraph. The parser cannot know (it keeps the page's characters as given); the import
flags each such story for the editors (:func:`ocr_head_flags`, among 请先核对) with the title
quoted, why it looks wrong and what to do. A title is debris when it holds (:func:`debris`):

* Latin letters that are no word (:func:`latin_debris`): lower-case runs of one or two letters
  (``ap``, ``Eg``), letters in lower case mixed with figures (``5avanoeneoo``, ``l2`` for 12);
  acronyms (``GDP``, ``5G``, ``H5N1``), words (``iPhone``), a capital joined to Han (``A股``)
  and pinyin in brackets (``防溺（nì）水``) are words;
* a stray symbol (:func:`stray_symbols`: ``*``, ``#``, ``_``, ``~``, ``=``…, or ``-`` at its
  head or standing alone): printed Chinese titles use full-width marks;
* single Han characters scattered between longer pieces (:func:`scattered`: ``說 放``,
  ``過 鰲化``); a title spaced out letter by letter (``讣 告``) is set so;
* OCR's half-width comma (``100元,天後``) when the story's body is full of them: the body's
  prose, not a title.

A title much less "Chinese" than its body (jieba's words, common characters) was measured and
left out: an OCR'd body is as damaged as its titles, and clean traditional titles score far
below their bodies (README, "The editors' desk").

Pure functions over a parse (:class:`~articles.parsing.ParsedPage`) and the page's text; the
stored flag is ``{"line", "kind": "ocr-headline", "message", "text", "position"}``.
"""

from __future__ import annotations

import re

from articles.parsing.lineends import single_line_ends

KIND = "ocr-headline"
#: The story's title fields, in the order they are printed, with their names on the desk.
FIELDS = (("kicker", "引题"), ("headline", "主题"), ("subheadline", "副题"))

_HAN_CLASS = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_HAN = re.compile(f"[{_HAN_CLASS}]")
# A run of Latin letters and figures; letters with a tone mark (pinyin: nì) belong to it.
_LATIN_RUN = re.compile(r"[A-Za-z0-9\u00c0-\u024f]+")
_ACCENTED = re.compile(r"[\u00c0-\u024f]")
# Latin in brackets is an annotation (防溺（nì）水, a name's spelling), not debris.
_BRACKETED = re.compile(r"[（(][^（）()]*[）)]")
# Latin in Chinese titles that is a word however short (vs, Mr, No, ok, de: 中国vs日本).
_SHORT_WORDS = frozenset({"vs", "mr", "dr", "no", "ok", "de", "la", "le", "of", "in", "on", "to"})
_VOWELS = re.compile(r"[aeiouyAEIOUY]")
# Symbols no printed Chinese title holds (full-width marks are printed instead): ``*`` ``#``
# ``_`` ``~``…, one ``<`` or ``>`` (a web copy's ``>>`` is navigation), a ``|`` not set
# between spaces (a web copy's separator), and a half-width mark at the title's head or
# standing alone.
_STRAY = re.compile(
    r"[*#@^_\\~{}=$`]|(?<![<>])[<>](?![<>])|(?<! )\||\|(?! )"
    r"|^\s*[-.,:;'\"]|\s[-.,:;'\"](?=\s|$)"
)
# A half-width comma between Han characters: OCR's comma, in a sentence of the body.
_PROSE_COMMA = re.compile(f"[{_HAN_CLASS}0-9]\\s*,\\s*[{_HAN_CLASS}]")
#: OCR's commas a story's body holds, at least, for a title's own to say it is the body's prose
#: (one half-width comma in a typed title is a typo, for proofreading: articles/proofreading).
OCR_COMMAS = 3
_SHORT_TITLE = 4  # Han characters: a title this short with a lone single character is scattered
_QUOTED = 40  # characters of a title or a paragraph quoted in a flag, at most
_HEAD_LIKE = (
    30  # characters: a first paragraph this short, without a sentence's end, may be the headline
)


def latin_debris(text: str) -> list[str]:
    """The runs of Latin letters (and figures) in ``text`` that are no word, in order:
    ``["ap", "5avanoeneoo"]``: lower-case runs of one or two letters, letters in lower case
    mixed with figures (``l2``), runs without a vowel. Figures, capitals (``GDP``, ``5G``,
    ``A股``), pinyin (``nì``), words in brackets and a few short words (``vs``) are words.
    ``[]`` for a title without Han characters (an English one)."""
    if not _HAN.search(text):
        return []
    found = []
    for m in _LATIN_RUN.finditer(_BRACKETED.sub(" ", text)):
        run = m.group()
        if run.isdigit() or not any(ch.islower() for ch in run) or _ACCENTED.search(run):
            continue
        letters = re.sub(r"[0-9]", "", run)
        if letters.lower() in _SHORT_WORDS and len(letters) == len(run):
            continue
        if len(letters) != len(run) or len(run) <= 2 or not _VOWELS.search(run):
            found.append(run)
    return found


def stray_symbols(text: str) -> list[str]:
    """The stray symbols of ``text`` (``*``, ``-`` at its head or standing alone…), in order."""
    return [m.group().strip() for m in _STRAY.finditer(text)]


def scattered(text: str) -> list[str]:
    """Single Han characters standing apart between spaces among pieces of several (``說 放`` in
    ``老人視力裴 退趨逢 適應訓練求 說 放 AN 末``): two or more, no more than the longer pieces,
    or one in a title of four Han characters at most (``過 鰲化``). A title spaced out letter by
    letter (``讣 告``, ``东 风 大 队 大 搞农 …``) is set so, not scattered."""
    pieces = [p for p in text.split() if _HAN.search(p)]
    single = [p for p in pieces if len(p) == 1]
    longer = len(pieces) - len(single)
    if not single or not longer:
        return []
    if 2 <= len(single) <= longer:
        return single
    short = len(single) == 1 and len(_HAN.findall(text)) <= _SHORT_TITLE
    return single if short else []


def ocr_commas(text: str) -> int:
    """How many half-width commas between Han characters (OCR's) ``text`` holds."""
    return len(_PROSE_COMMA.findall(text))


def debris(text: str, body: str = "") -> list[str]:
    """Why ``text`` (a title) reads as OCR debris, in Chinese (``夹着不成词的字母“Eg”``), or
    ``[]``: see the module's docstring. ``body``: the story's text; a half-width comma in the
    title counts only when the body holds :data:`OCR_COMMAS` such commas or more (an OCR'd
    text's)."""
    if len(_HAN.findall(text)) < 2:
        return []
    reasons = []
    if latin := latin_debris(text):
        reasons.append("夹着不成词的字母“" + "”“".join(latin[:3]) + "”")
    if stray := stray_symbols(text):
        reasons.append("有零散符号“" + "”“".join(dict.fromkeys(stray)) + "”")
    if single := scattered(text):
        reasons.append("有散落的单字“" + "”“".join(single[:4]) + "”")
    if ocr_commas(text) and ocr_commas(body) >= OCR_COMMAS:
        reasons.append("夹着半角逗号“,”，像是正文的句子")
    return reasons


def _quoted(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _QUOTED else text[:_QUOTED] + "…"


def _head_like(paragraph: str) -> bool:
    """Whether a first paragraph could be the printed headline: short, no sentence's end, no
    half-width comma, and no debris of its own."""
    text = paragraph.strip()
    return (
        0 < len(text) <= _HEAD_LIKE
        and not re.search(r"[。！？!?,，；;:]", text)
        and len(_HAN.findall(text)) >= 4
        and not latin_debris(text)
        and not stray_symbols(text)
    )


def story_message(article) -> str:
    """What the import says of a story whose title reads as OCR debris (``article``: a
    :class:`~articles.parsing.ParsedArticle`, or any object with ``kicker``, ``headline``,
    ``subheadline`` and ``blocks`` of ``.text``/``["text"]``), else ``""``: each such title
    quoted with why, and what to do."""
    paragraphs = [_block_text(b) for b in getattr(article, "blocks", ())]
    body = "".join(paragraphs)
    said = []
    for field, label in FIELDS:
        text = getattr(article, field, "") or ""
        reasons = debris(text, body)
        if reasons:
            said.append(f"{label}“{_quoted(text)}”像是识别错误的字符（{'，'.join(reasons)}）")
    if not said:
        return ""
    advice = "请对照版面图改正"
    if paragraphs and _head_like(paragraphs[0]):
        advice += f"，正文第1段“{_quoted(paragraphs[0])}”也许才是主题"
    return "；".join(said) + "：" + advice


def _block_text(block) -> str:
    return block.get("text", "") if isinstance(block, dict) else getattr(block, "text", "")


def ocr_head_flags(parsed, text: str) -> list[dict]:
    """A flag (``Page.parser_flags``) for each story of ``parsed`` whose kicker, headline or
    subheadline reads as OCR debris (:func:`story_message`), at the line its title starts on in
    ``text`` (the page's raw text; 0 when it cannot be found); ``position``: the story's."""
    flags = []
    lines = None
    after = 0
    for article in getattr(parsed, "articles", ()):  # (a result without stories has none)
        message = story_message(article)
        if not message:
            continue
        if lines is None:
            lines = [" ".join(line.split()) for line in single_line_ends(text).splitlines()]
        line = _title_line(article, lines, after)
        after = max(after, line)
        flags.append(
            {
                "line": line,
                "kind": KIND,
                "message": message,
                "text": lines[line - 1][:200] if line else "",
                "position": article.position,
            }
        )
    return flags


def _title_line(article, lines: list[str], after: int) -> int:
    """The 1-based line of ``lines`` (spaces folded) where ``article``'s first title line is:
    the line that is it, else one holding it (a title the parser cut from a longer line),
    looking after line ``after`` first; 0 when none does."""
    wanted = [" ".join(title.split()) for title in getattr(article, "title_lines", ())]
    wanted = [title for title in wanted if title]
    for same in (str.__eq__, str.__contains__):
        for start in (after, 0):
            for number in range(start, len(lines)):
                if any(same(lines[number], title) for title in wanted[:1]):
                    return number + 1
    return 0
