"""Logging to a rotating file, and a last-resort hook that logs every crash."""

from __future__ import annotations

import io
import logging
import logging.handlers
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from kopdes_desktop import paths
from kopdes_desktop.private_files import private_file

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"
MAX_LOG_BYTES = 2 * 1024 * 1024
LOG_FILES_KEPT = 5

CrashListener = Callable[[str], None]
_crash_listeners: list[CrashListener] = []


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """The log names accounts, servers and records: it (and each rotated file) stays 0600."""

    def _open(self) -> io.TextIOWrapper:
        private_file(Path(self.baseFilename))
        return super()._open()


class LogFileHandler(PrivateRotatingFileHandler):
    """The log file, which must never make things worse than they are.

    When the disk is full (or the file is otherwise unwritable) a message is dropped quietly
    instead of printing "--- Logging error ---" with a traceback on every call; the count of
    dropped messages is written as soon as the file takes text again. Text that UTF-8 cannot
    encode (a lone surrogate from hostile input) is written escaped instead of failing.
    """

    def __init__(self, filename: Path) -> None:
        super().__init__(
            filename,
            maxBytes=MAX_LOG_BYTES,
            backupCount=LOG_FILES_KEPT,
            encoding="utf-8",
            errors="backslashreplace",
        )
        self.dropped = 0

    def emit(self, record: logging.LogRecord) -> None:
        if self.dropped:
            lost, self.dropped = self.dropped, 0
            super().emit(
                logging.makeLogRecord(
                    {
                        "name": __name__,
                        "levelno": logging.WARNING,
                        "levelname": "WARNING",
                        "msg": "%d log message(s) could not be written (disk full?)",
                        "args": (lost,),
                    }
                )
            )
            if self.dropped:  # still no room: keep counting, the notice included
                self.dropped += lost
                return
        super().emit(record)

    def handleError(self, record: logging.LogRecord) -> None:
        if isinstance(sys.exc_info()[1], OSError):
            self.dropped += 1
            return
        super().handleError(record)


def setup_logging(level: int = logging.INFO, *, to_stderr: bool = False) -> None:
    root = logging.getLogger()
    if any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        return
    handler = LogFileHandler(paths.log_file())
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    root.addHandler(handler)
    if to_stderr:
        stream = logging.StreamHandler()
        stream.setFormatter(logging.Formatter(LOG_FORMAT))
        root.addHandler(stream)
    root.setLevel(level)


def add_crash_listener(listener: CrashListener) -> None:
    """The GUI registers here to show the user a crash and where the log is."""
    _crash_listeners.append(listener)


def _log_crash(
    kind: type[BaseException], error: BaseException, trace: TracebackType | None
) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, trace)
        return
    logging.getLogger("kopdes_desktop.crash").critical(
        "unhandled exception", exc_info=(kind, error, trace)
    )
    for listener in list(_crash_listeners):
        try:
            listener(f"{kind.__name__}: {error}")
        except Exception:  # a broken listener must not hide the original crash
            logging.getLogger("kopdes_desktop.crash").exception("crash listener failed")


def _log_thread_crash(args: threading.ExceptHookArgs) -> None:
    if args.exc_value is not None:
        _log_crash(args.exc_type, args.exc_value, args.exc_traceback)


def install_excepthook() -> None:
    sys.excepthook = _log_crash
    threading.excepthook = _log_thread_crash
