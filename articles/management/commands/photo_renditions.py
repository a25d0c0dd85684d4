"""Make the readers' copies (WebP, 1200 and 400 pixels wide) of photos uploaded before the desk
made them on upload, whose copies are missing, still waiting for the task worker, or failed
(:func:`articles.photofiles.photos_renditions_fill`), and those named before this release after
the upload's name without its extension, first naming the photos that shared one pair with
another (:func:`articles.photofiles.copies_shared`: readers saw one picture for both); with ``--remove-unused``, remove the
photo files nothing names any more (:func:`articles.photofiles.photo_files_unused_remove`)."""

from django.core.management.base import BaseCommand, CommandError

from articles.management.commands._chinese_help import ChineseHelpMixin
from articles.photofiles import copies_shared, photo_files_unused_remove, photos_renditions_fill
from articles.sharedjpeg import shared_jpegs_fill


class Command(ChineseHelpMixin, BaseCommand):
    help = (
        "为编辑上传的图片生成读者看的 WebP 副本（1200 像素宽的阅读用图和 400 像素宽的缩略图），"
        "已有副本的跳过；记下各图分享用 JPEG 的大小（订阅源附图用，版面 PDF 裁出的图片也记）；与别的图片共用副本的（旧版按文件名去掉扩展名命名）先列出再重做；生成中（等后台任务）或生成失败的重做；原图保留。升级后运行一次即可，"
        "以后编辑台上传时自动生成。"
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--remove-unused",
            action="store_true",
            help=(
                "再删除 photos/ 下没有任何图片、也没有任何修改记录引用的文件（已删除图片的原图"
                "在其修改记录清理后才删除：先运行 clean_old_history），只有修改记录引用的原图"
                "移出公开目录；版面 PDF 裁出的图片不动"
            ),
        )

    def handle(self, *args, **options):
        for photo in copies_shared():
            self.stdout.write(
                f"{photo.page} {photo.place}（{photo.image.name}）：与别的图片共用了阅读用图 "
                f"{photo.rendition.name}，读者看到的可能是另一张图，现按本图重新生成，请核对"
            )
        made, failed = photos_renditions_fill()
        for line in failed:
            self.stderr.write(line)
        self.stdout.write(f"已为 {made} 张图片生成阅读用图和缩略图")
        shared = shared_jpegs_fill()
        self.stdout.write(f"已为 {shared} 张图片记下分享用 JPEG 的大小（订阅源据此附上图片）")
        if options["remove_unused"]:
            removed, withheld = photo_files_unused_remove()
            self.stdout.write(f"已删除 {removed} 个不再使用的图片文件")
            if withheld:
                self.stdout.write(
                    f"已将 {withheld} 个只有修改记录引用的原图（已删除或已换掉的图片）移出公开目录"
                )
        if failed:
            raise CommandError(
                f"{len(failed)} 张图片没有生成阅读用图和缩略图（图片文件读不出来，或写不进媒体存储），"
                "原因见上面各行",
                returncode=1,
            )
