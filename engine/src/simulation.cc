// SPDX-License-Identifier: BSD-3-Clause
#include "simulation.h"

#include "element_registry.h"
#include "stat_output.h"

#include "sst/core/embedded_engine.h"

#include "sst/core/component.h"

#include <cinttypes>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <unistd.h>

namespace SST::Engine {

void requestExitCode(int code)
{
    if ( Simulation::current() ) Simulation::current()->requestExitCode(code);
}

unsigned long long nextActivityTime()
{
    return Simulation::current() ? Simulation::current()->nextActivityTime() : MAX_SIMTIME_T;
}

Simulation*               Simulation::current_ = nullptr;
volatile std::sig_atomic_t g_stop_signal       = 0;

/** A shared clock: one per period, calling its handlers in registration order. */
class ClockActivity final : public Activity
{
public:
    ClockActivity(Simulation& sim, SimTime_t period) : sim_(sim), period_(period) { setPriority(CLOCKPRIORITY); }

    void execute() override
    {
        scheduled_          = false;
        const Cycle_t cycle = sim_.now() / period_;
        executing_          = true;
        const size_t n      = handlers_.size(); // handlers added now start next cycle
        for ( size_t i = 0; i < n; ++i ) {
            Clock::HandlerBase* h = handlers_[i];
            if ( h && (*h)(cycle) ) handlers_[i] = nullptr;
        }
        executing_ = false;
        compact();
        if ( !handlers_.empty() ) scheduleNext();
    }

    void add(Clock::HandlerBase* h)
    {
        handlers_.push_back(h);
        if ( !scheduled_ && !executing_ ) scheduleNext();
    }
    void remove(Clock::HandlerBase* h)
    {
        for ( auto& x : handlers_ )
            if ( x == h ) x = nullptr;
        if ( !executing_ ) compact();
    }
    Cycle_t nextCycle() const { return sim_.now() / period_ + 1; }

    const char* cls_name() const override { return "SST::Engine::ClockActivity"; }
    uint32_t    cls_id() const override { return UINT32_MAX; }

private:
    void compact()
    {
        std::vector<Clock::HandlerBase*> kept;
        for ( auto* h : handlers_ )
            if ( h ) kept.push_back(h);
        handlers_.swap(kept);
    }
    void scheduleNext()
    {
        scheduled_ = true;
        sim_.schedule(this, (sim_.now() / period_ + 1) * period_);
    }

    Simulation&                      sim_;
    SimTime_t                        period_;
    std::vector<Clock::HandlerBase*> handlers_;
    bool                             scheduled_ = false;
    bool                             executing_ = false;
};

namespace {
std::string describe(const ComponentInfo& c) { return "component '" + c.name + "' (" + c.type + ")"; }
std::string describe(const ConfigComponent& c) { return "component '" + c.name + "' (" + c.type + ")"; }

double secondsSince(std::chrono::steady_clock::time_point t)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t).count();
}
} // namespace

RunOptions resolveRunOptions(const std::map<std::string, std::string>& cfg, const RunOptions& cli,
                             const std::set<std::string>& on_cli)
{
    RunOptions out = cli;
    auto       use = [&](const char* key) { return cfg.count(key) && !on_cli.count(key); };
    if ( use("timebase") ) out.timebase = cfg.at("timebase");
    if ( use("stop-at") ) out.stop_at = cfg.at("stop-at");
    if ( use("heartbeat-period") ) out.heartbeat_period = cfg.at("heartbeat-period");
    if ( use("verbose") ) {
        try {
            out.verbose = static_cast<unsigned>(Core::parse_unsigned(cfg.at("verbose")));
        }
        catch ( const std::invalid_argument& e ) {
            throw ConfigError(std::string("program option 'verbose': ") + e.what());
        }
    }
    if ( use("print-timing-info") ) {
        try {
            out.print_timing = Core::from_string<bool>(cfg.at("print-timing-info"));
        }
        catch ( const std::invalid_argument& e ) {
            throw ConfigError(std::string("program option 'print-timing-info': ") + e.what());
        }
    }
    return out;
}

Simulation::Simulation(const ConfigGraph& graph, RunOptions options)
    : graph_(graph), options_(std::move(options)), out_("#@x SST Core: ", options_.verbose, 0, Output::STDOUT) // SST Core's prefix
{
    if ( current_ ) throw ConfigError("only one simulation may exist at a time");
    current_     = this;
    build_start_ = std::chrono::steady_clock::now();
    try {
        build();
    }
    catch ( ... ) {
        emergencyShutdown();
        components_.clear();
        current_ = nullptr;
        throw;
    }
    build_seconds_ = secondsSince(build_start_);
}

