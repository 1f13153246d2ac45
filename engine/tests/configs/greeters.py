# SPDX-License-Identifier: BSD-3-Clause
# Untimed init data: each greeter hears the other's greeting in phase 1.
import sst

a = sst.Component("a", "coretest.Greeter")
a.addParam("greeting", "hi from a")
b = sst.Component("b", "coretest.Greeter")
b.addParam("greeting", "hi from b")
sst.Link("ab").connect((a, "peer_0", "1ns"), (b, "peer_0", "1ns"))
