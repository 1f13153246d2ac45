# SPDX-License-Identifier: BSD-3-Clause
"""The test tools' command lines: the tool's own options, then "--", then what it runs."""
import os
import sys


def options_and_command(what):
    """sys.argv split at the first "--": (the tool's options, the rest). Without a "--" the
    tool exits saying that `what` (e.g. "the command") must follow one."""
    argv = sys.argv[1:]
    if "--" not in argv:
        sys.exit(f"{os.path.basename(sys.argv[0])}: missing -- before {what}")
    split = argv.index("--")
    return argv[:split], argv[split + 1:]
