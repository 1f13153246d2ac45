// SPDX-License-Identifier: BSD-3-Clause
// Wall-clock actions, as SST Core's RealTimeManager runs them: SIGINT/SIGTERM end the run
// (sst.rt.exit.emergency), SIGUSR1/SIGUSR2 print status (or what --sigusr1/--sigusr2 choose),
// and SIGALRM drives the interval actions (--exit-after, --heartbeat-wall-period, --sigalrm).
// Signal handlers only set flags; the event loop acts on them between activities.
#ifndef SST_ENGINE_REAL_TIME_H
#define SST_ENGINE_REAL_TIME_H

#include <csignal>
#include <cstdint>
#include <ctime>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace SST::Engine {

class Simulation;

class RealTimeAction
{
public:
    virtual ~RealTimeAction() = default;
    virtual void execute()    = 0;
    virtual void begin(time_t /*scheduled*/) {}
    virtual bool isValidSigalrmAction() const { return true; }
};

class RealTimeManager
{
public:
    explicit RealTimeManager(Simulation& sim);
    ~RealTimeManager();

    /** Registers the actions the options ask for; fatal on a bad action name or interval. */
    void setup();
    /** Arms the alarm: intervals count from the start of the run loop. */
    void begin();
    /** Runs the actions of the signals that arrived. */
    void notifySignal();

    static void installSignalHandlers();

private:
    struct Interval
    {
        uint32_t                        every;
        uint32_t                        next;
        std::unique_ptr<RealTimeAction> action;
    };

    std::unique_ptr<RealTimeAction> create(const std::string& name, const std::string& option);

    Simulation&                                         sim_;
    std::map<int, std::unique_ptr<RealTimeAction>>      signal_actions_;
    std::vector<Interval>                               intervals_;
    time_t                                              last_alarm_ = 0;
};

} // namespace SST::Engine

#endif
