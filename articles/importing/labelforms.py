"""An issue whose page labels are written two ways: with section letters (``A1``, ``B3``) on some
pages and without (``1``, ``2``) on others. A paper numbers its pages one way: either in
sections (叠: A1, A2 … B1 …) or straight through (1, 2, 3 …). A mix in one issue is almost
always a file saved under the wrong name (``A1.txt`` and, for the page that continues its
story, ``2.txt`` where the layout says A2), and it breaks the issue's jumps: ``（下转A2版）`` on
A1 finds no A2, ``（上接A1版）`` on 2 is answered by no 下转 to 2, and each page's report points
the other way (A2 not imported yet; A1 leads nowhere here).

So a page whose label is read from its file's name alone is refused, before anything is
written, when its form is not the issue's: the issue's form is that of the pages whose labels
are settled (stored before, or given: ``--page``, a manifest's ``"pages"``, the page's printed
stamp, the desk's 版次), else of most of the run's pages of the issue; when the run's pages
split evenly and nothing is settled, every page of the two forms is refused. The message names
the file, its label, the pages of the other form (stored: by label and file; the run's: by
file) and every way on: rename the file, correct the other pages' names, or give the label
when the issue really mixes the two (``--page`` or a manifest; at the desk, 版次 for one file).

An issue that already holds both forms among its settled pages (given so, or stored before
this rule) is left as it is: someone said so, and the jumps' messages tell what does not link
(:mod:`articles.continuations.labelforms`). The project's own test editions mix forms only with
every label given (the fidelity benches), which this rule never refuses. Same number written
the other way (``01.txt`` beside a stored ``A1``) keeps its own, sharper message
(:mod:`articles.importing.labelmix`).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from articles.labels import LabelError, label_parts

#: How many pages of the other form a message names before it counts the rest.
NAMED_PAGES = 3


@dataclass(frozen=True)
class IssuePage:
    """A page of an issue as this rule sees it: its ``label`` (normalised), ``name`` (the file
    as the message names it: a run's file by its name, a stored page by its source file's
    name, ``""`` when it has none), ``path`` (how a refusal opens: the run file's path, or its
    name at the desk), whether it is ``stored`` (imported before) and whether its label was
    read from its file's name alone (``from_name``: only such a page of the run may be
    refused)."""

    label: str
    name: str
    path: str = ""
    stored: bool = False
    from_name: bool = False


def lettered(label: str) -> bool | None:
    """Whether the page label ``label`` (normalised) has section letters (``A1``: True, ``1``:
    False); ``None`` for a label that is no page label."""
    try:
        letters, _ = label_parts(label)
    except LabelError:
        return None
    return bool(letters)


def form_refusals(pages: list[IssuePage]) -> list[tuple[IssuePage, list[IssuePage]]]:
    """For one issue's ``pages`` (stored pages, and the run's pages whose label no stored page
    has: a re-import is the stored page), each run page refused for its label's form with the
    pages of the other form it clashes with (in ``pages``' order); ``[]`` when the issue
    keeps one form, or its settled pages already mix both (see the module docstring)."""
    pages = [page for page in pages if lettered(page.label) is not None]
    settled = {lettered(page.label) for page in pages if not page.from_name}
    if len(settled) > 1:
        return []
    named = [page for page in pages if page.from_name]
    counts = Counter(lettered(page.label) for page in named)
    if settled:
        form = settled.pop()
    elif len(counts) < 2:
        return []
    else:
        form = None if counts[True] == counts[False] else counts.most_common(1)[0][0]
    return [
        (page, [other for other in pages if lettered(other.label) != lettered(page.label)])
        for page in named
        if lettered(page.label) != form
    ]


def form_message(page: IssuePage, others: list[IssuePage], renamed: str, *, desk=False) -> str:
    """Why ``page`` is refused beside ``others`` (its issue's pages of the other form:
    :func:`form_refusals`) and every way on, for ``import_pages`` or, with ``desk``, the upload
    form; ``renamed`` is its file's name with the page part written as :func:`suggested`'s
    label. Opens with the page's ``path`` (the command) or name (the desk)."""
    mine, theirs = ("带叠号", "不带叠号") if lettered(page.label) else ("不带叠号", "带叠号")
    bare = page if not lettered(page.label) else others[0]
    letters = label_parts((others[0] if bare is page else page).label)[0]
    number = label_parts(bare.label)[1]
    said = (
        f"版次写法不一：{page.name} 读作 {page.label}版（{mine}），{_listed(others)}却"
        f"{theirs}；一期报纸的版次要么都带叠号（A1、A2…），要么都不带（1、2…），两样混在一起"
        f"多半是文件名写错了，转版也接不上（“下转{letters}{number}版”找不到{number}版）。"
    )
    same = [o.label for o in others if label_parts(o.label)[1] == label_parts(page.label)[1]]
    if same:
        said += f"本期的{same[0]}版与它同号，若是同一版，只导入其中一个文件。"
    target = suggested(page.label, others)
    sections = {label_parts(o.label)[0] for o in others}
    meant = f"{target}版" + (f"（或别的叠的第{number}版）" if len(sections) > 1 else "")
    other_files = "、".join(dict.fromkeys(o.name or f"{o.label}版" for o in others))
    undo = "（已导入的版面先在版面页“撤销本版导入”）" if any(o.stored for o in others) else ""
    if desk:
        ways = [
            f"若它是{meant}，请把文件改名为 {renamed}，或只选这一个文件并在“版次”里填 {target}",
            f"若是 {other_files} 的名字写错了，请改正后再上传{undo}",
            f"若本期确有{mine}的{page.label}版，请只选这一个文件并在“版次”里填 {page.label}",
        ]
        return f"{page.path}：{said}{'；'.join(ways)}。"
    ways = [
        f"若它是{meant}，请改名为 {renamed}（或单独导入它并加 --page {target}）",
        f"若是 {other_files} 的名字写错了，请改正后再导入{undo}",
        f"若本期确有{mine}的{page.label}版，请单独导入它并加 --page {page.label}"
        '（或在同一文件夹的 manifest.json 的 "pages" 里写明它的版次）',
    ]
    return f"{page.path}: {said}{'；'.join(ways)}"


def suggested(label: str, others: list[IssuePage]) -> str:
    """The label ``label`` most likely stands for in an issue whose other pages (``others``,
    of the other form) are right: without its letters (``A1`` → ``1``), or with the letters of
    the first lettered page of ``others`` (``2`` beside ``A1`` → ``A2``)."""
    letters, number = label_parts(label)
    if letters:
        return str(number)
    return f"{label_parts(others[0].label)[0]}{number}"


def _listed(others: list[IssuePage]) -> str:
    """``others`` as a message names them: stored pages by label and file
    (``本期已导入的A1版（A1.txt）、B1版（B1.txt）``), pages of the run by file
    (``同时导入的 A3.txt（A3版）``); after :data:`NAMED_PAGES` of them, how many in all."""
    shown = others[:NAMED_PAGES]
    stored = [f"{o.label}版" + (f"（{o.name}）" if o.name else "") for o in shown if o.stored]
    run = [f"{o.name}（{o.label}版）" for o in shown if not o.stored]
    said = [f"本期已导入的{'、'.join(stored)}"] if stored else []
    said += [f"同时导入的 {'、'.join(run)}"] if run else []
    more = f"等 {len(others)} 个版面" if len(others) > NAMED_PAGES else ""
    return "和".join(said) + more
