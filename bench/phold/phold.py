# SPDX-License-Identifier: BSD-3-Clause
# PHOLD on a 2-D torus: sst bench/phold/phold.py [--stop-at T] -- [NODES] [EVENTS_PER_NODE] [MAX_DELAY_NS]
# Each node links to its 4 torus neighbours with 1ns latency.
import math
import sys

import sst

nodes = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
events = int(sys.argv[2]) if len(sys.argv) > 2 else 10
max_delay = int(sys.argv[3]) if len(sys.argv) > 3 else 10

cols = max(d for d in range(1, int(math.isqrt(nodes)) + 1) if nodes % d == 0)
rows = nodes // cols
if rows < 3 or cols < 3:
    raise ValueError(f"{nodes} nodes do not make a torus of at least 3x3 (got {rows}x{cols})")

grid = [[sst.Component(f"n{r}_{c}", "phold.Node") for c in range(cols)] for r in range(rows)]
for row in grid:
    for node in row:
        node.addParams({"events": events, "max_delay": max_delay, "seed": 7})

# Each node's port_0/port_1 go east/south; port_2/port_3 receive west/north.
for r in range(rows):
    for c in range(cols):
        east = sst.Link(f"e{r}_{c}")
        east.connect((grid[r][c], "port_0", "1ns"), (grid[r][(c + 1) % cols], "port_2", "1ns"))
        south = sst.Link(f"s{r}_{c}")
        south.connect((grid[r][c], "port_1", "1ns"), (grid[(r + 1) % rows][c], "port_3", "1ns"))

sst.setProgramOption("stop-at", "10us")
sst.setStatisticLoadLevel(1)
sst.enableAllStatisticsForAllComponents()
sst.setStatisticOutput("sst.statOutputCSV")
sst.setStatisticOutputOptions({"filepath": "phold_stats.csv"})
