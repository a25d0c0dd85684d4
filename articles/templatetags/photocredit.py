"""The public pages' photo credit (``includes/photo.html``): the credit line as printed
(``新华社记者 孙明 摄``, ``记者 王海涛 周小燕 摄``, ``资料图片``, ``新华社发``), each photographer's
name in it linked to their people page, as a story's byline is shown
(:func:`articles.bylines.credit_pieces`: names found whole, a letter-spaced ``孙  明`` or a PDF's
Kangxi radical still the name). ``摄影`` and the names alone dropped the agency and the role
words the page printed. A photographer the line does not print (added in the 摄影 rows without
the line corrected) follows it as ``摄影 名字``; no line at all: ``摄影`` and the names."""

from __future__ import annotations

from django import template

from articles import public
from articles.bylines import credit_pieces, names_unprinted
from articles.selectors.common import photo_credits

register = template.Library()


@register.filter
def credit_shown(photo) -> tuple[tuple[str, str], ...]:
    """``photo``'s credit as readers see it, ``((text, address), …)`` in order: its credit
    line as printed, each photographer it prints linked to their page (:func:`articles.public.
    person_url`, ``""`` for the text between them), then ``摄影`` and those it does not print.
    Its credits prefetched with their people, as the selectors give them (else a query)."""
    people = [credit.person for credit in photo_credits(photo)]
    names = [person.name for person in people]
    line = photo.credit_line or ""
    unprinted = names_unprinted(line, names) if line.strip() else names
    printed = [name for name in names if name not in unprinted]
    pieces = credit_pieces(line, printed) if line.strip() else []
    if unprinted:
        pieces.append((" 摄影 " if pieces else "摄影 ", ""))
        for index, name in enumerate(unprinted):
            pieces.extend([(" ", "")] if index else [])
            pieces.append((name, name))
    return public.credits_linked(pieces, people)
