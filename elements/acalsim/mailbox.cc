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

Mailbox::Mailbox(SST::ComponentId_t id, SST::Params& params)
    : Component(id), window_(getName(), params, 0x10200000, MB_REGS_SIZE)
{
    compatible_       = params.find<std::string>("compatible", "acalsim,mailbox");
    delivery_latency_ = params.find<uint32_t>("delivery_latency", 10);
    SST::TimeConverter cycle = registerTimeBase(params.find<std::string>("clock", "1GHz"));
    std::vector<SST::Link*> links;
    for ( size_t i = 0; isPortConnected("cpu_port_" + std::to_string(i)); ++i ) {
        links.push_back(configureLink("cpu_port_" + std::to_string(i), cycle,
                                      new SST::Event::Handler<Mailbox, &Mailbox::onEvent, size_t>(this, i)));
        ports_.push_back({ links.back(), 0, {} });
    }
    if ( ports_.empty() ) fatalError(getName(), "no cpu_port_0 connected");
    window_.attach(links, nullptr, nullptr, [this](const RegisterWindow::Access& a, RegisterWindow::Ticket) {
        return onAccess(a);
    });
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

void Mailbox::onEvent(SST::Event* ev, size_t port)
{
    if ( !window_.take(ev, port) )
        fatalError(getName(), "cpu_port_" + std::to_string(port) + " delivered an event that is not an access");
}

RegisterWindow::Answer Mailbox::reply(uint32_t status, uint64_t data)
{
    if ( status != cosim::ACCESS_OK ) stat_errors_->addData(1);
    return { status, data };
}

RegisterWindow::Answer Mailbox::onAccess(const RegisterWindow::Access& a)
{
    Port& p = ports_[a.port];
    if ( a.outside ) return reply(cosim::ACCESS_BAD_ADDRESS, 0);
    const uint64_t offset = a.offset;
    if ( offset > MB_RECV || offset % 4 ) return reply(cosim::ACCESS_BAD_ADDRESS, 0);
    if ( a.size != 4 ) return reply(cosim::ACCESS_BAD_SIZE, 0);
    if ( a.read ) {
        switch ( offset ) {
        case MB_ID:
            return reply(cosim::ACCESS_OK, a.port);
        case MB_COUNT:
            return reply(cosim::ACCESS_OK, ports_.size());
        case MB_TARGET:
            return reply(cosim::ACCESS_OK, p.target);
        case MB_INBOX_COUNT:
            return reply(cosim::ACCESS_OK, p.inbox.size());
        case MB_RECV: {
            if ( p.inbox.empty() ) return reply(cosim::ACCESS_ERROR, 0);
            const uint32_t v = p.inbox.front();
            p.inbox.pop_front();
            return reply(cosim::ACCESS_OK, v);
        }
        }
        return reply(cosim::ACCESS_DENIED, 0); // SEND is write-only
    }
    const uint32_t v = static_cast<uint32_t>(a.data);
    switch ( offset ) {
    case MB_TARGET:
        p.target = v;
        break;
    case MB_SEND:
        if ( p.target >= ports_.size() ) return reply(cosim::ACCESS_ERROR, 0);
        delivery_->send(delivery_latency_, new DeliveryEvent(p.target, v));
        break;
    default:
        return reply(cosim::ACCESS_DENIED, 0);
    }
    return reply(cosim::ACCESS_OK, 0);
}

void Mailbox::onDelivery(SST::Event* ev)
{
    auto* d = static_cast<DeliveryEvent*>(ev);
    ports_[d->target].inbox.push_back(d->value);
    stat_messages_->addData(1);
    delete ev;
}

} // namespace acalsim
