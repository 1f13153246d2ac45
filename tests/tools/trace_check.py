#!/usr/bin/env python3
# SPDX-License-Identifier: BSD-3-Clause
"""Runs a co-simulation that writes a trace and checks the trace against its statistics.

  trace_check.py [checks] -- COMMAND ARGS...

COMMAND runs in a fresh directory and must exit 0; it is expected to write TRACE
(default trace.json) there, and STATS (default stats.csv) when --component is given.
Always checked: the file is one JSON array of Trace Event Format events; each has
ph, pid, tid, name and args; slices ("X") have ts and dur >= 0, instants ("i") ts
and thread scope; every process and thread used is named; on each track slices nest
(Perfetto draws one that overlaps another without containing it on a wrong row), and a
slice never comes after a shorter one that starts with it (viewers would nest them wrongly).
Checks:
  --component NAME   the bridge NAME's statistics in STATS agree with the trace:
                     read + write slices + "posted write" instants = mmio_reads +
                     mmio_writes, "posted write" instants = posted_writes, "interrupt"
                     instants = interrupts, "sync" instants = syncs, bytes of DMA
                     slices with status 0 = dma_bytes
  --track RE         a track (thread name) matches RE (repeatable)
  --no-track RE      no track matches RE (repeatable)
  --count NAME=N     exactly N events are named NAME (repeatable; N may be ">=K")
  --on TRACK_RE=NAME an event named NAME lies on a track matching TRACK_RE (repeatable)
Prints what it found. Exit status 0 if every check holds.
"""
import argparse
import collections
import csv
import json
import os
import re
import subprocess
import sys
import tempfile

from command_line import options_and_command


def load(path):
    with open(path) as f:
        events = json.load(f)
    if not isinstance(events, list):
        raise ValueError("the trace is not a JSON array of events")
    return events


def well_formed(events):
    problems = []
    named_threads, named_processes, used = {}, set(), set()
    for i, e in enumerate(events):
        missing = [k for k in ("ph", "pid", "tid", "name", "args") if k not in e]
        if missing:
            problems.append(f"event {i} lacks {', '.join(missing)}: {e}")
            continue
        if e["ph"] == "M":
            if e["name"] == "thread_name":
                named_threads[(e["pid"], e["tid"])] = e["args"]["name"]
            elif e["name"] == "process_name":
                named_processes.add(e["pid"])
            continue
        used.add((e["pid"], e["tid"]))
        if e["ph"] == "X":
            if not isinstance(e.get("ts"), (int, float)) or not isinstance(e.get("dur"), (int, float)) or e["dur"] < 0:
                problems.append(f"event {i}: a slice needs ts and dur >= 0: {e}")
        elif e["ph"] == "i":
            if not isinstance(e.get("ts"), (int, float)) or e.get("s") != "t":
                problems.append(f"event {i}: an instant needs ts and s=t: {e}")
        else:
            problems.append(f"event {i}: unexpected phase {e['ph']!r}")
    for track in sorted(used):
        if track not in named_threads:
            problems.append(f"track pid {track[0]} tid {track[1]} has no thread_name")
        if track[0] not in named_processes:
            problems.append(f"process {track[0]} has no process_name")
    return named_threads, problems


def nesting(events, names):
    """Slices on a track that overlap without one containing the other."""
    problems = []
    by_track = collections.defaultdict(list)
    for e in events:
        if e.get("ph") == "X":
            # Integer picoseconds: the file's six decimals are exact.
            start = round(e["ts"] * 1e6)
            by_track[(e["pid"], e["tid"])].append((start, -round(e["dur"] * 1e6), e["name"]))
    for track, slices in by_track.items():
        slices.sort()
        stack = []
        for start, neg_dur, name in slices:
            end = start - neg_dur
            while stack and stack[-1][0] <= start:
                stack.pop()
            if stack and end > stack[-1][0]:
                problems.append(f"on {names.get(track, track)}: {name} at {start} ps ends at {end} ps, "
                                f"after the {stack[-1][1]} it starts in (ends {stack[-1][0]} ps)")
            stack.append((end, name))
    return problems


def same_start_order(events, names):
    """A slice that starts when a shorter one on its track starts, but comes after it in the
    file: chrome://tracing (and Perfetto before its fix of issue 878) then nest them wrongly."""
    problems, starts = [], collections.defaultdict(list)
    for e in events:
        if e.get("ph") != "X":
            continue
        earlier = starts[(e["pid"], e["tid"], e["ts"])]
        if any(d < e["dur"] for d in earlier):
            problems.append(f"on {names.get((e['pid'], e['tid']))}: {e['name']} at {e['ts']} us comes after a "
                            f"shorter slice that starts with it")
        earlier.append(e["dur"])
    return problems


