"""Rebuild the search index, or only the stories a dictionary change affects.

python manage.py rebuild_search_index                          # every story and photo
python manage.py rebuild_search_index --if-dictionary-changed  # after editing newsroom.dict
python manage.py rebuild_search_index --containing 会展中心 …   # stories containing words
python manage.py rebuild_search_index --changed                # stories whose matching form
                                                               # changed (after an upgrade)
python manage.py rebuild_search_index --photos                 # only the photos standing
                                                               # alone (picture news)
python manage.py rebuild_search_index --recent-index           # PostgreSQL: only the index
                                                               # of the newest entries

Every way but ``--recent-index`` also indexes the photos standing alone (no story: picture
news, :mod:`search.photoindex`) that it concerns: a full rebuild every one, ``--changed``
those without an entry or whose entry is not their text as read now, ``--containing`` and
``--if-dictionary-changed`` those containing the words.

The index of the newest entries (:mod:`search.recent`) is rebuilt after a full rebuild too; on
its own it moves that index's date bound forward as stories are added (schedule it weekly or
monthly; it is built concurrently, searches and imports go on).
"""

from __future__ import annotations

import time

from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from articles.management.commands._chinese_help import ChineseHelpMixin
from articles.progress import progress_bar, progress_callback
from search import dictionary, engine, indexing, photoindex, recent
from search.models import DictionaryState, SearchEntry


def _record_dictionary() -> None:
    words = sorted(dictionary.file_words())
    DictionaryState.objects.update_or_create(
        pk=1, defaults={"file_words": words, "fingerprint": dictionary.file_fingerprint(words)}
    )


class Command(ChineseHelpMixin, BaseCommand):
    help = "重建每篇稿件和每张单独刊登的图片（图片新闻，没有稿件）的全文检索索引（分词、关键词）。"

    def add_arguments(self, parser):
        parser.add_argument(
            "--if-dictionary-changed",
            action="store_true",
            help="只重建含有上次建索引以来 search/dict/newsroom.dict 增删的词的稿件（和单独刊登的图片）",
        )
        parser.add_argument(
            "--containing",
            nargs="+",
            metavar="WORD",
            help="只重建含有这些词的稿件（和单独刊登的图片）",
        )
        parser.add_argument(
            "--changed",
            action="store_true",
            help="只重建索引现在读出的文字与建条目时不同的稿件（升级改变了比对用的形式之后，"
            "如去掉不可见字符）：读每篇稿件，只重新分词这些；单独刊登的图片同样处理，没有条目的也补上",
        )
        parser.add_argument(
            "--photos",
            action="store_true",
            help="只索引单独刊登的图片（图片新闻，没有稿件），每一张（升级到能检索它们的版本后运行一次：它们的条目是新的）",
        )
        parser.add_argument(
            "--recent-index",
            action="store_true",
            help="PostgreSQL：只重建最新条目的 GIN 索引（search.recent）",
        )
        parser.add_argument(
            "--batch-size",
            type=int,
            default=indexing.BATCH_SIZE,
            help="每批索引的稿件数（默认 %(default)s）",
        )
        parser.add_argument(
            "--no-progress", action="store_true", help="不显示进度条（在终端上也不显示）"
        )

    def handle(self, *args, **options):
        if options["batch_size"] < 1:
            raise CommandError("--batch-size must be at least 1")
        started = time.monotonic()
        if options["recent_index"]:
            self._recent_index(started)
            return
        if options["photos"]:
            with progress_bar(
                stream=self.stderr, unit="photo", quiet=options["no_progress"]
            ) as bar:
                seen, count = photoindex.rebuild(
                    batch_size=options["batch_size"], progress=progress_callback(bar)
                )
            self.stdout.write(
                f"Indexed {count:,} photos standing alone (no story) in "
                f"{time.monotonic() - started:.1f} s."
            )
            return
        if options["containing"]:
            count = indexing.reindex_containing(options["containing"])
            photos = photoindex.reindex_containing(options["containing"])
            self.stdout.write(
                f"Re-indexed {count:,} stories containing {' '.join(options['containing'])} "
                f"(and {photos:,} photos standing alone)."
            )
            return
        if options["changed"]:
            with progress_bar(
                stream=self.stderr, unit="story", quiet=options["no_progress"]
            ) as bar:
                seen, count = indexing.reindex_changed(
                    batch_size=options["batch_size"], progress=progress_callback(bar)
                )
                photos_seen, photos = photoindex.rebuild(
                    force=False, batch_size=options["batch_size"]
                )
            self.stdout.write(
                f"Re-indexed {count:,} of {seen:,} stories and {photos:,} of {photos_seen:,} "
                "photos standing alone (the others' entries are their text as the index reads "
                f"it now) in {time.monotonic() - started:.1f} s."
            )
            return
        if options["if_dictionary_changed"]:
            state = DictionaryState.objects.filter(pk=1).first()
            if state is not None:
                words = set(dictionary.file_words())
                changed = words ^ set(state.file_words)
                if not changed:
                    self.stdout.write("The dictionary has not changed; nothing to re-index.")
                    return
                count = indexing.reindex_containing(changed)
                photos = photoindex.reindex_containing(changed)
                _record_dictionary()
                self.stdout.write(
                    f"The dictionary changed ({len(changed)} words); re-indexed {count:,} stories "
                    f"and {photos:,} photos standing alone in {time.monotonic() - started:.1f} s."
                )
                return
        with progress_bar(stream=self.stderr, unit="story", quiet=options["no_progress"]) as bar:
            total = indexing.rebuild(
                batch_size=options["batch_size"], progress=progress_callback(bar)
            )
        _record_dictionary()
        self.stdout.write(f"Indexed {total:,} stories in {time.monotonic() - started:.1f} s.")
        started = time.monotonic()
        with progress_bar(stream=self.stderr, unit="photo", quiet=options["no_progress"]) as bar:
            _, photos = photoindex.rebuild(
                batch_size=options["batch_size"], progress=progress_callback(bar)
            )
        self.stdout.write(
            f"Indexed {photos:,} photos standing alone (no story) in "
            f"{time.monotonic() - started:.1f} s."
        )
        self._recent_index(time.monotonic())

    def _recent_index(self, started: float) -> None:
        if connection.vendor != "postgresql":
            self.stdout.write(
                "The index of the newest entries is PostgreSQL's only: nothing to do on "
                f"{connection.vendor}."
            )
            return
        had = recent.bound()
        since = recent.rebuild(concurrently=True)
        if since is None:
            needed = engine.RECENT_ENTRIES + recent.MARGIN
            entries = SearchEntry.objects.count()
            done = (
                "Dropped the index of the newest entries"
                if had
                else "No index of the newest entries"
            )
            self.stdout.write(
                f"{done}: it is built once the archive holds {needed:,} index entries "
                f"({entries:,} now); searches use the index of every entry meanwhile."
            )
            return
        was = "unchanged" if had == since else f"was {had.isoformat()}" if had else "new"
        self.stdout.write(
            f"Index of the newest entries: those dated {since.isoformat()} or later ({was}; "
            f"{time.monotonic() - started:.1f} s)."
        )
