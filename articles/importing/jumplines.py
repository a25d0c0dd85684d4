"""The jumps of an imported page as the desk's upload lists them, one line each (the preview and
the result of :mod:`articles.importing.upload`)."""

from __future__ import annotations

from django.db.models import Prefetch

from articles.continuations import jumps_mark_held, weighed_parts
from articles.models import ArticlePart, Jump, JumpDirection, JumpState
from articles.storynames import quoted


def jump_lines(page_id: int | None) -> list[str]:
    """The jumps of a page, one line each, stories numbered as editors count them (photos and
    teasers take no story number), a held link said as held, a 上接 an ambiguous 下转 may take
    as 有歧义 (:func:`~articles.continuations.weighed_parts`)."""
    lines = []
    page_ids = set(
        Jump.objects.filter(part__page_id=page_id).values_list("to_part__page_id", flat=True)
    )
    numbers = ArticlePart.objects.story_numbers({page_id, *page_ids})
    jumps = list(
        Jump.objects.filter(part__page_id=page_id)
        .select_related("part__article", "to_part__page")
        .defer("to_part__page__raw_text")  # a page's text is up to 2 MB: never once per jump
        .prefetch_related(
            Prefetch(
                "candidates",
                queryset=ArticlePart.objects.select_related("page").defer("page__raw_text"),
            )
        )
        .order_by("part__position", "direction")
    )
    jumps_mark_held(jumps)
    weighed = weighed_parts(j.part_id for j in jumps if j.direction == JumpDirection.BACKWARD)
    for jump in jumps:
        state = jump.state_label()
        if jump.direction == JumpDirection.BACKWARD and jump.part_id in weighed:
            state = f"有歧义（{jump.target_label}版有几处“下转”都可能接到这里，在那一版的“转版标记”中选定）"
        text = f"第{numbers[jump.part_id]}篇{quoted(jump.part.article.name_for_editors(jump.part))} {jump.marker}：{state}"
        if jump.to_part_id and jump.direction == JumpDirection.FORWARD:
            text += f"（接 {jump.to_part.page.label}版 第{numbers[jump.to_part_id]}篇）"
        if jump.state == JumpState.AMBIGUOUS:
            candidates = list(jump.candidates.all())
            numbers.update(ArticlePart.objects.story_numbers({c.page_id for c in candidates}))
            text += "（候选：" + "、".join(
                f"{c.page.label}版 第{numbers[c.pk]}篇" for c in candidates
            )
            text += "；确认后在“转版标记”中选定）"
        lines.append(text)
    return lines
