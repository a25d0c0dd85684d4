"""The settings' logging: every warning reaches the console once."""

from __future__ import annotations

import logging

from django.test import override_settings


def _handlers_reached(name: str) -> list[logging.Handler]:
    """The console handlers a record logged on ``name`` is handed to (the logger, then its
    parents while they propagate), those whose filters let a WARNING through (pytest's own
    capturing handlers left out)."""
    record = logging.LogRecord(name, logging.WARNING, __file__, 1, "Not Found: /x", (), None)
    reached = []
    logger: logging.Logger | None = logging.getLogger(name)
    while logger is not None:
        reached += [
            h for h in logger.handlers if type(h) is logging.StreamHandler and h.filter(record)
        ]
        logger = logger.parent if logger.propagate else None
    return reached


@override_settings(DEBUG=True)
def test_a_not_found_warning_is_printed_once_under_the_development_server():
    # DEBUG on, as the development server runs: Django's own console handler would print it too.
    assert len(_handlers_reached("django.request")) == 1


def test_a_warning_of_the_sites_own_code_is_printed_once():
    assert len(_handlers_reached("articles.importing")) == 1
