"""Background tasks (Django's tasks framework; on Django 5.2 the ``django-tasks`` backport, its
database backend from ``django-tasks-db``): queued as rows, run by ``manage.py db_worker``.

* :func:`import_run_task`: a desk upload imported page by page (:mod:`articles.importing.runs`);
  :func:`run_enqueue` queues a run (new, or again after its worker died).
* :func:`photo_renditions_task`: the copies for readers of a photo too large to decode in the
  desk's save (:mod:`articles.photouploads`); :func:`photo_renditions_enqueue` queues one.

A task is queued as a row written in the caller's transaction: a save rolled back queues
nothing, and the worker sees the task only once the save is committed.
"""

from __future__ import annotations

try:  # Django 6 has the framework built in
    from django.tasks import task
except ImportError:  # Django 5.2: the backport
    from django_tasks import task

from articles.importing.runs import run_execute
from articles.models import ImportRun, Photo
from articles.photofiles import photo_copies_job


@task()
def import_run_task(run_id: int, attempt: int) -> dict:
    """Import the run ``run_id`` (attempt ``attempt``): see :func:`run_execute`."""
    return run_execute(run_id, attempt)


def run_enqueue(run: ImportRun) -> ImportRun:
    """Queue ``run``'s current attempt for the worker; the task's id is kept on the run."""
    result = import_run_task.enqueue(run.pk, run.attempt)
    ImportRun.objects.filter(pk=run.pk).update(task_id=str(result.id))
    run.task_id = str(result.id)
    return run


@task()
def photo_renditions_task(photo_id: int, image_name: str) -> dict:
    """Make the copies of photo ``photo_id`` for its image ``image_name``: see
    :func:`photo_copies_job`."""
    return photo_copies_job(photo_id, image_name)


def photo_renditions_enqueue(photo: Photo) -> None:
    """Queue the making of ``photo``'s copies for its image as it is now."""
    photo_renditions_task.enqueue(photo.pk, photo.image.name)
