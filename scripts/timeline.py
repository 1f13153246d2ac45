#!/usr/bin/python3
# SPDX-License-Identifier: BSD-3-Clause
"""Draws a co-simulation trace (QEMUBinary's trace parameter) as a picture.

  scripts/timeline.py TRACE [TRACE ...] -o PICTURE.png [--from T] [--to T]
                      [--width INCHES] [--title TEXT]

One row per track (each hart, each device, the guest's own), in the trace's order;
slices are bars (a slice inside another is drawn inside it), instants are ticks,
one colour per name. Several traces (one per QEMU instance) share one time axis.
T is simulated time with a unit (500ns, 12.5us, 3ms, 1s; a bare number is in us);
the default window is the whole trace. Reads the trace a line at a time and keeps
only the window, so a long run's trace can be drawn. Needs Debian's
python3-matplotlib, which it installs on first use (scripts/lib.sh).
"""
import argparse
import json
import os
import re
import struct
import subprocess
import sys
import zlib

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UNITS_PS = {"ps": 1, "ns": 10**3, "us": 10**6, "ms": 10**9, "s": 10**12}
# What the bridge writes (elements/qemubinary/bridge_trace.h); "copy" is the DMA engine's.
BRIDGE_NAMES = ["read", "write", "sync", "interrupt", "DMA read", "DMA write", "copy", "guest exit", "unmapped read",
                "unmapped write"]


DEBIAN_PYTHON = "/usr/bin/python3"  # the one Debian's python3-matplotlib is for


def import_matplotlib():
    try:
        import matplotlib
    except ImportError:
        lib = os.path.join(REPO_ROOT, "scripts", "lib.sh")
        subprocess.run(["bash", "-c", 'source "$0" && ensure_packages "${TIMELINE_APT_PACKAGES[@]}"', lib], check=True,
                       stdout=sys.stderr)
        if os.path.realpath(sys.executable) != os.path.realpath(DEBIAN_PYTHON):
            os.execv(DEBIAN_PYTHON, [DEBIAN_PYTHON, os.path.abspath(__file__)] + sys.argv[1:])  # e.g. a pyenv python
        import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    return plt


def time_ps(text):
    m = re.fullmatch(r"\s*([0-9]*\.?[0-9]+)\s*(ps|ns|us|ms|s)?\s*", text)
    if not m:
        raise argparse.ArgumentTypeError(f"'{text}' is not a time such as 500ns, 12.5us or 3ms")
    return round(float(m.group(1)) * UNITS_PS[m.group(2) or "us"])


TS = re.compile(r'"ts":\s*([-0-9.eE+]+)')
DUR = re.compile(r'"dur":\s*([-0-9.eE+]+)')


def events_of(path, outside):
    """The trace's events, one at a time, as dicts; an event that `outside(t0_ps, t1_ps)` says
    lies outside the window comes as just its (t0_ps, t1_ps), unparsed (the bridge writes one
    event per line, and parsing is what takes the time). A file in another layout (one JSON
    document) is read whole."""
    with open(path) as f:
        first = f.readline()
        if first.strip() != "[":
            f.seek(0)
            try:
                doc = json.load(f)
            except json.JSONDecodeError as e:
                raise ValueError(f"{path}: not a Trace Event Format file ({e})")
            yield from (doc.get("traceEvents", []) if isinstance(doc, dict) else doc)
            return
        for number, line in enumerate(f, start=2):
            line = line.strip().rstrip(",")
            if line in ("", "]"):
                continue
            head = line.split('"args"', 1)[0]
            ts = TS.search(head)
            if ts and '"ph":"M"' not in head:
                dur = DUR.search(head)
                t0 = round(float(ts.group(1)) * 1e6)
                t1 = t0 + (round(float(dur.group(1)) * 1e6) if dur else 0)
                if outside(t0, t1):
                    yield (t0, t1)
                    continue
            try:
                yield json.loads(line)
            except json.JSONDecodeError as e:
                raise ValueError(f"{path}:{number}: not a trace event ({e})")


class Track:
    def __init__(self, key):
        self.key, self.name, self.sort = key, f"pid {key[0]} tid {key[1]}", key[1]
        self.slices, self.instants = [], []  # (start_ps, end_ps, name), (at_ps, name)


def read(paths, start, end):
    processes, tracks = {}, {}
    first, last = None, None

    def track(key):
        if key not in tracks:
            tracks[key] = Track(key)
        return tracks[key]

    def outside(t0, t1):
        return (start is not None and t1 < start) or (end is not None and t0 > end)

    for index, path in enumerate(paths):
        for e in events_of(path, outside):
            if isinstance(e, tuple):  # outside the window: only its times count
                first = e[0] if first is None else min(first, e[0])
                last = e[1] if last is None else max(last, e[1])
                continue
            key = (index, e.get("pid", 0), e.get("tid", 0))
            ph = e.get("ph")
            if ph == "M":
                args = e.get("args", {})
                if e.get("name") == "process_name":
                    processes.setdefault(key[:2], [0, ""])[1] = args.get("name", "")
                elif e.get("name") == "process_sort_index":
                    processes.setdefault(key[:2], [0, ""])[0] = args.get("sort_index", 0)
                elif e.get("name") == "thread_name":
                    track(key).name = args.get("name", "")
                elif e.get("name") == "thread_sort_index":
                    track(key).sort = args.get("sort_index", 0)
                continue
            if ph not in ("X", "i", "I"):
                continue
            t0 = round(e["ts"] * 1e6)
            t1 = t0 + round(e.get("dur", 0) * 1e6) if ph == "X" else t0
            first = t0 if first is None else min(first, t0)
            last = t1 if last is None else max(last, t1)
            if outside(t0, t1):
                continue
            if ph == "X":
                track(key).slices.append((t0, t1, e.get("name", "")))
            else:
                track(key).instants.append((t0, e.get("name", "")))
    if first is None:
        raise ValueError(f"{', '.join(paths)}: no slices or instants in the trace")
    order = sorted(tracks.values(), key=lambda t: (t.key[0], processes.get(t.key[:2], [0])[0], t.key[1], t.sort, t.key))
    return order, processes, first, last


