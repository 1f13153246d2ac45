# SPDX-License-Identifier: BSD-3-Clause
# One broken configuration per case: sst bad_config.py -- CASE
import sys

import sst

case = sys.argv[1]
a = sst.Component("alice", "coretest.PingPong")
b = sst.Component("bob", "coretest.PingPong")
if case == "unknown_element":
    sst.Component("carol", "coretest.Pong")
elif case == "unknown_library":
    sst.Component("carol", "nosuchlib.Pong")
elif case == "unknown_port":
    sst.Link("l").connect((a, "prot", "1ns"), (b, "port", "1ns"))
elif case == "unconnected_port":
    pass  # PingPong requires its port: the component itself reports it
elif case == "bad_latency":
    sst.Link("l").connect((a, "port", "5 parsecs"), (b, "port", "1ns"))
elif case == "bad_param":
    sst.Link("l").connect((a, "port", "1ns"), (b, "port", "1ns"))
    a.addParam("hits", "many")
elif case == "bad_clock":
    t = sst.Component("t", "coretest.Ticker")
    t.addParam("clock", "1 GHzz")
    sst.Link("l").connect((a, "port", "1ns"), (b, "port", "1ns"))
elif case == "missing_required_param":
    sst.Component("g", "coretest.Greeter")
    sst.Link("l").connect((a, "port", "1ns"), (b, "port", "1ns"))
elif case == "unknown_option":
    sst.setProgramOption("stop_at", "1us")
elif case == "python_exception":
    sst.Link("l").connect((a, "port", "1ns"), (b, "port", "1ns"))
    raise ValueError("the model is inconsistent")
elif case == "duplicate_name":
    sst.Component("alice", "coretest.Ticker")
elif case == "bad_endpoint":
    sst.Link("l").connect((a, "port", "1ns"), ("bob", "port", "1ns"))
elif case == "negative_latency":
    sst.Link("l").connect((a, "port", "-5ns"), (b, "port", "1ns"))
elif case == "threads":
    sst.setProgramOption("num-threads", "4")
else:
    raise SystemExit(f"unknown case {case}")
