"""引用本文: how to cite a story or a page of the e-paper, in the newspaper form of GB/T 7714—2015
(《信息与文献 参考文献著录规则》), the form Chinese journals and theses ask for.

A story read online is an article taken from a newspaper (析出文献, 文献类型标识 N) on a network
(载体标识 OL)::

    主要责任者. 题名: 其他题名信息[N/OL]. 报纸名, 出版日期(版次)[引用日期]. 获取和访问路径.
    余建斌. 我们的科技一直在追赶: 访中国工程院院长周济[N/OL]. 人民日报, 2013-01-12(2)[2013-03-20]. http://….

What the standard's rules mean here:

* 主要责任者: the story's reporters as printed, at most three, then ``等`` (``王刚, 李明, 张华, 等``);
  a story with no reporter, its photographers (a picture story's authors, as in the feeds); with
  neither, the entry starts with the title (the standard lets a numbered list, 顺序编码制, leave
  out an unknown author rather than write 佚名).
* 题名: the headline, its subheadline after ``: `` (其他题名信息); an untitled brief by the words
  readers see it named by (:meth:`articles.models.Article.name_for_readers`).
* 出版日期 ``YYYY-MM-DD``; 版次 the page as printed (``A1``), several pages of a story that
  jumps joined by ``, `` in print order (``A1, A3``).
* 引用日期 is the day the reader read it, which a page kept for every reader cannot know: it is
  written ``[引用日期]``, for the reader to fill in (:data:`CITED_ON`).
* 获取和访问路径: the story's permanent address (its id never changes: an edit, a re-import or a
  join keeps it, an older address is a 301 to it).

A page (版面) is cited the same way, titled by its 版次 and 版名 (``A1版: 要闻``) with no author.
Pure functions of plain values: no query, no Django."""

from __future__ import annotations

from datetime import date

#: Where the reader writes the day they read it (GB/T 7714—2015 asks it of online resources).
CITED_ON = "[引用日期]"
#: How many responsible persons are named before ``等``.
MOST_AUTHORS = 3


def authors(names: list[str]) -> str:
    """``names`` as the standard writes the main responsible persons: joined by ``, ``, at
    most :data:`MOST_AUTHORS`, then ``, 等``; ``""`` for none."""
    named = [name.strip() for name in names if name.strip()]
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
) -> str:
    """The GB/T 7714—2015 entry of a newspaper article read online (module docstring):
    ``names`` its reporters (or photographers) as printed, ``title`` and ``subtitle`` (``""``:
    none), ``paper`` the newspaper's name, ``day`` its issue's date, ``pages`` the labels of
    the pages it is printed on in print order, ``url`` its absolute permanent address.
    ``王刚. 跨江大桥完成检修[N/OL]. 南通日报, 2021-03-04(A1, A3)[引用日期]. https://….``"""
    heading = f"{title}: {subtitle}" if subtitle else title
    credit = authors(names)
    lead = f"{_sentence(credit)} " if credit else ""
    where = ", ".join(pages)
    return f"{lead}{heading}[N/OL]. {paper}, {day.isoformat()}({where}){CITED_ON}. {_sentence(url)}"


def page_citation(*, label: str, section: str, paper: str, day: date, url: str) -> str:
    """The entry of a whole page (版面) read online: titled ``A1版: 要闻`` (``A1版`` without a
    版名), no author. ``南通日报`` and the rest as :func:`newspaper_citation`."""
    title = f"{label}版: {section}" if section else f"{label}版"
    return newspaper_citation(names=[], title=title, paper=paper, day=day, pages=[label], url=url)
