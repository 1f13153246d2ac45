// SPDX-License-Identifier: BSD-3-Clause
// The embedded engine's phases and event loop, as SST Core runs one rank and one thread.
#include "simulation.h"

#include "real_time.h"

#include "sst/core/component.h"
#include "sst/core/embedded_engine.h"
#include "sst/core/factory.h"
#include "sst/core/linkMap.h"
#include "sst/core/mempoolAccessor.h"
#include "sst/core/shared/sharedObject.h"
#include "sst/core/stringize.h"

#include <cinttypes>
#include <cstdio>
#include <cstdlib>
#include <sys/time.h>
#include <unistd.h>

namespace SST::Engine {

Simulation*                Simulation::instance_       = nullptr;
volatile std::sig_atomic_t Simulation::signal_arrived_ = 0;

double wallTime()
{
    struct timeval t;
    gettimeofday(&t, nullptr);
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) * 1.0e-6;
}

TimeLord& Simulation::fallbackTimeLord()
{
    static TimeLord* lord = [] {
        auto* l = new TimeLord();
        l->init("1ps");
        return l;
    }();
    return *lord;
}

TimeLord& activeTimeLord() { return Simulation::get() ? Simulation::get()->timeLord() : Simulation::fallbackTimeLord(); }

bool      simulationExists() { return Simulation::get() != nullptr; }
SimTime_t currentCycle() { return Simulation::get() ? Simulation::get()->getCurrentSimCycle() : 0; }

void fatalExit(int code)
{
    if ( Simulation* sim = Simulation::get() ) sim->fatalExit(code);
    std::fflush(nullptr);
    std::exit(code);
}

void requestExitCode(int code)
{
    if ( Simulation::get() ) Simulation::get()->requestExitCode(code);
}

unsigned long long nextActivityTime() { return Simulation::get() ? Simulation::get()->nextActivityTime() : MAX_SIMTIME_T; }

// ---- actions ----

void ExitAction::refDec()
{
    Simulation* sim = Simulation::get();
    if ( ref_count_ == 0 ) sim->output().fatal(CALL_INFO, 1, "ref_count is already 0\n");
    if ( --ref_count_ == 0 ) {
        end_time_ = sim->getCurrentSimCycle();
        sim->insertActivity(sim->getCurrentSimCycle() + 1, this);
    }
}

void ExitAction::execute()
{
    if ( ref_count_ == 0 ) Simulation::get()->endSimulation(end_time_);
}

std::string ExitAction::toString() const
{
    return "Exit Action to be delivered at " + std::to_string(getDeliveryTime()) + " with priority " +
           std::to_string(getPriority());
}

void StopAction::execute()
{
    if ( !message_.empty() ) Output::getDefaultObject().output("%s\n", message_.c_str());
    Simulation::get()->endSimulation();
    delete this;
}

std::string StopAction::toString() const { return "StopAction to be delivered at " + std::to_string(getDeliveryTime()); }

namespace {
/** --heartbeat-sim-period: a report every period of simulated time. */
class SimHeartbeat : public Action
{
public:
    SimHeartbeat(Simulation& sim, SimTime_t period) : period_(period), last_(wallTime())
    {
        setPriority(STOPACTIONPRIORITY + 1);
        sim.insertActivity(period_ * (sim.getCurrentSimCycle() / period_) + period_, this);
    }
    void execute() override
    {
        Simulation*  sim = Simulation::get();
        const double now = wallTime();
        sim->printHeartbeat(now - last_, true);
        last_ = now;
        sim->insertActivity(sim->getCurrentSimCycle() + period_, this);
    }
    const char* cls_name() const override { return "SST::SimulatorHeartbeat"; }
    uint32_t    cls_id() const override { return 0; }

private:
    SimTime_t period_;
    double    last_;
};
} // namespace

// ---- construction ----

Simulation::Simulation(SimOptions options, ConfigModel& model) :
    options_(std::move(options)), model_(model), profiling_(options_.enabled_profiling)
{
    instance_ = this;
    sim_output_.init(options_.output_core_prefix, options_.verbose, 0, Output::STDOUT);
    time_lord_.init(options_.timebase);
    exit_      = new ExitAction();
    real_time_ = std::make_unique<RealTimeManager>(*this);
}

Simulation::~Simulation()
{
    components_.clear(); // components first: their destructors may still use the engine
    for ( Activity* a : queue_.drain() )
        if ( a != exit_ && !dynamic_cast<Clock*>(a) ) delete a;
    for ( auto& [key, clock] : clocks_ )
        delete clock;
    delete exit_;
    owned_links_.clear();
    instance_ = nullptr;
}

