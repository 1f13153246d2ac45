// SPDX-License-Identifier: BSD-3-Clause
// Element library `phold`: the PHOLD benchmark. Each node, on receiving an
// event, forwards it to a random neighbour after a random extra delay, so the
// event population stays constant and the engine's queue does all the work.
#include <sst/core/sst_config.h>

#include <sst/core/component.h>
#include <sst/core/event.h>
#include <sst/core/link.h>

#include <vector>

namespace phold {

class TokenEvent : public SST::Event
{
public:
    TokenEvent() = default;
    void serialize_order(SST::Core::Serialization::serializer& ser) override { Event::serialize_order(ser); }
    ImplementSerializable(phold::TokenEvent)
};

class Node : public SST::Component
{
public:
    SST_ELI_REGISTER_COMPONENT(Node, "phold", "Node", SST_ELI_ELEMENT_VERSION(1, 0, 0),
                               "PHOLD node: forwards each event to a random neighbour after a random delay",
                               COMPONENT_CATEGORY_UNCATEGORIZED)
    SST_ELI_DOCUMENT_PARAMS({ "events", "Events this node starts with", "10" },
                            { "max_delay", "Extra delay drawn uniformly from [0, max_delay) ns", "10" },
                            { "seed", "Random seed (combined with the component id)", "1" })
    SST_ELI_DOCUMENT_PORTS({ "port_%d", "Links to neighbours", { "phold.TokenEvent" } })
    SST_ELI_DOCUMENT_STATISTICS({ "received", "Events received", "count", 1 })

    Node(SST::ComponentId_t id, SST::Params& params) : Component(id)
    {
        events_    = params.find<uint32_t>("events", 10);
        max_delay_ = params.find<uint32_t>("max_delay", 10);
        state_     = params.find<uint64_t>("seed", 1) * 0x9E3779B97F4A7C15ull + id + 1;
        registerTimeBase("1ns");
        for ( int i = 0; isPortConnected("port_" + std::to_string(i)); ++i )
            ports_.push_back(configureLink("port_" + std::to_string(i), new SST::Event::Handler<Node, &Node::onEvent>(this)));
        if ( ports_.empty() ) getSimulationOutput().fatal(CALL_INFO, 1, "%s: no port_0 connected\n", getName().c_str());
        received_ = registerStatistic<uint64_t>("received");
    }

    void setup() override
    {
        for ( uint32_t i = 0; i < events_; ++i )
            forward(new TokenEvent);
    }

    void finish() override { received_->addDataNTimes(count_, 1); }

private:
    uint64_t next() // xorshift64*: fast, deterministic per node
    {
        state_ ^= state_ >> 12;
        state_ ^= state_ << 25;
        state_ ^= state_ >> 27;
        return state_ * 2685821657736338717ull;
    }
    void forward(SST::Event* ev)
    {
        uint64_t r = next();
        ports_[r % ports_.size()]->send(max_delay_ ? (r >> 32) % max_delay_ : 0, ev);
    }
    void onEvent(SST::Event* ev)
    {
        ++count_;
        forward(ev); // the receiver owns the event: reuse it
    }

    std::vector<SST::Link*>               ports_;
    uint32_t                              events_, max_delay_;
    uint64_t                              state_, count_ = 0;
    SST::Statistics::Statistic<uint64_t>* received_;
};

} // namespace phold
