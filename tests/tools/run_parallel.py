#!/usr/bin/env python3
# SPDX-License-Identifier: BSD-3-Clause
"""Starts N copies of a command at once and waits for all of them.

  run_parallel.py N -- COMMAND ARGS...

Each copy's output is printed with a "[run K] " prefix. The closing line says
how many runs passed; the exit status is 0 only if every copy exited with 0.
"""
import subprocess
import sys


def main():
    n = int(sys.argv[1])
    cmd = sys.argv[sys.argv.index("--") + 1:]
    procs = [subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True) for _ in range(n)]
    failed = 0
    for k, p in enumerate(procs):
        out, _ = p.communicate(timeout=300)
        for line in out.splitlines():
            print(f"[run {k}] {line}")
        if p.returncode != 0:
            failed += 1
            print(f"[run {k}] exited with {p.returncode}")
    print(f"runs: {n - failed} of {n} succeeded")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
