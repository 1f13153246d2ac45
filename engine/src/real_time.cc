// SPDX-License-Identifier: BSD-3-Clause
#include "real_time.h"

#include "simulation.h"

#include "sst/core/params.h"
#include "sst/core/stringize.h"

#include <cstring>
#include <unistd.h>

namespace SST::Engine {

namespace {
volatile std::sig_atomic_t sig_end_  = 0;
volatile std::sig_atomic_t sig_usr_  = 0;
volatile std::sig_atomic_t sig_alrm_ = 0;

void onEndSignal(int sig)
{
    sig_end_                     = sig;
    Simulation::signal_arrived_ = 1;
    std::signal(sig, SIG_DFL); // a second SIGINT/SIGTERM kills the process, as in SST Core
}
void onUsrSignal(int sig)
{
    sig_usr_                     = sig;
    Simulation::signal_arrived_ = 1;
}
void onAlrmSignal(int sig)
{
    sig_alrm_                    = sig;
    Simulation::signal_arrived_ = 1;
}

void install(int sig, void (*handler)(int))
{
    struct sigaction sa = {};
    sa.sa_handler       = handler;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0; // no SA_RESTART: a blocking wait in an element sees EINTR and can return to the loop
    if ( sigaction(sig, &sa, nullptr) != 0 )
        Output::getDefaultObject().fatal(CALL_INFO, 1, "Installation of %s signal handler failed.\n", strsignal(sig));
}

class ExitClean : public RealTimeAction
{
public:
    void execute() override
    {
        Simulation* sim = Simulation::get();
        sim->output().output("EXIT-AFTER TIME REACHED; SHUTDOWN (%u,%u)!\n", 0u, 0u);
        sim->output().output("# Simulated time:                  %s\n",
                             sim->getElapsedSimTime().toStringBestSI().c_str());
        sim->signalShutdown(false);
    }
    void begin(time_t scheduled) override
    {
        if ( scheduled == 0 ) return;
        struct tm* end = localtime(&scheduled);
        Simulation::get()->output().verbose(CALL_INFO, 1, 0, "# Will end by: %04u/%02u/%02u at: %02u:%02u:%02u\n",
                                            end->tm_year + 1900, end->tm_mon + 1, end->tm_mday, end->tm_hour,
                                            end->tm_min, end->tm_sec);
    }
};

class ExitEmergency : public RealTimeAction
{
public:
    void execute() override
    {
        Simulation* sim = Simulation::get();
        sim->output().output("EMERGENCY SHUTDOWN (%u,%u)!\n", 0u, 0u);
        sim->output().output("# Simulated time:                  %s\n",
                             sim->getElapsedSimTime().toStringBestSI().c_str());
        sim->signalShutdown(true);
    }
};

class Status : public RealTimeAction
{
public:
    explicit Status(bool full) : full_(full) {}
    void execute() override { Simulation::get()->printStatus(full_); }

private:
    bool full_;
};

class Heartbeat : public RealTimeAction
{
public:
    void execute() override
    {
        const double now = wallTime();
        Simulation::get()->printHeartbeat(now - last_, false);
        last_ = now;
    }
    void begin(time_t) override { last_ = wallTime(); }

private:
    double last_ = wallTime();
};

/** "name(key=value,...)": the name, and the parameters. */
std::string parseAction(const std::string& handler_in, Params& params)
{
    std::string handler = handler_in;
    auto        open    = handler.find('(');
    if ( open == std::string::npos ) return handler;
    if ( handler.back() != ')' )
        Simulation::get()->output().fatal(CALL_INFO, 1,
                                          "ERROR: Invalid format for parsing signal handler option string. Found '(' in "
                                          "'%s' but string does not end with ')'",
                                          handler.c_str());
    std::string paramstr = handler.substr(open + 1, handler.size() - open - 2);
    std::vector<std::string> pairs;
    tokenize(pairs, paramstr, ",", true);
    for ( auto& p : pairs ) {
        std::vector<std::string> kv;
        tokenize(kv, p, "=", true);
        if ( kv.size() < 2 )
            Simulation::get()->output().fatal(CALL_INFO_LONG, 1,
                                              "ERROR: Invalid format for params (%s) passed to signal handler option, "
                                              "format should be key=value\n",
                                              p.c_str());
        params.insert(kv[0], kv[1]);
    }
    return handler.substr(0, open);
}
} // namespace

RealTimeManager::RealTimeManager(Simulation& sim) : sim_(sim) {}

RealTimeManager::~RealTimeManager() { alarm(0); }

void RealTimeManager::installSignalHandlers()
{
    install(SIGUSR1, onUsrSignal);
    install(SIGUSR2, onUsrSignal);
    install(SIGINT, onEndSignal);
    install(SIGTERM, onEndSignal);
    install(SIGALRM, onAlrmSignal);
}

std::unique_ptr<RealTimeAction> RealTimeManager::create(const std::string& name, const std::string& option)
{
    if ( name == "sst.rt.exit.clean" ) return std::make_unique<ExitClean>();
    if ( name == "sst.rt.exit.emergency" ) return std::make_unique<ExitEmergency>();
    if ( name == "sst.rt.status.core" ) return std::make_unique<Status>(false);
    if ( name == "sst.rt.status.all" ) return std::make_unique<Status>(true);
    if ( name == "sst.rt.heartbeat" ) return std::make_unique<Heartbeat>();
    if ( name == "sst.rt.checkpoint" || name == "sst.rt.interactive" )
        sim_.output().fatal(CALL_INFO, 1,
                            "ERROR: %s: real-time action '%s' needs checkpoints or the interactive console, which the "
                            "embedded engine does not have (run with SST Core 16)\n",
                            option.c_str(), name.c_str());
    sim_.output().fatal(CALL_INFO, 1,
                        "ERROR: %s: unknown real-time action '%s' (sst.rt.exit.clean, sst.rt.exit.emergency, "
                        "sst.rt.status.core, sst.rt.status.all, sst.rt.heartbeat)\n",
                        option.c_str(), name.c_str());
}

void RealTimeManager::setup()
{
    const SimOptions& o = sim_.options();
    if ( !o.enable_sig_handling ) return;
    signal_actions_[SIGINT]  = create("sst.rt.exit.emergency", "SIGINT");
    signal_actions_[SIGTERM] = create("sst.rt.exit.emergency", "SIGTERM");
    signal_actions_[SIGUSR1] = create(o.sigusr1, "--sigusr1");
    signal_actions_[SIGUSR2] = create(o.sigusr2, "--sigusr2");
    if ( o.exit_after ) intervals_.push_back({ o.exit_after, o.exit_after, create("sst.rt.exit.clean", "--exit-after") });
    if ( o.heartbeat_wall_period )
        intervals_.push_back({ o.heartbeat_wall_period, o.heartbeat_wall_period,
                               create("sst.rt.heartbeat", "--heartbeat-wall-period") });
    std::string rest = o.sigalrm;
    while ( !rest.empty() ) {
        auto        semi    = rest.find(';');
        std::string handler = rest.substr(0, semi);
        rest                = semi == std::string::npos ? "" : rest.substr(semi + 1);
        Params      params;
        std::string action = parseAction(handler, params);
        bool        found  = false;
        std::string every  = params.find<std::string>("interval", "", found);
        if ( !found )
            sim_.output().fatal(CALL_INFO_LONG, 1,
                                "ERROR: Action '%s' passed to '--sigalrm' does not have required 'interval' parameter.",
                                action.c_str());
        uint32_t seconds = 0;
        if ( !parseWallTime(every, seconds) )
            sim_.output().fatal(CALL_INFO_LONG, 1,
                                "ERROR: --sigalrm option invalid. Interval parameter for '%s' could not be parsed. "
                                "Argument = [%s]",
                                action.c_str(), every.c_str());
        intervals_.push_back({ seconds, seconds, create(action, "--sigalrm") });
    }
}

void RealTimeManager::begin()
{
    if ( intervals_.empty() ) return;
    last_alarm_   = time(nullptr);
    uint32_t next = UINT32_MAX;
    for ( auto& iv : intervals_ ) {
        iv.action->begin(last_alarm_ + iv.every);
        next = std::min(next, iv.next);
    }
    alarm(next);
}

void RealTimeManager::notifySignal()
{
    if ( int sig = sig_end_ ) {
        sig_end_ = 0;
        if ( auto it = signal_actions_.find(sig); it != signal_actions_.end() ) it->second->execute();
    }
    if ( int sig = sig_usr_ ) {
        sig_usr_ = 0;
        if ( auto it = signal_actions_.find(sig); it != signal_actions_.end() ) it->second->execute();
    }
    if ( sig_alrm_ ) {
        sig_alrm_            = 0;
        const time_t now     = time(nullptr);
        const uint32_t elapsed = static_cast<uint32_t>(now - last_alarm_);
        uint32_t next        = UINT32_MAX;
        for ( auto& iv : intervals_ ) {
            if ( iv.next <= elapsed ) {
                iv.next = iv.every;
                iv.action->execute();
            }
            else {
                iv.next -= elapsed;
            }
            next = std::min(next, iv.next);
        }
        last_alarm_ += elapsed;
        if ( next != UINT32_MAX && next != 0 ) alarm(next);
    }
}

} // namespace SST::Engine
