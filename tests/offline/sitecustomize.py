"""Network guard for tests: loaded by every Python process started with this folder on
PYTHONPATH (the CLI and each notebook kernel). Any connection or name lookup that is not
for this machine raises; each load and each refusal is logged to $POSTURE_NETWORK_LOG."""

import os
import socket

_LOG = os.environ.get("POSTURE_NETWORK_LOG")
_LOCAL = ("127.", "::1", "localhost", "0.0.0.0")


def _log(line: str) -> None:
    if _LOG:
        with open(_LOG, "a", encoding="utf-8") as handle:
            handle.write(line + "\n")


def _is_local(address) -> bool:
    host = address[0] if isinstance(address, tuple) else address
    return isinstance(host, str) and (host.startswith(_LOCAL) or host == "")


_connect, _getaddrinfo = socket.socket.connect, socket.getaddrinfo


def _guarded_connect(self, address):
    if self.family in (socket.AF_INET, socket.AF_INET6) and not _is_local(address):
        _log(f"blocked connect {address!r}")
        raise OSError(f"network blocked by the test guard: {address!r}")
    return _connect(self, address)


def _guarded_getaddrinfo(host, *args, **kwargs):
    if host is not None and not _is_local(host if isinstance(host, str) else host.decode()):
        _log(f"blocked lookup {host!r}")
        raise OSError(f"network blocked by the test guard: lookup of {host!r}")
    return _getaddrinfo(host, *args, **kwargs)


socket.socket.connect = _guarded_connect
socket.getaddrinfo = _guarded_getaddrinfo
_log(f"guard loaded in pid {os.getpid()}")