Simulation::~Simulation()
{
    for ( auto& c : components_ )
        c->component.reset();
    for ( Activity* a : queue_.drain() )
        if ( auto* ev = dynamic_cast<Event*>(a) ) delete ev;
    for ( auto* h : clock_handlers_ )
        delete h;
    current_ = nullptr;
}

TimeConverter Simulation::timeConverter(const std::string& text) const
{
    UnitAlgebra ua;
    try {
        ua = UnitAlgebra(text);
    }
    catch ( const UnitAlgebra::UnitAlgebraException& e ) {
        throw ConfigError("bad time '" + text + "': " + e.what());
    }
    return timeConverter(ua);
}

TimeConverter Simulation::timeConverter(const UnitAlgebra& ua) const
{
    UnitAlgebra period = ua;
    if ( period.hasUnits("Hz") ) {
        if ( period.isValueZero() ) throw ConfigError("frequency '" + ua.toString() + "' is zero");
        period.invert();
    }
    if ( !period.hasUnits("s") )
        throw ConfigError("'" + ua.toString() + "' is not a time or a frequency");
    if ( period.getValue() < 0 ) throw ConfigError("'" + ua.toString() + "' is negative");
    long double ticks = period.getValue() / core_tb_.getValue();
    if ( ticks < 0.5L )
        throw ConfigError("'" + ua.toStringBestSI() + "' is shorter than the core time base " +
                          core_tb_.toStringBestSI() + " (set the timebase option)");
    return TimeConverter(static_cast<SimTime_t>(std::llround(ticks)));
}

