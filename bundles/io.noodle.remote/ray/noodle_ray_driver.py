"""Noodle's Ray driver: runs Noodle trials as Ray tasks on a Ray cluster.

Noodle Workbench starts this program with the Python of its Ray virtual environment and talks to it in JSON
lines: requests on stdin, events on stdout (diagnostics go to stderr). It is not meant to be run by hand.

  -> {"op": "submit", "id": ID, "bundle": BASE64 ZIP, "steps": [[argv...]...], "env": {...},
      "executables": [relative paths], "cpus": N, "memory_mb": M, "timeout_s": S, "placeholder": P}
  -> {"op": "cancel", "id": ID}
  -> {"op": "quit"}
  <- {"event": "ready", "dashboard": URL, "nodes": N, "cpus": C}
  <- {"event": "started", "id": ID, "task": TASK_ID}
  <- {"event": "done", "id": ID, "exit": E, "step": K, "timed_out": bool, "cancelled": bool, "node": NODE,
      "task": TASK_ID, "lost": null or why, "retried": null or why, "executables": [relative paths],
      "out": BASE64 ZIP of the trial's folder as it came back}
  <- {"event": "error", "message": TEXT}

A trial travels through Ray's object store, never through a shared file system: the bundle (a zip of the
trial's folder, its inputs under .inputs/, in the request itself) is passed to the task as bytes; the task unpacks it in
a folder of its own on whichever node runs it, replaces the placeholder path P in the argv, the environment and
the text files by that folder, runs the steps in a process group of their own (killed on cancel or timeout),
packs the folder back (P again in place of the folder) and returns it as bytes, which go back in the event; what the
steps left running in their session is killed, and the folder is emptied and kept for that worker's next trial
(made and removed per trial it cost more than the rest of the task here).
A task whose node or worker dies is retried once on another node; lost twice, the trial is reported lost.
"""

import atexit
import base64
import concurrent.futures
import io
import json
import os
import select
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
import threading
import time
import zipfile

import ray
from ray.util.scheduling_strategies import NodeAffinitySchedulingStrategy

TEXT_LIMIT = 8 * 1024 * 1024
LOG = "trial.log"
HEADER = "== noodle: step "


def swap(data, old, new):
    """Replaces a path in a text file's bytes; binary or large files are left alone."""
    if len(data) > TEXT_LIMIT or b"\0" in data[:8192]:
        return data
    return data.replace(old.encode(), new.encode())


