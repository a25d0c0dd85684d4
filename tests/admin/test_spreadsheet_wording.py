"""The spreadsheet import's own words read right: django-import-export's Chinese for "Some rows
failed to validate" is garbled (某些行验数据证失败), and the project's catalogue (locale/, on
LOCALE_PATHS) overrides it; the committed .mo holds every entry of its .po, so a clean checkout
shows what the .po says without gettext installed."""

import gettext
import re

import pytest
from django.conf import settings

from articles.spreadsheets import ArticleResource
from tests.admin.test_spreadsheets import CSV, as_file, import_preview

CATALOGUE = settings.BASE_DIR / "locale" / "zh_Hans" / "LC_MESSAGES"


@pytest.mark.django_db
def test_rows_that_fail_validation_are_headed_in_readable_chinese(editor_client, seed):
    ds = ArticleResource().export()
    rows = [list(r) for r in ds]
    rows[0][ds.headers.index("版次")] = "A9"
    ds.dict = [dict(zip(ds.headers, r, strict=True)) for r in rows]
    html = import_preview(editor_client, "article", as_file(ds, CSV), CSV).content.decode()
    assert "没有 A9 版" in html
    assert "某些行数据验证失败" in html
    assert "验数据证" not in html


def po_entries(text: str) -> dict[str, str]:
    """``{msgid: msgstr}`` of a .po file (a plural entry: its singular and first form; the
    header left out), its quoted pieces joined as gettext joins them."""
    entries, key, fields = {}, None, {}
    for line in [*text.splitlines(), ""]:
        line = line.strip()
        if match := re.match(r'^(msgid|msgid_plural|msgstr(?:\[0\])?) "(.*)"$', line):
            key = match.group(1).removesuffix("[0]")
            fields[key] = match.group(2)
        elif line.startswith('"') and key:
            fields[key] += line[1:-1]
        elif not line and fields:
            if fields.get("msgid"):
                entries[fields["msgid"]] = fields["msgstr"]
            key, fields = None, {}
    return {k.replace('\\"', '"'): v.replace('\\"', '"') for k, v in entries.items()}


def test_the_committed_mo_says_what_the_po_says():
    entries = po_entries((CATALOGUE / "django.po").read_text(encoding="utf-8"))
    assert entries["Some rows failed to validate"] == "某些行数据验证失败"
    with open(CATALOGUE / "django.mo", "rb") as file:
        compiled = gettext.GNUTranslations(file)
    stale = {k: v for k, v in entries.items() if compiled.gettext(k) != v}
    assert not stale, (
        "locale/zh_Hans/LC_MESSAGES/django.mo is older than its .po: run "
        f"msgfmt -o django.mo django.po there: {stale}"
    )