void Simulation::build()
{
    try {
        core_tb_ = UnitAlgebra(options_.timebase);
    }
    catch ( const UnitAlgebra::UnitAlgebraException& e ) {
        throw ConfigError("program option 'timebase' = '" + options_.timebase + "': " + e.what());
    }
    if ( !core_tb_.hasUnits("s") || core_tb_.isValueZero() )
        throw ConfigError("program option 'timebase' = '" + options_.timebase + "' is not a positive time");
    auto timeOption = [&](const char* key, const std::string& text) {
        try {
            return timeConverter(text).getFactor();
        }
        catch ( const ConfigError& e ) {
            throw ConfigError(std::string("program option '") + key + "': " + e.what());
        }
    };
    if ( options_.stop_at && !options_.stop_at->empty() ) {
        bool zero = false; // "0" or "0ns" means no limit, as in SST
        try {
            zero = UnitAlgebra(*options_.stop_at).isValueZero();
        }
        catch ( const UnitAlgebra::UnitAlgebraException& ) {
        }
        if ( !zero ) stop_at_ = timeOption("stop-at", *options_.stop_at);
    }
    if ( options_.heartbeat_period ) {
        heartbeat_period_ = timeOption("heartbeat-period", *options_.heartbeat_period);
        heartbeat_        = heartbeat_period_;
    }

    if ( graph_.components.empty() ) throw ConfigError("the configuration defines no components");
    stat_output::validate(graph_);

    // Check every component against its element's documentation.
    auto& registry = ElementRegistry::instance();
    bool  all_stats_at_level_0 = false;
    for ( size_t i = 0; i < graph_.components.size(); ++i ) {
        const ConfigComponent& cc   = graph_.components[i];
        auto                   info = std::make_unique<ComponentInfo>();
        info->id                    = i;
        info->name                  = cc.name;
        info->type                  = cc.type;
        try {
            info->doc = &registry.require(cc.type);
        }
        catch ( const ConfigError& e ) {
            throw ConfigError(describe(cc) + ": " + e.what());
        }
        for ( const auto& p : info->doc->params )
            if ( !p.defaultValue && !cc.params.count(p.name) )
                throw ConfigError(describe(cc) + ": required parameter '" + std::string(p.name) + "' is not set");
        for ( const auto& [k, v] : cc.params ) {
            bool documented = false;
            for ( const auto& p : info->doc->params )
                documented |= k == p.name;
            if ( !documented )
                out_.output("Warning: %s: parameter '%s' is not documented by the element (misspelled?)\n",
                            describe(cc).c_str(), k.c_str());
            info->params.insert(k, v);
        }
        for ( const auto& s : cc.stats ) {
            bool documented = false;
            for ( const auto& d : info->doc->statistics )
                documented |= s == d.name;
            if ( !documented )
                throw ConfigError(describe(cc) + ": statistic '" + s + "' is not documented by the element");
        }
        info->all_stats = cc.all_stats;
        info->stat_load_level = cc.stat_load_level.value_or(graph_.stat_load_level);
        if ( cc.all_stats && info->stat_load_level == 0 ) {
            bool recorded = false; // at level 0: only a statistic documented at level 0
            for ( const auto& d : info->doc->statistics )
                recorded |= d.enableLevel == 0;
            all_stats_at_level_0 |= !recorded && !info->doc->statistics.empty();
        }
        info->stats     = cc.stats;
        components_.push_back(std::move(info));
    }
    // Real SST records nothing here either, silently; a first-day user deserves a hint.
    if ( all_stats_at_level_0 )
        out_.output("Warning: statistics are enabled for all of a component's statistics, but the statistic load "
                    "level is 0, so none is recorded (as in SST Core): call sst.setStatisticLoadLevel(N)\n");

    // Wire links: each end gets the latency given for it.
    for ( const ConfigLink& cl : graph_.links ) {
        if ( cl.ends.size() != 2 )
            throw ConfigError("link '" + cl.name + "' has " + std::to_string(cl.ends.size()) +
                              " endpoint(s); it needs exactly 2 (use Link.connect)");
        Link* ends[2];
        for ( int e = 0; e < 2; ++e ) {
            const ConfigEndpoint& ep   = cl.ends[e];
            ComponentInfo&        info = *components_[ep.component];
            bool                  documented = false;
            for ( const auto& p : info.doc->ports )
                documented |= portMatches(p.name, ep.port);
            if ( !documented )
                throw ConfigError("link '" + cl.name + "': " + describe(info) + " has no port '" + ep.port +
                                  "' (see sst-info " + info.type + ")");
            if ( info.ports.count(ep.port) )
                throw ConfigError("link '" + cl.name + "': port '" + ep.port + "' of " + describe(info) +
                                  " is already connected by link '" + info.port_links[ep.port] + "'");
            std::string lat = ep.latency.empty() ? cl.default_latency : ep.latency;
            if ( lat.empty() ) throw ConfigError("link '" + cl.name + "': no latency given for port '" + ep.port + "'");
            SimTime_t latency;
            try {
                UnitAlgebra ua(lat);
                if ( !ua.hasUnits("s") ) throw ConfigError("'" + lat + "' is not a time");
                if ( ua.getValue() < 0 ) throw ConfigError("a latency cannot be negative");
                latency = ua.isValueZero() ? 0 : timeConverter(ua).getFactor();
            }
            catch ( const std::exception& e ) {
                throw ConfigError("link '" + cl.name + "': latency '" + lat + "': " + e.what());
            }
            links_.emplace_back(new Link(*this, static_cast<LinkId_t>(links_.size()), cl.name));
            ends[e]           = links_.back().get();
            ends[e]->latency_ = latency;
            info.ports[ep.port]      = ends[e];
            info.port_links[ep.port] = cl.name;
        }
        ends[0]->pair_ = ends[1];
        ends[1]->pair_ = ends[0];
    }

    // Construct the components in configuration order.
    for ( auto& info : components_ ) {
        if ( options_.verbose ) out_.output("Constructing %s\n", describe(*info).c_str());
        if ( info->ports.empty() ) // SST Core's warning, word for word
            std::printf("WARNING: Building component \"%s\" with no links assigned.\n", info->name.c_str());
        constructing_ = info.get();
        try {
            info->component.reset(info->doc->factory(info->id, info->params));
        }
        catch ( const std::exception& e ) {
            constructing_ = nullptr;
            throw ConfigError(describe(*info) + ": " + e.what());
        }
        constructing_ = nullptr;
    }
    for ( auto& info : components_ )
        for ( const auto& [port, link] : info->ports )
            if ( !info->configured.count(port) )
                throw ConfigError(describe(*info) + ": port '" + port + "' is connected by link '" +
                                  info->port_links[port] + "' but the component never configured it");
}

ComponentInfo* Simulation::takeConstructing()
{
    ComponentInfo* c = constructing_;
    constructing_    = nullptr;
    return c;
}

