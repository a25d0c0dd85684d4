"""The desk's view of a page as printed: its image with the zones drawn over it, the parts no
zone was found for, re-running zone matching, and zones drawn by hand.

A zone an editor saves here is a hand zone (``source = hand``): matching again and re-importing
the page's PDF keep it. Rectangles are page-relative, ``[[x0, y0, x1, y1], …]`` from the top-left
corner (0–1), the same numbers the JSON twin of the public page shows.
"""

from __future__ import annotations

from django import forms
from django.contrib import admin, messages
from django.template.loader import render_to_string
from django.utils.functional import cached_property

from articles.fields import DeskJSONFormField
from articles.importing.pdfs import page_rematch
from articles.mediastore import MediaWriteError
from articles.models import ArticlePart, PageImage, Photo, Teaser, Zone, ZoneSource
from articles.pdfpages import PdfPageError
from articles.selectors import picture_of
from articles.zonechecks import HOW_TO_CHECK, OLD_PICTURE, on_old_picture, overlap_lines

#: The most rectangles one zone may have. What pages have: matching gives a story one rectangle
#: a column it runs down, merged where nothing else is between (the real Founder page of
#: 2011-05-24: 15 zones of 1 or 2; an L-shaped story: 2 or 3); a story run down all 8 columns
#: of a broadsheet, broken around a picture in each, is 16. 24 leaves room for drawing by hand
#: and keeps a pasted list (a reviewer saved 20,000) out of every page view and its JSON.
MAX_RECTS = 24


def rects_problem(value, *, capped: bool = True) -> str | None:
    """What is wrong with a zone's rectangles (Chinese), or None: none, more than
    :data:`MAX_RECTS` (only when ``capped``: a zone the editor drew or changed; matching has no
    cap and a dense real page's automatic zone may have more), or one that is not four numbers
    from 0 to 1, left before right and top before bottom."""
    if not isinstance(value, list) or not value:
        return "请填写至少一个矩形，格式如 [[0.1, 0.2, 0.5, 0.6]]（左、上、右、下，0–1 之间）"
    if capped and len(value) > MAX_RECTS:
        return (
            f"一个热区最多 {MAX_RECTS} 个矩形，这里有 {len(value)} 个：一篇稿件每栏一个矩形就够了"
            "（上下相连的合成一个），请删去多余的，或把相邻的矩形合并"
        )
    for rect in value:
        if not (isinstance(rect, list) and len(rect) == 4):
            return f"{rect!r} 不是四个数字；每个矩形写成 [左, 上, 右, 下]"
        if not all(isinstance(v, int | float) and 0 <= v <= 1 for v in rect):
            return f"{rect!r} 中的数字必须在 0 到 1 之间（版面宽高的比例）"
        if not (rect[0] < rect[2] and rect[1] < rect[3]):
            return f"{rect!r} 的右边必须大于左边、下边必须大于上边"
    return None


#: What the page form's zone rows say instead of Django's stock words (``输入一个有效的JSON。``,
#: ``具有 稿件分段 的 热区 已存在。``, ``约束 “zone_part_xor_photo” 是无效的`` (now ``zone_part_photo_or_teaser``): a reviewer's finds).
RECTS_FORM = "格式如 [[0.1, 0.2, 0.5, 0.6]]（左、上、右、下，都是 0 到 1 之间占版面宽、高的比例）"
PART_HAS_ZONE = "这篇稿件分段已有一个热区：请在它那一行改矩形，不要再加一行"
PHOTO_HAS_ZONE = "这张图片已有一个热区：请在它那一行改矩形，不要再加一行"
TEASER_HAS_ZONE = "这条导读已有一个热区：请在它那一行改矩形，不要再加一行"
ONE_OF_TWO = "每个热区只对应一篇稿件分段、一张图片或一条导读：请三选一"
#: Each kind of row a zone may be of, and what the form says of a second zone for one.
_HAS_ZONE = {"part": PART_HAS_ZONE, "photo": PHOTO_HAS_ZONE, "teaser": TEASER_HAS_ZONE}


