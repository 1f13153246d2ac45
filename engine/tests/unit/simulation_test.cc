// SPDX-License-Identifier: BSD-3-Clause
// Simulation semantics, driven from a ConfigGraph built in C++ with the
// components of test_components.h.
#include "element_registry.h"
#include "simulation.h"
#include "test_components.h"

#include <gtest/gtest.h>

using namespace SST::Engine;
using unittest::log;

std::vector<std::string>& unittest::log()
{
    static std::vector<std::string> entries;
    return entries;
}

namespace {

struct Graph
{
    ConfigGraph g;
    size_t      add(const std::string& name, const std::string& type, std::map<std::string, std::string> params = {})
    {
        size_t i               = g.addComponent(name, type);
        g.components[i].params = std::move(params);
        return i;
    }
    void link(const std::string& name, size_t a, const std::string& pa, const std::string& la, size_t b,
              const std::string& pb, const std::string& lb)
    {
        size_t l      = g.addLink(name, "");
        g.links[l].ends = { { a, pa, la }, { b, pb, lb } };
    }
};

/** src (unittest.Source) -> dst (unittest.Sink) over link "l". */
Graph sourceToSink(const std::string& src_latency, const std::string& dst_latency = "1ns",
                   std::map<std::string, std::string> src_params = {}, const std::string& src_port = "out")
{
    Graph  t;
    size_t src = t.add("src", "unittest.Source", std::move(src_params));
    size_t dst = t.add("dst", "unittest.Sink");
    t.link("l", src, src_port, src_latency, dst, "in", dst_latency);
    return t;
}

RunResult run(const ConfigGraph& g, RunOptions options = {})
{
    log().clear();
    Simulation sim(g, options);
    return sim.run();
}

std::string configError(const ConfigGraph& g, RunOptions options = {})
{
    try {
        Simulation sim(g, options);
    }
    catch ( const ConfigError& e ) {
        return e.what();
    }
    return "(no error)";
}

using Log = std::vector<std::string>;

} // namespace

TEST(Simulation, LinkLatencyIsPerSendingEndPlusExtraDelay)
{
    Graph t;
    size_t src = t.add("src", "unittest.Source", { { "delays", "[0, 3, 1]" } });
    size_t dst = t.add("dst", "unittest.Sink");
    t.link("l", src, "out", "5ns", dst, "in", "7ns");
    size_t back = t.add("back", "unittest.Source", { { "delays", "[0]" }, { "timebase", "1ps" } });
    size_t dst2 = t.add("dst2", "unittest.Sink");
    t.link("l2", dst2, "in", "9ns", back, "out", "2ns");
    RunResult r = run(t.g);
    // No primary component ends the run: as in SST Core, once no activity is left, time jumps
    // to the end of time (a stop action waits there) and finish() sees it.
    EXPECT_EQ(log(), (Log{ "dst2@2000:0", "dst@5000:0", "dst@6000:2", "dst@8000:1", "dst:finish@18446744073709551615",
                           "dst2:finish@18446744073709551615" }));
    EXPECT_EQ(r.end_time, SST::MAX_SIMTIME_T);
}

TEST(Simulation, EventsOfTheSameTimeArriveInSendOrder)
{
    run(sourceToSink("1ns", "1ns", { { "delays", "[4, 4, 4, 4]" } }).g);
    EXPECT_EQ(log(), (Log{ "dst@5000:0", "dst@5000:1", "dst@5000:2", "dst@5000:3", "dst:finish@18446744073709551615" }));
}

TEST(Simulation, ClockCyclesStartAtOneAndReturningTrueRemovesTheHandler)
{
    Graph t;
    t.add("fast", "unittest.Clocked", { { "clock", "1GHz" }, { "cycles", "3" } });
    t.add("slow", "unittest.Clocked", { { "clock", "500MHz" }, { "cycles", "1" } });
    RunResult r = run(t.g);
    // At 2ns both clocks are due: the slow one was queued first (at construction), so it ticks first.
    EXPECT_EQ(log(), (Log{ "fast:1@1000", "slow:1@2000", "fast:2@2000", "fast:3@3000" }));
    EXPECT_EQ(r.end_time, SST::MAX_SIMTIME_T);
}

TEST(Simulation, ClocksRunBeforeEventsOfTheSameTime)
{
    Graph t = sourceToSink("1ns");
    t.add("clk", "unittest.Clocked", { { "clock", "1GHz" }, { "cycles", "2" } });
    run(t.g);
    EXPECT_EQ(log(), (Log{ "clk:1@1000", "dst@1000:0", "clk:2@2000", "dst:finish@18446744073709551615" }));
}