Link* Simulation::configureLink(ComponentInfo& c, const std::string& port, const TimeConverter* tb,
                                Event::HandlerBase* handler)
{
    bool documented = false;
    for ( const auto& p : c.doc->ports )
        documented |= portMatches(p.name, port);
    if ( !documented )
        componentError(c, "configureLink('" + port + "'): the port is not documented (SST_ELI_DOCUMENT_PORTS)");
    auto it = c.ports.find(port);
    if ( it == c.ports.end() ) {
        delete handler; // SST owns handlers; an unconnected port has nothing to call it
        return nullptr;
    }
    if ( c.configured.count(port) ) componentError(c, "configureLink('" + port + "') called twice");
    return bindLinkEnd(c, port, *it->second, tb, handler);
}

Link* Simulation::bindLinkEnd(ComponentInfo& c, const std::string& port, Link& link, const TimeConverter* tb,
                              Event::HandlerBase* handler)
{
    link.handler_.reset(handler);
    link.polling_    = handler == nullptr;
    link.default_tb_ = tb ? *tb : c.default_tb;
    link.configured_ = true;
    link.order_tag_  = next_link_order_tag_++; // as SST Core: events to this end rank by configure order
    c.configured.insert(port);
    return &link;
}

Link* Simulation::configureSelfLink(ComponentInfo& c, const std::string& port, const TimeConverter* tb,
                                    Event::HandlerBase* handler)
{
    if ( c.configured.count(port) || c.ports.count(port) )
        componentError(c, "configureSelfLink('" + port + "'): the name is already used by another link");
    links_.emplace_back(new Link(*this, static_cast<LinkId_t>(links_.size()), c.name + "." + port));
    Link& link = *links_.back();
    link.pair_ = &link;
    return bindLinkEnd(c, port, link, tb, handler);
}

TimeConverter Simulation::registerClock(ComponentInfo& c, TimeConverter period, Clock::HandlerBase* handler,
                                        bool reg_all)
{
    if ( !handler ) componentError(c, "registerClock: handler is null");
    clock_handlers_.insert(handler);
    clockFor(period).add(handler);
    if ( reg_all ) c.default_tb = period;
    return period;
}

Cycle_t Simulation::reregisterClock(TimeConverter period, Clock::HandlerBase* handler)
{
    clock_handlers_.insert(handler);
    ClockActivity& clock = clockFor(period);
    clock.add(handler);
    return clock.nextCycle();
}

ClockActivity& Simulation::clockFor(TimeConverter period)
{
    auto& clock = clocks_[period.getFactor()];
    if ( !clock ) clock = std::make_unique<ClockActivity>(*this, period.getFactor());
    return *clock;
}

void Simulation::unregisterClock(TimeConverter period, Clock::HandlerBase* handler)
{
    auto it = clocks_.find(period.getFactor());
    if ( it != clocks_.end() ) it->second->remove(handler);
}

Cycle_t Simulation::nextClockCycle(TimeConverter period) const { return now_ / period.getFactor() + 1; }

void Simulation::primaryDoNotEndSim(ComponentInfo& c)
{
    if ( c.primary_waiting ) return;
    c.primary_waiting = true;
    ++primary_waiting_;
}

void Simulation::primaryOKToEndSim(ComponentInfo& c)
{
    if ( !c.primary_waiting ) return;
    c.primary_waiting = false;
    if ( --primary_waiting_ == 0 && !exit_pending_ ) {
        // As SST's Exit action: everything already due at this time still runs.
        exit_pending_ = true;
        exit_time_    = now_;
    }
}

bool Simulation::statisticEnabled(const ComponentInfo& c, const std::string& stat) const
{
    const ElementInfoStatistic* doc = nullptr;
    for ( const auto& s : c.doc->statistics )
        if ( stat == s.name ) doc = &s;
    if ( !doc )
        const_cast<Simulation*>(this)->componentError(
            c, "registerStatistic('" + stat + "'): the statistic is not documented (SST_ELI_DOCUMENT_STATISTICS)");
    if ( c.stats.count(stat) ) return true; // enabled by name: whatever its level
    return c.all_stats && doc->enableLevel <= c.stat_load_level;
}

