// SPDX-License-Identifier: BSD-3-Clause
// Simulation semantics, driven from a ConfigModel built in C++ with the components of
// test_components.h, through the same checks and phases as `sst` runs them.
#include "model_checks.h"
#include "simulation.h"
#include "test_components.h"

#include <gtest/gtest.h>

#include <algorithm>

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
    ConfigModel model;
    size_t      add(const std::string& name, const std::string& type, std::map<std::string, std::string> params = {})
    {
        ConfigComponent* cc = model.addComponent(name, type);
        for ( auto& [k, v] : params )
            cc->params.insert(k, v);
        return model.components.size() - 1;
    }
    ConfigComponent& component(size_t i) { return *model.components[i]; }
    void link(const std::string& name, size_t a, const std::string& pa, const std::string& la, size_t b,
              const std::string& pb, const std::string& lb)
    {
        size_t l = model.addLink(name, "");
        model.connect(l, &component(a), pa, la);
        model.connect(l, &component(b), pb, lb);
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

struct RunResult
{
    SST::SimTime_t end_time;
};

RunResult run(Graph& g, SimOptions options = {})
{
    log().clear();
    checkModel(g.model);
    Simulation sim(options, g.model);
    sim.build();
    sim.run();
    return { sim.getEndSimCycle() };
}

RunResult run(Graph&& g, SimOptions options = {}) { return run(g, options); }

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
    RunResult r = run(t);
    // No primary component ends the run: as in SST Core, once no activity is left, time jumps
    // to the end of time (a stop action waits there) and finish() sees it.
    EXPECT_EQ(log(), (Log{ "dst2@2000:0", "dst@5000:0", "dst@6000:2", "dst@8000:1", "dst:finish@18446744073709551615",
                           "dst2:finish@18446744073709551615" }));
    EXPECT_EQ(r.end_time, SST::MAX_SIMTIME_T);
}

TEST(Simulation, EventsOfTheSameTimeArriveInSendOrder)
{
    run(sourceToSink("1ns", "1ns", { { "delays", "[4, 4, 4, 4]" } }));
    EXPECT_EQ(log(), (Log{ "dst@5000:0", "dst@5000:1", "dst@5000:2", "dst@5000:3", "dst:finish@18446744073709551615" }));
}

TEST(Simulation, ClockCyclesStartAtOneAndReturningTrueRemovesTheHandler)
{
    Graph t;
    t.add("fast", "unittest.Clocked", { { "clock", "1GHz" }, { "cycles", "3" } });
    t.add("slow", "unittest.Clocked", { { "clock", "500MHz" }, { "cycles", "1" } });
    RunResult r = run(t);
    // At 2ns both clocks are due: the slow one was queued first (at construction), so it ticks first.
    EXPECT_EQ(log(), (Log{ "fast:1@1000", "slow:1@2000", "fast:2@2000", "fast:3@3000" }));
    EXPECT_EQ(r.end_time, SST::MAX_SIMTIME_T);
}

TEST(Simulation, ClocksRunBeforeEventsOfTheSameTime)
{
    Graph t = sourceToSink("1ns");
    t.add("clk", "unittest.Clocked", { { "clock", "1GHz" }, { "cycles", "2" } });
    run(t);
    EXPECT_EQ(log(), (Log{ "clk:1@1000", "dst@1000:0", "clk:2@2000", "dst:finish@18446744073709551615" }));
}

TEST(Simulation, RunEndsWhenEveryPrimaryComponentIsDone)
{
    Graph t;
    size_t src = t.add("src", "unittest.Source", { { "delays", "[0, 0, 10]" } });
    size_t dst = t.add("dst", "unittest.Sink", { { "expect", "2" } });
    t.link("l", src, "out", "5ns", dst, "in", "5ns");
    t.add("clk", "unittest.Clocked", { { "clock", "1GHz" }, { "cycles", "1000000" } });
    RunResult r = run(t);
    EXPECT_EQ(r.end_time, 5000u);
    // The clock ticked through 5ns (clocks run before events of a time), never past it.
    EXPECT_EQ(std::count(log().begin(), log().end(), "clk:5@5000"), 1);
    EXPECT_EQ(std::count(log().begin(), log().end(), "clk:6@6000"), 0);
    EXPECT_EQ(std::count(log().begin(), log().end(), "dst@15000:2"), 0);
}

TEST(Simulation, StopAtExcludesActivitiesAtThatTime)
{
    SimOptions o;
    o.stop_at   = "15ns";
    RunResult r = run(sourceToSink("5ns", "5ns", { { "delays", "[0, 10]" } }), o);
    EXPECT_EQ(log(), (Log{ "dst@5000:0", "dst:finish@15000" }));
    EXPECT_EQ(r.end_time, 15000u);
}

TEST(Simulation, TimebaseOptionScalesCoreTime)
{
    SimOptions o;
    o.timebase = "1ns";
    run(sourceToSink("5ns", "5ns", { { "delays", "[2]" } }), o);
    EXPECT_EQ(log(), (Log{ "dst@7:0", "dst:finish@18446744073709551615" }));
}

TEST(Simulation, SerializeEventsKeepsSerializedFields)
{
    SimOptions o;
    o.serialize_events = true;
    run(sourceToSink("1ns", "1ns", { { "delays", "[0, 1]" } }), o);
    EXPECT_EQ(log(), (Log{ "dst@1000:0", "dst@2000:1", "dst:finish@18446744073709551615" }));
}

