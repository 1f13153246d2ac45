#!/usr/bin/env python3
# SPDX-License-Identifier: BSD-3-Clause
"""Lists SST Core's own tests for CTest: one line `SUITE|TEST|REASON` per test method of each
tests/testsuite_default_*.py (read with ast, not run), REASON being empty or why the embedded
engine leaves the test out. The reasons are the table in docs/engine.md ("SST Core's test suite"):
rows `| `SUITE::TEST-GLOB` | reason |`, so the documentation is the one list."""
import ast
import fnmatch
import pathlib
import re
import sys


def exclusions(doc):
    rows, in_section = [], False
    for line in pathlib.Path(doc).read_text().splitlines():
        if line.startswith("## "):
            in_section = line.startswith("## SST Core's test suite")
        m = re.match(r"\|\s*`([^`]+::[^`]+)`\s*\|\s*([^|]+?)\s*\|", line) if in_section else None
        if m:
            rows.append((m.group(1), m.group(2)))
    if not rows:
        sys.exit(f"list_tests.py: no exclusion table under \"## SST Core's test suite\" in {doc}")
    return rows


def main(tests_dir, doc):
    rules, used = exclusions(doc), set()
    for path in sorted(pathlib.Path(tests_dir).glob("testsuite_default_*.py")):
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
    unused = [p for p, _ in rules if p not in used]
    if unused:  # a stale row would hide nothing and mislead the reader
        sys.exit(f"list_tests.py: {doc} excludes {', '.join(unused)}, which matches no test")


if __name__ == "__main__":
    main(*sys.argv[1:])
