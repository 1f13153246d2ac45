// SPDX-License-Identifier: BSD-3-Clause
#include "mailbox.h"

#include "common/element_error.h"
#include "mailbox_regs.h"

namespace acalsim {
namespace {

class DeliveryEvent : public SST::Event
{
public:
    DeliveryEvent() = default;
    DeliveryEvent(uint32_t target, uint32_t value) : target(target), value(value) {}
    uint32_t target = 0, value = 0;
    void     serialize_order(SST::Core::Serialization::serializer& ser) override
    {
        Event::serialize_order(ser);
        SST_SER(target);
        SST_SER(value);
    }
    ImplementSerializable(acalsim::DeliveryEvent)
};

} // namespace

Mailbox::Mailbox(SST::ComponentId_t id, SST::Params& params) : Component(id)
{
    compatible_       = params.find<std::string>("compatible", "acalsim,mailbox");
    base_             = params.find<uint64_t>("base_addr", 0x10200000);
    size_             = params.find<SST::UnitAlgebra>("size", "4096").getRoundedValue();
    access_latency_   = params.find<uint32_t>("access_latency", 1);
    delivery_latency_ = params.find<uint32_t>("delivery_latency", 10);
    SST::TimeConverter cycle = registerTimeBase(params.find<std::string>("clock", "1GHz"));
    for ( size_t i = 0; isPortConnected("cpu_port_" + std::to_string(i)); ++i )
        ports_.push_back({ configureLink("cpu_port_" + std::to_string(i), cycle,
                                         new SST::Event::Handler<Mailbox, &Mailbox::onAccess, size_t>(this, i)),
                           0, {} });
    if ( ports_.empty() ) fatalError(getName(), "no cpu_port_0 connected");
    delivery_ = configureSelfLink("delivery", cycle, new SST::Event::Handler<Mailbox, &Mailbox::onDelivery>(this));
    stat_messages_ = registerStatistic<uint64_t>("messages");
    stat_errors_   = registerStatistic<uint64_t>("errors");
}

void Mailbox::init(unsigned int phase)
{
    if ( phase != 0 ) return;
    for ( Port& p : ports_ )
        p.link->sendUntimedData(new cosim::DeviceInfoEvent(compatible_, getName()));
}

void Mailbox::setup()
{
    for ( Port& p : ports_ ) // inboxes are polled
        p.link->send(cosim::QuietUntilEvent::passive());
}

void Mailbox::respond(size_t port, uint64_t id, uint32_t status, uint64_t data)
{
    if ( status != cosim::ACCESS_OK ) stat_errors_->addData(1);
    ports_[port].link->send(access_latency_, new cosim::MemoryResponseEvent(id, status, data, access_latency_));
}

void Mailbox::onAccess(SST::Event* ev, size_t port)
{
    const cosim::MemoryTransactionEvent t = *static_cast<cosim::MemoryTransactionEvent*>(ev);
    delete ev;
    Port&      p    = ports_[port];
    const bool read = t.type == cosim::MemoryTransactionEvent::READ;
    if ( t.address < base_ || t.address - base_ >= size_ ) return respond(port, t.id, cosim::ACCESS_BAD_ADDRESS, 0);
    const uint64_t offset = t.address - base_;
    if ( offset > MB_RECV || offset % 4 ) return respond(port, t.id, cosim::ACCESS_BAD_ADDRESS, 0);
    if ( t.size != 4 ) return respond(port, t.id, cosim::ACCESS_BAD_SIZE, 0);
    if ( read ) {
        switch ( offset ) {
        case MB_ID:
            return respond(port, t.id, cosim::ACCESS_OK, port);
        case MB_COUNT:
            return respond(port, t.id, cosim::ACCESS_OK, ports_.size());
        case MB_TARGET:
            return respond(port, t.id, cosim::ACCESS_OK, p.target);
        case MB_INBOX_COUNT:
            return respond(port, t.id, cosim::ACCESS_OK, p.inbox.size());
        case MB_RECV: {
            if ( p.inbox.empty() ) return respond(port, t.id, cosim::ACCESS_ERROR, 0);
            const uint32_t v = p.inbox.front();
            p.inbox.pop_front();
            return respond(port, t.id, cosim::ACCESS_OK, v);
        }
        }
        return respond(port, t.id, cosim::ACCESS_DENIED, 0); // SEND is write-only
    }
    const uint32_t v = static_cast<uint32_t>(t.data);
    switch ( offset ) {
    case MB_TARGET:
        p.target = v;
        break;
    case MB_SEND:
        if ( p.target >= ports_.size() ) return respond(port, t.id, cosim::ACCESS_ERROR, 0);
        delivery_->send(delivery_latency_, new DeliveryEvent(p.target, v));
        break;
    default:
        return respond(port, t.id, cosim::ACCESS_DENIED, 0);
    }
    respond(port, t.id, cosim::ACCESS_OK, 0);
}

void Mailbox::onDelivery(SST::Event* ev)
{
    auto* d = static_cast<DeliveryEvent*>(ev);
    ports_[d->target].inbox.push_back(d->value);
    stat_messages_->addData(1);
    delete ev;
}

} // namespace acalsim
