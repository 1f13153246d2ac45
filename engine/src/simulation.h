// SPDX-License-Identifier: BSD-3-Clause
// The embedded engine's simulation: builds components and links from a ConfigModel and runs
// SST Core's phases (construction, init, setup, run, complete, finish) with its event loop:
// one time-ordered queue of activities, clocks shared per (period, priority), primary
// components deciding when the run ends, a stop action at --stop-at, real-time actions
// (signals, --exit-after, heartbeats), and the statistics engine.
#ifndef SST_ENGINE_SIMULATION_H
#define SST_ENGINE_SIMULATION_H

#include "config_model.h"
#include "sim_options.h"
#include "profiling.h"
#include "time_vortex.h"

#include "sst/core/action.h"
#include "sst/core/clock.h"
#include "sst/core/componentInfo.h"
#include "sst/core/link.h"
#include "sst/core/output.h"
#include "sst/core/rankInfo.h"
#include "sst/core/statapi/statengine.h"
#include "sst/core/timeLord.h"
#include "sst/core/unitAlgebra.h"

#include <csignal>
#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace SST::Engine {

class RealTimeManager;

/** Ends the run when the last primary component that asked to go on says it may end. */
class ExitAction : public Action
{
public:
    void         refInc() { ++ref_count_; }
    void         refDec();
    unsigned     refCount() const { return ref_count_; }
    SimTime_t    endTime() const { return end_time_; }
    void         setEndTime(SimTime_t t) { end_time_ = t; }
    void         execute() override;
    std::string  toString() const override;
    const char*  cls_name() const override { return "SST::Exit"; }
    uint32_t     cls_id() const override { return 0; }

    ExitAction() { setPriority(EXITPRIORITY); }

private:
    unsigned  ref_count_ = 0;
    SimTime_t end_time_  = 0;
};

/** Ends the run at its time (--stop-at, or the end of time when nothing else is queued). */
class StopAction : public Action
{
public:
    StopAction() { setPriority(STOPACTIONPRIORITY); }
    explicit StopAction(std::string message) : message_(std::move(message)) { setPriority(STOPACTIONPRIORITY); }
    void        execute() override;
    std::string toString() const override;
    const char* cls_name() const override { return "SST::StopAction"; }
    uint32_t    cls_id() const override { return 0; }

private:
    std::string message_;
};

class Simulation
{
public:
    enum class ShutdownMode { Clean, Signal, Emergency };

    static Simulation* get() { return instance_; }
    /** A TimeLord at 1ps for code that runs without a simulation (unit tests, the Python model). */
    static TimeLord& fallbackTimeLord();

    Simulation(SimOptions options, ConfigModel& model);
    ~Simulation();
    Simulation(const Simulation&)            = delete;
    Simulation& operator=(const Simulation&) = delete;

    /** Builds ComponentInfos and links, then constructs every component; fatal on errors. */
    void build();
    /** init phases, setup, the event loop, complete phases, finish, statistics output. */
    void run();

    // What the element API needs.
    SimTime_t     getCurrentSimCycle() const { return current_cycle_; }
    int           getCurrentPriority() const { return current_priority_; }
    UnitAlgebra   getElapsedSimTime() const;
    SimTime_t     getEndSimCycle() const { return end_cycle_; }
    UnitAlgebra   getEndSimTime() const;
    TimeLord&     timeLord() { return time_lord_; }
    Profiling&    profiling() { return profiling_; }
    Output&       output() { return sim_output_; }
    const SimOptions& options() const { return options_; }
    std::string&  outputDirectory() { return output_directory_; }
    RankInfo      rank() const { return RankInfo(0, 0); }
    RankInfo      numRanks() const { return RankInfo(1, 1); }
    bool          isWireUpFinished() const { return wireup_finished_; }
    bool          endSimRequested() const { return end_sim_; }
    SimulationRunMode runMode() const { return options_.run_mode; }
    Statistics::StatisticProcessingEngine& statEngine() { return stat_engine_; }
    ExitAction&   exitAction() { return *exit_; }
    uint32_t      nextLinkOrderTag() { return next_link_order_tag_++; }
    ComponentInfo* componentInfo(ComponentId_t id);
    ComponentInfo* componentInfoByName(const std::string& name);
    std::vector<ComponentInfo*> topComponents();
    unsigned      untimedPhase() const { return untimed_phase_; }
    void          untimedMessageSent() { ++untimed_msg_count_; }
    bool          serializeEvents() const { return options_.serialize_events; }
    double        runPhaseElapsed() const;
    double        initPhaseElapsed() const;
    double        completePhaseElapsed() const;

