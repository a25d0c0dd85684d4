"""Django's form widgets rendered without its template engine: :class:`WidgetMarkup`.

A widget's HTML is worked out by Django (``BoundField.as_widget``: its attributes, value,
``aria-invalid``, the ``id``; ``Select.optgroups``: which option is selected) and then written
by a template (``django/forms/widgets/input.html``, ``select.html`` …), which costs some 0.1 ms a
widget here: the search page's seven widgets were a fifth of its time. This renderer writes the
same markup from the same context in Python, for the widgets whose templates it knows (text,
search, date inputs and a select of plain options); any other template, or a value it does not
expect, goes to Django's templates as before. tests/search/test_form_markup.py compares the two.
"""

from __future__ import annotations

from html import escape

from django.forms.renderers import DjangoTemplates
from django.utils.safestring import SafeData

_INPUTS = ("django/forms/widgets/text.html", "django/forms/widgets/date.html")
_SELECT = "django/forms/widgets/select.html"
_OPTION = "django/forms/widgets/select_option.html"


class _Unknown(Exception):
    """A value the templates would show in a way this module does not write."""


def _text(value) -> str:
    """``{{ value|stringformat:'s' }}`` (autoescaped): text is escaped unless marked safe, as
    Django's ``escape`` does (it is the standard library's ``html.escape``; called directly: its
    lazy-text wrapper was a tenth of the form's time)."""
    if not isinstance(value, str):
        raise _Unknown(value)
    return value if isinstance(value, SafeData) else escape(value)


def _attrs(attrs: dict) -> str:
    """``django/forms/widgets/attrs.html``."""
    out = []
    for name, value in attrs.items():
        if value is False:
            continue
        out.append(" " + _text(name) if value is True else f' {_text(name)}="{_text(value)}"')
    return "".join(out)


def _input(widget: dict) -> str:
    """``django/forms/widgets/input.html``."""
    value = widget["value"]
    shown = "" if value is None else f' value="{_text(value)}"'
    return (
        f'<input type="{_text(widget["type"])}" name="{_text(widget["name"])}"{shown}'
        f"{_attrs(widget['attrs'])}>"
    )


def _select(widget: dict) -> str:
    """``django/forms/widgets/select.html`` with ``select_option.html`` for each option (each
    include keeps the file's last newline; the renderer strips the whole)."""
    out = [f'<select name="{_text(widget["name"])}"{_attrs(widget["attrs"])}>']
    for group_name, options, _index in widget["optgroups"]:
        if group_name:
            raise _Unknown(group_name)
        for option in options:
            if option["template_name"] != _OPTION:
                raise _Unknown(option["template_name"])
            out.append(
                f'\n  <option value="{_text(option["value"])}"{_attrs(option["attrs"])}>'
                f"{_text(option['label'])}</option>\n"
            )
    out.append("\n</select>")
    return "".join(out)


_WRITERS = {**dict.fromkeys(_INPUTS, _input), _SELECT: _select}


class WidgetMarkup(DjangoTemplates):
    """A form renderer (``Form.default_renderer``) writing the widgets it knows in Python, the
    same HTML Django's templates write; everything else through the templates."""

    def render(self, template_name, context, request=None):
        write = _WRITERS.get(template_name)
        if write is not None:
            try:
                return write(context["widget"])
            except _Unknown:
                pass
        return super().render(template_name, context, request=request)