TEST(Simulation, SelfLinksDeliverToTheSameComponent)
{
    Graph t;
    t.add("loop", "unittest.Looper", { { "period", "3" }, { "count", "3" } });
    run(t);
    EXPECT_EQ(log(), (Log{ "loop@3000:0", "loop@6000:1", "loop@9000:2" }));
}

TEST(Simulation, PollingLinksQueueEventsUntilRecv)
{
    Graph  t;
    size_t src = t.add("src", "unittest.Source", { { "delays", "[0, 2]" } });
    size_t dst = t.add("poll", "unittest.Poller", { { "cycles", "4" } });
    t.link("l", src, "out", "1ns", dst, "in", "1ns");
    run(t);
    // Arrivals at 1ns and 3ns: as in SST Core, a polled event is there from its delivery time on,
    // so the tick of that time (which runs before events of its time) already sees it.
    EXPECT_EQ(log(), (Log{ "poll:1 got 0", "poll:3 got 1" }));
}

TEST(Simulation, StatisticsFollowEnablesAndLoadLevel)
{
    // As SST Core: enable-all records the statistics up to the load level (global, or the
    // component's own); a statistic enabled by name is recorded whatever its level.
    auto output = [](bool enable_all, unsigned level, std::vector<std::string> some = {},
                     std::optional<unsigned> component_level = std::nullopt) {
        Graph            t   = sourceToSink("1ns", "1ns", { { "delays", "[0, 0]" } });
        ConfigComponent& dst = t.component(1);
        if ( enable_all ) dst.enableStatistic(STATALLFLAG, SST::Params(), false);
        for ( auto& name : some )
            dst.enableStatistic(name, SST::Params(), false);
        if ( component_level ) dst.setStatisticLoadLevel(static_cast<uint8_t>(*component_level), false);
        t.model.stats.load_level = static_cast<uint8_t>(level);
        testing::internal::CaptureStdout();
        run(t);
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
    EXPECT_EQ(output(true, 0).find("dst."), std::string::npos);
    EXPECT_NE(output(true, 0, {}, 5).find("dst.debug"), std::string::npos);
    EXPECT_EQ(output(false, 7).find("dst."), std::string::npos);
    std::string named = output(false, 0, { "debug" });
    EXPECT_EQ(named.find("dst.values"), std::string::npos);
    EXPECT_NE(named.find("dst.debug"), std::string::npos);
}

// Configuration mistakes: one FATAL line naming the culprit, exit status 1 (model_checks.h).
using SimulationConfigDeathTest = testing::Test;

TEST(SimulationConfigDeathTest, ErrorsNameTheCulprit)
{
    auto expectError = [](Graph&& t, const std::string& regex, SimOptions o = {}) {
        EXPECT_EXIT(run(t, o), testing::ExitedWithCode(1), regex);
    };
    {
        Graph t;
        t.add("x", "unittest.Nope");
        expectError(std::move(t), "component 'x' \\(unittest.Nope\\): element library 'unittest' has no component "
                                  "'Nope' \\(it has: Clocked, Looper, Poller, Sink, Source, Strict\\)");
    }
    {
        Graph t;
        t.add("x", "notalib.Thing");
        expectError(std::move(t), "component 'x' \\(notalib.Thing\\): element library 'notalib' not found");
    }
    expectError(sourceToSink("1ns", "1ns", {}, "output"),
                "Attempting to connect to unknown port: output, in component src of type unittest.Source");
    {
        Graph  t;
        size_t a = t.add("a", "unittest.Source"), b = t.add("b", "unittest.Sink"), c = t.add("c", "unittest.Source");
        t.link("l1", a, "out", "1ns", b, "in", "1ns");
        t.link("l2", c, "out", "1ns", b, "in", "1ns");
        expectError(std::move(t), "Port in of Component b connected to two links: l2, l1");
    }
    {
        Graph  t;
        size_t a = t.add("a", "unittest.Source");
        t.add("b", "unittest.Sink");
        size_t l = t.model.addLink("half", "");
        t.model.connect(l, &t.component(a), "out", "1ns");
        expectError(std::move(t), "Found dangling link: half.  It is connected on one side to component a");
    }
    expectError(sourceToSink("5 parsec"), "link 'l': latency '5 parsec': ");
    expectError(sourceToSink("1GHz"), "link 'l': latency '1GHz': not a time");
    expectError(sourceToSink("-1ns"), "link 'l': latency '-1ns': a latency cannot be negative");
    {
        Graph t;
        t.add("clk", "unittest.Clocked", { { "clock", "fast" } });
        expectError(std::move(t), "component 'clk' \\(unittest.Clocked\\): ");
    }
}

TEST(Simulation, ADelayOnALinkWithoutTimeBaseCountsAsZero)
{
    // As SST Core: Link::send(delay, ev) multiplies delay by the link's time base, which is 0
    // when neither configureSelfLink nor the component set one.
    Graph t;
    t.add("loop", "unittest.Looper", { { "timebase", "" }, { "period", "3" }, { "count", "2" } });
    run(t);
    EXPECT_EQ(log(), (Log{ "loop@0:0", "loop@0:1" }));
}