    void insertActivity(SimTime_t time, Activity* a)
    {
        a->setDeliveryTime(time);
        queue_.insert(a);
    }
    void          endSimulation();
    void          endSimulation(SimTime_t end);
    /** A signal or a real-time action ends the run (abnormal: an emergency shutdown). */
    void          signalShutdown(bool abnormal);
    /** Ends the process after a fatal error: emergencyShutdown() on every component, then exit(code). */
    [[noreturn]] void fatalExit(int code);
    void          requestExitCode(int code);
    SimTime_t     nextActivityTime() const;

    TimeConverter registerClock(TimeConverter tc, Clock::HandlerBase* handler, int priority);
    void          registerClock(SimTime_t factor, Clock::HandlerBase* handler, int priority)
    {
        registerClock(TimeConverter(factor), handler, priority);
    }
    void          unregisterClock(TimeConverter tc, Clock::HandlerBase* handler, int priority);
    Cycle_t       reregisterClock(TimeConverter tc, Clock::HandlerBase* handler, int priority);
    Cycle_t       getNextClockCycle(TimeConverter tc, int priority);

    /** Takes ownership of a link made after wire-up (a self link). */
    void adoptLink(Link* link) { owned_links_.emplace_back(link); }

    /** "SimStatus" output (SIGUSR1, status actions); full adds the queue and every component. */
    void printStatus(bool full);
    /** One heartbeat report (with_sync: the simulated-time heartbeat's sync-data lines too). */
    void printHeartbeat(double wall_since_last, bool with_sync);
    uint64_t timeVortexDepth() const { return queue_.size(); }
    uint64_t timeVortexMaxDepth() const { return queue_.maxDepth(); }
    ShutdownMode shutdownMode() const { return shutdown_mode_; }
    int          exitCode() const { return exit_code_; }
    double       buildSeconds() const { return build_seconds_; }

    /** Set from the signal handler; the loop acts on it after the current activity. */
    static volatile std::sig_atomic_t signal_arrived_;

private:
    void      prepareLinks();
    void      wireUp();
    void      initialize();
    void      setup();
    void      runLoop();
    void      complete();
    void      finish();
    void      emergencyShutdown();
    void      adjustTimeAtSimEnd();

    static Simulation* instance_;

    SimOptions                          options_;
    ConfigModel&                        model_;
    TimeLord                            time_lord_;
    Output                              sim_output_;
    std::string                         output_directory_;
    TimeVortex                          queue_;
    SimTime_t                           current_cycle_    = 0;
    int                                 current_priority_ = 0;
    SimTime_t                           end_cycle_        = 0;
    bool                                end_sim_          = false;
    bool                                wireup_finished_  = false;
    ShutdownMode                        shutdown_mode_    = ShutdownMode::Clean;
    int                                 exit_code_        = 0;
    uint32_t                            next_link_order_tag_ = 1;
    unsigned                            untimed_phase_     = 0;
    uint64_t                            untimed_msg_count_ = 0;
    std::map<ComponentId_t, std::unique_ptr<ComponentInfo>> components_;
    std::map<std::pair<SimTime_t, int>, Clock*>             clocks_;
    std::vector<std::unique_ptr<Link>>  owned_links_;
    Statistics::StatisticProcessingEngine stat_engine_;
    ExitAction*                         exit_ = nullptr;
    std::unique_ptr<RealTimeManager>    real_time_;
    Profiling                           profiling_;
    double                              init_start_ = 0, init_total_ = 0;
    double                              run_start_ = 0, run_total_ = 0;
    double                              complete_start_ = 0, complete_total_ = 0;
    double                              build_seconds_ = 0;
};

/** CPU-independent wall time in seconds (what SST Core calls sst_get_cpu_time). */
double wallTime();

} // namespace SST::Engine

#endif
