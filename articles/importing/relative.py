"""Markers that name no page but the next or previous one (``（转下版）``, ``（接上版）``), resolved
to page labels before anything is written (INPUT.md "Continuations"; README, Continuations).

The parser cannot resolve them: it does not know the page's label. The import does
(:func:`~articles.importing.preparing.page_prepare`, also for a re-parse): the next page of
``A2`` is ``A3``, the previous one ``A1`` (:func:`articles.labels.label_step`). After this, jumps,
their resolution, reports and the admin see ordinary labels. No query here.
"""

from __future__ import annotations

from dataclasses import replace

from articles import parsing
from articles.labels import LabelError, label_step


def relative_resolved(parsed: parsing.ParsedPage, label: str) -> parsing.ParsedPage:
    """``parsed`` with every relative marker (``Marker.relative`` ±1, label ``""``) given the
    label of the page it names, counted from this page's normalised ``label``.

    A page that cannot exist (``（接上版）`` on ``A1`` or ``1``), or that the label does not tell
    (``（接上版）`` on ``B1``: the last page of section A), is not linked to: the marker's text
    goes back into the story as printed (a backward one before its first paragraph, a forward
    one after its last) and the page's warnings (the import report's) say what is wrong and what
    to check. A merged pair's marker (the source joined the story already) is left unresolved
    with the same warning: nothing is linked by it. Returns ``parsed`` itself when it prints no
    relative marker."""
    if not any(m.relative for a in parsed.articles for m in a.markers):
        return parsed
    warnings = list(parsed.warnings)
    articles = []
    for article in parsed.articles:
        markers, blocks = [], list(article.blocks)
        for marker in article.markers:
            if not marker.relative:
                markers.append(marker)
                continue
            try:
                markers.append(replace(marker, label=label_step(label, marker.relative)))
                continue
            except LabelError as exc:
                warnings.append(_unresolved_warning(article, marker, label, str(exc)))
            if marker.merged:
                markers.append(marker)
            else:
                blocks = _printed_back(blocks, marker)
        articles.append(replace(article, markers=tuple(markers), blocks=tuple(blocks)))
    return replace(parsed, articles=tuple(articles), warnings=tuple(warnings))


def _printed_back(blocks: list[parsing.Block], marker: parsing.Marker) -> list[parsing.Block]:
    """``blocks`` with ``marker``'s printed text where the page printed it: a backward marker
    before the first paragraph, a forward one after the last (a new paragraph when none)."""
    places = [i for i, block in enumerate(blocks) if block.kind == "paragraph"]
    if not places:
        return [*blocks, parsing.Block("paragraph", marker.text)]
    backward = marker.direction == "backward"
    i = places[0] if backward else places[-1]
    text = marker.text + blocks[i].text if backward else blocks[i].text + marker.text
    return [*blocks[:i], parsing.Block("paragraph", text), *blocks[i + 1 :]]


def _unresolved_warning(
    article: parsing.ParsedArticle, marker: parsing.Marker, label: str, why: str
) -> str:
    which = "上一版" if marker.relative < 0 else "下一版"
    shown = article.title or (article.blocks[0].text[:20] if article.blocks else "")
    return (
        f"第{article.position}篇“{shown}”印的转版标记{marker.text}指{label}版的{which}，"
        f"但{why}：标记按原文留在正文里，这篇没有接到别的版上；"
        f"请核对这一版是否该按 {label} 版导入（--page），以及这段文字从哪一版接来"
    )
