#!/usr/bin/env python3
"""The fault suite: the built product, killed and starved the way a machine fails.

1. kill -9 of `noodle run-study` at N moments (default 20) of a 100-trial study, each followed by
   `run-study --resume` to its end. Each time: 0 finished cases lost, 0 finished cases run again, 0 processes
   of the run left alive (checked in the process table). Each trial leaves a child behind, a double-forked
   grandchild, and one that left the trial's session, so that an orphan would show.
2. A run on a small tmpfs that fills up: it ends FAILED with a message naming the full disk; after space is
   freed, --resume finishes it with every case.

Run by './noodle test' after the smoke tests (root is needed for the tmpfs mount; without it that part is
reported as skipped, never passed). Prints one line per check and the suite's figures, and ends with
'faults: N passed, M failed'. Usage: releng/fault-suite.py [--kills N] [--seed S]
"""
import argparse
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NOODLE = os.path.join(ROOT, "noodle")
PASSED = []
FAILED = []

FLOW = r"""#!/bin/sh
# a trial of the command adapter's protocol that leaves processes behind, as careless tools do
echo "start $1" >> "$LEDGER"
sleep 7771 &
(sleep 7772 &)
setsid sleep 7773 < /dev/null > /dev/null 2>&1 &
base=-500
if [ "$3" != "-" ] && [ -f "$3" ]; then base=$(cat "$3"); fi
effort=${4#effort=}
[ "$2" = none ] && effort=0
sleep 0.0$(( (effort * 7) % 9 + 1 ))
wns=$((base + effort))
if [ -n "$FILL" ]; then head -c "$FILL" /dev/zero > padding || exit 3; fi
echo "$wns" > design || exit 3
echo "wns $wns ps" > report.txt || exit 3
echo "end $1" >> "$LEDGER"
"""

STUDY = """name: fault
base_case: fb
ecos:
  - {name: step, class: topology_neutral, parameters: [{name: effort, type: int, default: "1", min: 1, max: 99}]}
stages:
  - {name: a, trial_budget: 50, survivor_count: 2, ecos: [step]}
  - {name: b, trial_budget: 50, survivor_count: 1, ecos: [step], depends_on: [a]}
environment: {LEDGER: "%s"%s}
"""


def check(name, good, *detail):
    (PASSED if good else FAILED).append(name)
    print(("ok   - " if good else "FAIL - ") + name)
    if not good:
        for d in detail:
            print("       " + str(d)[-2000:])


def noodle(ws, *args, timeout=300, env=None):
    r = subprocess.run([NOODLE, *args, "-data", ws], capture_output=True, text=True, timeout=timeout,
                       env={**os.environ, **(env or {})})
    return r.returncode, r.stdout + r.stderr


def strays(marker_root):
    """Processes alive whose trial mark lies under marker_root, or that run one of the flow's sleeps."""
    found = []
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
            with open(f"/proc/{pid}/cmdline", "rb") as f:
                cmd = f.read().split(b"\0")
            with open(f"/proc/{pid}/environ", "rb") as f:
                env = f.read().split(b"\0")
        except OSError:
            continue
        mark = [e for e in env if e.startswith(b"NOODLE_TRIAL_DIR=")]
        if (mark and mark[0][17:].decode(errors="replace").startswith(marker_root)) or \
                (len(cmd) >= 2 and cmd[0] == b"sleep" and cmd[1] in (b"7771", b"7772", b"7773")):
            found.append(int(pid))
    return found


def finished_cases(run):
    """The cases the run's records hold as finished: the checkpoint's and the journal's good lines."""
    names = set()
    cp = os.path.join(run, "checkpoints", "study_checkpoint.json")
    if os.path.exists(cp):
        with open(cp) as f:
            names.update(c["name"] for c in json.load(f)["cases"])
    jr = os.path.join(run, "checkpoints", "finished_cases.ndjson")
    if os.path.exists(jr):
        with open(jr, "rb") as f:
            for line in f:
                try:
                    names.add(json.loads(line)["name"])
                except (ValueError, KeyError):
                    pass  # a torn last line: its case was not finished
    return names


def cases_csv(run):
    with open(os.path.join(run, "reports", "cases.csv")) as f:
        rows = [line.rstrip("\n").split(",") for line in f]
    head = rows[0]
    return {r[0]: r[head.index("state")] for r in rows[1:]}


def ledger(path):
    with open(path) as f:
        return [line.split() for line in f if line.strip()]


def runner_pid(ws):
    try:
        with open(os.path.join(ws, "fault", "run.lock")) as f:
            return int(f.read().split("@")[0])
    except (OSError, ValueError):
        return None