class ZoneForm(forms.ModelForm):
    """One zone row of the page form: its rectangles checked (:func:`rects_problem`) and every
    refusal in words an editor can act on (:data:`PART_HAS_ZONE`, :data:`ONE_OF_TWO`, …).
    ``checked`` (已核对): a hand zone drawn on the page's old picture, looked at on the new one
    and still right, saved as drawn on it (:mod:`articles.zonechecks`)."""

    checked = forms.BooleanField(
        label="已核对",
        required=False,
        help_text="人工热区画在旧版面图上时：在新版面图上看过、位置仍对，勾选后保存",
    )

    class Meta:
        model = Zone
        fields = ["part", "photo", "teaser", "rects"]
        field_classes = {"rects": DeskJSONFormField}
        error_messages = {"rects": {"invalid": "矩形写法不对：" + RECTS_FORM}}

    def _post_clean(self):
        """Django's model checks, their stock messages said as :data:`PART_HAS_ZONE`,
        :data:`PHOTO_HAS_ZONE` and :data:`ONE_OF_TWO` (said once, by :meth:`clean`)."""
        super()._post_clean()
        for name in list(self._errors or {}):
            kept = []
            for error in self._errors[name].as_data():
                if error.code == "unique" and name in _HAS_ZONE:
                    if self._taken_by_a_row_deleted(name):
                        continue  # its zone goes in the same save: this row takes its place
                    kept.append(_HAS_ZONE[name])
                elif any("zone_part_photo_or_teaser" in m for m in error.messages):  # (named)
                    kept.append(ONE_OF_TWO)
                else:
                    kept.extend(error.messages)
            if kept:
                self._errors[name] = self.error_class(list(dict.fromkeys(kept)))
            else:
                del self._errors[name]
                self.cleaned_data[name] = getattr(self.instance, name)

    def has_changed(self) -> bool:
        """Whether the row is to be saved: 已核对 ticked alone saves a hand zone (as drawn on
        the picture now), never an automatic one (it would become a hand zone)."""
        if self.changed_data == ["checked"] and self.instance.source != ZoneSource.HAND:
            return False
        return super().has_changed()

    #: The ids of the zones the same save deletes (set by :class:`ZoneFormSet`).
    deleting: frozenset[int] = frozenset()

    def _taken_by_a_row_deleted(self, name: str) -> bool:
        """Whether the only other zones of this row's part (``name`` "part") or photo are
        rows the same save deletes: an editor deleting a zone's row and adding another for the
        same story in one save (a reviewer's was refused as a second zone)."""
        value = getattr(self.instance, f"{name}_id")
        others = Zone.objects.filter(**{f"{name}_id": value}).exclude(pk=self.instance.pk)
        ids = set(others.values_list("pk", flat=True))
        return bool(ids) and ids <= self.deleting

    def clean_rects(self):
        rects = self.cleaned_data["rects"]
        # The cap is for rectangles an editor drew or changed, never an untouched automatic
        # zone (matching has none: the page form could not be saved at all).
        drawn = self.instance.pk is None or self.instance.source == ZoneSource.HAND
        problem = rects_problem(rects, capped=drawn or "rects" in self.changed_data)
        if problem:
            raise forms.ValidationError(problem)
        return rects

    def clean(self):
        data = super().clean()
        if sum(bool(data.get(name)) for name in _HAS_ZONE) != 1:
            raise forms.ValidationError(ONE_OF_TWO)
        return data


class ZoneFormSet(forms.BaseInlineFormSet):
    """The page's zone rows; each knows the zones the save deletes (:attr:`ZoneForm.deleting`)."""

    def _construct_form(self, i, **kwargs):
        form = super()._construct_form(i, **kwargs)
        form.deleting = self._deleting
        return form

    @cached_property
    def _deleting(self) -> frozenset[int]:
        """The ids of the rows ticked 删除 in the posted data (none unbound)."""
        if not self.is_bound:
            return frozenset()
        ids = set()
        for i in range(self.total_form_count()):
            prefix = self.add_prefix(i)
            if (
                self.data.get(f"{prefix}-DELETE")
                and str(self.data.get(f"{prefix}-id", "")).isdigit()
            ):
                ids.add(int(self.data[f"{prefix}-id"]))
        return frozenset(ids)


class ZoneInline(admin.TabularInline):
    """The page's zones; a zone saved here becomes a hand zone, kept through re-import."""

    model = Zone
    form = ZoneForm
    formset = ZoneFormSet
    fk_name = "page"
    extra = 1
    verbose_name = "热区"
    verbose_name_plural = "热区（自动匹配或人工指定；人工指定的在重新导入后保留）"
    fields = ["part", "photo", "teaser", "rects", "source", "coverage", "checked"]
    readonly_fields = ["source", "coverage"]

    def get_formset(self, request, obj=None, **kwargs):
        formset = super().get_formset(request, obj, **kwargs)
        fields = formset.form.base_fields
        fields["part"].queryset = ArticlePart.objects.filter(page=obj).select_related("article")
        fields["photo"].queryset = Photo.objects.filter(page=obj)
        fields["teaser"].queryset = Teaser.objects.filter(page=obj)
        return formset


