import sst

sst.Component("a", "coretest.Ticker"
sst.Component("b", "coretest.Ticker")