def kill_and_resume(tmp, template, i, rng, figures):
    ws = os.path.join(tmp, f"ws{i}")
    shutil.copytree(template, ws)
    led = os.path.join(tmp, f"ledger{i}")
    study = os.path.join(ws, "fault", "fault.noodle")
    with open(study) as f:
        text = f.read()
    with open(study, "w") as f:
        f.write(text.replace(os.path.join(tmp, "ledger"), led))
    kill_after = rng.randrange(0, 100)  # finished trials before the kill
    p = subprocess.Popen([NOODLE, "run-study", "fault", "--command", os.path.join(tmp, "flow"), "--slots", "2",
                          "-data", ws], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 120
    victim = None
    while time.time() < deadline and p.poll() is None:
        ends = sum(1 for e in ledger(led) if e[0] == "end") if os.path.exists(led) else 0
        victim = runner_pid(ws)
        if victim and ends >= kill_after + 1:  # + the base case
            break
        time.sleep(0.005)
    if p.poll() is not None or not victim:
        check(f"kill {i}: run-study was running at the chosen moment", False, f"exit {p.poll()}, lock {victim}")
        return
    os.kill(victim, signal.SIGKILL)
    p.wait()
    run = os.path.join(ws, "fault", "runs", "run-1")
    before = finished_cases(run)
    left_running = len(strays(os.path.join(ws, "fault")))
    with open(led, "a") as f:
        f.write("KILLED\n")
    rc, out = noodle(ws, "run-study", "fault", "--command", os.path.join(tmp, "flow"), "--slots", "2", "--resume")
    entries = ledger(led)
    cut = entries.index(["KILLED"])
    rerun = sorted({e[1] for e in entries[cut:] if e[0] == "start"} & before)
    # killed before its first checkpoint, the run had nothing to resume: --resume then starts a new run
    runs = os.path.join(ws, "fault", "runs")
    run = os.path.join(runs, max(os.listdir(runs), key=lambda r: int(r.split("-")[1])))
    final = cases_csv(run) if rc == 0 else {}
    trials = {n: s for n, s in final.items() if n != "fb"}
    orphans = []
    for _ in range(40):
        orphans = strays(os.path.join(ws, "fault"))
        if not orphans:
            break
        time.sleep(0.05)
    good = rc == 0 and len(trials) == 100 and all(s == "succeeded" for s in final.values()) and not rerun \
        and not orphans and "fb" in final
    figures.append((kill_after, len(before), left_running, len(rerun), len(orphans)))
    check(f"kill {i}: -9 after {len(before)} finished case(s), {left_running} process(es) orphaned; --resume: "
          f"{len(trials)}/100 trials, {len(rerun)} repeated, {len(orphans)} left alive", good,
          out[-1500:], f"repeated: {rerun}", f"alive: {orphans}")
    shutil.rmtree(ws, ignore_errors=True)


def disk_full(tmp):
    if os.geteuid() != 0:
        print("skip - disk-full run: mounting a tmpfs needs root (CI runs as root)")
        return
    mnt = os.path.join(tmp, "small")
    os.makedirs(mnt)
    try:
        subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", mnt], check=True)
    except (OSError, subprocess.CalledProcessError) as e:
        print(f"skip - disk-full run: cannot mount a tmpfs here ({e})")
        return
    try:
        ws = os.path.join(mnt, "ws")
        led = os.path.join(tmp, "ledger-full")
        yaml_path = os.path.join(tmp, "full.yaml")
        with open(yaml_path, "w") as f:
            f.write(STUDY % (led, ""))
        rc, out = noodle(ws, "import", yaml_path)
        # each trial leaves 64 KB: the 4 MB file system fills in the first stage
        rc, out = noodle(ws, "run-study", "fault", "--command", os.path.join(tmp, "flow"), "--slots", "2",
                         env={"FILL": "65536"})
        last = out.strip().splitlines()[-1] if out.strip() else ""
        check("disk full: run-study ends FAILED (exit 1) naming the full disk", rc == 1 and "FAILED" in out
              and "No space left on device" in out, f"exit {rc}", out[-1500:])
        # free space: the trial padding is not needed by the resumed run
        run = os.path.join(ws, "fault", "runs", "run-1")
        for dirpath, _, files in os.walk(run):
            for name in files:
                if name == "padding":
                    os.remove(os.path.join(dirpath, name))
        rc, out = noodle(ws, "run-study", "fault", "--command", os.path.join(tmp, "flow"), "--slots", "2",
                         "--resume")
        final = cases_csv(run) if rc == 0 else {}
        check("disk full: after space is freed, --resume finishes the study with every case", rc == 0 and
              len(final) == 101, f"exit {rc}; {len(final)} cases", out[-1500:], last)
    finally:
        subprocess.run(["umount", "-l", mnt])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--kills", type=int, default=20)
    ap.add_argument("--seed", type=int, default=int(time.time()))
    a = ap.parse_args()
    rng = random.Random(a.seed)
    print(f"faults: seed {a.seed} (rerun with --seed {a.seed})")
    tmp = tempfile.mkdtemp(prefix="noodle-faults.")
    os.environ["NOODLE_TRUST_FILE"] = os.path.join(tmp, "trusted-folders")  # this run's own list
    try:
        with open(os.path.join(tmp, "flow"), "w") as f:
            f.write(FLOW)
        os.chmod(os.path.join(tmp, "flow"), 0o755)
        with open(os.path.join(tmp, "study.yaml"), "w") as f:
            f.write(STUDY % (os.path.join(tmp, "ledger"), ""))
        template = os.path.join(tmp, "template")
        rc, out = noodle(template, "import", os.path.join(tmp, "study.yaml"))
        check("the 100-trial study imports", rc == 0, out)
        if rc != 0:
            return 1
        # the copies of the template are workspaces this product did not start: trusted once, for all of them
        rc, out = noodle(template, "trust", tmp)
        check("the suite's folder is trusted to run", rc == 0, out)
        figures = []
        t0 = time.time()
        for i in range(1, a.kills + 1):
            kill_and_resume(tmp, template, i, rng, figures)
        if figures:
            print(f"faults: {len(figures)} kills in {time.time() - t0:.0f} s; finished cases at the kill: "
                  f"{min(f[1] for f in figures)}..{max(f[1] for f in figures)}; orphans stopped by resume: "
                  f"{sum(f[2] for f in figures)}; repeated: {sum(f[3] for f in figures)}; "
                  f"left alive: {sum(f[4] for f in figures)}")
        disk_full(tmp)
    finally:
        for pid in strays(tmp):
            try:
                os.kill(pid, signal.SIGKILL)
            except OSError:
                pass
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"faults: {len(PASSED)} passed, {len(FAILED)} failed")
    return 0 if not FAILED else 1


if __name__ == "__main__":
    sys.exit(main())
