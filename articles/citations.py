"""引用本文: how to cite a story or a page of the e-paper, in the newspaper form of GB/T 7714—2015
(《信息与文献 参考文献著录规则》), the form Chinese journals and theses ask for.

A story read online is an article taken from a newspaper (析出文献, 文献类型标识 N) on a network
(载体标识 OL)::

    主要责任者. 题名: 其他题名信息[N/OL]. 报纸名, 出版日期(版次)[引用日期]. 获取和访问路径.
    余建斌. 我们的科技一直在追赶: 访中国工程院院长周济[N/OL]. 人民日报, 2013-01-12(2)[2013-03-20]. http://….

What the standard's rules mean here:

* 主要责任者: the story's reporters, at most three, then ``等`` (``王刚, 李明, 张华, 等``);
  a Chinese name as printed; a Latin-script name surname first, in capitals, its given names
  as initials without points (the standard's 8.1.2: ``Zoë Müller`` → ``MÜLLER Z``, ``Jean-Paul
  van Dijk`` → ``VAN DIJK J P``; a name written ``Müller, Zoë`` is already surname first, and
  so is a Chinese name in pinyin, ``Zhang Wei`` → ``ZHANG W``, ``Wang Xiaoming`` → ``WANG X M``,
  and a surname set in capitals, ``ZHANG Wei``);
  a picture story with no reporter (one printing photos and no text of its own:
  ``Article.is_picture_story``), its photographers (its authors, as in the feeds); a text story
  with no reporter names no photographer; with no author, the entry starts with the title (the standard lets a numbered list, 顺序编码制, leave
  out an unknown author rather than write 佚名).
* 题名: the title as printed (headline, else kicker or subheadline), its subheadline after
  ``: `` (其他题名信息). An untitled item is cited by a title supplied in square brackets that
  describes it, as the standard allows (its rule, after ISO 690, for a resource with no
  title): ``[简讯]`` (``[图片]`` for photos without text), never its opening words cut off,
  which it does not print as a title (:data:`UNTITLED_BRIEF`).
* 出版日期 ``YYYY-MM-DD``; 版次 the page as printed (``A1``), several pages of a story that
  jumps joined by ``, `` in print order (``A1, A3``).
* 引用日期 is the day the reader read it, which a page kept for every reader cannot know: it is
  written ``[引用日期]``, for the reader to fill in (:data:`CITED_ON`).
* 获取和访问路径: the story's permanent address (its id never changes: an edit, a re-import or a
  join keeps it, an older address is a 301 to it).

A page (版面) is cited the same way, titled by its 版次 and 版名 (``A1版: 要闻``) with no author.
Pure functions of plain values: no query, no Django."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from articles.parsing.latinnames import SUFFIXES
from articles.pinyinnames import is_surname, pinyin_name, surname_first_initials

#: Where the reader writes the day they read it (GB/T 7714—2015 asks it of online resources).
CITED_ON = "[引用日期]"
#: How many responsible persons are named before ``等``.
MOST_AUTHORS = 3
#: The supplied title of an untitled story, and of an untitled one printing photos only.
UNTITLED_BRIEF = "[简讯]"
UNTITLED_PICTURE = "[图片]"
#: Lower-case particles that belong to the surname after them (``van Dijk``, ``de la Cruz``).
_PARTICLES = frozenset({"van", "von", "de", "der", "den", "du", "da", "di", "del", "la", "le"})
_NAME_WORDS = re.compile(r"[\s\-‐]+")
#: Titles before a name and degrees after it, which are no part of it and a citation drops
#: (GB/T 7714—2015 names persons only: ``Dr. Zhang Wei`` → ``ZHANG W``, ``Zhang Yiming PhD``
#: → ``ZHANG Y M``). Compared without points and case (``Dr``, ``DR.``; ``Ph.D.``, ``phd``).
TITLES = frozenset(("dr", "prof", "professor", "mr", "mrs", "ms", "miss", "mx"))
DEGREES = frozenset(("phd", "dphil", "md", "mba", "esq"))


def _latin(name: str) -> bool:
    """Whether every letter of ``name`` is Latin script (``Zoë Müller``; not 王刚, not
    ``王 Gang``)."""
    letters = [ch for ch in name if ch.isalpha()]
    return bool(letters) and all(unicodedata.name(ch, "").startswith("LATIN") for ch in letters)


def cited_name(name: str) -> str:
    """One person's name as GB/T 7714—2015 writes it (8.1.2: surname first, a Western given
    name as initials without points, the surname in capitals as the standard's examples):
    ``Zoë Müller`` → ``MÜLLER Z``, ``John Ronald Tolkien`` → ``TOLKIEN J R``, ``Müller, Zoë``
    → ``MÜLLER Z``. A Chinese name in pinyin is surname first already (GB/T 28039—2011), its
    given name an initial a syllable (8.1.2's ``LI J N`` for ``Li Jiangning``): ``Zhang Wei``
    → ``ZHANG W``, ``Wang Xiaoming`` → ``WANG X M`` (:mod:`articles.pinyinnames` tells it from
    a Western name). A surname printed in capitals is the surname wherever it stands
    (``ZHANG Wei``, ``Zoë MÜLLER``). A generational suffix follows the initials
    (``Martin Luther King, Jr.`` → ``KING M L Jr``). Anything not wholly Latin-script (王刚, 欧阳 修), or one
    word (``Xinhua``), is as printed, but for a Chinese surname alone, in capitals (``Hu`` →
    ``HU``). Titles and degrees are dropped (:data:`TITLES`, :data:`DEGREES`); a Korean name is
    surname first as a Chinese one is (``Kim Jong-un`` → ``KIM J-U``: :mod:`articles.pinyinnames`)."""
    name = " ".join(name.split())
    if not _latin(name):
        return name
    name = _titles_apart(name)
    name, suffix = _suffix_apart(name)
    if suffix:  # Robert Downey Jr.: DOWNEY R Jr, never JR R D
        return f"{cited_name(name)} {suffix}"
    if "," in name:
        surname, _, given = (piece.strip() for piece in name.partition(","))
        given_words, surname_first = given.split(), True
    else:
        words = name.split(" ")
        if len(words) < 2:
            return name.upper() if is_surname(name) else name
        surname, given_words, surname_first = _surname_and_given(words)
    # A Chinese given name written after its surname: an initial a syllable (Xiaoming: X M).
    initials = surname_first_initials(surname, given_words) if surname_first else None
    if initials is None:  # a Western given name: an initial a word (Jean-Paul: J P)
        given = " ".join(given_words).replace(".", " ")
        initials = [word[0].upper() for word in _NAME_WORDS.split(given) if word]
    return " ".join([surname.upper(), *initials])


def _titles_apart(name: str) -> str:
    """``name`` without the titles before it and the degrees after it (after a space or a
    comma: ``Dr. Zhang Wei``, ``Zhang Yiming, PhD`` → ``Zhang Wei``, ``Zhang Yiming``); a name
    that is nothing else is kept whole."""
    words = name.replace(",", " , ").split()

    def plain(word: str) -> str:
        return word.replace(".", "").lower()

    while len(words) > 1 and plain(words[0]) in TITLES:
        words.pop(0)
    while len(words) > 1 and (plain(words[-1]) in DEGREES or words[-1] == ","):
        words.pop()
    return " ".join(words).replace(" , ", ", ")


def _suffix_apart(name: str) -> tuple[str, str]:
    """``name`` without its generational suffix (:data:`~articles.parsing.latinnames.SUFFIXES`,
    after a space or a comma: ``Robert Downey Jr.``, ``Martin Luther King, Jr.``), and the
    suffix as a citation writes it, after the initials and without its point (``Jr``, ``III``:
    the points of initials are dropped so too); ``(name, "")`` when it has none."""
    head, _, last = name.rpartition(" ")
    if not head or last not in SUFFIXES:
        return name, ""
    return head.rstrip(", "), last.rstrip(".")


def _capitals(word: str) -> bool:
    """Whether ``word`` is written in capitals (two letters or more: ``ZHANG``, not ``W``)."""
    letters = [ch for ch in word if ch.isalpha()]
    return len(letters) > 1 and all(ch.isupper() for ch in letters)


def _surname_and_given(words: list[str]) -> tuple[str, list[str], bool]:
    """A name of two words or more parted into its surname, its given name's words, and
    whether the surname was written first: the words in capitals when the others are not
    (``ZHANG Wei``, ``Zoë MÜLLER``, ``VAN DIJK Jean-Paul``); the first word of a Chinese name
    in pinyin (``Zhang Wei``: :func:`~articles.pinyinnames.pinyin_name`); else the last word
    with the lower-case particles before it (``Jean-Paul van Dijk``)."""
    marked = [n for n, word in enumerate(words) if _capitals(word)]
    if marked and len(marked) < len(words) and marked == list(range(marked[0], marked[-1] + 1)):
        given = words[: marked[0]] + words[marked[-1] + 1 :]
        return " ".join(words[marked[0] : marked[-1] + 1]), given, marked[0] == 0
    if pinyin_name(words) is not None:
        return words[0], words[1:], True
    at = len(words) - 1
    while at > 1 and words[at - 1].lower() in _PARTICLES:
        at -= 1
    return " ".join(words[at:]), words[:at], False


def authors(names: list[str]) -> str:
    """``names`` as the standard writes the main responsible persons (each by
    :func:`cited_name`): joined by ``, ``, at most :data:`MOST_AUTHORS`, then ``, 等``; ``""``
    for none."""
    named = [cited_name(name.strip()) for name in names if name.strip()]
    if len(named) > MOST_AUTHORS:
        return ", ".join([*named[:MOST_AUTHORS], "等"])
    return ", ".join(named)


def _sentence(text: str) -> str:
    """``text`` ended by ``.`` unless it ends with a stop already (``…``, ``？``, ``！``, ``.``)."""
    return text if text.endswith((".", "…", "？", "！", "?", "!", "。")) else f"{text}."


def newspaper_citation(
    *,
    names: list[str],
    title: str,
    subtitle: str = "",
    paper: str,
    day: date,
    pages: list[str],
    url: str,
    cited_on: date | None = None,
) -> str:
    """The GB/T 7714—2015 entry of a newspaper article read online (module docstring):
    ``names`` its reporters (or photographers) as printed, ``title`` and ``subtitle`` (``""``:
    none), ``paper`` the newspaper's name, ``day`` its issue's date, ``pages`` the labels of
    the pages it is printed on in print order, ``url`` its absolute permanent address.
    ``王刚. 跨江大桥完成检修[N/OL]. 南通日报, 2021-03-04(A1, A3)[引用日期]. https://….``
    ``cited_on``: the day it was read, when the caller knows it (a file made for one reader, as
    the search export: ``[2026-12-06]``); else :data:`CITED_ON` for the reader to fill in."""
    cited = f"[{cited_on.isoformat()}]" if cited_on else CITED_ON
    heading = f"{title}: {subtitle}" if subtitle else title
    credit = authors(names)
    lead = f"{_sentence(credit)} " if credit else ""
    where = ", ".join(pages)
    return f"{lead}{heading}[N/OL]. {paper}, {day.isoformat()}({where}){cited}. {_sentence(url)}"


def page_citation(*, label: str, section: str, paper: str, day: date, url: str) -> str:
    """The entry of a whole page (版面) read online: titled ``A1版: 要闻`` (``A1版`` without a
    版名), no author. ``南通日报`` and the rest as :func:`newspaper_citation`."""
    title = f"{label}版: {section}" if section else f"{label}版"
    return newspaper_citation(names=[], title=title, paper=paper, day=day, pages=[label], url=url)
