"""SIGINT and SIGTERM end `extract` and `report` with one line, exit 130 or 143, no staging
folder left and no kernel running."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from posture import paths

SIGNALS = [(signal.SIGINT, 130), (signal.SIGTERM, 143)]

# `extract` interrupted while it writes its tables: the third table is being rendered.
MID_WRITE = """
import os, signal, sys
from posture.collection import interrupts, outputs
interrupts.install()
real, calls = outputs.render, []
def render(content):
    calls.append(content)
    if len(calls) == 3:
        os.kill(os.getpid(), {signum})
    return real(content)
outputs.render = render
from posture.cli import main
sys.exit(main(["extract", {article!r}, "--out", {out!r}]))
"""


def leftovers(out: Path) -> list[Path]:
    return [path for path in out.parent.iterdir() if path.name.startswith(f".{out.name}-")]


@pytest.mark.parametrize("signum, code", SIGNALS)
def test_extract_interrupted_while_writing(tmp_path, signum, code):
    out = tmp_path / "tables"
    script = MID_WRITE.format(signum=int(signum), article=str(paths.SEED_ARTICLE), out=str(out))
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert (result.returncode, result.stderr) == (code, "interrupted\n")
    assert not out.exists() and not leftovers(out)


def _processes_with(marker: str) -> list[str]:
    """Command lines of the processes whose environment holds marker (a kernel inherits it)."""
    found = []
    for proc in Path("/proc").iterdir():
        try:
            if marker.encode() in (proc / "environ").read_bytes():
                found.append((proc / "cmdline").read_bytes().decode(errors="replace"))
        except OSError:
            continue
    return found


def _kernel_up(marker: str, within: float) -> bool:
    """Wait until a notebook kernel started by the run holding marker is running, at most `within` seconds."""
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        if [command for command in _processes_with(marker) if "ipykernel" in command]:
            return True
        time.sleep(0.1)
    return False


@pytest.mark.parametrize("signum, code", SIGNALS)
def test_report_interrupted_in_a_stage(tmp_path, signum, code):
    out, marker = tmp_path / "report", f"POSTURE_INTERRUPT_TEST={tmp_path}"
    env = {**os.environ, "POSTURE_INTERRUPT_TEST": str(tmp_path)}
    process = subprocess.Popen([sys.executable, "-m", "posture", "report", str(paths.SEED_ARTICLE), "--out", str(out)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    for line in process.stdout:
        if line.startswith("[2/"):
            break
    assert _kernel_up(marker, within=90)  # the second stage's kernel is running (however busy the machine)
    process.send_signal(signum)
    _, stderr = process.communicate(timeout=120)
    assert (process.returncode, stderr) == (code, "interrupted\n")
    assert not out.exists() and not leftovers(out)
    assert not _processes_with(marker)  # the kernel was stopped, not left to notice on its own
