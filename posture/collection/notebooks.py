"""Run the collection's notebooks in order, storing outputs reproducibly."""

import os
import signal
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import nbformat
from jupyter_client import AsyncKernelManager
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError

from posture import paths
from posture.collection import interrupts


def stage_notebooks() -> list[Path]:
    """The stage notebooks in run order (their names sort in run order)."""
    return sorted(paths.NOTEBOOKS.glob("[0-9][0-9]-*.ipynb"))


def client(notebook: nbformat.NotebookNode, folder: Path, timeout: int = 600) -> NotebookClient:
    """A client that runs the notebook from folder and records no timings."""
    return NotebookClient(
        notebook,
        timeout=timeout,
        kernel_name="python3",
        record_timing=False,
        resources={"metadata": {"path": str(folder)}},
    )


def run(notebook: nbformat.NotebookNode, folder: Path) -> None:
    """Execute a notebook from folder. The kernel's own console (its start-up warning about
    TCP, noise at shutdown) goes to a scratch file, not the user's terminal; if the kernel
    itself fails, the last line it printed ends the error message. Cell errors propagate."""
    runner = client(notebook, folder)
    with tempfile.TemporaryFile(mode="w+") as console, interrupts.cleanup(lambda: stop_kernel(runner)):
        try:
            in_worker(runner.execute, stdout=console, stderr=console)
        except CellExecutionError:
            raise
        except Exception as error:
            console.seek(0)
            said = [line.strip() for line in console.read().splitlines() if line.strip()]
            raise RuntimeError(f"{error}" + (f"; the kernel said: {said[-1]}" if said else "")) from error


def in_worker(function, **kwargs):
    """Call function in a worker thread. nbclient then cannot take over SIGINT and SIGTERM (an
    event loop handles signals only in the main thread), which stay with `interrupts`."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(function, **kwargs).result()


def stop_kernel(runner: NotebookClient) -> None:
    """After an interruption: stop the runner's kernel if it still runs."""
    stop_manager(runner.km)


def stop_manager(manager) -> None:
    """Kill a kernel manager's kernel if it still runs (it leads its own session) and remove its connection file."""
    process = getattr(getattr(manager, "provisioner", None), "process", None)
    if process is not None and process.poll() is None:
        try:
            os.killpg(process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        process.wait(timeout=10)
    if manager is not None:
        manager.cleanup_connection_file()


class QuietKernels:
    """A kernel manager class for a runner that makes its own (papermill): each kernel's console
    (its start-up warning about TCP, noise at shutdown) goes to `console`, a scratch file, and every
    kernel started is remembered, so that an interruption or the end of a run stops it."""

    def __init__(self, console):
        self.console, self.started = console, []
        kernels = self

        class StageKernelManager(AsyncKernelManager):
            async def start_kernel(self, **kwargs):
                kernels.started.append(self)
                return await super().start_kernel(**{"stdout": kernels.console, "stderr": kernels.console, **kwargs})

        self.manager_class = StageKernelManager

    def stop(self) -> None:
        for manager in self.started:
            stop_manager(manager)

    def last_words(self) -> str:
        """The last line a kernel printed on its console, if any."""
        self.console.seek(0)
        said = [line.strip() for line in self.console.read().splitlines() if line.strip()]
        return said[-1] if said else ""


def execute(notebook_path: Path) -> None:
    """Execute one notebook in place, from its own folder, with no timing metadata."""
    notebook = nbformat.read(notebook_path, as_version=4)
    run(notebook, notebook_path.parent)
    for cell in notebook.cells:
        cell.metadata.pop("execution", None)
    nbformat.write(notebook, notebook_path)


def main() -> int:
    for notebook_path in stage_notebooks():
        print(f"running {notebook_path.relative_to(paths.ROOT)}", flush=True)
        execute(notebook_path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