def term_group(proc):
    """Asks a step's whole process group to end (TERM) and gives its leader two seconds; the caller kills what is
    left of the group."""
    try:
        os.killpg(proc.pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    deadline = time.time() + 2
    while time.time() < deadline and proc.poll() is None:
        time.sleep(0.05)


def wait_for(proc, deadline):
    """Waits for a process: woken the moment it ends (a pidfd), and every 50 ms so that a cancel (Ray raises
    KeyboardInterrupt in the task) gets in. TimeoutError when the deadline passes first."""
    try:
        fd = os.pidfd_open(proc.pid)
    except (AttributeError, OSError):
        fd = None
    try:
        poller = None
        if fd is not None:
            poller = select.poll()
            poller.register(fd, select.POLLIN)
        while proc.poll() is None:
            left = None if deadline is None else deadline - time.time()
            if left is not None and left <= 0:
                raise TimeoutError()
            tick = 50 if left is None else max(1, min(50, int(left * 1000)))
            if poller is not None:
                poller.poll(tick)
            else:
                try:
                    proc.wait(timeout=tick / 1000)
                except subprocess.TimeoutExpired:
                    pass
    finally:
        if fd is not None:
            os.close(fd)


def pack(z, work, folder, rel, placeholder, execs):
    """Adds a folder's regular files to the zip (the inputs under .inputs/ stay out), the placeholder in place of the
    trial's folder in text files; one directory read and one stat per entry, as file-system calls are not free."""
    with os.scandir(folder) as entries:
        for e in entries:
            name = rel + e.name
            if e.is_dir(follow_symlinks=False):
                if name != ".inputs":
                    pack(z, work, e.path, name + "/", placeholder, execs)
                continue
            if not e.is_file(follow_symlinks=False):
                continue  # links and devices do not travel
            mode = e.stat(follow_symlinks=False).st_mode
            info = zipfile.ZipInfo(name)
            info.external_attr = (mode & 0o777) << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            if mode & stat.S_IXUSR:
                execs.append(name)
            with open(e.path, "rb") as f:
                z.writestr(info, swap(f.read(), work, placeholder))


def empty(folder):
    """Removes what a folder holds, deepest first, with no more calls than that takes; True when it is empty."""
    ok = True
    try:
        with os.scandir(folder) as entries:
            for e in entries:
                try:
                    if e.is_dir(follow_symlinks=False):
                        ok = empty(e.path) and ok
                        os.rmdir(e.path)
                    else:
                        os.unlink(e.path)
                except OSError:
                    ok = False
    except OSError:
        return False
    return ok


# Emptied trial folders of this worker process, for its next trials (a worker runs one task at a time): making
# and removing a folder costs more than emptying one. Removed when the worker ends.
SPARE = []


atexit.register(lambda: [shutil.rmtree(w, ignore_errors=True) for w in SPARE])


def new_folder():
    """An empty folder of the trial's own: a spare one, else a new one in the node's temporary folder."""
    return SPARE.pop() if SPARE else os.path.realpath(tempfile.mkdtemp(prefix="noodle-ray-"))


def done_with(work):
    """The trial's folder emptied and kept for the next trial, or removed when it would not empty. The log goes too:
    kept and truncated, it would be written into by what a step left running outside its group."""
    if empty(work):
        SPARE.append(work)
    else:
        shutil.rmtree(work, ignore_errors=True)


NODE = []


def node_id():
    """The node this worker runs on (a worker stays on its node)."""
    if not NODE:
        NODE.append(ray.get_runtime_context().get_node_id())
    return NODE[0]


@ray.remote(max_retries=0)
def run_trial(trial):
    """One trial on a node: unpack, run the steps, pack. The trial is one tuple (bundle, steps, env, executables,
    timeout_s, memory_mb, placeholder): Ray serialises each argument of a task on its own, at a cost per argument.

    Returns (exit, step, timed_out, cancelled, zip, node, executable files)."""
    bundle, steps, env, executables, timeout_s, memory_mb, placeholder = trial
    node = node_id()
    work = new_folder()
    try:
        made = {work}  # folders known to exist: no call to make them again
        with zipfile.ZipFile(io.BytesIO(bundle)) as z:
            for info in z.infolist():
                # the folder starts empty (new, or emptied by the last trial) and only regular files are written
                # into it: no link can lead out of it, so the entry's normalised path says where it lands
                target = os.path.normpath(os.path.join(work, info.filename))
                if not target.startswith(work + os.sep):
                    raise ValueError("bundle entry outside the trial folder: " + info.filename)
                folder = target if info.is_dir() else os.path.dirname(target)
                if folder not in made:
                    os.makedirs(folder, exist_ok=True)
                    made.add(folder)
                if not info.is_dir():
                    with open(target, "wb") as f:
                        f.write(swap(z.read(info), placeholder, work))
        for rel in executables:
            p = os.path.join(work, rel)
            if os.path.isfile(p):
                os.chmod(p, os.stat(p).st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
        # the worker's own environment unless the trial adds to it: handing a whole one over makes the process start
        # encode every variable
        full_env = {**os.environ, **{k: v.replace(placeholder, work) for k, v in env.items()}} if env else None

        def limit():
            if memory_mb > 0:
                import resource
                resource.setrlimit(resource.RLIMIT_AS, (memory_mb * 1024 * 1024, memory_mb * 1024 * 1024))

        deadline = time.time() + timeout_s if timeout_s > 0 else None
        exit_code, step, timed_out, cancelled = 0, 0, False, False
        log_path = os.path.join(work, LOG)
        for step, argv in enumerate(steps):
            argv = [a.replace(placeholder, work) for a in argv]
            with open(log_path, "ab" if step else "wb") as log:  # a log that came in the bundle starts again
                if len(steps) > 1:
                    log.write(("%s%d/%d: %s\n" % (HEADER, step + 1, len(steps), " ".join(argv))).encode())
                    log.flush()
                proc = subprocess.Popen(argv, cwd=work, env=full_env, stdin=subprocess.DEVNULL, stdout=log,
                                        stderr=subprocess.STDOUT, start_new_session=True,
                                        preexec_fn=limit if memory_mb > 0 else None)
                try:
                    wait_for(proc, deadline)
                except TimeoutError:
                    timed_out = True
                    term_group(proc)
                except (KeyboardInterrupt, ray.exceptions.TaskCancelledError):
                    cancelled = True
                    term_group(proc)
                try:  # what the step left running in its session ends with it, as on the other executors (and
                    # all of it when it timed out or was cancelled and did not end on TERM)
                    os.killpg(proc.pid, signal.SIGKILL)
                except (ProcessLookupError, PermissionError):
                    pass
                proc.wait()
            exit_code = proc.returncode
            if exit_code < 0:
                exit_code = 128 - exit_code  # killed by a signal, as a shell reports it
            if exit_code != 0 or timed_out or cancelled:
                break
        out = io.BytesIO()
        execs = []
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as z:
            pack(z, work, work, "", placeholder, execs)
        return exit_code, step, timed_out, cancelled, out.getvalue(), node, execs
    finally:
        done_with(work)


class Driver:
    """Submits trials as they come (the thread that reads requests) and handles each as it ends (a callback of
    its result's future, on a few threads of its own)."""

    SYSTEM_ERRORS = (ray.exceptions.WorkerCrashedError, ray.exceptions.NodeDiedError, ray.exceptions.RaySystemError,
                     ray.exceptions.OwnerDiedError, ray.exceptions.ObjectLostError,
                     ray.exceptions.LocalRayletDiedError)

    def __init__(self):
        self.lock = threading.Condition()
        self.out_lock = threading.Lock()
        self.pending = {}  # ObjectRef -> (request, attempt, retried)
        self.by_id = {}  # trial id -> ObjectRef
        self.cancelled = set()
        self.remotes = {}  # (cpus, memory, node) -> run_trial with those options
        self.handlers = concurrent.futures.ThreadPoolExecutor(max_workers=4, thread_name_prefix="noodle-done")

    def emit(self, **event):
        with self.out_lock:
            sys.stdout.write(json.dumps(event) + "\n")
            sys.stdout.flush()

    def node_of(self, ref):
        """The node a failed task ran on, from the state API (None when it cannot say)."""
        try:
            from ray.util.state import get_task
            t = get_task(ref.task_id().hex(), timeout=5)
            if isinstance(t, list):
                t = t[-1] if t else None
            return getattr(t, "node_id", None) if t is not None else None
        except Exception:  # the state API is advisory here
            return None

    def other_node(self, bad):
        alive = [n["NodeID"] for n in ray.nodes() if n.get("Alive") and n["NodeID"] != bad
                 and n.get("Resources", {}).get("CPU", 0) > 0]
        return alive[0] if alive else None

    def remote(self, cpus, memory_mb, node=None):
        key = (cpus, memory_mb, node)
        fn = self.remotes.get(key)
        if fn is None:
            opts = {"num_cpus": cpus}
            if memory_mb > 0:
                opts["memory"] = memory_mb * 1024 * 1024
            if node is not None:
                opts["scheduling_strategy"] = NodeAffinitySchedulingStrategy(node_id=node, soft=True)
            fn = run_trial.options(**opts)
            self.remotes[key] = fn
        return fn

    def submit(self, req, attempt=1, retried=None, node=None):
        tid = req["id"]
        if "bundle_bytes" not in req:
            req["bundle_bytes"] = base64.b64decode(req.pop("bundle"))
        fn = self.remote(max(1, int(req.get("cpus", 1))), int(req.get("memory_mb", 0)), node)
        ref = fn.remote((req["bundle_bytes"], req["steps"], req.get("env", {}), req.get("executables", []),
                         req.get("timeout_s", 0), req.get("memory_mb", 0), req["placeholder"]))
        with self.lock:
            self.pending[ref] = (req, attempt, retried)
            self.by_id[tid] = ref
            gone = tid in self.cancelled
        if gone:
            ray.cancel(ref)
        self.emit(event="started", id=tid, task=ref.task_id().hex(), attempt=attempt)
        # told when it ends (no polling of every pending task): a trial that ended is reported at once, on Ray's
        # thread; a failure (which may submit the trial again) is handled on a few threads of our own
        ref.future().add_done_callback(lambda f, ref=ref: self.handle(ref, f) if f.exception() is None
                                       else self.handlers.submit(self.handle, ref, f))

    def done(self, req, ref, retried, **fields):
        with self.lock:
            self.by_id.pop(req["id"], None)
            self.cancelled.discard(req["id"])
        event = dict(event="done", id=req["id"], task=ref.task_id().hex(), retried=retried, exit=-1, step=0,
                     timed_out=False, cancelled=False, node=None, lost=None)
        event.update(fields)
        self.emit(**event)

    def finished(self, ref, future, req, attempt, retried):
        tid = req["id"]
        try:
            exit_code, step, timed_out, cancelled, out, node, execs = future.result()
        except ray.exceptions.TaskCancelledError:
            self.done(req, ref, retried, cancelled=True)
            return
        except self.SYSTEM_ERRORS as e:
            with self.lock:
                gone = tid in self.cancelled
            if gone:
                self.done(req, ref, retried, cancelled=True)
                return
            bad = self.node_of(ref)
            why = "Ray lost the trial's worker%s: %s" % (" on node " + bad if bad else "", type(e).__name__)
            other = self.other_node(bad) if attempt == 1 else None
            if other is None:
                self.done(req, ref, retried, node=bad, lost=why + ("" if attempt == 1 else " (retried once)"))
                return
            self.submit(req, attempt + 1, why, other)
            return
        except Exception as e:  # the task itself failed (a bad bundle): a failure to start
            text = str(e).strip().splitlines()
            self.done(req, ref, retried, error="%s: %s" % (type(e).__name__, text[-1] if text else ""))
            return
        self.done(req, ref, retried, exit=exit_code, step=step, timed_out=timed_out, cancelled=cancelled, node=node,
                  executables=execs, out=base64.b64encode(out).decode("ascii"))

    def handle(self, ref, future):
        with self.lock:
            entry = self.pending.pop(ref, None)
        if entry is None:
            return
        try:
            self.finished(ref, future, *entry)
        except Exception as e:
            self.done(entry[0], ref, entry[2], error="%s: %s" % (type(e).__name__, e))

    def serve(self, address):
        ctx = ray.init(address=address, log_to_driver=False, logging_level="ERROR")
        cpus = int(ray.cluster_resources().get("CPU", 0))
        nodes = len([n for n in ray.nodes() if n.get("Alive")])
        url = ctx.dashboard_url
        self.emit(event="ready", dashboard=("http://" + url) if url and not url.startswith("http") else url,
                  nodes=nodes, cpus=cpus)
        for line in sys.stdin:
            line = line.strip()
            if not line:
                continue
            try:
                req = json.loads(line)
            except ValueError:
                self.emit(event="error", message="not JSON: " + line[:200])
                continue
            op = req.get("op")
            if op == "quit":
                break
            if op == "submit":
                try:
                    self.submit(req)
                except Exception as e:
                    self.emit(event="done", id=req.get("id"), exit=-1, step=0, timed_out=False, cancelled=False,
                              node=None, task=None, lost=None, retried=None, error="%s: %s" % (type(e).__name__, e))
            elif op == "cancel":
                with self.lock:
                    self.cancelled.add(req["id"])
                    ref = self.by_id.get(req["id"])
                if ref is not None:
                    ray.cancel(ref)
        with self.lock:
            refs = list(self.pending)
        for ref in refs:
            try:
                ray.cancel(ref)
            except Exception:
                pass


if __name__ == "__main__":
    if len(sys.argv) != 3 or sys.argv[1] != "--address":
        sys.stderr.write("usage: noodle_ray_driver.py --address HOST:PORT\n")
        sys.exit(2)
    Driver().serve(sys.argv[2])
