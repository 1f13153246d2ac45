#!/usr/bin/env python3
# SPDX-License-Identifier: BSD-3-Clause
"""Runs one test of an SST test suite with SST's own test framework, as SST installs it
(LAUNCHER: sst-test-core for SST Core's suite, sst-test-elements for an element library's),
and says what the framework said: exit 0 if it passed, 77 if the framework skipped it, 1
otherwise.

  run_sst_test.py BINDIR LAUNCHER TESTSUITE_FILE TEST_NAME OUTPUT_DIR"""
import os
import re
import shutil
import subprocess
import sys

SKIPPED = 77


def main(bindir, launcher, suite, test, outdir):
    shutil.rmtree(outdir, ignore_errors=True)
    cmd = [sys.executable, os.path.join(bindir, launcher), "-p", suite, "-e", test, "-o", outdir]
    print("+ " + " ".join(cmd), flush=True)
    proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, errors="replace")
    print(proc.stdout)
    ran = re.search(r"Ran (\d+) tests?", proc.stdout)
    if not ran or int(ran.group(1)) != 1:
        print(f"run_sst_test.py: the framework did not run exactly one test named {test}")
        return 1
    if proc.returncode != 0:
        return 1
    if re.search(r"OK \(skipped=1\)", proc.stdout):
        return SKIPPED
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 6:
        sys.exit(__doc__)
    sys.exit(main(*sys.argv[1:]))