UnitAlgebra Simulation::getElapsedSimTime() const { return time_lord_.getTimeBase() * current_cycle_; }
UnitAlgebra Simulation::getEndSimTime() const { return time_lord_.getTimeBase() * end_cycle_; }

ComponentInfo* Simulation::componentInfo(ComponentId_t id)
{
    auto it = components_.find(COMPONENT_ID_MASK(id));
    return it == components_.end() ? nullptr : it->second->findSubComponent(id);
}

ComponentInfo* Simulation::componentInfoByName(const std::string& name)
{
    for ( auto& [id, info] : components_ )
        if ( info->getName() == name ) return info.get();
    return nullptr;
}

std::vector<ComponentInfo*> Simulation::topComponents()
{
    std::vector<ComponentInfo*> out;
    for ( auto& [id, info] : components_ )
        out.push_back(info.get());
    return out;
}

double Simulation::runPhaseElapsed() const
{
    if ( run_start_ == 0.0 ) return 0.0;
    return run_total_ == 0.0 ? wallTime() - run_start_ : run_total_;
}
double Simulation::initPhaseElapsed() const
{
    if ( init_start_ == 0.0 ) return 0.0;
    return init_total_ == 0.0 ? wallTime() - init_start_ : init_total_;
}
double Simulation::completePhaseElapsed() const
{
    if ( complete_start_ == 0.0 ) return 0.0;
    return complete_total_ == 0.0 ? wallTime() - complete_start_ : complete_total_;
}

void Simulation::build()
{
    const double start = wallTime();
    if ( !options_.heartbeat_sim_period.empty() ) {
        sim_output_.output("# Creating simulation heartbeat at simulated time period of %s.\n",
                           options_.heartbeat_sim_period.c_str());
        new SimHeartbeat(*this, time_lord_.getTimeConverter(options_.heartbeat_sim_period).getFactor());
    }
    // Sim-time stop, signals and wall-time actions (SST Core's setupSimActions).
    SimTime_t stop_at = time_lord_.getSimCycles(options_.stop_at, "StopAction configure");
    if ( stop_at != 0 ) insertActivity(stop_at, new StopAction());
    real_time_->setup();

    stat_engine_.setup(model_.stats);
    prepareLinks();
    wireUp();
    build_seconds_ = wallTime() - start;
}

void Simulation::prepareLinks()
{
    for ( auto& cc : model_.components )
        components_.emplace(cc->id, std::make_unique<ComponentInfo>(*cc, cc->name, nullptr));

    LinkId_t id = 0;
    for ( ConfigLink& cl : model_.links ) {
        ++id;
        if ( cl.count < 2 ) continue; // reported by the structural checks
        SimTime_t lat[2];
        for ( int i = 0; i < 2; ++i ) {
            const std::string& text = cl.ends[i].latency.empty() ? cl.default_latency : cl.ends[i].latency;
            try {
                lat[i] = time_lord_.getSimCycles(text, "link latency");
            }
            catch ( const std::exception& e ) {
                Output::getDefaultObject().fatal(CALL_INFO, 1, "ERROR: link %s: latency '%s': %s\n", cl.name.c_str(),
                                                 text.c_str(), e.what());
            }
        }
        ComponentInfo* info[2] = { componentInfo(cl.ends[0].component->id), componentInfo(cl.ends[1].component->id) };
        if ( cl.ends[0].component == cl.ends[1].component && cl.ends[0].port == cl.ends[1].port ) {
            Link* link      = new Link(id);
            link->pair_link = link;
            link->name_     = cl.name;
            link->setLatency(lat[0]);
            adoptLink(link);
            info[0]->getLinkMap()->insertLink(cl.ends[0].port, link);
            continue;
        }
        Link* left  = new Link(id);
        Link* right = new Link(id);
        left->pair_link  = right;
        right->pair_link = left;
        left->name_ = right->name_ = cl.name;
        left->setLatency(lat[0]);
        right->setLatency(lat[1]);
        adoptLink(left);
        adoptLink(right);
        info[0]->getLinkMap()->insertLink(cl.ends[0].port, left);
        info[1]->getLinkMap()->insertLink(cl.ends[1].port, right);
    }
}

void Simulation::wireUp()
{
    Params::enableVerify();
    for ( auto& cc : model_.components ) {
        ComponentInfo* info = componentInfo(cc->id);
        if ( !info->hasLinks() ) std::printf("WARNING: Building component \"%s\" with no links assigned.\n", cc->name.c_str());
        // An element's constructor throws on a parameter that does not convert (Params::find) or a
        // bad time: name the component rather than let the exception end the process unexplained.
        try {
            info->setComponent(Factory::getFactory()->CreateComponent(cc->id, cc->type, cc->params));
        }
        catch ( const std::exception& e ) {
            Output::getDefaultObject().fatal(CALL_INFO, 1, "component '%s' (%s): %s\n", cc->name.c_str(),
                                             cc->type.c_str(), e.what());
        }
    }
    wireup_finished_ = true;
    stat_engine_.finalizeInitialization();
}

