"""The desk's previews waiting for their confirmation, in the editor's session: each under its
own token (the confirm form's hidden ``token``), so that a preview in a second tab leaves the
first one's confirmable (one pending upload a session made tab B's preview cancel tab A's).

Bounded: at most :data:`MAX_PREVIEWS` a session (a new one pushes out the oldest), each only
names and JSON (the files wait in storage: :mod:`articles.importing.uploaditems`), and each
expires :data:`PREVIEW_MAX_AGE` after it was made, well before its waiting files are pruned
(:data:`~articles.importing.runs.WAITING_MAX_AGE`). A confirmation of one gone says which it is.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from uuid import uuid4

from django.utils import timezone

SESSION_KEY = "articles:page-uploads"
#: Before previews were kept by token: the one pending upload of a session.
OLD_SESSION_KEY = "articles:page-upload"
MAX_PREVIEWS = 5
PREVIEW_MAX_AGE = timedelta(hours=6)

#: What the desk says of a token no preview of the session holds (or none given).
GONE = (
    "这次预览已失效：它已经确认过，或之后在别的窗口又预览了 {n} 次以上、最早的预览被替换了；"
    "请重新选择文件并预览。"
)
#: What it says of a preview older than :data:`PREVIEW_MAX_AGE`.
EXPIRED = "这次预览已过期（{when} 预览，超过 {hours} 小时没有确认）；请重新选择文件并预览。"


def _previews(session) -> dict[str, dict]:
    """The session's previews by token (one kept the old way is read as such)."""
    previews = dict(session.get(SESSION_KEY) or {})
    old = session.get(OLD_SESSION_KEY)
    if old and old.get("token"):
        previews.setdefault(old["token"], {**old, "made": timezone.now().isoformat()})
    return previews


def _made(entry: dict) -> datetime:
    return datetime.fromisoformat(entry["made"])


def pending_add(session, entry: dict, *, replaces: str | None = None) -> tuple[str, list[dict]]:
    """Keep ``entry`` (JSON) under a new token; returns the token and the previews it pushed out
    (expired ones, ``replaces``: the one it is shown again for, and the oldest past
    :data:`MAX_PREVIEWS`), whose waiting files the caller may discard (:func:`pending_items`
    says which the others still need)."""
    previews = _previews(session)
    now = timezone.now()
    dropped = [previews.pop(t) for t in list(previews) if t == replaces]
    for token in [t for t, e in previews.items() if now - _made(e) > PREVIEW_MAX_AGE]:
        dropped.append(previews.pop(token))
    while len(previews) >= MAX_PREVIEWS:
        oldest = min(previews, key=lambda t: previews[t]["made"])
        dropped.append(previews.pop(oldest))
    token = uuid4().hex
    previews[token] = {**entry, "token": token, "made": now.isoformat()}
    session[SESSION_KEY] = previews
    session.pop(OLD_SESSION_KEY, None)
    return token, dropped


def pending_get(session, token: str | None) -> tuple[dict | None, str]:
    """The preview ``token`` names, or None and why not (:data:`GONE`, :data:`EXPIRED`)."""
    entry = _previews(session).get(token or "")
    if entry is None:
        return None, GONE.format(n=MAX_PREVIEWS)
    if timezone.now() - _made(entry) > PREVIEW_MAX_AGE:
        when = timezone.localtime(_made(entry)).strftime("%H:%M")
        return None, EXPIRED.format(when=when, hours=int(PREVIEW_MAX_AGE.total_seconds() // 3600))
    return entry, ""


def pending_pop(session, token: str) -> None:
    """Forget the preview ``token`` (confirmed)."""
    previews = _previews(session)
    previews.pop(token, None)
    session[SESSION_KEY] = previews
    session.pop(OLD_SESSION_KEY, None)


def pending_items(session) -> list[dict]:
    """The session items of every preview still waiting (their files must stay)."""
    return [item for entry in _previews(session).values() for item in entry.get("items", [])]


#: The session's own mark for the files its previews keep waiting (``imports/…-<owner>.txt``).
OWNER_KEY = "articles:page-upload-owner"


def pending_owner(session) -> str:
    """A random mark of this desk session (12 hex digits, kept in it), which its previews' files
    are named with (:func:`articles.importing.uploaditems.waiting_file`): two editors who preview
    the same file keep a copy each, so one's confirmation, which removes its files, leaves the
    other's preview confirmable (a fresh review, 2026-12-06: the second editor was told
    这次预览的文件已不在服务器上). Not the session key, which must not appear in file names."""
    owner = session.get(OWNER_KEY)
    if not owner:
        owner = session[OWNER_KEY] = uuid4().hex[:12]
    return owner
