"""What characters a person's or a paper's name may hold: the one rule, for every way a name
gets in (the ``Person.name`` and ``Publication.name`` fields' validator, so the desk's forms
and the spreadsheet's model check; the spreadsheet's 记者 / 摄影 cells; ``import_pages --paper``
and ``paper.json``, through ``articles.importing.sources.check_paper``; a byline changed at the
desk; the import's warning about a byline that credits nobody because of one).

Where the rule comes from: a name is what the paper printed (INPUT.md, "Bylines, datelines,
credits"), so it holds what type sets in a name and nothing else: letters of any script (Han,
its Extension B and later planes included; Latin, with or without accents; kana, Hangul),
the marks that accent a letter, digits (``〇`` too), spaces as printed (also the full-width
one: ``彭  波``) and punctuation: the middle dots of minority and foreign names
(``·•‧・``: ``埃里克·施密特``), hyphens, apostrophes, full stops, brackets (``人民日报（海外版）``), and ``<>`` written for 《》.

Refused: anything that is not text a page prints: symbols (Unicode categories ``S*``: emoji
and other pictographs ``😀🐼``, arrows, ``+ $ ^ |``), the marks that only draw an emoji
(enclosing keycaps, the emoji presentation selector U+FE0F), the few punctuation marks that are
emoji (``‼ ⁉ 〽 〰``), and the invisible ones (control and format characters, private-use,
unassigned and surrogate code points, line and paragraph separators; the letters and marks
that print nothing, :data:`_BLANK`). The reviewer's case:
``王😀明`` made a public page for a "person" no paper printed.

One person is one name however its characters were encoded: :func:`name_canonical` is the form
``Person.name`` holds, and everything that finds or creates a person by name goes through it.

A pure module (no models), so that the import's workers can use it.
"""

from __future__ import annotations

import re
import unicodedata

from django.core.exceptions import ValidationError

from articles.text import RADICAL_IDEOGRAPHS

#: Unicode general categories a name may hold (see the module's docstring).
_ALLOWED_CATEGORIES = frozenset(
    {"Lu", "Ll", "Lt", "Lm", "Lo", "Mn", "Mc", "Nd", "Nl", "Zs"}
    | {"Pc", "Pd", "Ps", "Pe", "Pi", "Pf", "Po"}
)
#: Symbols a name may hold all the same: ``<`` ``>`` stand in for 《》 in text dumps
#: (``<晚报>``).
_ALLOWED_SYMBOLS = frozenset("<>＜＞")
#: Characters of allowed categories that only draw an emoji.
_EMOJI_ONLY = frozenset("\ufe0f\u203c\u2049\u303d\u3030")
#: Characters of allowed categories that print nothing (letters and marks that are blank: the
#: Hangul fillers, the combining grapheme joiner, variation selectors, Khmer's inherent vowels):
#: ``王\u034f明`` reads as 王明 and would be a second 王明 (a reviewer's case).
_BLANK = frozenset(
    "\u115f\u1160\u3164\uffa0\u034f\u17b4\u17b5"
    + "".join(map(chr, range(0xFE00, 0xFE10)))
    + "".join(map(chr, range(0xE0100, 0xE01F0)))
)
#: Categories that are never printed text, whatever else is allowed (for a byline, whose
#: separators may be symbols such as ｜ or ＋).
_NEVER_PRINTED = frozenset({"So", "Me", "Cc", "Cf", "Co", "Cn", "Cs", "Zl", "Zp"})


def name_canonical(name: str) -> str:
    """``name`` (str) in the one form ``Person.name`` holds: the name by which a person is found
    or created, whatever encoded the printed name's characters (str; the same length or
    shorter, but for the rare character NFC writes as two).

    What changes, and only where two encodings print the same letters:

    * **Unicode's canonical equivalence** (NFC): a letter and its accent typed apart become the
      one composed letter (``Zoe`` + U+0308 → ``Zoë``; Hangul jamo → syllables), and a CJK
      compatibility ideograph becomes the unified ideograph it stands for (U+F9B1 → 鈴 U+9234;
      U+F900–U+FAFF and U+2F800–U+2FA1F, but for the twelve of that block that are unified
      ideographs themselves, which NFC keeps).
    * **Radicals for ideographs** (:data:`articles.text.RADICAL_IDEOGRAPHS`, Unicode's
      decomposition of each radical): a PDF text layer's Kangxi radical becomes the ideograph it
      was printed as (``王⼆`` with U+2F06 → ``王二``), as search folds it.

    What does not, on purpose: traditional and simplified characters (``報`` and ``报`` may
    be two people, and search finds both), full-width letters and digits (``Ｚｏｅ`` stays
    ``Ｚｏｅ``: a compatibility mapping, not a canonical one; the stored name is what the page
    shows, and a full-width name looks otherwise; search and ``/people/<name>/`` fold width
    when they look a name up), a single space and the middle dot U+00B7 (``彭　波``,
    ``埃里克·施密特``).

    Also the same on screen, typed otherwise (a reviewer's look-alike people): a run of spaces
    is its first space (``Zoë  Müller`` is ``Zoë Müller``), and a dot that other keyboards and
    fonts give for the middle dot of a transliterated name (``•`` U+2022, ``・`` U+30FB,
    ``･`` U+FF65, ``‧`` U+2027, ``∙`` U+2219, ``⋅`` U+22C5) is ``·`` U+00B7."""
    name = _SPACE_RUN.sub(lambda m: m.group()[0], name)
    if name.isascii():
        return name
    name = name.translate(_NAME_DOTS)
    return unicodedata.normalize("NFC", name.translate(RADICAL_IDEOGRAPHS))


