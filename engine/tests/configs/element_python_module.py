# SPDX-License-Identifier: BSD-3-Clause
# An element library's Python module (apiprobe's, engine/tests/api/api_signatures.cc): importing
# sst.apiprobe runs its code and its submodules', which then build the graph.
import sys

import sst
import sst.apiprobe
from sst.apiprobe.shapes import pair

print("modules:", sst.apiprobe.__name__, sys.modules["sst.apiprobe.shapes"].__name__,
      sys.modules["sst.apiprobe.empty"].__name__)
pair("a", "b", "1ns")
