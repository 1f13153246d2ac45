// SPDX-License-Identifier: BSD-3-Clause
// The embedded engine: builds components and links from a ConfigGraph and
// runs the discrete-event loop with SST Core's semantics.
#ifndef SST_ENGINE_SIMULATION_H
#define SST_ENGINE_SIMULATION_H

#include "component_info.h"
#include "config_graph.h"
#include "time_vortex.h"

#include "sst/core/clock.h"
#include "sst/core/link.h"
#include "sst/core/output.h"

#include <algorithm>
#include <chrono>
#include <csignal>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace SST::Engine {

class ClockActivity;

struct RunOptions
{
    std::string                timebase = "1ps";
    std::optional<std::string> stop_at;
    std::optional<std::string> heartbeat_period;
    unsigned                   verbose          = 0;
    bool                       print_timing     = false;
    bool                       serialize_events = false;
};

/** Program options from the configuration, overridden by the command line. */
RunOptions resolveRunOptions(const std::map<std::string, std::string>& from_config, const RunOptions& from_command_line,
                             const std::set<std::string>& set_on_command_line);

struct RunResult
{
    SimTime_t end_time       = 0;
    uint64_t  activities     = 0;
    double    run_seconds    = 0;
    double    build_seconds  = 0;
    int       exit_code      = 0;
};

class Simulation
{
public:
    /** Validates the graph against the ELI, wires links and constructs components; throws ConfigError. */
    Simulation(const ConfigGraph& graph, RunOptions options);
    ~Simulation();
    Simulation(const Simulation&)            = delete;
    Simulation& operator=(const Simulation&) = delete;

    /** init phases, setup, the event loop, complete phases, finish, statistics output. */
    RunResult run();

    static Simulation* current() { return current_; }

    SimTime_t     now() const { return now_; }
    TimeConverter timeConverter(const std::string& period_or_frequency) const;
    TimeConverter timeConverter(const UnitAlgebra& period_or_frequency) const;
    UnitAlgebra   coreTimeBase() const { return core_tb_; }
    Output&       output() { return out_; }
    bool          serializeEvents() const { return options_.serialize_events; }
    const ConfigGraph& graph() const { return graph_; }

    /** order_tag: an event's receiving link end's (Link::order_tag_); 0 for other activities. */
    void schedule(Activity* a, SimTime_t time, uint32_t order_tag = 0)
    {
        queue_.insert(a, time, a->getPriority(), order_tag);
    }

    ComponentInfo* takeConstructing();
    Link*          configureLink(ComponentInfo& c, const std::string& port, const TimeConverter* tb,
                                 Event::HandlerBase* handler);
    Link*          configureSelfLink(ComponentInfo& c, const std::string& port, const TimeConverter* tb,
                                     Event::HandlerBase* handler);
    TimeConverter  registerClock(ComponentInfo& c, TimeConverter period, Clock::HandlerBase* handler, bool reg_all);
    Cycle_t        reregisterClock(TimeConverter period, Clock::HandlerBase* handler);
    void           unregisterClock(TimeConverter period, Clock::HandlerBase* handler);
    Cycle_t        nextClockCycle(TimeConverter period) const;
    void           primaryDoNotEndSim(ComponentInfo& c);
    void           primaryOKToEndSim(ComponentInfo& c);
    bool           statisticEnabled(const ComponentInfo& c, const std::string& stat) const;
    void           untimedDataSent() { untimed_sent_ = true; }
    void           requestExitCode(int code);
    /** When something next happens: the earliest pending activity, or the stop time if sooner. */
    SimTime_t nextActivityTime() const { return std::min(queue_.empty() ? MAX_SIMTIME_T : queue_.top().time, stop_at_); }

    /** Ends the process after a fatal error: emergencyShutdown() on every component, then exit(code). */
    [[noreturn]] void fatalExit(int code);
    /** Reports an error at the current simulated time naming the component, then fatalExit(1). */
    [[noreturn]] void componentError(const ComponentInfo& c, const std::string& message);

private:
    void           build();
    ClockActivity& clockFor(TimeConverter period);
    Link*          bindLinkEnd(ComponentInfo& c, const std::string& port, Link& link, const TimeConverter* tb,
                               Event::HandlerBase* handler);
    void runUntimedPhases(bool init);
    void runLoop(RunResult& result);
    void writeStatistics();
    void emergencyShutdown();

    static Simulation* current_;

    ConfigGraph                                  graph_;
    RunOptions                                   options_;
    uint32_t                                     next_link_order_tag_ = 1;
    Output                                       out_;
    UnitAlgebra                                  core_tb_;
    TimeVortex                                   queue_;
    SimTime_t                                    now_     = 0;
    SimTime_t                                    stop_at_ = MAX_SIMTIME_T;
    SimTime_t                                    heartbeat_        = MAX_SIMTIME_T; // next heartbeat
    SimTime_t                                    heartbeat_period_ = 0;
    std::vector<std::unique_ptr<ComponentInfo>>  components_;
    std::vector<std::unique_ptr<Link>>           links_;
    std::map<SimTime_t, std::unique_ptr<ClockActivity>> clocks_;
    std::set<Clock::HandlerBase*>                clock_handlers_; // owned, as SST owns them
    ComponentInfo*                               constructing_ = nullptr;
    unsigned                                     primary_waiting_ = 0;
    bool                                         exit_pending_    = false;
    SimTime_t                                    exit_time_       = 0;
    bool                                         untimed_sent_    = false;
    bool                                         in_shutdown_     = false;
    int                                          requested_exit_code_ = 0;
    std::chrono::steady_clock::time_point        build_start_;
    double                                       build_seconds_ = 0;
};

/** Set by SIGINT/SIGTERM; the loop ends the run cleanly when it sees it. */
extern volatile std::sig_atomic_t g_stop_signal;

} // namespace SST::Engine

#endif
