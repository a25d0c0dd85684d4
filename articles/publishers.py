"""Who may publish an issue, as the desk decides it, for a shell that names a user
(``manage.py publish_issue --user``).

The desk lets a user publish an issue (发布本期, 发布所选的期) when they can log in (an active
staff user), hold ``articles.change_issue`` (the ``editor`` and ``chief-editor`` groups of
``setup_roles``; the admin's ``has_change_permission``) and, on a paper that requires sign-off,
may sign off (:func:`articles.signoff.may_publish`). :func:`publisher_refusal` says the same for
a user named in the shell, in the desk's words, with who may instead (:func:`publishers`) and
where the whole list of users is.
"""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.db.models import Q

from articles.models import Publication
from articles.signoff import SIGNOFF_PERMISSION, may_publish, publish_refusal

#: What publishing an issue needs at the desk beside a login (``IssueAdmin``'s change permission).
PUBLISH_PERMISSION = "articles.change_issue"
#: Where every user is listed (the superuser's 用户 page of the desk).
USERS_PAGE = "/admin/auth/user/"
#: At most this many users who may publish are named in a refusal.
NAMED = 10


def _holding(permission: str) -> Q:
    """Users holding ``permission`` (``app.codename``) themselves, by a group, or as superusers."""
    app, codename = permission.split(".")
    own = Q(user_permissions__codename=codename, user_permissions__content_type__app_label=app)
    grouped = Q(
        groups__permissions__codename=codename, groups__permissions__content_type__app_label=app
    )
    return Q(is_superuser=True) | own | grouped


def publishers(publication: Publication) -> list[str]:
    """The user names of those who may publish ``publication``'s issues at the desk (active
    staff with :data:`PUBLISH_PERMISSION`, and on a paper that requires sign-off the sign-off
    permission too), in order. One query."""
    users = get_user_model().objects.filter(is_active=True, is_staff=True)
    users = users.filter(_holding(PUBLISH_PERMISSION))
    if publication.review_required:
        users = users.filter(_holding(SIGNOFF_PERMISSION))
    return list(users.distinct().order_by("username").values_list("username", flat=True))


def _who_may(publication: Publication) -> str:
    """``可以发布《…》的用户：chief、desk-editor；全部用户见编辑后台的“用户”页（/admin/auth/user/）``."""
    names = publishers(publication)
    shown = "、".join(names[:NAMED]) + (f" 等 {len(names)} 人" if len(names) > NAMED else "")
    who = (
        f"可以发布《{publication}》的用户：{shown}"
        if names
        else f"还没有用户可以发布《{publication}》"
    )
    return (
        f"{who}；全部用户见编辑后台的“用户”页（{USERS_PAGE}，须超级用户登录），"
        "角色由 manage.py setup_roles 建立（editor 发布，chief-editor 签发并发布）"
    )


def publisher_refusal(username: str, publication: Publication) -> tuple[object | None, str]:
    """The user named ``username`` and ``""`` when they may publish ``publication``'s issues as
    the desk would let them; else ``None`` and why not, in Chinese, with who may instead and
    how to list users (:func:`_who_may`): no such user, one who cannot log in (inactive, not
    staff), one without :data:`PUBLISH_PERMISSION`, or on a paper that requires sign-off one
    who may not sign off (the desk's words: :func:`~articles.signoff.publish_refusal`).
    Returns ``(user or None, refusal)``."""
    user = get_user_model().objects.filter(username=username).first()
    if user is None:
        return (
            None,
            f"没有用户 {username!r}（用户名要与登录编辑后台时的一字不差）。{_who_may(publication)}",
        )
    if not user.is_active:
        why = "已停用，不能登录编辑后台"
    elif not user.is_staff:
        why = "不是编辑部的用户（不能登录编辑后台）"
    elif not user.has_perm(PUBLISH_PERMISSION):
        why = "没有发布权限（编辑后台不给他“发布本期”：须属于 editor 或 chief-editor 组）"
    elif not may_publish(user, publication):
        return (
            None,
            f"用户 {username!r} 不能发布：{publish_refusal(publication)}{_who_may(publication)}",
        )
    else:
        return user, ""
    return None, f"用户 {username!r} {why}，不能用来发布。请换一个用户。{_who_may(publication)}"