def statistics(path, component):
    sums = {}
    with open(path, newline="") as f:
        rows = csv.reader(f, skipinitialspace=True)
        header = [h.strip() for h in next(rows)]
        for row in rows:
            r = dict(zip(header, (c.strip() for c in row)))
            if r.get("ComponentName") == component:
                sums[r["StatisticName"]] = int(r["Sum.u64"])
    return sums


def agreement(events, stats, component):
    counts = collections.Counter(e["name"] for e in events if e["ph"] in ("X", "i"))
    dma_ok = sum(e["args"]["bytes"] for e in events
                 if e["ph"] == "X" and e["name"] in ("DMA read", "DMA write") and e["args"]["status"] == 0)
    posted = counts["posted write"]
    pairs = [("read + write slices + posted write instants", counts["read"] + counts["write"] + posted,
              "mmio_reads + mmio_writes", stats.get("mmio_reads", 0) + stats.get("mmio_writes", 0)),
             ("posted write instants", posted, "posted_writes", stats.get("posted_writes", 0)),
             ("interrupt instants", counts["interrupt"], "interrupts", stats.get("interrupts", 0)),
             ("sync instants", counts["sync"], "syncs", stats.get("syncs", 0)),
             ("bytes of DMA slices with status 0", dma_ok, "dma_bytes", stats.get("dma_bytes", 0))]
    problems = []
    for ours, n, theirs, m in pairs:
        print(f"{ours}: {n}; {component}.{theirs}: {m}")
        if n != m:
            problems.append(f"{ours} = {n}, but the statistics say {theirs} = {m}")
    if not stats:
        problems.append(f"the statistics file has no statistic of {component}")
    return problems


def main():
    options, command = options_and_command("the command")
    parser = argparse.ArgumentParser()
    parser.add_argument("--trace", default="trace.json")
    parser.add_argument("--stats", default="stats.csv")
    parser.add_argument("--component")
    parser.add_argument("--track", action="append", default=[])
    parser.add_argument("--no-track", action="append", default=[])
    parser.add_argument("--count", action="append", default=[])
    parser.add_argument("--on", action="append", default=[])
    args = parser.parse_args(options)
    with tempfile.TemporaryDirectory() as workdir:
        p = subprocess.run(command, cwd=workdir, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                           timeout=600)
        if p.returncode != 0:
            sys.stdout.write(p.stdout[-4000:])
            sys.stderr.write(p.stderr[-4000:])
            sys.exit(f"FAIL: the command exited with status {p.returncode}")
        try:
            events = load(os.path.join(workdir, args.trace))
        except (OSError, ValueError) as e:
            sys.exit(f"FAIL: {args.trace}: {e}")
        stats = statistics(os.path.join(workdir, args.stats), args.component) if args.component else None

    names, problems = well_formed(events)
    problems += nesting(events, names) + same_start_order(events, names)
    tracks = sorted(set(names.values()))
    counts = collections.Counter(e["name"] for e in events if e.get("ph") in ("X", "i"))
    print(f"{args.trace}: {len(events)} events on {len(tracks)} tracks: {', '.join(tracks)}")
    print("events by name: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    if stats is not None:
        problems += agreement(events, stats, args.component)
    for pattern in args.track:
        if not any(re.search(pattern, t) for t in tracks):
            problems.append(f"no track matches {pattern!r}")
    for pattern in args.no_track:
        if any(re.search(pattern, t) for t in tracks):
            problems.append(f"a track matches {pattern!r}")
    for spec in args.count:
        name, _, want = spec.rpartition("=")
        got = counts[name]
        ok = got >= int(want[2:]) if want.startswith(">=") else got == int(want)
        if not ok:
            problems.append(f"{got} events named {name!r}, expected {want}")
    for spec in args.on:
        track_re, _, name = spec.partition("=")
        if not any(e.get("name") == name and re.search(track_re, names.get((e["pid"], e["tid"]), ""))
                   for e in events if e.get("ph") in ("X", "i")):
            problems.append(f"no {name!r} on a track matching {track_re!r}")
    for problem in problems:
        print(f"FAIL: {problem}")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
