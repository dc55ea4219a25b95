"""SIGINT and SIGTERM end a command in one line: "interrupted", exit 130 or 143.

Raising an exception from a signal handler does not work while nbclient's event loop runs
(asyncio turns it into a CancelledError and a long traceback), so the handler cleans up
itself: it runs every clean-up registered at that moment (stop a kernel, remove a staging
folder), newest first, says "interrupted" and exits. Moving finished output into place is
done with the signals held back, so an interruption never leaves half of it.
"""

import os
import signal
import sys
from contextlib import contextmanager

EXIT_CODES = {signal.SIGINT: 130, signal.SIGTERM: 143}
_CLEANUPS = []  # what to undo if interrupted now, oldest first


@contextmanager
def cleanup(action):
    """Run action (no arguments) if the command is interrupted inside this block."""
    _CLEANUPS.append(action)
    try:
        yield
    finally:
        _CLEANUPS.remove(action)


@contextmanager
def held_back():
    """Signals arriving inside this block are handled when it ends."""
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, set(EXIT_CODES))
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def _stop(signum, frame):
    for number in EXIT_CODES:
        signal.signal(number, signal.SIG_IGN)  # a second signal must not cut the cleaning short
    for action in reversed(_CLEANUPS):
        try:
            action()
        except Exception:  # clean what can be cleaned; the user asked to stop
            pass
    print("interrupted", file=sys.stderr)
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(EXIT_CODES[signum])


def install() -> None:
    """Handle SIGINT and SIGTERM as above (the command line does this first thing)."""
    for number in EXIT_CODES:
        signal.signal(number, _stop)
