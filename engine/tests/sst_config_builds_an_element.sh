#!/bin/sh
# SPDX-License-Identifier: BSD-3-Clause
# The two commands docs/engine.md shows, run as written in a scratch directory whose build/ is
# the build tree: an element compiled with sst-config's flags alone loads into sst and sst-info.
# Usage: sst_config_builds_an_element.sh BUILD_DIR
set -eu
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
ln -s "$1" "$work/build"
cd "$work"
cat > my_element.cc <<'CC'
#include <sst/core/sst_config.h>
#include <sst/core/component.h>

class Counter : public SST::Component {
public:
    SST_ELI_REGISTER_COMPONENT(Counter, "mylib", "Counter", SST_ELI_ELEMENT_VERSION(1, 0, 0),
                               "Counts clock ticks", COMPONENT_CATEGORY_UNCATEGORIZED)
    SST_ELI_DOCUMENT_PARAMS({"clock", "Clock frequency", "1GHz"})
    SST_ELI_DOCUMENT_STATISTICS({"ticks", "Ticks seen", "count", 1})

    Counter(SST::ComponentId_t id, SST::Params& params) : Component(id) {
        SST::TimeConverter clock = params.find<std::string>("clock", "1GHz");
        registerClock(clock, new SST::Clock::Handler<Counter, &Counter::tick>(this));
        ticks_ = registerStatistic<uint64_t>("ticks");
    }
private:
    bool tick(SST::Cycle_t) { ticks_->addData(1); return false; }
    SST::Statistics::Statistic<uint64_t>* ticks_;
};
CC
g++ $(build/bin/sst-config --ELEMENT_CXXFLAGS) -c my_element.cc -o my_element.o
g++ $(build/bin/sst-config --ELEMENT_LDFLAGS) my_element.o -o libmylib.so
build/bin/sst-info --add-lib-path . mylib.Counter | grep -q "ticks: Ticks seen"
cat > counter.py <<'PY'
import sst
c = sst.Component("c", "mylib.Counter")
c.enableStatistics(["ticks"])
PY
build/bin/sst --add-lib-path . --stop-at 10ns counter.py | grep -q " c.ticks : Accumulator : Sum.u64 = 9;"
echo "an element built with sst-config's flags loads and runs"
