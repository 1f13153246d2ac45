// SPDX-License-Identifier: BSD-3-Clause
// Components compiled into the unit-test binary (library "unittest"): they
// log what they see to a global list that tests inspect.
#ifndef ENGINE_TESTS_UNIT_TEST_COMPONENTS_H
#define ENGINE_TESTS_UNIT_TEST_COMPONENTS_H

#include <sst/core/sst_config.h>

#include <sst/core/component.h>

#include <string>
#include <vector>

namespace unittest {

std::vector<std::string>& log();

class Payload : public SST::Event
{
public:
    Payload() = default;
    explicit Payload(uint64_t v) : value(v) {}
    uint64_t value = 0;
    void     serialize_order(SST::Core::Serialization::serializer& ser) override
    {
        Event::serialize_order(ser);
        SST_SER(value);
    }
    ImplementSerializable(unittest::Payload)
};

/** At setup, sends one Payload(i) per entry i of `delays` (extra delay in `timebase` units). */
class Source : public SST::Component
{
public:
    SST_ELI_REGISTER_COMPONENT(Source, "unittest", "Source", SST_ELI_ELEMENT_VERSION(1, 0, 0), "sends at setup",
                               COMPONENT_CATEGORY_UNCATEGORIZED)
    SST_ELI_DOCUMENT_PARAMS({ "delays", "extra delays", "[0]" }, { "timebase", "send time base", "1ns" })
    SST_ELI_DOCUMENT_PORTS({ "out", "output", {} })

    Source(SST::ComponentId_t id, SST::Params& p) : Component(id)
    {
        p.find_array("delays", delays_); // appends, as SST Core's does
        if ( delays_.empty() ) delays_.push_back(0);
        link_ = configureLink("out", p.find<std::string>("timebase", "1ns"));
    }
    void setup() override
    {
        for ( size_t i = 0; i < delays_.size(); ++i )
            link_->send(delays_[i], new Payload(i));
    }

private:
    std::vector<SST::SimTime_t> delays_;
    SST::Link*                  link_;
};

/** Logs "name@time:value" per event; as a primary component, waits for `expect` events. */
class Sink : public SST::Component
{
public:
    SST_ELI_REGISTER_COMPONENT(Sink, "unittest", "Sink", SST_ELI_ELEMENT_VERSION(1, 0, 0), "logs events",
                               COMPONENT_CATEGORY_UNCATEGORIZED)
    SST_ELI_DOCUMENT_PARAMS({ "expect", "events before OK to end (0: not primary)", "0" })
    SST_ELI_DOCUMENT_PORTS({ "in", "input", {} }, { "in_%d", "more inputs", {} })
    SST_ELI_DOCUMENT_STATISTICS({ "values", "payload values", "1", 1 }, { "debug", "a level-5 statistic", "1", 5 })

    Sink(SST::ComponentId_t id, SST::Params& p) : Component(id)
    {
        expect_ = p.find<uint64_t>("expect", 0);
        for ( std::string port : { "in", "in_0", "in_1" } )
            if ( isPortConnected(port) ) configureLink(port, new SST::Event::Handler<Sink, &Sink::onEvent>(this));
        values_ = registerStatistic<uint64_t>("values");
        debug_  = registerStatistic<uint64_t>("debug");
        if ( expect_ ) {
            registerAsPrimaryComponent();
            primaryComponentDoNotEndSim();
        }
    }
    void finish() override { log().push_back(getName() + ":finish@" + std::to_string(getCurrentSimCycle())); }

private:
    void onEvent(SST::Event* ev)
    {
        auto* p = static_cast<Payload*>(ev);
        log().push_back(getName() + "@" + std::to_string(getCurrentSimCycle()) + ":" + std::to_string(p->value));
        values_->addData(p->value);
        debug_->addData(p->value);
        delete ev;
        if ( expect_ && ++seen_ == expect_ ) primaryComponentOKToEndSim();
    }
    uint64_t                              expect_, seen_ = 0;
    SST::Statistics::Statistic<uint64_t>* values_;
    SST::Statistics::Statistic<uint64_t>* debug_;
};

/** Logs "name:cycle@time" per tick; the handler returns true after `cycles` ticks. */
class Clocked : public SST::Component
{
public:
    SST_ELI_REGISTER_COMPONENT(Clocked, "unittest", "Clocked", SST_ELI_ELEMENT_VERSION(1, 0, 0), "ticks",
                               COMPONENT_CATEGORY_UNCATEGORIZED)
    SST_ELI_DOCUMENT_PARAMS({ "clock", "frequency", "1GHz" }, { "cycles", "ticks", "3" })

