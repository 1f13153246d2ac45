# SPDX-License-Identifier: BSD-3-Clause
# A primary ticker that stops after N cycles and a background one that would run forever.
import sys

import sst

cycles = sys.argv[1] if len(sys.argv) > 1 else "100"
main = sst.Component("main", "coretest.Ticker")
main.addParams({"clock": "1GHz", "cycles": cycles})
background = sst.Component("background", "coretest.Ticker")
background.addParams({"clock": "250MHz", "cycles": "1000000000", "primary": "false"})
