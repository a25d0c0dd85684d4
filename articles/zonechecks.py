"""Hand zones drawn on a page's old picture (人工热区画在旧版面图上).

A hand zone is drawn on the page's picture (:attr:`articles.models.Zone.drawn_on`: which one).
A re-sent PDF replaces the picture; the stories may have moved, so the hand zone, kept (an
editor's work is never thrown away), may now lie over blank paper or over another story. Until
an editor draws it again or ticks it checked on the page's form, it is flagged (the import's
report, the desk's upload preview, the page's form) and claims nothing: the zones matched from
the new picture's text win their own area (:func:`articles.importing.pagezones.zones_write`).
"""

from __future__ import annotations

from articles.models import Page, PageImage, Zone, ZoneSource

#: The report's, the preview's and the form's words (``n``: how many).
OLD_PICTURE = "{n} 个人工热区画在旧版面图上，请核对"
#: How to check them, at the desk.
HOW_TO_CHECK = "在编辑台打开本版的“版面图与热区”，改画这些热区，或勾选它们的“已核对”后保存"


def on_old_picture(zone: Zone, picture: PageImage | None) -> bool:
    """Whether ``zone`` is a hand zone drawn on another picture than ``picture`` (the page's;
    a zone whose picture is not known, drawn before this was kept, counts as on it)."""
    return (
        zone.source == ZoneSource.HAND
        and picture is not None
        and bool(zone.drawn_on)
        and zone.drawn_on != picture.picture_key
    )


def old_picture_zones(page: Page, picture: PageImage | None = None) -> list[Zone]:
    """The hand zones of ``page`` drawn on an older picture than ``picture`` (its stored one
    when not given), in order. One or two queries."""
    if picture is None:
        picture = PageImage.objects.filter(page=page).first()
    if picture is None:
        return []
    hand = Zone.objects.filter(page=page, source=ZoneSource.HAND).exclude(drawn_on="")
    return list(hand.exclude(drawn_on=picture.picture_key))


def old_picture_line(n: int) -> str:
    """The import report's warning for ``n`` hand zones on the old picture ("" for none)."""
    return f"版面 PDF：{OLD_PICTURE.format(n=n)}（{HOW_TO_CHECK}）" if n else ""


def to_come_line(page_id: int | None) -> str:
    """A preview's warning for a page whose PDF a real run will replace: its hand zones,
    all drawn on the picture it has now, will be on the old picture ("" for none)."""
    if page_id is None:
        return ""
    n = Zone.objects.filter(page_id=page_id, source=ZoneSource.HAND).count()
    if not n:
        return ""
    return f"版面 PDF：换上新的版面图后，本版 {OLD_PICTURE.format(n=n)}（导入后{HOW_TO_CHECK}）"
