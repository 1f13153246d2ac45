#!/usr/bin/env python3
# SPDX-License-Identifier: BSD-3-Clause
"""Lists an SST test suite's tests for CTest (SST Core's own, or an sst-elements library's):
one line `SUITE|TEST|REASON` per test method of each TESTS_DIR/testsuite_default_*.py (read
with ast, not run), REASON being empty or why the test is left out. The reasons are a table in
DOC, in the section whose heading starts with HEADING: rows `| `SUITE::TEST-GLOB` | reason |`,
so the documentation is the one list. A section may have no rows (nothing left out); a row
whose SUITE is one of TESTS_DIR's but which matches none of its tests is an error.

  list_sst_tests.py TESTS_DIR DOC HEADING"""
import ast
import fnmatch
import pathlib
import re
import sys


def exclusions(doc, heading):
    rows, in_section, found = [], False, False
    for line in pathlib.Path(doc).read_text().splitlines():
        if line.startswith("## "):
            in_section = line.startswith("## " + heading)
            found = found or in_section
        m = re.match(r"\|\s*`([^`]+::[^`]+)`\s*\|\s*([^|]+?)\s*\|", line) if in_section else None
        if m:
            rows.append((m.group(1), m.group(2)))
    if not found:
        sys.exit(f"list_sst_tests.py: no section \"## {heading}\" in {doc}")
    return rows


def main(tests_dir, doc, heading):
    rules, used = exclusions(doc, heading), set()
    suites = sorted(pathlib.Path(tests_dir).glob("testsuite_default_*.py"))
    if not suites:
        sys.exit(f"list_sst_tests.py: no testsuite_default_*.py in {tests_dir}")
    for path in suites:
        suite = path.stem[len("testsuite_default_"):]
        for cls in ast.parse(path.read_text()).body:
            if not isinstance(cls, ast.ClassDef):
                continue
            for fn in cls.body:
                if isinstance(fn, ast.FunctionDef) and fn.name.startswith("test_"):
                    reason = ""
                    for pattern, why in rules:
                        if fnmatch.fnmatchcase(f"{suite}::{fn.name}", pattern):
                            reason, _ = why, used.add(pattern)
                            break
                    print(f"{suite}|{fn.name}|{reason.replace(';', ',')}")
    # A row for another directory's suites is not this directory's to judge.
    names = [path.stem[len("testsuite_default_"):] for path in suites]
    mine = [p for p, _ in rules if any(fnmatch.fnmatchcase(n, p.split("::")[0]) for n in names)]
    unused = [p for p in mine if p not in used]
    if unused:  # a stale row would hide nothing and mislead the reader
        sys.exit(f"list_sst_tests.py: {doc} excludes {', '.join(unused)}, which matches no test")


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    main(*sys.argv[1:])