TEST(Simulation, RunEndsWhenEveryPrimaryComponentIsDone)
{
    Graph t;
    size_t src = t.add("src", "unittest.Source", { { "delays", "[0, 0, 10]" } });
    size_t dst = t.add("dst", "unittest.Sink", { { "expect", "2" } });
    t.link("l", src, "out", "5ns", dst, "in", "5ns");
    t.add("clk", "unittest.Clocked", { { "clock", "1GHz" }, { "cycles", "1000000" } });
    RunResult r = run(t.g);
    EXPECT_EQ(r.end_time, 5000u);
    // The clock ticked through 5ns (clocks run before events of a time), never past it.
    EXPECT_EQ(std::count(log().begin(), log().end(), "clk:5@5000"), 1);
    EXPECT_EQ(std::count(log().begin(), log().end(), "clk:6@6000"), 0);
    EXPECT_EQ(std::count(log().begin(), log().end(), "dst@15000:2"), 0);
}

TEST(Simulation, StopAtExcludesActivitiesAtThatTime)
{
    RunOptions o;
    o.stop_at   = "15ns";
    RunResult r = run(sourceToSink("5ns", "5ns", { { "delays", "[0, 10]" } }).g, o);
    EXPECT_EQ(log(), (Log{ "dst@5000:0", "dst:finish@15000" }));
    EXPECT_EQ(r.end_time, 15000u);
}

TEST(Simulation, TimebaseOptionScalesCoreTime)
{
    RunOptions o;
    o.timebase = "1ns";
    run(sourceToSink("5ns", "5ns", { { "delays", "[2]" } }).g, o);
    EXPECT_EQ(log(), (Log{ "dst@7:0", "dst:finish@18446744073709551615" }));
}

TEST(Simulation, SerializeEventsKeepsSerializedFields)
{
    RunOptions o;
    o.serialize_events = true;
    run(sourceToSink("1ns", "1ns", { { "delays", "[0, 1]" } }).g, o);
    EXPECT_EQ(log(), (Log{ "dst@1000:0", "dst@2000:1", "dst:finish@18446744073709551615" }));
}

TEST(Simulation, SelfLinksDeliverToTheSameComponent)
{
    Graph t;
    t.add("loop", "unittest.Looper", { { "period", "3" }, { "count", "3" } });
    run(t.g);
    EXPECT_EQ(log(), (Log{ "loop@3000:0", "loop@6000:1", "loop@9000:2" }));
}

TEST(Simulation, PollingLinksQueueEventsUntilRecv)
{
    Graph  t;
    size_t src = t.add("src", "unittest.Source", { { "delays", "[0, 2]" } });
    size_t dst = t.add("poll", "unittest.Poller", { { "cycles", "4" } });
    t.link("l", src, "out", "1ns", dst, "in", "1ns");
    run(t.g);
    // Arrivals at 1ns and 3ns; a tick runs before events of its own time, so each is seen one tick later.
    EXPECT_EQ(log(), (Log{ "poll:2 got 0", "poll:4 got 1" }));
}

TEST(Simulation, StatisticsFollowEnablesAndLoadLevel)
{
    // As SST Core: enable-all records the statistics up to the load level (global, or the
    // component's own); a statistic enabled by name is recorded whatever its level.
    auto output = [](bool enable_all, unsigned level, std::set<std::string> some = {},
                     std::optional<unsigned> component_level = std::nullopt) {
        Graph        t   = sourceToSink("1ns", "1ns", { { "delays", "[0, 0]" } });
        const size_t dst = 1;
        t.g.components[dst].all_stats       = enable_all;
        t.g.components[dst].stats           = some;
        t.g.components[dst].stat_load_level = component_level;
        t.g.stat_load_level                 = level;
        testing::internal::CaptureStdout();
        run(t.g);
        return testing::internal::GetCapturedStdout();
    };
    std::string all = output(true, 5);
    EXPECT_NE(all.find(" dst.values : Accumulator : Sum.u64 = 1; SumSQ.u64 = 1; Count.u64 = 2; Min.u64 = 0; Max.u64 = 1;"),
              std::string::npos)
        << all;
    EXPECT_NE(all.find("dst.debug"), std::string::npos);
    std::string level1 = output(true, 1);
    EXPECT_NE(level1.find("dst.values"), std::string::npos);
    EXPECT_EQ(level1.find("dst.debug"), std::string::npos) << level1;
    std::string level0 = output(true, 0);
    EXPECT_EQ(level0.find("dst."), std::string::npos) << level0;
    EXPECT_NE(level0.find("Warning: statistics are enabled for all of a component's statistics, but the statistic load "
                          "level is 0"),
              std::string::npos)
        << level0;
    EXPECT_NE(output(true, 0, {}, 5).find("dst.debug"), std::string::npos);
    EXPECT_EQ(output(false, 7).find("dst."), std::string::npos);
    std::string named = output(false, 0, { "debug" });
    EXPECT_EQ(named.find("dst.values"), std::string::npos);
    EXPECT_NE(named.find("dst.debug"), std::string::npos);
    EXPECT_EQ(named.find("Warning"), std::string::npos) << named;
}

