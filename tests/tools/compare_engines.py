#!/usr/bin/env python3
# SPDX-License-Identifier: BSD-3-Clause
"""Runs one configuration on several engines and checks that the guests saw the same thing.

  compare_engines.py --engine NAME "COMMAND" [--engine NAME "COMMAND" ...]
                     [--differ WHAT "WHY" ...] [--same-file NAME ...] [--other-lines]
                     [--no-guest] [--no-console-stats] -- CONFIG [ARGS...]

Each engine's COMMAND (split like a shell would: e.g. "build/bin/sst", or
"mpirun --tag-output -np 2 sst --add-lib-path DIR") runs CONFIG ARGS in a fresh
directory (mpirun's --tag-output prefixes are dropped).
Checked against the first engine:
  - the exit status;
  - every guest's console output ("[name] ..." lines), per guest, line for line
    (several guests' lines interleave in wall-clock order, so only each guest's
    own order is compared);
  - every statistic printed on the console (" comp.stat : Type : fields"), and
    the final simulated time ("simtime");
  - each --same-file NAME the run wrote in its directory, byte for byte;
  - with --other-lines, every other line of stdout, in any order (the engines call
    components' finish() in different orders).
The first engine must show guest output and console statistics, unless told
there are none (--no-guest, --no-console-stats).
A statistic (or "simtime") named by --differ may differ: the difference is
printed with its reason. One that does not differ is an error too, so that the
list stays true. Exit status 0 if everything else is identical.
"""
import argparse
import os
import re
import shlex
import subprocess
import sys
import tempfile

from command_line import options_and_command

GUEST_LINE = re.compile(r"^(\[[^]]+\]) ")
MPI_TAG = re.compile(r"\[\d+,(\d+)\]<std(?:out|err)>:")  # mpirun --tag-output: [job,rank]
STAT_LINE = re.compile(r"^ (\S+) : (\w+) : (.*)$")
SIMTIME = re.compile(r"^Simulation is complete, simulated time: (.*)$")


def run(command, config_args, timeout, files):
    """The finished process, and the contents of `files` it wrote (None: not written)."""
    with tempfile.TemporaryDirectory() as workdir:
        p = subprocess.run(shlex.split(command) + config_args, cwd=workdir, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, text=True, timeout=timeout)
        written = {}
        for name in files:
            try:
                with open(os.path.join(workdir, name), "rb") as f:
                    written[name] = f.read()
            except OSError:
                written[name] = None
    return p, written


def untag(stdout):
    """mpirun --tag-output's stream as each rank wrote it. A tag starts each piece mpirun read from
    a rank's terminal, and a rank's line can come in two pieces with another rank's between them
    (seen with many statistics on both ranks): each rank's pieces are joined again, in order."""
    pieces = MPI_TAG.split(stdout)
    streams = {}
    for rank, text in zip(pieces[1::2], pieces[2::2]):
        streams[rank] = streams.get(rank, "") + text
    return pieces[0] + "".join(streams[rank] for rank in sorted(streams, key=int))


def observe(stdout):
    """What a run showed: guest lines per guest, statistics by name, the final time, other lines."""
    guests, stats, simtime, other = {}, {}, [], []
    for line in untag(stdout).splitlines():
        if m := GUEST_LINE.match(line):
            guests.setdefault(m.group(1), []).append(line)
        elif m := STAT_LINE.match(line):
            stats[m.group(1)] = f"{m.group(2)} : {m.group(3).strip()}"
        elif m := SIMTIME.match(line):
            simtime.append(m.group(1).strip())
        elif line.strip():
            other.append(line)
    return guests, stats, " / ".join(sorted(set(simtime))), sorted(other)


