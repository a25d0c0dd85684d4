"""One page imported under a mistyped label fills the desk's home with thousands of "missing" pages.

README (编辑部首页): the home lists "the pages imported and the ones missing (gaps in the labels:
A1, A2, A4 → 缺 A3 …)". Labels of up to four digits are accepted without a word (A9999, or
第一百版 → 100), and ``missing_labels`` lists every number from 1 to the highest present: a
page imported as A9999 next to A1 (a typo for A9) makes the home list A2、A3、… A9998, 9,997
labels, in the issue's row. Expected: a run shown as a range (A2–A9998), or the improbable label
warned about at import.

Steps: import the seed as A1 and any page as A9999 into the same issue; open /admin/.
"""

import pytest

from tests.admin.conftest import editor, editor_client, groups  # noqa: F401
from tests.factories import import_seed, import_text

pytestmark = pytest.mark.django_db

PAGE = (
    "湖畔小学迎来新校舍\n\n本报讯（记者 钱立）湖畔小学新校舍昨天投入使用，可容纳学生一千二百名。\n"
)


def test_a_mistyped_label_does_not_list_thousands_of_missing_pages(editor_client):  # noqa: F811
    import_seed()
    import_text(PAGE, "A9999")
    html = editor_client.get("/admin/").content.decode()
    assert "A9999" in html
    assert "A5000、" not in html
