# SPDX-License-Identifier: BSD-3-Clause
# Imports sst.<library> for the library named on the command line: the errors when it cannot.
import importlib
import sys

importlib.import_module("sst." + sys.argv[1])