// ---- phases ----

namespace {
template <class F>
void forEachInfo(ComponentInfo& info, F&& f)
{
    f(info);
    for ( auto& [id, sub] : info.getSubComponents() )
        forEachInfo(sub, f);
}
} // namespace

void Simulation::run()
{
    if ( options_.run_mode == SimulationRunMode::INIT ) return;
    initialize();
    setup();
    stat_engine_.startOfSimulation();
    insertActivity(MAX_SIMTIME_T, new StopAction("*** Event queue empty, exiting simulation... ***"));
    if ( components_.empty() ) insertActivity(current_cycle_, new StopAction()); // nothing to simulate
    real_time_->begin();
    runLoop();
    adjustTimeAtSimEnd();
    complete();
    finish();
}

void Simulation::initialize()
{
    init_start_ = wallTime();
    Shared::SharedObject::manager().updateState(false);
    bool done = false;
    do {
        untimed_msg_count_ = 0;
        for ( auto& [id, info] : components_ )
            info->getComponent()->init(untimed_phase_);
        done = untimed_msg_count_ == 0;
        Shared::SharedObject::manager().updateState(false);
        ++untimed_phase_;
    } while ( !done );
    init_total_ = wallTime() - init_start_;
    for ( auto& [id, info] : components_ )
        forEachInfo(*info, [](ComponentInfo& ci) {
            for ( auto& [port, link] : ci.getLinkMap()->getLinkMap() )
                link->finalizeConfiguration();
        });
}

void Simulation::setup()
{
    Shared::SharedObject::manager().updateState(true);
    for ( auto& [id, info] : components_ )
        info->getComponent()->setup();
}

void Simulation::runLoop()
{
    run_start_      = wallTime();
    bool time_fault = false;
    Activity* current = nullptr;
    while ( !end_sim_ && !time_fault ) {
        current               = queue_.pop();
        const SimTime_t when  = current->getDeliveryTime();
        time_fault            = when < current_cycle_;
        current_cycle_        = when;
        current_priority_     = current->getPriority();
        current->execute();
        if ( signal_arrived_ ) {
            signal_arrived_ = 0;
            real_time_->notifySignal();
        }
    }
    if ( time_fault )
        sim_output_.fatal(CALL_INFO, 1,
                          "ERROR: SST Core detected a time fault (an event had an earlier time than the previous "
                          "event). The most likely cause of this is that the 64-bit core time had an overflow "
                          "condition.  This is typically caused by having low frequency events with too low of a "
                          "timebase.  See the extended help for --timebase option (sst --help timebase)\nLast "
                          "activity executed: %s\n",
                          current->toString().c_str());
    run_total_ = wallTime() - run_start_;
}

void Simulation::adjustTimeAtSimEnd()
{
    current_cycle_ = end_cycle_;
    for ( auto& [key, clock] : clocks_ )
        clock->updateCurrentCycle();
}

void Simulation::complete()
{
    complete_start_ = wallTime();
    untimed_phase_  = 0;
    for ( auto& [id, info] : components_ )
        forEachInfo(*info, [](ComponentInfo& ci) {
            for ( auto& [port, link] : ci.getLinkMap()->getLinkMap() )
                link->prepareForComplete();
        });
    bool done = false;
    do {
        untimed_msg_count_ = 0;
        for ( auto& [id, info] : components_ )
            info->getComponent()->complete(untimed_phase_);
        done = untimed_msg_count_ == 0;
        ++untimed_phase_;
    } while ( !done );
    complete_total_ = wallTime() - complete_start_;
}

void Simulation::finish()
{
    for ( auto& [id, info] : components_ )
        info->getComponent()->finish();
    if ( shutdown_mode_ != ShutdownMode::Clean ) {
        for ( auto& [id, info] : components_ )
            info->getComponent()->emergencyShutdown();
        sim_output_.output("EMERGENCY SHUTDOWN Complete (%u,%u)!\n", 0u, 0u);
    }
    stat_engine_.endOfSimulation();
}

void Simulation::endSimulation()
{
    exit_->setEndTime(current_cycle_);
    endSimulation(current_cycle_);
}

void Simulation::endSimulation(SimTime_t end)
{
    end_cycle_ = end;
    end_sim_   = true;
}

