"""Make the readers' copies (WebP, 1200 and 400 pixels wide) of photos uploaded before the desk
made them on upload, or whose copies are missing (:func:`articles.photofiles.photos_renditions_fill`)."""

from django.core.management.base import BaseCommand, CommandError

from articles.photofiles import photos_renditions_fill


class Command(BaseCommand):
    help = (
        "为编辑上传的图片生成读者看的 WebP 副本（1200 像素宽的阅读用图和 400 像素宽的缩略图），"
        "已有副本的跳过；原图保留。升级后运行一次即可，以后编辑台上传时自动生成。"
    )

    def handle(self, *args, **options):
        made, failed = photos_renditions_fill()
        for line in failed:
            self.stderr.write(line)
        self.stdout.write(f"已为 {made} 张图片生成阅读用图和缩略图")
        if failed:
            raise CommandError(f"{len(failed)} 张图片的文件读不出来，见上面各行", returncode=1)
