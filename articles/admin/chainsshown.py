"""The 已知悉 tick of 发布本期 and 发布所选的期 acknowledges the broken chains the page listed, each by
its identity (``articles.publishchecks.chain_key``), sent back in a hidden field: a chain that
broke while the editor read the page is refused by name (README: 期 (issues))."""

from __future__ import annotations

import json

from django import forms

from articles.models import Issue
from articles.publishchecks import chain_key

#: The hidden field of 发布本期's and 发布所选的期's forms: the broken chains the page lists, by
#: issue (their ``chain_key``s, JSON), which the 已知悉 tick acknowledges, sent back with the form.
CHAINS_SHOWN = "chains_shown"


def chains_shown_field(form, problems: dict[int, list]) -> dict[int, list[str]] | None:
    """Give ``form`` (a publish confirmation's) the hidden field :data:`CHAINS_SHOWN` holding
    the keys of ``problems`` ({issue id: its broken chains as the page lists them now}: a page
    shown again after a refusal lists the chains broken since, and its tick acknowledges them),
    and return the keys the posted form sent back, by issue id: the chains the editor saw when
    ticking 已知悉 (``articles.publishchecks.chain_key``, as a scheduled publication remembers
    them). ``None`` for a form not posted or posted without the field (a client that did not
    send the rendered page acknowledges every chain, as before); an unreadable value
    acknowledges none."""
    keys = {str(pk): sorted({chain_key(p) for p in listed}) for pk, listed in problems.items()}
    posted = shown_echo(form, CHAINS_SHOWN, json.dumps(keys, ensure_ascii=False))
    if posted is None:
        return None
    try:
        shown = json.loads(posted)
        return {int(pk): _keys(listed) for pk, listed in shown.items()}
    except (ValueError, TypeError, AttributeError):
        return {}


def _keys(listed) -> list[str]:
    if not isinstance(listed, list) or not all(isinstance(k, str) for k in listed):
        raise TypeError("not a list of chain keys")
    return listed


def chains_shown_of(shown: dict[int, list[str]] | None, issue: Issue) -> list[str] | None:
    """What :func:`chains_shown_field` returned, for ``issue`` (``issue_publish``'s
    ``chains_shown``): none listed for an issue the posted form does not name."""
    return None if shown is None else shown.get(issue.pk, [])


def shown_echo(form, name: str, keys: str) -> str | None:
    """Give ``form`` the hidden field ``name`` holding ``keys`` (JSON text: what the page lists
    now) and return the value the posted form sent back in it: ``None`` when the form is not
    posted or was posted without the field. A bound form is rendered again with ``keys``, so a
    page shown again after a refusal acknowledges what it lists then."""
    form.fields[name] = forms.CharField(widget=forms.HiddenInput, required=False)
    form.initial[name] = keys
    if not form.is_bound:
        return None
    posted = form.data.get(name)
    form.data = form.data.copy()
    form.data[name] = keys
    return posted