void Simulation::signalShutdown(bool abnormal)
{
    shutdown_mode_ = abnormal ? ShutdownMode::Signal : ShutdownMode::Clean;
    end_sim_       = true;
    end_cycle_     = current_cycle_;
}

void Simulation::emergencyShutdown()
{
    shutdown_mode_ = ShutdownMode::Emergency;
    end_sim_       = true;
    for ( auto& [id, info] : components_ ) {
        forEachInfo(*info, [](ComponentInfo& ci) {
            if ( ci.getComponent() ) ci.getComponent()->emergencyShutdown();
        });
    }
}

void Simulation::fatalExit(int code)
{
    static bool in_fatal = false; // a component's emergencyShutdown() may itself fail
    if ( !in_fatal ) {
        in_fatal = true;
        emergencyShutdown();
    }
    std::fflush(nullptr);
    std::_Exit(code);
}

void Simulation::requestExitCode(int code)
{
    if ( exit_code_ == 0 ) exit_code_ = code;
}

SimTime_t Simulation::nextActivityTime() const { return queue_.empty() ? MAX_SIMTIME_T : queue_.top().time; }

// ---- clocks ----

TimeConverter Simulation::registerClock(TimeConverter tc, Clock::HandlerBase* handler, int priority)
{
    auto key = std::make_pair(tc.getFactor(), priority);
    auto it  = clocks_.find(key);
    if ( it == clocks_.end() ) {
        Clock* c = new Clock(tc, priority);
        it       = clocks_.emplace(key, c).first;
        c->schedule();
    }
    it->second->registerHandler(handler);
    return tc;
}

void Simulation::unregisterClock(TimeConverter tc, Clock::HandlerBase* handler, int priority)
{
    auto it = clocks_.find(std::make_pair(tc.getFactor(), priority));
    if ( it == clocks_.end() ) return;
    bool empty = false;
    it->second->unregisterHandler(handler, empty);
}

Cycle_t Simulation::reregisterClock(TimeConverter tc, Clock::HandlerBase* handler, int priority)
{
    auto it = clocks_.find(std::make_pair(tc.getFactor(), priority));
    if ( it == clocks_.end() ) {
        Output out("Simulation: @R:@t:", 0, 0, Output::STDERR);
        out.fatal(CALL_INFO, 1, "Tried to reregister with a clock that was not previously registered, exiting...\n");
    }
    it->second->registerHandler(handler);
    return it->second->getNextCycle();
}

Cycle_t Simulation::getNextClockCycle(TimeConverter tc, int priority)
{
    auto it = clocks_.find(std::make_pair(tc.getFactor(), priority));
    if ( it == clocks_.end() ) {
        Output out("Simulation: @R:@t:", 0, 0, Output::STDERR);
        out.fatal(CALL_INFO, 1,
                  "Call to getNextClockCycle() on a clock that was not previously registered, exiting...\n");
    }
    return it->second->getNextCycle();
}

// ---- status ----

void Simulation::printStatus(bool full)
{
    Output out("SimStatus: @R:@t:", 0, 0, Output::STDERR);
    out.output("\tCurrentSimCycle:  %" PRIu64 "\n", current_cycle_);
    if ( !full ) return;
    out.output("TimeVortex state:\n");
    for ( Activity* a : queue_.sorted() )
        out.output("  %s\n", a->toString().c_str());
    out.output("---- Components: ----\n");
    for ( auto& [id, info] : components_ )
        info->getComponent()->printStatus(out);
}

void Simulation::printHeartbeat(double wall_since_last, bool with_sync)
{
    sim_output_.output("# Simulation Heartbeat: Simulated Time %s (Real CPU time since last period %.5f seconds)\n",
                       getElapsedSimTime().toStringBestSI().c_str(), wall_since_last);
    int64_t bytes = 0, active = 0;
    Core::MemPoolAccessor::getMemPoolUsage(bytes, active);
    std::string size = UnitAlgebra(format_string("%" PRId64 "B", bytes)).toStringBestSI();
    sim_output_.output("\tMax mempool usage:               %s\n", size.c_str());
    sim_output_.output("\tGlobal mempool usage:            %s\n", size.c_str());
    sim_output_.output("\tGlobal active activities         %" PRId64 " activities\n", active);
    sim_output_.output("\tMax TimeVortex depth:            %" PRIu64 " entries\n",
                       static_cast<uint64_t>(queue_.maxDepth()));
    if ( with_sync ) {
        sim_output_.output("\tMax Sync data size:              %s\n", UnitAlgebra("0B").toStringBestSI().c_str());
        sim_output_.output("\tGlobal Sync data size:           %s\n", UnitAlgebra("0B").toStringBestSI().c_str());
    }
}

} // namespace SST::Engine
