#!/usr/bin/python3
"""Executes one notebook with nbclient (Debian's python3-nbclient), cell by cell.

Usage: run_notebook.py IN.ipynb OUT.ipynb WORKDIR

Progress and failures go to stderr as one JSON object per line, for the build to print:
{"event": "cell", "n": 2, "total": 7} before each code cell, {"event": "running", "n": 2, "total": 7,
"seconds": 30} every 30 s (DPRK_PROGRESS_SECONDS) while a cell runs, on a failing cell
{"event": "error", "n": ..., "source": ..., "stderr": ..., "ename": ..., "evalue": ...}, and when the
kernel cannot start {"event": "kernel", "message": ...} (one line, not a traceback).
tslab reports a failing cell to nbclient with an empty traceback and writes the real message to
the cell's stderr stream, so that stream is returned with the error. Timestamps that nbclient
adds to cell metadata are removed, so that the executed notebook depends only on its inputs.
"""
import json
import os
import signal
import sys
import threading
import time

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError, DeadKernelError


def say(obj):
    print(json.dumps(obj), file=sys.stderr, flush=True)


def watch_parent(client, parent):
    """If the build that started us dies (even by SIGKILL), stop the kernel and exit: a kernel
    runs in its own session and would otherwise be left running. A kernel still starting is
    waited for (up to a minute) so that it can be stopped too."""
    while os.getppid() == parent:
        time.sleep(0.5)
    for _ in range(120):
        km = getattr(client, "km", None)
        process = getattr(getattr(km, "provisioner", None), "process", None)
        if process is not None:
            # The kernel leads its own process group; kill the group. (km.shutdown_kernel is
            # asynchronous underneath and cannot be driven from this thread.)
            try:
                os.killpg(process.pid, signal.SIGKILL)
            finally:
                os._exit(4)
        time.sleep(0.5)
    os._exit(4)


def heartbeat(state, every):
    """Says which cell is still running, every `every` seconds, so that a stuck cell is visible."""
    while True:
        time.sleep(1 if every >= 1 else every)
        current = state.get("cell")
        if current is None:
            continue
        n, total, started = current
        elapsed = time.monotonic() - started
        mark = state.get("next", every)
        while elapsed >= mark:
            # Said for each multiple of `every` passed (30, 60, ...), however late this thread wakes.
            say({"event": "running", "n": n, "total": total, "seconds": int(mark)})
            mark += every
        if state.get("cell") is current:  # not if the next cell started meanwhile
            state["next"] = mark


def main():
    src, dst, workdir = sys.argv[1:4]
    parent = os.getppid()
    nb = nbformat.read(src, as_version=4)
    client = NotebookClient(nb, kernel_name="tslab", timeout=600, startup_timeout=120,
                            resources={"metadata": {"path": workdir}})
    code = [i for i, c in enumerate(nb.cells) if c.cell_type == "code"]
    threading.Thread(target=watch_parent, args=(client, parent), daemon=True).start()
    state = {}
    every = float(os.environ.get("DPRK_PROGRESS_SECONDS", "30"))
    threading.Thread(target=heartbeat, args=(state, every), daemon=True).start()
    kernel = client.setup_kernel()
    try:
        kernel.__enter__()
    except Exception as e:  # a kernel that cannot start, or dies while starting
        say({"event": "kernel", "message": "%s: %s" % (type(e).__name__, str(e).strip().splitlines()[-1] if str(e).strip() else "")})
        sys.exit(3)
    try:
        for n, i in enumerate(code, 1):
            cell = nb.cells[i]
            say({"event": "cell", "n": n, "total": len(code)})
            state.clear()
            state["cell"] = (n, len(code), time.monotonic())
            try:
                client.execute_cell(cell, i)
            except (CellExecutionError, DeadKernelError, RuntimeError, TimeoutError) as e:
                stderr = "".join(o.get("text", "") for o in cell.get("outputs", [])
                                 if o.get("output_type") == "stream" and o.get("name") == "stderr")
                say({"event": "error", "n": n, "cell": i + 1, "source": cell.source, "stderr": stderr,
                     "ename": getattr(e, "ename", type(e).__name__), "evalue": getattr(e, "evalue", str(e))})
                sys.exit(3)
            state.clear()
    finally:
        kernel.__exit__(None, None, None)  # stops the kernel, as leaving a `with` block would
    for cell in nb.cells:
        cell.metadata.pop("execution", None)
    nb.metadata.pop("widgets", None)
    nbformat.write(nb, dst)


if __name__ == "__main__":
    main()
