"""Model fields, and the form field every JSON value typed on the desk goes through."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models


class DeskJSONFormField(forms.JSONField):
    """Django's form JSONField, refusing in words a value nested too deep for Python's JSON
    reader (``[`` typed 3,000 times into a zone's rectangles gave a 500: RecursionError)."""

    def to_python(self, value):
        try:
            return super().to_python(value)
        except RecursionError:
            raise ValidationError(
                "这个值嵌套的层数太多（方括号或花括号一层套一层），不是有效的写法；请按说明的格式填写。",
                code="invalid",
            ) from None

    def bound_data(self, data, initial):
        try:
            return super().bound_data(data, initial)
        except RecursionError:  # shown again as typed, as an invalid value is
            return forms.fields.InvalidJSONInput(data)


class JSONField(models.JSONField):
    """A JSONField that PostgreSQL bulk inserts send as one literal per row.

    Django 5.2 bulk-inserts on PostgreSQL through ``UNNEST`` of one array per column; psycopg
    quotes a JSON array element by element in Python, which made inserting a batch's printed
    parts four times slower than plain ``VALUES`` rows. Django keeps a column out of ``UNNEST``
    when its field has ``get_placeholder``; this one returns the ordinary placeholder."""

    def get_placeholder(self, value, compiler, connection):
        return "%s"

    def formfield(self, **kwargs):
        return super().formfield(**{"form_class": DeskJSONFormField, **kwargs})