# Runs of two or more spaces, and the dots read as a name's middle dot (:func:`name_canonical`).
_SPACE_RUN = re.compile(r"\s{2,}")
_NAME_DOTS = dict.fromkeys(map(ord, "\u2022\u30fb\uff65\u2027\u2219\u22c5"), "\u00b7")


#: How long a person's name may be (``Person.name``'s column); a longer one read off a page is cut.
PERSON_NAME_LENGTH = 50


def person_key(name: str) -> str:
    """``name`` as ``Person.name`` holds it: :func:`name_canonical`, cut to
    :data:`PERSON_NAME_LENGTH` characters. How every way in (the import, the desk's byline and
    credit line, a spreadsheet's 记者 and 摄影 cells) finds or creates a person."""
    return name_canonical(name)[:PERSON_NAME_LENGTH]


def refused_char(name: str) -> str | None:
    """The first character of ``name`` a person's or paper's name may not hold, or None."""
    for char in name:
        if char in _ALLOWED_SYMBOLS:
            continue
        if (
            char in _EMOJI_ONLY
            or char in _BLANK
            or unicodedata.category(char) not in _ALLOWED_CATEGORIES
        ):
            return char
    return None


def unprinted_char(text: str) -> str | None:
    """The first character of ``text`` (a byline, a credit line) that no page prints: a
    pictograph (emoji), an enclosing mark, a control, format, private-use, unassigned or
    surrogate code point, a letter or mark that prints nothing (:data:`_BLANK`); or None. Symbols type does set (``｜ ＋ ※``) pass."""
    for char in text:
        if char in _EMOJI_ONLY or char in _BLANK or unicodedata.category(char) in _NEVER_PRINTED:
            return char
    return None


def char_shown(char: str) -> str:
    """``char`` as a message names it: ``“😀”（U+1F600）``; an invisible one by its code point
    alone (``U+200B``)."""
    code = f"U+{ord(char):04X}"
    if unicodedata.category(char)[0] in "CZ" or char in _BLANK:
        return f"不可见字符 {code}"
    return f"“{char}”（{code}）"


def name_char_problem(name: str, what: str = "姓名") -> str | None:
    """What is wrong with the characters of ``name`` (``what``: 姓名, 报名…), in Chinese with
    what to do, or None when :func:`refused_char` finds nothing."""
    char = refused_char(name)
    if char is None:
        return None
    shown = name if len(name) <= 20 else name[:20] + "…"
    kind = "报纸的名称" if what == "报名" else "人名"
    return (
        f"{what}“{shown}”含有字符{char_shown(char)}，{kind}里不会有这样的字符"
        f"（只能是印出来的汉字、字母、数字、空格、间隔号·和常用标点）；请删去或改正这个字符"
    )


def validate_person_name(value: str) -> None:
    """Django validator for a person's name (``Person.name``): :func:`name_char_problem`."""
    problem = name_char_problem(value, "姓名")
    if problem:
        raise ValidationError(problem, code="name_character")


def validate_person_note(value: str) -> None:
    """Django validator for the note telling namesakes apart (``Person.note``, 区分说明):
    :func:`name_char_problem`."""
    problem = name_char_problem(value, "区分说明")
    if problem:
        raise ValidationError(problem, code="name_character")


def validate_paper_name(value: str) -> None:
    """Django validator for a paper's printed name (``Publication.name``):
    :func:`name_char_problem`."""
    problem = name_char_problem(value, "报名")
    if problem:
        raise ValidationError(problem, code="name_character")


def byline_char_problem(byline: str) -> str | None:
    """What is wrong with a byline an editor wrote (the story form's 署名, the spreadsheet's
    署名 cell), in Chinese with what to do, or None: a character no page prints
    (:func:`unprinted_char`) would make the names it is in unreadable, and the reporters
    credited follow the byline (``articles.people.typedlines.reporters_follow_byline``): ``记者 周小满😀``
    would credit nobody."""
    char = unprinted_char(byline)
    if char is None:
        return None
    shown = byline if len(byline) <= 30 else byline[:30] + "…"
    return (
        f"署名“{shown}”含有字符{char_shown(char)}，印出来的署名里不会有这样的字符，"
        "其中的记者姓名读不出来（记者会随署名改变）；请删去或改正这个字符"
    )
