"""The whole pipeline runs with the network blocked, in the CLI and in every kernel."""

import os
import subprocess
import sys
from pathlib import Path

from posture import paths
from posture.collection import notebooks

GUARD = Path(__file__).parent.parent / "offline"


def guarded_run(args, log: Path, cwd=None):
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(GUARD), os.environ.get("PYTHONPATH", "")]),
           "POSTURE_NETWORK_LOG": str(log)}
    return subprocess.run([sys.executable, *args], capture_output=True, text=True, env=env, cwd=cwd)


def test_the_guard_refuses_lookups(tmp_path):
    log = tmp_path / "network.log"
    result = guarded_run(["-c", "import socket; socket.getaddrinfo('example.invalid', 443)"], log)
    assert result.returncode != 0 and "network blocked" in result.stderr
    assert "blocked lookup 'example.invalid'" in log.read_text()


def test_report_runs_every_stage_offline(tmp_path):
    log = tmp_path / "network.log"
    result = guarded_run(["-m", "posture", "report", str(paths.SEED_ARTICLE), "--out", str(tmp_path / "report")], log)
    assert result.returncode == 0, result.stderr
    lines = log.read_text().splitlines()
    stages = len(notebooks.stage_notebooks())
    assert sum(line.startswith("guard loaded") for line in lines) >= 1 + stages  # the CLI and each kernel
    assert not [line for line in lines if line.startswith("blocked")]
    assert len(list((tmp_path / "report" / "notebooks").glob("*.ipynb"))) == stages
