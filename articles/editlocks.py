"""Edit locks: who else has a story's form open (a soft lock, :class:`articles.models.EditLock`).

Opening a story's change form (each GET, and each re-render of a refused save) records or
refreshes the editor's lock (:func:`lock_touch`); the form shows the others whose lock is still
fresh — ``张三 正在编辑（自 21:05）`` — so two editors learn of each other before one of them
loses work to the stale-form refusal (``articles.forms.desk.LostUpdateGuard``), which remains
the guarantee. A successful save ends the editor's lock (:func:`lock_release`); a form simply
closed leaves a lock that expires ``NEWSROOM_EDIT_LOCK_MINUTES`` after its last refresh. Nothing
is ever refused because of a lock: it informs, it does not block (a chief editor must be able to
fix a story whoever left it open).

The database, not the cache: without Redis each process has its own cache, and the desk's lock
must be seen by every worker on every host; a row is also deleted in the same transaction as the
save that ends the editing. It costs one small write per form opened.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from articles.models import Article, EditLock


def lock_lifetime() -> timedelta:
    """How long a lock lasts after its last refresh (``NEWSROOM_EDIT_LOCK_MINUTES``)."""
    return timedelta(minutes=getattr(settings, "NEWSROOM_EDIT_LOCK_MINUTES", 15))


def lock_touch(article: Article, user, *, now: datetime | None = None) -> None:
    """Record that ``user`` has ``article``'s form open now: a new lock (expired ones of this
    story are removed first, so ``since`` starts again), or the existing one refreshed."""
    now = now or timezone.now()
    EditLock.objects.filter(article=article, seen_at__lt=now - lock_lifetime()).delete()
    try:
        with transaction.atomic():
            EditLock.objects.update_or_create(
                article=article,
                user=user,
                defaults={"seen_at": now},
                create_defaults={"since": now, "seen_at": now},
            )
    except IntegrityError:  # the same user opened it twice at the same instant: one lock is made
        pass


def lock_release(article: Article, user) -> None:
    """``user`` is done with ``article``'s form (saved it)."""
    EditLock.objects.filter(article=article, user=user).delete()


def others_editing(article: Article, user, *, now: datetime | None = None) -> list[EditLock]:
    """The fresh locks of ``article`` held by others than ``user``, oldest first."""
    now = now or timezone.now()
    return list(
        EditLock.objects.filter(article=article, seen_at__gte=now - lock_lifetime())
        .exclude(user=user)
        .select_related("user")
        .order_by("since")
    )


def person_name(user) -> str:
    """A user as the desk names them: 姓名 (last name first, no space), or the username."""
    full = f"{user.last_name}{user.first_name}".strip()
    return full or user.get_username()


def lock_text(lock: EditLock) -> str:
    """``张三 正在编辑（自 21:05）``, in the site's time zone."""
    return f"{person_name(lock.user)} 正在编辑（自 {timezone.localtime(lock.since):%H:%M}）"