void Simulation::runUntimedPhases(bool init)
{
    for ( unsigned phase = 0;; ++phase ) {
        untimed_sent_ = false;
        for ( auto& c : components_ ) {
            if ( init )
                c->component->init(phase);
            else
                c->component->complete(phase);
        }
        for ( auto& l : links_ )
            l->publishUntimed();
        if ( !untimed_sent_ ) break;
    }
    for ( auto& l : links_ )
        l->clearUntimed();
}

RunResult Simulation::run()
{
    RunResult result;
    result.build_seconds = build_seconds_;
    try {
        runUntimedPhases(true);
        for ( auto& c : components_ )
            c->component->setup();
        runLoop(result);
        runUntimedPhases(false);
        for ( auto& c : components_ )
            c->component->finish();
        writeStatistics();
    }
    catch ( const std::exception& e ) {
        std::fprintf(stderr, "sst: error: at simulated time %s: %s\n",
                     (UnitAlgebra(core_tb_) * static_cast<long double>(now_)).toStringBestSI().c_str(), e.what());
        fatalExit(1);
    }
    result.end_time  = now_;
    result.exit_code = requested_exit_code_;
    return result;
}

void Simulation::requestExitCode(int code)
{
    if ( !requested_exit_code_ ) requested_exit_code_ = code;
}

void Simulation::runLoop(RunResult& result)
{
    const auto start      = std::chrono::steady_clock::now();
    auto       beat_start = start;
    uint64_t   count      = 0;
    while ( !queue_.empty() ) {
        const SimTime_t t = queue_.top().time;
        if ( t >= stop_at_ ) {
            now_ = stop_at_; // the stop action runs before clocks and events of its time
            break;
        }
        if ( exit_pending_ && t > exit_time_ ) break;
        if ( t >= heartbeat_ ) {
            while ( heartbeat_ <= t ) {
                now_ = heartbeat_;
                // SST Core's form (its first line, then a tab-indented block), with the rate added.
                const double wall = secondsSince(beat_start);
                out_.output("# Simulation Heartbeat: Simulated Time %s (Real CPU time since last period %.5f seconds)\n",
                            (UnitAlgebra(core_tb_) * static_cast<long double>(now_)).toStringBestSI().c_str(), wall);
                out_.output("\tGlobal active activities         %zu activities\n", queue_.size());
                out_.output("\tSimulated time per wall second:  %s\n",
                            wall > 0 ? (UnitAlgebra(core_tb_) * static_cast<long double>(heartbeat_period_) /
                                        static_cast<long double>(wall)).toStringBestSI().c_str()
                                     : "-");
                beat_start = std::chrono::steady_clock::now();
                heartbeat_ += heartbeat_period_;
            }
        }
        now_ = t;
        queue_.pop()->execute();
        ++count;
        if ( g_stop_signal ) {
            std::fprintf(stderr, "sst: received signal %d at simulated time %s: ending the simulation\n",
                         static_cast<int>(g_stop_signal),
                         (UnitAlgebra(core_tb_) * static_cast<long double>(now_)).toStringBestSI().c_str());
            fatalExit(128 + g_stop_signal);
        }
    }
    if ( queue_.empty() && !exit_pending_ ) {
        // As SST Core: a stop action waits at --stop-at, or at the end of time; with nothing
        // else left, time jumps to it.
        if ( stop_at_ == MAX_SIMTIME_T ) out_.output("*** Event queue empty, exiting simulation... ***\n");
        now_ = stop_at_;
    }
    result.activities  = count;
    result.run_seconds = secondsSince(start);
}

void Simulation::writeStatistics()
{
    std::vector<const Statistics::StatisticBase*> stats;
    for ( auto& c : components_ )
        for ( auto& s : c->statistics )
            if ( !s->isNullStatistic() ) stats.push_back(s.get());
    stat_output::write(graph_, stats, now_);
}

void Simulation::emergencyShutdown()
{
    if ( in_shutdown_ ) return;
    in_shutdown_ = true;
    for ( auto& c : components_ )
        if ( c->component ) c->component->emergencyShutdown();
}

void Simulation::fatalExit(int code)
{
    std::fflush(stdout);
    emergencyShutdown();
    std::fflush(stdout);
    std::fflush(stderr);
    std::exit(code);
}

void Simulation::componentError(const ComponentInfo& c, const std::string& message)
{
    std::fflush(stdout);
    std::fprintf(stderr, "sst: error: %s: %s\n", describe(c).c_str(), message.c_str());
    fatalExit(1);
}

} // namespace SST::Engine
