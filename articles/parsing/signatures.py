"""A notice's, letter's or appeal's signature (pure; used by
:class:`~articles.parsing.readfurniture.FurnitureMixin`): the bodies that sign it, one line each,
and the closing call an appeal prints over them (INPUT.md, "Page furniture": a notice's
signature ends that notice)."""

from __future__ import annotations

import re

from articles.parsing.patterns import ORGANISATION_RE, SIGNATURE_DATE_RE
from articles.parsing.units import Heading, Para
from articles.text import HAN, fold

# More bodies that sign a notice (its issuing body): 某某同志治丧小组, 某某工程管理处, 某某派出所;
# taken after a paragraph that ends its sentence only (特此讣告。), as ORGANISATION_RE's are anywhere.
# Also an institute or a house of worship and its offices (某某省教育考试院, 某某寺客堂, 某某堂).
_MORE_SIGNERS_RE = re.compile(
    rf"^[{HAN}（）()·]{{2,30}}(?:小组|工作组|处|站|所|馆|社|厂|场|室|部|科|院|堂|寺|庵|宫|观)$"
)


def blank_between(lines: list[str], start: int, end: int) -> bool:
    """Whether lines ``start`` to ``end - 1`` (1-based, ``lines`` the page's) are all blank (or
    none: ``start == end``): a notice's signer and its date on a page that parts its lines by
    blank lines stand so, as they stand on adjacent lines on one that does not."""
    return start <= end and all(not lines[i - 1].strip() for i in range(start, end))


# A reader's letter signed by no name (柳溪公社  一社员, 一读者, 县机械厂　一工人): where the writer
# is, maybe, then 一 (一位, 一名) and who they are; the letter's last line, never the next kicker.
_ANONYMOUS_SIGNER_RE = re.compile(
    rf"^(?:[{HAN}]{{2,14}}[ \u3000]*)?(?:一|一位|一名|几位|几名)[{HAN}]{{0,3}}"
    r"(?:社员|读者|工人|农民|战士|干部|教师|职工|学生|群众|居民|家长|党员|青年|妇女|村民|市民|医生"
    r"|司机|老人|消费者|乘客|旅客|知青|贫下中农)$"
)


def anonymous_signer(line: str) -> bool:
    """A reader's letter's signature naming no one (:data:`_ANONYMOUS_SIGNER_RE`: ``柳溪公社
    一社员``, ``一读者``): at most 20 characters. Constant time (a short line's test)."""
    text = line.strip()
    if len(text) > 20 or "一" not in text:
        return False  # (the cheap test first; folding keeps the length and 一)
    return bool(_ANONYMOUS_SIGNER_RE.match(fold(text)))


# A letter signed with a closing word after the writer's name (folded): who the writer is, maybe,
# a space, the name (□ for a character the microfilm lost, as printed), then 谨上, 敬上, 拜上 …
# (读者　周□生　谨上, 王小明敬上); the first of several writers with 等 (城南商民　王□昌等谨启).
# The name may carry its spelling in Latin letters in brackets after it, as a Chinese paper abroad
# prints it (讀者　黃志勤（Chi Kan Wong）　謹上): the name is the Han characters.
_CLOSING_SIGNATURE_RE = re.compile(
    rf"^(?:[{HAN}]{{1,10}}[ \u3000]+)?(?P<name>[{HAN}□]{{2,4}}?)[ \u3000]*"
    r"(?:[（(][A-Za-z][A-Za-z .'\-]{1,30}[）)][ \u3000]*)?等?"
    r"(?:谨上|敬上|拜上|谨启|敬启|谨呈|顿首)$"
)