    Clocked(SST::ComponentId_t id, SST::Params& p) : Component(id)
    {
        cycles_ = p.find<uint64_t>("cycles", 3);
        // The time base first: a bad one throws, and the handler would leak if already made.
        const SST::TimeConverter clock = p.find<std::string>("clock", "1GHz");
        registerClock(clock, new SST::Clock::Handler<Clocked, &Clocked::tick>(this));
    }

private:
    bool tick(SST::Cycle_t cycle)
    {
        log().push_back(getName() + ":" + std::to_string(cycle) + "@" + std::to_string(getCurrentSimCycle()));
        return ++count_ >= cycles_;
    }
    uint64_t cycles_, count_ = 0;
};

/** Requires a parameter and documents nothing else. */
class Strict : public SST::Component
{
public:
    SST_ELI_REGISTER_COMPONENT(Strict, "unittest", "Strict", SST_ELI_ELEMENT_VERSION(1, 0, 0), "required param",
                               COMPONENT_CATEGORY_UNCATEGORIZED)
    SST_ELI_DOCUMENT_PARAMS({ "needed", "required", nullptr })
    SST_ELI_DOCUMENT_PORTS({ "port", "a port it never configures", {} })
    Strict(SST::ComponentId_t id, SST::Params&) : Component(id) {}
};

/** Sends itself an event over a self link every `period` units of `timebase`, `count` times. */
class Looper : public SST::Component
{
public:
    SST_ELI_REGISTER_COMPONENT(Looper, "unittest", "Looper", SST_ELI_ELEMENT_VERSION(1, 0, 0), "self link",
                               COMPONENT_CATEGORY_UNCATEGORIZED)
    SST_ELI_DOCUMENT_PARAMS({ "timebase", "self link time base (empty: none)", "1ns" }, { "period", "delay", "3" },
                            { "count", "loops", "3" })

    Looper(SST::ComponentId_t id, SST::Params& p) : Component(id)
    {
        period_        = p.find<uint64_t>("period", 3);
        count_         = p.find<uint64_t>("count", 3);
        std::string tb = p.find<std::string>("timebase", "1ns");
        auto*       h  = new SST::Event::Handler<Looper, &Looper::onLoop>(this);
        self_          = tb.empty() ? configureSelfLink("loop", h) : configureSelfLink("loop", tb, h);
    }
    void setup() override { self_->send(period_, new Payload(0)); }

private:
    void onLoop(SST::Event* ev)
    {
        auto* p = static_cast<Payload*>(ev);
        log().push_back(getName() + "@" + std::to_string(getCurrentSimCycle()) + ":" + std::to_string(p->value));
        if ( ++p->value < count_ )
            self_->send(period_, p);
        else
            delete p;
    }
    SST::Link* self_;
    uint64_t   period_, count_;
};

/** Polls its input link (configured without a handler) on every clock tick. */
class Poller : public SST::Component
{
public:
    SST_ELI_REGISTER_COMPONENT(Poller, "unittest", "Poller", SST_ELI_ELEMENT_VERSION(1, 0, 0), "polling link",
                               COMPONENT_CATEGORY_UNCATEGORIZED)
    SST_ELI_DOCUMENT_PARAMS({ "cycles", "ticks", "4" })
    SST_ELI_DOCUMENT_PORTS({ "in", "polled input", {} })

    Poller(SST::ComponentId_t id, SST::Params& p) : Component(id)
    {
        cycles_ = p.find<uint64_t>("cycles", 4);
        in_     = configureLink("in", "1ns");
        registerClock("1GHz", new SST::Clock::Handler<Poller, &Poller::tick>(this));
    }

private:
    bool tick(SST::Cycle_t cycle)
    {
        while ( SST::Event* ev = in_->recv() ) {
            log().push_back(getName() + ":" + std::to_string(cycle) + " got " +
                            std::to_string(static_cast<Payload*>(ev)->value));
            delete ev;
        }
        return cycle >= cycles_;
    }
    SST::Link* in_;
    uint64_t   cycles_;
};

} // namespace unittest

#endif