TEST(SimulationConfig, ErrorsNameTheCulprit)
{
    auto expectError = [](const Graph& t, const std::string& needle, RunOptions o = {}) {
        std::string msg = configError(t.g, o);
        EXPECT_NE(msg.find(needle), std::string::npos) << "error was: " << msg;
    };
    {
        Graph t;
        t.add("x", "unittest.Nope");
        expectError(t, "component 'x' (unittest.Nope): element library 'unittest' has no component 'Nope' (it has: "
                       "Clocked, Looper, Poller, Sink, Source, Strict)");
    }
    {
        Graph t;
        t.add("x", "notalib.Thing");
        expectError(t, "element library 'notalib' not found");
    }
    {
        Graph t;
        t.add("x", "NoDot");
        expectError(t, "'NoDot' is not of the form library.Element");
    }
    {
        Graph t;
        t.add("x", "unittest.Strict");
        expectError(t, "component 'x' (unittest.Strict): required parameter 'needed' is not set");
    }
    expectError(sourceToSink("1ns", "1ns", {}, "output"), "link 'l': component 'src' (unittest.Source) has no port 'output'");
    {
        Graph t;
        size_t a = t.add("a", "unittest.Source"), b = t.add("b", "unittest.Sink"), c = t.add("c", "unittest.Source");
        t.link("l1", a, "out", "1ns", b, "in", "1ns");
        t.link("l2", c, "out", "1ns", b, "in", "1ns");
        expectError(t, "link 'l2': port 'in' of component 'b' (unittest.Sink) is already connected by link 'l1'");
    }
    {
        Graph t;
        size_t a = t.add("a", "unittest.Source");
        t.add("b", "unittest.Sink");
        size_t l        = t.g.addLink("half", "");
        t.g.links[l].ends = { { a, "out", "1ns" } };
        expectError(t, "link 'half' has 1 endpoint(s); it needs exactly 2");
    }
    expectError(sourceToSink("5 parsec"), "link 'l': latency '5 parsec': invalid unit 'parsec'");
    expectError(sourceToSink("1GHz"), "link 'l': latency '1GHz': '1GHz' is not a time");
    {
        RunOptions o;
        o.timebase = "1ns";
        expectError(sourceToSink("1ps"), "is shorter than the core time base 1 ns", o);
    }
    {
        Graph t;
        size_t a = t.add("a", "unittest.Strict", { { "needed", "1" } }), b = t.add("b", "unittest.Sink");
        t.link("l", a, "port", "1ns", b, "in", "1ns");
        expectError(t, "component 'a' (unittest.Strict): port 'port' is connected by link 'l' but the component never "
                       "configured it");
    }
    {
        Graph t;
        size_t b                   = t.add("b", "unittest.Sink");
        t.g.components[b].stats = { "bogus" };
        expectError(t, "component 'b' (unittest.Sink): statistic 'bogus' is not documented by the element");
    }
    {
        Graph t;
        t.add("b", "unittest.Sink");
        RunOptions o;
        o.stop_at = "10 lightyears";
        expectError(t, "bad time '10 lightyears'", o);
        o.stop_at  = std::nullopt;
        o.timebase = "1GHz";
        expectError(t, "program option 'timebase' = '1GHz' is not a positive time", o);
    }
    {
        Graph t;
        t.add("b", "unittest.Sink");
        t.g.stat_output = "sst.statOutputXML";
        expectError(t, "statistic output 'sst.statOutputXML' is not available");
    }
    EXPECT_EQ(configError(ConfigGraph{}), "the configuration defines no components");
}

TEST(SimulationDeath, DelayOnALinkWithoutTimeBaseIsFatal)
{
    Graph t;
    t.add("loop", "unittest.Looper", { { "timebase", "" } });
    EXPECT_EXIT(run(t.g), testing::ExitedWithCode(1), "link 'loop.loop': send\\(\\) with a delay on a link without a time base");
}

TEST(SimulationConfig, ABadTimeBaseNamesTheComponent)
{
    Graph t;
    t.add("clk", "unittest.Clocked", { { "clock", "fast" } });
    EXPECT_EQ(configError(t.g), "component 'clk' (unittest.Clocked): time base 'fast': invalid number in 'fast'");
}