def closing_signature_name(line: str) -> str:
    """The writer's name as printed when ``line`` (a short line, as printed) signs a letter with
    a closing word after the name (:data:`_CLOSING_SIGNATURE_RE`: ``讀者　周□生　謹上`` →
    ``周□生``, ``讀者　黃志勤（Chi Kan Wong）　謹上`` → ``黃志勤``); ``""`` otherwise. Constant time (the cheap test first: a short line)."""
    text = line.strip()
    if len(text) > 24 + 32 * ("(" in text or "（" in text) or not text.endswith(
        ("上", "启", "啟", "呈", "首")
    ):
        return ""
    folded = fold(text)
    match = _CLOSING_SIGNATURE_RE.match(folded)
    if match is None or _BODY_CLOSING_RE.match(folded):
        return ""  # (合眾書局謹啟: an organisation gives notice, no writer signs: body_closing)
    return text[slice(*match.span("name"))]


# The month a standing notice is dated by, with its year, alone on a line (folded): 一九九六年四月.
_SIGNATURE_MONTH_RE = re.compile(
    r"^(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月$"
)


def signature_date(folded: str) -> bool:
    """True when ``folded`` (a stripped folded line) is the date a notice or letter was signed,
    alone on its line: the day (:data:`~articles.parsing.patterns.SIGNATURE_DATE_RE`:
    ``2021年9月8日``) or the month with its year (``一九九六年四月``)."""
    return bool(SIGNATURE_DATE_RE.match(folded) or _SIGNATURE_MONTH_RE.match(folded))


def signer_line(line: str, after_sentence: bool) -> bool:
    """A line of a notice's signature: one issuing body or more parted by spaces (汀州市公安局
    交通警察支队　汀州市市政工程管理处: two bodies sign one notice), each an organisation
    (:data:`~articles.parsing.patterns.ORGANISATION_RE`), or, after a paragraph that ends its
    sentence (``after_sentence``), one of :data:`_MORE_SIGNERS_RE` (治丧小组, 管理处)."""
    bodies = fold(line).split()
    return bool(bodies) and all(
        ORGANISATION_RE.match(body) or (after_sentence and _MORE_SIGNERS_RE.match(body))
        for body in bodies
    )


def closing_call(unit, before):
    """``unit`` when it is an appeal's or statement's closing call over its signers: one line of
    its own that ends its sentence with ！ or 。 (``同志们，让我们行动起来！``) right after a
    paragraph (``before``); ``None`` otherwise. Read with the signature under it, it is the
    text's last line, never the next story's kicker."""
    if not isinstance(unit, Heading) or len(unit.lines) != 1 or not isinstance(before, Para):
        return None
    return unit if unit.lines[0].rstrip()[-1:] in "！!。" else None


# A body's closing line under its notice: who gives notice (the officers of an association, a
# shop), then 谨告 or 同启 (信義堂全體職員　謹告, 本店同人谨启): the notice's end, no writer's name.
# Or the closing word alone on its line, the giver named in the notice's title (华侨总会启事 /
# … / 此啟): 此启, 此布, 此告, 谨启. Or an organisation by its last word (a paper, a shop, a
# company, an office) then 谨启 or 敬启 (驊騮日報社謹啟, 新華書店敬啟): a person signs so too
# (王小明敬上, :func:`closing_signature_name`), an organisation only by such a name.
_BODY_CLOSING_RE = re.compile(
    rf"^(?:[{HAN}]{{2,14}}[ \u3000]*(?:谨告|敬告|同启|谨白)|此启|此布|此告|此白|谨启|敬启"
    rf"|[{HAN}]{{2,12}}(?:报社|杂志社|出版社|书店|书局|公司|商店|商行|银行|酒家|学校|医院|委员会|办事处)"
    r"[ \u3000]*(?:谨启|敬启))$"
)


def body_closing(line: str) -> bool:
    """True when ``line`` (as printed) closes a notice with the giver's name and a closing word
    (:data:`_BODY_CLOSING_RE`: ``信義堂全體職員　謹告``), or with the closing word alone
    (``此啟``): the notice's last line, never the next
    story's headline (INPUT.md, "Page furniture": a notice's signature ends that notice).
    Constant time (a short line only)."""
    text = line.strip()
    return len(text) <= 24 and _BODY_CLOSING_RE.match(fold(text)) is not None
