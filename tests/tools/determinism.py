#!/usr/bin/env python3
# SPDX-License-Identifier: BSD-3-Clause
"""Runs a command twice, each in a fresh directory, and checks that both runs
wrote byte-identical stdout and byte-identical files.

  determinism.py [--ignore REGEX] -- COMMAND ARGS...

Lines of stdout matching --ignore (e.g. wall-clock figures) are left out of
the comparison. With --per-prefix, stdout is compared per "[name] " line
prefix (each QEMU instance's console separately, since several instances'
lines interleave in wall-clock order). mpirun's --tag-output prefixes are dropped
(several ranks' lines interleave too). With --files-unordered, files are
compared as sets of lines: SST Core's threads write their statistics rows to
one CSV file concurrently, so the rows' order is not deterministic, their
contents are. Exit status 0 if the runs match and both succeeded.
"""
import argparse
import filecmp
import os
import re
import subprocess
import sys
import tempfile

from command_line import options_and_command

MPI_TAG = re.compile(r"^\[\d+,\d+\]<std(out|err)>:")  # mpirun --tag-output: which rank said it


def same_file(path_a, path_b, unordered):
    if not unordered:
        return filecmp.cmp(path_a, path_b, shallow=False)
    with open(path_a, "rb") as fa, open(path_b, "rb") as fb:
        return sorted(fa.read().splitlines()) == sorted(fb.read().splitlines())


def run(cmd, workdir):
    p = subprocess.run(cmd, cwd=workdir, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, timeout=300)
    return p.returncode, p.stdout, p.stderr


def main():
    options, cmd = options_and_command("the command")
    parser = argparse.ArgumentParser()
    parser.add_argument("--ignore", action="append", default=[])
    parser.add_argument("--per-prefix", action="store_true")
    parser.add_argument("--files-unordered", action="store_true")
    args = parser.parse_args(options)
    with tempfile.TemporaryDirectory() as a, tempfile.TemporaryDirectory() as b:
        runs = [run(cmd, a), run(cmd, b)]
        failures = []
        for i, (status, out, err) in enumerate(runs, 1):
            if status != 0:
                failures.append(f"run {i} exited with {status}:\n{err[-2000:]}")
        def keep(text):
            lines = [MPI_TAG.sub("", l) for l in text.splitlines()]
            lines = [l for l in lines if not any(re.search(r, l) for r in args.ignore)]
            if args.per_prefix:  # a stable sort keeps each prefix's own order
                lines.sort(key=lambda l: re.match(r"(\[[^]]+\] )?", l).group(0))
            return lines
        if keep(runs[0][1]) != keep(runs[1][1]):
            failures.append("stdout differs between the runs")
        files_a, files_b = sorted(os.listdir(a)), sorted(os.listdir(b))
        if files_a != files_b:
            failures.append(f"the runs wrote different files: {files_a} vs {files_b}")
        for name in set(files_a) & set(files_b):
            if not same_file(os.path.join(a, name), os.path.join(b, name), args.files_unordered):
                failures.append(f"{name} differs between the runs")
        print(runs[0][1][-3000:])
        print(f"files compared: {files_a}")
        for f in failures:
            print("FAILED:", f)
        sys.exit(1 if failures or not files_a else 0)


if __name__ == "__main__":
    main()