def save_zones(formset) -> None:
    """Zones saved from the desk are hand zones, drawn on the page's picture as it is now
    (``Zone.drawn_on``: a row drawn again, or ticked 已核对, is no longer on an old picture);
    the rows deleted go first (a row added for the same story takes the deleted one's place)."""
    zones = formset.save(commit=False)
    for zone in formset.deleted_objects:
        zone.delete()
    picture = PageImage.objects.filter(page=formset.instance).first()
    for zone in zones:
        zone.source = ZoneSource.HAND
        zone.coverage = None
        zone.drawn_on = picture.picture_key if picture is not None else ""
        zone.save()


def picture_preview(page) -> str:
    """The page image with every zone outlined (hand zones dashed), the parts without one, and
    the tool to draw a zone on the image for a zone row of the form
    (templates/admin/articles/page/includes/page_picture.html). Three queries."""
    picture: PageImage | None = picture_of(page)
    if picture is None:
        return "本版没有导入 PDF（在 A1.txt 旁放 A1.pdf 再导入，即生成版面图和热区）"
    zones = list(Zone.objects.filter(page=page).select_related("part__article", "photo", "teaser"))
    shown = [
        {
            "path": z.svg_path(picture.width, picture.height),
            "hand": z.source == ZoneSource.HAND,
            "name": _zone_name(z),
            "old": on_old_picture(z, picture),
        }
        for z in zones
    ]
    old = [zone["name"] for zone in shown if zone["old"]]
    return render_to_string(
        "admin/articles/page/includes/page_picture.html",
        {
            "picture": picture,
            "width": picture.width,
            "height": picture.height,
            "zones": shown,
            "missing": unzoned(page, zones),
            "old": old,
            "old_said": OLD_PICTURE.format(n=len(old)),
            "how_to_check": HOW_TO_CHECK,
            # (another story's zone under a hand zone: kept, on top; articles.zonechecks)
            "overlaps": overlap_lines(zones, picture, _zone_name),
        },
    )


def _zone_name(zone: Zone) -> str:
    """A zone as the desk names it: its story, its photo, or ``导读：…``."""
    return str(zone.part.article if zone.part_id else zone.photo or f"导读：{zone.teaser}")


def unzoned(page, zones: list[Zone]) -> list[str]:
    """The page's parts, photos and teasers (导读) that have no zone (a zone always has its
    part: it goes with it)."""
    parts = {z.part_id for z in zones}
    photos = {z.photo_id for z in zones}
    teasers = {z.teaser_id for z in zones}
    out = [
        f"#{p.position} {p.article}"
        for p in ArticlePart.objects.filter(page=page)
        .select_related("article")
        .order_by("position")
        if p.pk not in parts
    ]
    out += [
        f"#{p.position} 图片：{p}"
        for p in Photo.objects.filter(page=page).order_by("position")
        if p.pk not in photos
    ]
    out += [
        f"#{t.position} 导读：{t}"
        for t in Teaser.objects.filter(page=page).order_by("position")
        if t.pk not in teasers
    ]
    return out


def rematch_selected(modeladmin, request, queryset) -> None:
    """Re-run zone matching on the selected pages from their stored PDFs (hand zones kept)."""
    for page in queryset:
        try:
            report = page_rematch(page)
        except PageImage.DoesNotExist:
            modeladmin.message_user(
                request, f"{page}：没有导入 PDF，无法匹配热区", messages.WARNING
            )
        except MediaWriteError as exc:
            said = exc.at_desk("再执行一次“重新匹配所选版面的热区”")
            modeladmin.message_user(request, f"{page}：{said}", messages.ERROR)
        except (PdfPageError, OSError) as exc:
            modeladmin.message_user(request, f"{page}：{exc}", messages.ERROR)
        else:
            unmatched = report.unmatched if report.has_text else []  # (a scan: none looked for)
            level = messages.WARNING if unmatched or report.photos else messages.SUCCESS
            text = f"{page}：重新匹配得到 {report.zones} 个热区"
            if not report.has_text:
                level, text = messages.WARNING, text + "；PDF 没有可读的文字层，热区请手工划出"
            if unmatched:
                text += "；未找到：" + "、".join(unmatched)
            if report.photos:
                text += "；" + "；".join(report.photos)
            modeladmin.message_user(request, text, level)
