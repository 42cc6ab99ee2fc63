#!/usr/bin/python3
"""Executes one notebook with nbclient (Debian's python3-nbclient), cell by cell.

Usage: run_notebook.py IN.ipynb OUT.ipynb WORKDIR

Progress and failures go to stderr as one JSON object per line, for the build to print:
{"event": "cell", "n": 2, "total": 7} before each code cell, and on failure
{"event": "error", "n": ..., "source": ..., "stderr": ..., "ename": ..., "evalue": ...}.
tslab reports a failing cell to nbclient with an empty traceback and writes the real message to
the cell's stderr stream, so that stream is returned with the error. Timestamps that nbclient
adds to cell metadata are removed, so that the executed notebook depends only on its inputs.
"""
import json
import sys

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError, DeadKernelError


def say(obj):
    print(json.dumps(obj), file=sys.stderr, flush=True)


def main():
    src, dst, workdir = sys.argv[1:4]
    nb = nbformat.read(src, as_version=4)
    client = NotebookClient(nb, kernel_name="tslab", timeout=600, startup_timeout=120,
                            resources={"metadata": {"path": workdir}})
    code = [i for i, c in enumerate(nb.cells) if c.cell_type == "code"]
    with client.setup_kernel():
        for n, i in enumerate(code, 1):
            cell = nb.cells[i]
            say({"event": "cell", "n": n, "total": len(code)})
            try:
                client.execute_cell(cell, i)
            except (CellExecutionError, DeadKernelError, RuntimeError, TimeoutError) as e:
                stderr = "".join(o.get("text", "") for o in cell.get("outputs", [])
                                 if o.get("output_type") == "stream" and o.get("name") == "stderr")
                say({"event": "error", "n": n, "cell": i + 1, "source": cell.source, "stderr": stderr,
                     "ename": getattr(e, "ename", type(e).__name__), "evalue": getattr(e, "evalue", str(e))})
                sys.exit(3)
    for cell in nb.cells:
        cell.metadata.pop("execution", None)
    nb.metadata.pop("widgets", None)
    nbformat.write(nb, dst)


if __name__ == "__main__":
    main()
