// SPDX-License-Identifier: BSD-3-Clause
// Element library `coretest`: small components that exercise the engine's
// semantics from a real configuration (links, clocks, primary components,
// statistics, untimed init data). Used by the engine's end-to-end tests.
#include <sst/core/sst_config.h>

#include <sst/core/component.h>
#include <sst/core/event.h>
#include <sst/core/link.h>

#include <string>
#include <vector>

namespace coretest {

class BallEvent : public SST::Event
{
public:
    BallEvent() = default;
    explicit BallEvent(uint64_t hits) : hits(hits) {}
    uint64_t                hits = 0;
    std::string             note;
    std::vector<SST::SimTime_t> trail;

    void serialize_order(SST::Core::Serialization::serializer& ser) override
    {
        Event::serialize_order(ser);
        SST_SER(hits);
        SST_SER(note);
        SST_SER(trail);
    }
    ImplementSerializable(coretest::BallEvent)
};

/** Bounces a ball over `port` until it has been hit `hits` times; the server serves first. */
class PingPong : public SST::Component
{
public:
    SST_ELI_REGISTER_COMPONENT(PingPong, "coretest", "PingPong", SST_ELI_ELEMENT_VERSION(1, 0, 0),
                               "Bounces an event over a link a fixed number of times", COMPONENT_CATEGORY_UNCATEGORIZED)
    SST_ELI_DOCUMENT_PARAMS({ "hits", "Hits after which the rally ends", "10" },
                            { "serve", "true: this side sends the first ball", "false" },
                            { "think", "Extra delay before returning the ball, in the port's time base", "0" },
                            { "timebase", "Time base of the port", "1ns" })
    SST_ELI_DOCUMENT_PORTS({ "port", "The other player (required)", { "coretest.BallEvent" } })
    SST_ELI_DOCUMENT_STATISTICS({ "returns", "Balls returned", "count", 1 },
                                { "wait", "Core ticks between sending and receiving", "ps", 2 })

    PingPong(SST::ComponentId_t id, SST::Params& params) : Component(id)
    {
        hits_  = params.find<uint64_t>("hits", 10);
        serve_ = params.find<bool>("serve", false);
        think_ = params.find<SST::SimTime_t>("think", 0);
        // The time base before the handler: a bad one throws, and must not leak the handler.
        const SST::TimeConverter timebase = params.find<std::string>("timebase", "1ns");
        port_ = configureLink("port", timebase, new SST::Event::Handler<PingPong, &PingPong::onBall>(this));
        if ( !port_ ) getSimulationOutput().fatal(CALL_INFO, 1, "%s: port 'port' is not connected\n", getName().c_str());
        returns_ = registerStatistic<uint64_t>("returns");
        wait_    = registerStatistic<uint64_t>("wait");
        registerAsPrimaryComponent();
        primaryComponentDoNotEndSim();
    }

    void setup() override
    {
        if ( serve_ ) send(new BallEvent(0));
    }

    void finish() override
    {
        getSimulationOutput().output("%s: rally over after %llu hits at %llu ps, trail of %zu\n", getName().c_str(),
                                     static_cast<unsigned long long>(last_hits_),
                                     static_cast<unsigned long long>(getCurrentSimCycle()), trail_);
    }

private:
    void send(BallEvent* ball)
    {
        ball->note = getName();
        ball->trail.push_back(getCurrentSimCycle());
        sent_at_ = getCurrentSimCycle();
        // The other side ends the rally when this ball arrives: nothing is left for this one.
        if ( ball->hits + 1 >= hits_ ) primaryComponentOKToEndSim();
        port_->send(think_, ball);
    }

    void onBall(SST::Event* ev)
    {
        auto* ball = static_cast<BallEvent*>(ev);
        wait_->addData(getCurrentSimCycle() - sent_at_);
        last_hits_ = ++ball->hits;
        trail_     = ball->trail.size();
        if ( ball->hits >= hits_ ) {
            delete ball;
            primaryComponentOKToEndSim();
            return;
        }
        returns_->addData(1);
        send(ball);
    }

