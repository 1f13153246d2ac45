# SPDX-License-Identifier: BSD-3-Clause
# Two players bounce a ball over a link; checks link latency and primary-component end.
import sys
import sst

hits = int(sys.argv[1]) if len(sys.argv) > 1 else 10
a = sst.Component("alice", "coretest.PingPong")
a.addParams({"hits": hits, "serve": True})
b = sst.Component("bob", "coretest.PingPong")
b.addParams({"hits": hits})

link = sst.Link("table")
link.connect((a, "port", "5ns"), (b, "port", "7ns"))
sst.setStatisticLoadLevel(1)
sst.enableAllStatisticsForAllComponents()