def main():
    options, config_args = options_and_command("the configuration")
    p = argparse.ArgumentParser()
    p.add_argument("--engine", nargs=2, action="append", required=True, metavar=("NAME", "COMMAND"))
    p.add_argument("--differ", nargs=2, action="append", default=[], metavar=("WHAT", "WHY"))
    p.add_argument("--same-file", action="append", default=[])
    p.add_argument("--other-lines", action="store_true")
    p.add_argument("--no-guest", action="store_true")
    p.add_argument("--no-console-stats", action="store_true")
    p.add_argument("--timeout", type=float, default=240)
    args = p.parse_args(options)
    if len(args.engine) < 2:
        sys.exit("compare_engines.py: give at least two engines")
    allowed = dict(args.differ)

    failures = []
    runs = []
    for name, command in args.engine:
        try:
            proc, files = run(command, config_args, args.timeout, args.same_file)
        except subprocess.TimeoutExpired:
            failures.append(f"{name}: timed out after {args.timeout}s")
            continue
        runs.append((name, proc, files))
        print(f"== {name}: $ {command} {' '.join(config_args)}\n   (exit {proc.returncode})")
        if proc.returncode != 0:
            print(proc.stdout[-3000:] + "\n--- stderr ---\n" + proc.stderr[-3000:])
    if failures or not runs:
        for f in failures:
            print("FAILED:", f)
        sys.exit(1)

    base_name, base, base_files = runs[0]
    base_guests, base_stats, base_time, base_other = observe(base.stdout)
    if not base_guests and not args.no_guest:
        failures.append(f"{base_name}: no guest output at all")
    if not base_stats and not args.no_console_stats:
        failures.append(f"{base_name}: printed no statistics (is a statistic load level set?)")
    differed = set()
    for file_name, content in base_files.items():
        if content is None:
            failures.append(f"{base_name} did not write {file_name}")
    for name, proc, files in runs[1:]:
        for file_name, content in files.items():
            if content != base_files[file_name]:
                failures.append(f"{name}: {file_name} differs from {base_name}'s:\n{(content or b'(none)').decode()[:2000]}"
                                f"\n--- {base_name}'s ---\n{(base_files[file_name] or b'').decode()[:2000]}")
        if proc.returncode != base.returncode:
            failures.append(f"{name} exited with {proc.returncode}, {base_name} with {base.returncode}")
        guests, stats, simtime, other = observe(proc.stdout)
        if args.other_lines and other != base_other:
            failures.append(f"{name}: other stdout lines differ from {base_name}'s:\n  " + "\n  ".join(other) +
                            f"\n--- {base_name}'s ---\n  " + "\n  ".join(base_other))
        for guest in sorted(set(guests) | set(base_guests)):
            mine, theirs = guests.get(guest, []), base_guests.get(guest, [])
            if mine != theirs:
                first = next((i for i, (a, b) in enumerate(zip(mine, theirs)) if a != b), min(len(mine), len(theirs)))
                failures.append(f"{name}: {guest}'s output differs from {base_name}'s at line {first + 1}: "
                                f"{mine[first] if first < len(mine) else '(nothing)'!r} vs "
                                f"{theirs[first] if first < len(theirs) else '(nothing)'!r}")
        compared = {stat: (stats.get(stat), base_stats.get(stat)) for stat in set(stats) | set(base_stats)}
        compared["simtime"] = (simtime, base_time)
        for what, (mine, theirs) in sorted(compared.items()):
            if mine == theirs:
                continue
            if what in allowed:
                differed.add(what)
                print(f"differs as expected: {what}: {name} {mine} vs {base_name} {theirs} ({allowed[what]})")
            else:
                failures.append(f"{name}: {what} is {mine}, on {base_name} {theirs}")
    for what in sorted(set(allowed) - differed):
        failures.append(f"{what} is listed as differing ({allowed[what]}) but is the same on every engine")

    print(f"compared {len(runs)} engines: {', '.join(r[0] for r in runs)}; files {args.same_file}; guests {', '.join(sorted(base_guests))}; "
          f"{len(base_stats)} statistics")
    for f in failures:
        print("FAILED:", f)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