    SST::Link*                              port_;
    uint64_t                                hits_, last_hits_ = 0;
    bool                                    serve_;
    SST::SimTime_t                          think_, sent_at_ = 0;
    size_t                                  trail_ = 0;
    SST::Statistics::Statistic<uint64_t>*   returns_;
    SST::Statistics::Statistic<uint64_t>*   wait_;
};

/** Counts clock cycles; its handler asks to be removed after `cycles` ticks. */
class Ticker : public SST::Component
{
public:
    SST_ELI_REGISTER_COMPONENT(Ticker, "coretest", "Ticker", SST_ELI_ELEMENT_VERSION(1, 0, 0),
                               "Counts clock ticks and unregisters itself", COMPONENT_CATEGORY_UNCATEGORIZED)
    SST_ELI_DOCUMENT_PARAMS({ "clock", "Clock frequency", "1GHz" },
                            { "cycles", "Ticks before the handler returns true", "100" },
                            { "primary", "End the simulation when done", "true" })
    SST_ELI_DOCUMENT_STATISTICS({ "ticks", "Clock ticks seen", "count", 1 })

    Ticker(SST::ComponentId_t id, SST::Params& params) : Component(id)
    {
        cycles_  = params.find<SST::Cycle_t>("cycles", 100);
        primary_ = params.find<bool>("primary", true);
        // Read the parameter before creating the handler: a bad value throws, and must not leak it.
        const SST::UnitAlgebra clock = params.find<SST::UnitAlgebra>("clock", "1GHz");
        registerClock(clock, new SST::Clock::Handler<Ticker, &Ticker::tick>(this));
        ticks_ = registerStatistic<uint64_t>("ticks");
        if ( primary_ ) {
            registerAsPrimaryComponent();
            primaryComponentDoNotEndSim();
        }
    }

    void finish() override
    {
        getSimulationOutput().output("%s: %llu ticks, last cycle %llu, now %llu ps\n", getName().c_str(),
                                     static_cast<unsigned long long>(count_), static_cast<unsigned long long>(last_),
                                     static_cast<unsigned long long>(getCurrentSimCycle()));
    }

private:
    bool tick(SST::Cycle_t cycle)
    {
        ++count_;
        last_ = cycle;
        ticks_->addData(1);
        if ( count_ < cycles_ ) return false;
        if ( primary_ ) primaryComponentOKToEndSim();
        return true;
    }

    SST::Cycle_t                          cycles_, count_ = 0, last_ = 0;
    bool                                  primary_;
    SST::Statistics::Statistic<uint64_t>* ticks_;
};

/** Exchanges a greeting as untimed data in init(), then reports what it got; then wakes itself
 *  with send(nullptr) on a self link, whose handler SST calls with nullptr. */
class Greeter : public SST::Component
{
public:
    SST_ELI_REGISTER_COMPONENT(Greeter, "coretest", "Greeter", SST_ELI_ELEMENT_VERSION(1, 0, 0),
                               "Sends untimed data during init", COMPONENT_CATEGORY_UNCATEGORIZED)
    SST_ELI_DOCUMENT_PARAMS({ "greeting", "Text to send", nullptr })
    SST_ELI_DOCUMENT_PORTS({ "peer_%d", "Peers to greet", { "coretest.BallEvent" } })

    Greeter(SST::ComponentId_t id, SST::Params& params) : Component(id)
    {
        greeting_ = params.find<std::string>("greeting");
        for ( int i = 0; isPortConnected("peer_" + std::to_string(i)); ++i )
            peers_.push_back(configureLink("peer_" + std::to_string(i)));
        wake_ = configureSelfLink("wake", "1ns", new SST::Event::Handler<Greeter, &Greeter::woken>(this));
    }

    void setup() override { wake_->send(4, nullptr); }

    void init(unsigned int phase) override
    {
        for ( SST::Link* l : peers_ ) {
            if ( phase == 0 ) {
                auto* ev = new BallEvent(1);
                ev->note = greeting_;
                l->sendUntimedData(ev);
            }
            while ( SST::Event* ev = l->recvUntimedData() ) {
                getSimulationOutput().output("%s: phase %u heard '%s'\n", getName().c_str(), phase,
                                             static_cast<BallEvent*>(ev)->note.c_str());
                delete ev;
            }
        }
    }

private:
    void woken(SST::Event* ev)
    {
        getSimulationOutput().output("%s: woken at %llu ps by %s\n", getName().c_str(),
                                     static_cast<unsigned long long>(getCurrentSimCycle()),
                                     ev ? "an event" : "nullptr");
        delete ev;
    }

    std::string              greeting_;
    std::vector<SST::Link*>  peers_;
    SST::Link*               wake_;
};

} // namespace coretest
