# The default simulation run by scripts/run.sh.
#
# Until the QEMU co-simulation lands (QEMUBinary + QEMUDevice), this is the
# embedded engine's own demo: two components bounce an event over a link
# with 5ns/7ns latencies and report their statistics.
import sst

alice = sst.Component("alice", "coretest.PingPong")
alice.addParams({"hits": 10, "serve": True})
bob = sst.Component("bob", "coretest.PingPong")
bob.addParams({"hits": 10})

sst.Link("table").connect((alice, "port", "5ns"), (bob, "port", "7ns"))
sst.enableAllStatisticsForAllComponents()
