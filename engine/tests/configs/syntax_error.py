# SPDX-License-Identifier: BSD-3-Clause
import sst

sst.Component("a", "coretest.Ticker"
sst.Component("b", "coretest.Ticker")
