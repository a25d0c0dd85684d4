"""The editors' desk: the Django admin, in Chinese, for every model of the paper.

One module per desk: ``papers`` (papers and their sign-off switch), ``issues`` (issues,
publishing), ``pages`` (pages, upload with
preview, re-parse), ``stories`` (stories, their printed parts, history), ``photos`` (photos,
teasers), ``people`` (people, 拆分同名记者 and 合并), ``jumps`` (continuation markers and their fixes), ``notices`` (printed 更正 notices and the
stories they correct), ``proofreading`` (the word list, the 校对提示
panel of a story). ``base`` holds what they
share: spreadsheet import/export (django-import-export), history (django-simple-history) and
the object tools. Views stay thin: forms check input (``articles.forms``) and services do the
work (``articles.importing``, ``articles.continuations``, ``articles.publishing``).
"""

# The task queue's own admin (django-tasks-db) lists raw task rows in English; the desk shows
# each background import on its progress page instead (articles.admin.importruns).
from django.contrib import admin as _admin
from django_tasks_db.models import DBTaskResult as _DBTaskResult

from articles.admin import (  # noqa: F401  (registers)
    accounts,
    issues,
    jumps,
    notices,
    pages,
    papers,
    people,
    photos,
    proofreading,
    stories,
)

if _admin.site.is_registered(_DBTaskResult):
    _admin.site.unregister(_DBTaskResult)
