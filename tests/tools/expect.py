#!/usr/bin/env python3
# SPDX-License-Identifier: BSD-3-Clause
"""Runs a command and checks its exit status, output and files.

  expect.py [checks] -- COMMAND ARGS...

Checks:
  --status N|nonzero      expected exit status (default 0)
  --stdout RE             stdout must match RE (repeatable)
  --stderr RE             stderr must match RE (repeatable)
  --not-stdout RE         stdout must not match RE (repeatable)
  --not-stderr RE         stderr must not match RE (repeatable)
  --stderr-lines N        stderr must have exactly N non-empty lines
  --file PATH RE          file PATH must exist and match RE (checked after the run)
  --json PATH             file PATH must parse as JSON
  --timeout S             kill the command (and its process group) after S seconds: a failure
  --signal-after S SIG    send SIG (e.g. TERM) to the command after S seconds
  --cwd DIR               run in DIR
  --fresh-cwd             run in a new empty directory (removed afterwards): --file and --json
                          paths are relative to it, so tests that write files cannot collide
  --env NAME=VALUE        set an environment variable for the command (repeatable)
  --private-tmpdir        run with TMPDIR set to a new directory; afterwards it must be empty
                          and no process may still mention it on its command line (no orphans)
  --allow-leftover RE     with --private-tmpdir: a path left there that matches RE is not a failure
                          (repeatable; say why where it is used)
Exit status 0 if every check holds; otherwise 1, with each failed check printed.
"""
import argparse
import json
import os
import re
import shutil
import signal
import subprocess
import tempfile
import sys
import time

from command_line import options_and_command


def processes_mentioning(text):
    found = []
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
            with open(f"/proc/{pid}/cmdline", "rb") as f:
                cmdline = f.read().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue
        if text in cmdline and int(pid) != os.getpid():
            found.append(f"{pid}: {cmdline.strip()}")
    return found


def leftovers(tmpdir, allowed):
    """Orphan processes and files left in the command's private TMPDIR, but for allowed paths."""
    deadline = time.monotonic() + 3  # a child killed by PR_SET_PDEATHSIG needs a moment
    while processes_mentioning(tmpdir) and time.monotonic() < deadline:
        time.sleep(0.05)
    problems = [f"orphan process: {p}" for p in processes_mentioning(tmpdir)]
    for root, dirs, files in os.walk(tmpdir):
        paths = [os.path.join(root, n) for n in dirs + files]
        problems += [f"left behind: {p}" for p in paths if not any(re.search(rx, p) for rx in allowed)]
    return problems


def main():
    options, cmd = options_and_command("the command")
    p = argparse.ArgumentParser()
    p.add_argument("--status", default="0")
    p.add_argument("--stdout", action="append", default=[])
    p.add_argument("--stderr", action="append", default=[])
    p.add_argument("--not-stdout", action="append", default=[])
    p.add_argument("--not-stderr", action="append", default=[])
    p.add_argument("--stderr-lines", type=int)
    p.add_argument("--file", nargs=2, action="append", default=[])
    p.add_argument("--json", action="append", default=[])
    p.add_argument("--timeout", type=float, default=120)
    p.add_argument("--signal-after", nargs=2)
    p.add_argument("--cwd")
    p.add_argument("--fresh-cwd", action="store_true")
    p.add_argument("--env", action="append", default=[])
    p.add_argument("--private-tmpdir", action="store_true")
    p.add_argument("--allow-leftover", action="append", default=[])
    args = p.parse_args(options)
    fresh_cwd = None
    if args.fresh_cwd:
        fresh_cwd = args.cwd = tempfile.mkdtemp(prefix="expect-cwd-")

    env = dict(os.environ)
    for item in args.env:
        name, _, value = item.partition("=")
        env[name] = value
    tmpdir = None
    if args.private_tmpdir:
        tmpdir = tempfile.mkdtemp(prefix="expect-tmp-")
        env["TMPDIR"] = tmpdir

    start = time.monotonic()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            cwd=args.cwd, env=env, start_new_session=True)
    failures = []
    try:
        if args.signal_after:
            delay, name = float(args.signal_after[0]), args.signal_after[1]
            try:
                out, err = proc.communicate(timeout=delay)
                failures.append(f"command ended before SIG{name} was sent")
            except subprocess.TimeoutExpired:
                proc.send_signal(getattr(signal, "SIG" + name))
                out, err = proc.communicate(timeout=args.timeout)
        else:
            out, err = proc.communicate(timeout=args.timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        out, err = proc.communicate()
        failures.append(f"timed out after {args.timeout}s")
    elapsed = time.monotonic() - start

    status = proc.returncode
    if tmpdir:
        failures += leftovers(tmpdir, args.allow_leftover)
        shutil.rmtree(tmpdir, ignore_errors=True)
    if args.status == "nonzero":
        if status == 0:
            failures.append("exit status 0, expected nonzero")
    elif status != int(args.status):
        failures.append(f"exit status {status}, expected {args.status}")
    for rx in args.stdout:
        if not re.search(rx, out, re.M):
            failures.append(f"stdout does not match: {rx}")
    for rx in args.not_stdout:
        if re.search(rx, out, re.M):
            failures.append(f"stdout matches: {rx}")
    for rx in args.stderr:
        if not re.search(rx, err, re.M):
            failures.append(f"stderr does not match: {rx}")
    for rx in args.not_stderr:
        if re.search(rx, err, re.M):
            failures.append(f"stderr matches: {rx}")
    if args.stderr_lines is not None:
        lines = [l for l in err.splitlines() if l.strip()]
        if len(lines) != args.stderr_lines:
            failures.append(f"stderr has {len(lines)} lines, expected {args.stderr_lines}")
    for path, rx in args.file:
        try:
            text = open(os.path.join(args.cwd or ".", path)).read()
            if not re.search(rx, text, re.M):
                failures.append(f"{path} does not match: {rx}")
        except OSError as e:
            failures.append(f"{path}: {e.strerror}")
    for path in args.json:
        try:
            json.load(open(os.path.join(args.cwd or ".", path)))
        except (OSError, ValueError) as e:
            failures.append(f"{path} is not valid JSON: {e}")

    if fresh_cwd:
        shutil.rmtree(fresh_cwd, ignore_errors=True)

    print(f"$ {' '.join(cmd)}\n(exit {status} after {elapsed:.2f}s)")
    print("--- stdout ---\n" + out[-4000:])
    print("--- stderr ---\n" + err[-4000:])
    for f in failures:
        print("FAILED:", f)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