def depths(slices):
    """Each slice's nesting depth on its track."""
    out, stack = [], []
    for s in sorted(slices, key=lambda s: (s[0], -(s[1] - s[0]))):
        while stack and stack[-1] <= s[0] and stack[-1] < s[1]:
            stack.pop()
        out.append((s, len(stack)))
        stack.append(s[1])
    return out


def unit_for(span_ps):
    for unit in ("s", "ms", "us", "ns"):
        if span_ps >= 2 * UNITS_PS[unit]:
            return unit
    return "ps"


def draw(plt, tracks, processes, start, end, args):
    unit = unit_for(end - start)
    scale = UNITS_PS[unit]
    palette = plt.get_cmap("tab10").colors + plt.get_cmap("Dark2").colors
    # The bridge's names keep their colours from picture to picture; others by a hash of the name.
    colour = {n: palette[i] for i, n in enumerate(BRIDGE_NAMES)}
    for t in tracks:
        for n in [s[2] for s in t.slices] + [i[1] for i in t.instants]:
            colour.setdefault(n, palette[len(BRIDGE_NAMES) + zlib.crc32(n.encode()) % (len(palette) - len(BRIDGE_NAMES))])
    height = max(2.0, 0.55 * len(tracks) + 1.3)
    fig, ax = plt.subplots(figsize=(args.width, height), dpi=100)
    min_width = (end - start) / 1500  # a zero-length slice still shows
    drawn_slices = drawn_instants = 0
    labels = []
    for row, t in enumerate(tracks):
        y = len(tracks) - 1 - row
        process = processes.get(t.key[:2], [0, ""])[1]
        labels.append(f"{t.name}\n{process}" if process else t.name)
        bars = {}
        for (t0, t1, name), depth in depths(t.slices):
            inset = min(depth, 3) * 0.12
            bars.setdefault((name, inset), []).append((max(t0, start) / scale,
                                                        max(min(t1, end) - max(t0, start), min_width) / scale))
            drawn_slices += 1
        for (name, inset), spans in bars.items():
            ax.broken_barh(spans, (y - 0.38 + inset, 0.76 - 2 * inset), facecolors=colour[name], edgecolor="none",
                           label=name)
        ticks = {}
        for at, name in t.instants:
            ticks.setdefault(name, []).append(at / scale)
            drawn_instants += 1
        for name, xs in ticks.items():
            ax.vlines(xs, y - 0.45, y + 0.45, colors=[colour[name]], linewidth=1.2, label=name)
    ax.set_yticks(range(len(tracks)))
    ax.set_yticklabels(reversed(labels), fontsize=8)
    ax.set_ylim(-0.6, len(tracks) - 0.4)
    ax.set_xlim(start / scale, end / scale)
    ax.ticklabel_format(axis="x", style="plain", useOffset=False)
    ax.set_xlabel(f"simulated time ({unit})")
    ax.grid(axis="x", linestyle=":", linewidth=0.5)
    ax.set_title(args.title or ", ".join(os.path.basename(p) for p in args.trace), fontsize=10)
    handles, seen = [], set()
    for h in ax.get_legend_handles_labels()[0]:
        if h.get_label() not in seen:
            seen.add(h.get_label())
            handles.append(h)
    if handles:
        ax.legend(handles=handles, fontsize=7, loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False)
    fig.tight_layout()
    fig.savefig(args.output, metadata={"Software": None})  # no version stamp: the same trace, the same bytes
    plt.close(fig)
    return unit, scale, drawn_slices, drawn_instants


def picture_size(path):
    """'W x H px, ' of a PNG as written (read back from its header), else ''."""
    with open(path, "rb") as f:
        head = f.read(24)
    if head[:8] != b"\x89PNG\r\n\x1a\n":
        return ""
    width, height = struct.unpack(">II", head[16:24])
    return f"{width}x{height} px, "


def main():
    parser = argparse.ArgumentParser(prog="timeline.py", description=__doc__.split("\n\n")[0])
    parser.add_argument("trace", nargs="+")
    parser.add_argument("-o", "--output", required=True, help="the picture (PNG, or SVG/PDF by its extension)")
    parser.add_argument("--from", dest="start", type=time_ps)
    parser.add_argument("--to", dest="end", type=time_ps)
    parser.add_argument("--width", type=float, default=12.0, help="picture width in inches (100 px each)")
    parser.add_argument("--title")
    args = parser.parse_args()
    if args.start is not None and args.end is not None and args.start >= args.end:
        parser.error("--from must be before --to")
    try:
        tracks, processes, first, last = read(args.trace, args.start, args.end)
    except OSError as e:
        sys.exit(f"timeline.py: error: {e.filename}: {e.strerror}")
    except (ValueError, KeyError, TypeError) as e:
        sys.exit(f"timeline.py: error: {e}")
    start = args.start if args.start is not None else first
    end = args.end if args.end is not None else max(last, start + 1)
    plt = import_matplotlib()
    unit, scale, slices, instants = draw(plt, tracks, processes, start, end, args)
    print(f"{args.output}: {picture_size(args.output)}{len(tracks)} tracks, {slices} slices, {instants} instants, "
          f"from {start / scale:g} to {end / scale:g} {unit}")


if __name__ == "__main__":
    main()
