"""The same photo printed twice: which photos of an issue are one picture, shown once.

A paper prints a story's photo again on the page its text jumps to (A1's picture beside the
continuation on A2), and the importer keeps both, one a page, as printed (each in its place on
its page: the page views show both). Readers of the story and of the photographer's page see
the picture once, where it was first printed (page order, then place), noting the other pages
it is also on (``A2版也刊登``).

**The same photo**: two photos of one issue whose captions are the same once folded
(:func:`articles.text.normalize_for_matching`: full- and half-width forms, traditional and
simplified, upper and lower case alike) with white space left out, and whose credit lines are the same so folded. A photo with no
caption (a PDF's picture printed with its credit alone) is the same as no other. The picture's
bytes are not compared: each copy's picture is cut from its own page's PDF (another box,
another file), and a text page has none. Pure: no Django.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from articles.text import normalize_for_matching

_BLANKS = re.compile(r"\s+")


def caption_key(text: str) -> str:
    """``text`` (a caption or a credit line) as compared: normalised for matching, without
    white space."""
    return _BLANKS.sub("", normalize_for_matching(text or ""))


def same_photo_key(photo: Any, issue_id: int | None) -> tuple | None:
    """What two copies of one photo share: the issue ``issue_id`` (its page's) and its
    caption and credit, compared as :func:`caption_key` gives them; None for a photo without a
    caption (the same as no other)."""
    return printed_key(issue_id, photo.caption, photo.credit_line)


def printed_key(issue_id: int | None, caption: str, credit_line: str) -> tuple | None:
    """:func:`same_photo_key` of a photo given by its issue's id, caption and credit line (as a
    query's ``values_list`` reads them)."""
    folded = caption_key(caption)
    if not folded:
        return None
    return (issue_id, folded, caption_key(credit_line))


def shown_count(photos: Iterable[tuple[int | None, str, str]]) -> int:
    """How many photos readers are shown of ``photos`` (each its issue's id, caption and credit
    line: :func:`printed_key`), a photo printed twice counted once, as :func:`printed_once`
    keeps it: the photos without a caption each, the others once a key."""
    keys = [printed_key(*photo) for photo in photos]
    return keys.count(None) + len(set(keys) - {None})


def printed_once(photos: Iterable[Any], pages: Mapping[int, Any]) -> list[Any]:
    """``photos`` (in the order shown: first printed first) with each photo printed twice
    kept once, the first; that one's ``also_on`` lists the labels of the pages of the copies
    left out, in order (``["A2"]``), each once, its own page's never (``[]``: printed once).
    ``pages``: {page id: the page (its ``issue_id`` and ``label``)} of every photo's page (a
    photo whose page is not there is printed once). No query."""
    kept: list[Any] = []
    first: dict[tuple, Any] = {}
    for photo in photos:
        page = pages.get(photo.page_id)
        key = None if page is None else same_photo_key(photo, page.issue_id)
        if key is None or key not in first:
            photo.also_on = []
            kept.append(photo)
            if key is not None:
                first[key] = photo
            continue
        shown = first[key]
        if photo.page_id != shown.page_id and page.label not in shown.also_on:
            shown.also_on.append(page.label)
    return kept
