# SPDX-License-Identifier: BSD-3-Clause
# Statistics to a file: sst stats_output.py -- csv|json PATH
import sys

import sst

kind, path = sys.argv[1], sys.argv[2]
a = sst.Component("alice", "coretest.PingPong")
a.addParams({"hits": 6, "serve": True})
b = sst.Component("bob", "coretest.PingPong")
b.addParams({"hits": 6})
sst.Link("table", "2ns").connect((a, "port"), (b, "port"))
sst.setStatisticLoadLevel(1)
sst.enableAllStatisticsForComponentType("coretest.PingPong")
sst.setStatisticOutput({"csv": "sst.statOutputCSV", "json": "sst.statOutputJSON"}[kind])
sst.setStatisticOutputOptions({"filepath": path})
