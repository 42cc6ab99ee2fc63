#!/usr/bin/python3
"""Keeps one tslab kernel per notebook alive between runs, for `npm run dev` (src/dev/warm-kernels.ts).

Usage: warm_kernels.py WORKDIR PURGE_PREFIX TRACE_READS_JS TSLAB_MEMO_JS

Reads one JSON request per line on stdin and runs them concurrently:
  {"id": 2, "notebook": "/abs/NN-x.ipynb", "out": "/abs/out.ipynb", "processed": "/abs/data/processed",
   "traced": "/abs/.cache/next/data/processed", "reads": "/abs/x.reads", "restart": false}
Answers one JSON object per line on stdout, with the request's id:
  {"id": 2, "event": "cell", "n": 2, "total": 7}, then {"id": 2, "event": "done"} or
  {"id": 2, "event": "error", "cell": ..., "source": ..., "stderr": ..., "ename": ..., "evalue": ...}.
Before each run, the kernel forgets every module under PURGE_PREFIX (the project's dist/), so the
notebook's imports read the current code and data; modules under node_modules stay loaded, which
is what makes a warm run fast; it also points $DPRK_PROCESSED_DIR at the request's "processed"
folder (the build's staging folder, or the project's own for a warm-up run). With "restart" the kernel is replaced first (the notebook's code
changed, so state left by the old code must not leak). Each kernel is preloaded with
TRACE_READS_JS (scripts/trace-reads.cjs), which appends to the request's "reads" file every
file the kernel reads under "traced" (given when the kernel starts), once per kernel: the file so lists what the notebook read since its
kernel started, a superset of the last run's reads, and it is emptied when a kernel starts. Each
kernel is also preloaded with TSLAB_MEMO_JS (scripts/tslab-memo.cjs), which remembers tslab's
compilation of each cell for the kernel's life, so that a notebook run again skips it. The
executed notebook is written like
run_notebook.py writes it. When stdin closes (the dev server stopped or died), every kernel is
shut down and the process exits. SIGINT and SIGTERM are ignored for that reason: Ctrl-C in a
terminal reaches the whole process group, and the kernels (in their own sessions) must still be
shut down by this process once the dev server has gone.
"""
import asyncio
import json
import os
import signal
import sys

import nbformat
from jupyter_client.manager import AsyncKernelManager
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError, DeadKernelError


def say(obj):
    sys.stdout.write(json.dumps(obj) + "\n")
    sys.stdout.flush()


class Pool:
    def __init__(self, workdir, purge_prefix, trace, memo):
        self.workdir = workdir
        self.trace = trace
        self.memo = memo
        # Drops the project's compiled modules from Node's module cache, in the kernel's process,
        # and says where this run's processed data is.
        self.purge = ("{ const c = (require('module') as any)._cache; "
                      f"for (const k of Object.keys(c)) if (k.startsWith({json.dumps(purge_prefix)})) delete c[k]; "
                      "process.env.DPRK_PROCESSED_DIR = %s; }")
        self.kernels = {}  # notebook -> (km, kc)
        self.locks = {}

    async def kernel(self, notebook, reads, traced, restart=False):
        if restart and notebook in self.kernels:
            await self.stop(notebook)
        if notebook not in self.kernels:
            if os.path.exists(reads):
                os.remove(reads)
            preload = "--require " + json.dumps(self.trace) + " --require " + json.dumps(self.memo)
            env = dict(os.environ, DPRK_READS_FILE=reads, DPRK_PROCESSED_DIR=traced,
                       NODE_OPTIONS=" ".join(filter(None, [os.environ.get("NODE_OPTIONS"), preload])))
            km = AsyncKernelManager(kernel_name="tslab")
            await km.start_kernel(cwd=self.workdir, env=env)
            kc = km.client()
            kc.start_channels()
            await kc.wait_for_ready(timeout=120)
            self.kernels[notebook] = (km, kc)
        return self.kernels[notebook]

    async def stop(self, notebook):
        km, kc = self.kernels.pop(notebook)
        kc.stop_channels()
        await km.shutdown_kernel(now=True)

    async def run(self, req):
        nb_path, rid = req["notebook"], req["id"]
        lock = self.locks.setdefault(nb_path, asyncio.Lock())
        async with lock:
            km, kc = await self.kernel(nb_path, req["reads"], req["traced"], req.get("restart", False))
            nb = nbformat.read(nb_path, as_version=4)
            client = NotebookClient(nb, km=km, kernel_name="tslab", timeout=600,
                                    resources={"metadata": {"path": self.workdir}})
            client.kc = kc
            reply = await kc.execute_interactive(self.purge % json.dumps(req["processed"]), silent=True, store_history=False, timeout=60,
                                                 output_hook=lambda msg: None)
            if reply["content"].get("status") != "ok":
                raise RuntimeError(f"could not reset the kernel's modules: {reply['content']}")
            code = [i for i, c in enumerate(nb.cells) if c.cell_type == "code"]
            for n, i in enumerate(code, 1):
                cell = nb.cells[i]
                say({"id": rid, "event": "cell", "n": n, "total": len(code)})
                try:
                    await client.async_execute_cell(cell, i)
                except (CellExecutionError, DeadKernelError, RuntimeError, TimeoutError) as e:
                    stderr = "".join(o.get("text", "") for o in cell.get("outputs", [])
                                     if o.get("output_type") == "stream" and o.get("name") == "stderr")
                    say({"id": rid, "event": "error", "cell": i + 1, "source": cell.source, "stderr": stderr,
                         "ename": getattr(e, "ename", type(e).__name__), "evalue": getattr(e, "evalue", str(e))})
                    # A failed run may leave the kernel half-way: start the next run from a new one.
                    await self.stop(nb_path)
                    return
            for cell in nb.cells:
                cell.metadata.pop("execution", None)
            nb.metadata.pop("widgets", None)
            nbformat.write(nb, req["out"])
            say({"id": rid, "event": "done"})

    async def guarded(self, req):
        try:
            await self.run(req)
        except Exception as e:  # report, keep serving the other notebooks
            say({"id": req.get("id"), "event": "error", "cell": 0, "source": "", "stderr": "",
                 "ename": type(e).__name__, "evalue": str(e)})


async def main():
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    pool = Pool(sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4])
    loop = asyncio.get_running_loop()
    reader = asyncio.StreamReader()
    await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), sys.stdin)
    tasks = set()
    while True:
        line = await reader.readline()
        if not line:
            break
        if line.strip():
            task = asyncio.create_task(pool.guarded(json.loads(line)))
            tasks.add(task)
            task.add_done_callback(tasks.discard)
    for task in list(tasks):
        task.cancel()
    for nb in list(pool.kernels):
        try:
            await pool.stop(nb)
        except Exception:
            pass


if __name__ == "__main__":
    asyncio.run(main())
