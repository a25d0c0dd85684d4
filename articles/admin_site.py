"""The desk's admin site: the home page is tonight's edition at a glance, and the tables editors
rarely open by themselves (稿件分段, 转版标记) are grouped out of the way.

Installed as the default admin site by :class:`articles.apps.DeskAdminConfig` (in ``INSTALLED_APPS`` instead of
``django.contrib.admin``), so ``admin.site`` and ``@admin.register`` work as everywhere else.
"""

from __future__ import annotations

from django.contrib import admin

from articles.overview import desk_overview

#: The paper's tables in the order of a night on the desk.
DESK_ORDER = [
    "Issue",
    "Page",
    "Article",
    "CorrectionNotice",
    "Photo",
    "Teaser",
    "Person",
    "Publication",
]
#: Tables the desk reaches through stories, pages and issues; listed apart, at the end.
INTERNAL = {"ArticlePart", "Jump", "ArticleRedirect"}
#: The tables whose rows the desk's home shows at a glance (最近各期 names each issue's pages,
#: its stories and drafts, 最近导入 the pages' files, 编辑部最近的操作 the decisions on stories and
#: issues and the uploads): a user who may not view all of them sees none of it, only the tables
#: they may open (none: Django's 你没有查看或编辑的权限。). A staff account with no group once saw
#: every issue, draft, server file path and withdrawn headline there, each link a 403.
DESK_TABLES = ("issue", "page", "article")
#: Parts of the home shown (or linked) only to those who may also view their table: 待处理的转版
#: and the issues' jump counts (Jump), 未找到被更正稿件的更正启事 (CorrectionNotice), the
#: issues' photos whose page text is pending (Photo).
DESK_PARTS = ("jump", "correctionnotice", "photo")


def may_view(user, model: str) -> bool:
    """Whether ``user`` may view the articles app's table ``model`` (its lower-case name) in the
    admin: its view or change permission (Django's rule, ``ModelAdmin.has_view_permission``)."""
    return user.has_perm(f"articles.view_{model}") or user.has_perm(f"articles.change_{model}")


class DeskSite(admin.AdminSite):
    """The admin site with the desk's home (:func:`articles.overview.desk_overview`)."""

    site_header = "报刊编辑系统"
    site_title = "报刊编辑系统"
    index_title = "编辑部"
    index_template = "admin/articles/desk_index.html"

    def index(self, request, extra_context=None):
        from articles.admin.changelog import desk_recent  # (the admin package needs this site)

        user = request.user
        may = {name: may_view(user, name) for name in (*DESK_TABLES, *DESK_PARTS)}
        sees_desk = all(may[name] for name in DESK_TABLES)
        context = {
            "desk": desk_overview() if sees_desk else None,
            "recent": desk_recent(user=user, activity=sees_desk),
            "may": may,
            "may_upload": user.has_perms(["articles.add_page", "articles.change_page"]),
            "may_export_history": user.has_perm("articles.export_history"),
            **(extra_context or {}),
        }
        return super().index(request, context)

    def get_urls(self):
        """Django's, and 导出修改记录 (``/admin/audit/``, :mod:`articles.admin.audit`)."""
        from django.urls import path

        return [
            path("audit/", self.admin_view(self.audit_view), name="audit_export"),
            *super().get_urls(),
        ]

    def audit_view(self, request):
        from articles.admin.audit import audit_view  # (the admin package needs this site)

        return audit_view(request, self)

    def autocomplete_view(self, request):
        """Django's autocomplete, each result named as its ModelAdmin says (a story by date,
        paper and page: :class:`articles.admin.base.DeskAutocompleteView`)."""
        from articles.admin.base import DeskAutocompleteView

        return DeskAutocompleteView.as_view(admin_site=self)(request)

    def get_app_list(self, request, app_label=None):
        """The paper's tables in :data:`DESK_ORDER`, then the internal ones in a group of their
        own (“内部数据”)."""
        apps = super().get_app_list(request, app_label)
        ordered = []
        for app in apps:
            if app["app_label"] != "articles":
                ordered.append(app)
                continue
            rank = {name: i for i, name in enumerate(DESK_ORDER)}
            main = [m for m in app["models"] if m["object_name"] not in INTERNAL]
            internal = [m for m in app["models"] if m["object_name"] in INTERNAL]
            main.sort(key=lambda m: rank.get(m["object_name"], len(rank)))
            ordered.insert(0, {**app, "models": main})
            if internal:
                ordered.append(
                    {
                        **app,
                        "name": "内部数据（由稿件、版面和期自动维护，一般无需直接打开）",
                        "models": internal,
                    }
                )
        return ordered
