// SPDX-License-Identifier: BSD-3-Clause
#include "register_window.h"

#include "common/element_error.h"

namespace acalsim {
namespace {

class AnswerDueEvent : public SST::Event
{
public:
    void serialize_order(SST::Core::Serialization::serializer& ser) override { Event::serialize_order(ser); }
    ImplementSerializable(acalsim::AnswerDueEvent)
};

} // namespace

RegisterWindow::RegisterWindow(const std::string& owner, SST::Params& params, uint64_t default_base,
                               uint64_t registers_size)
    : owner_(owner)
{
    base_           = params.find<uint64_t>("base_addr", default_base);
    size_           = params.find<SST::UnitAlgebra>("size", "4096").getRoundedValue();
    access_latency_ = params.find<uint32_t>("access_latency", 1);
    posted_writes_  = params.find<bool>("posted_writes", false);
    if ( size_ < registers_size )
        fatalError(owner_, "size " + std::to_string(size_) + " is smaller than the register map (" +
                               std::to_string(registers_size) + " bytes)");
    if ( base_ + size_ < base_ ) fatalError(owner_, "base_addr + size wraps past the end of the address space");
}

void RegisterWindow::attach(SST::Link* cpu_port, StandardMem* iface, SST::Link* answer_timer, Handler handler)
{
    attach(cpu_port ? std::vector<SST::Link*>{ cpu_port } : std::vector<SST::Link*>{}, iface, answer_timer,
           std::move(handler));
}

void RegisterWindow::attach(std::vector<SST::Link*> cpu_ports, StandardMem* iface, SST::Link* answer_timer,
                            Handler handler)
{
    cpu_ports_    = std::move(cpu_ports);
    iface_        = iface;
    answer_timer_ = answer_timer;
    handler_      = std::move(handler);
    if ( cpu_ports_.empty() && !iface_ )
        fatalError(owner_, "port cpu_port is not connected, and nothing is loaded into the iface slot "
                           "(memHierarchy.standardInterface, to be a StandardMem endpoint)");
    if ( iface_ ) iface_->setMemoryMappedAddressRegion(base_, size_);
}

void RegisterWindow::declarePosted(uint64_t offset, uint64_t size)
{
    if ( posted_writes_ ) posted_.emplace_back(base_ + offset, size);
}

cosim::DeviceInfoEvent* RegisterWindow::deviceInfo(const std::string& compatible, const std::string& name) const
{
    auto* info   = new cosim::DeviceInfoEvent(compatible, name);
    info->posted = posted_;
    return info;
}

void RegisterWindow::init(unsigned int phase)
{
    if ( iface_ ) iface_->init(phase);
}
void RegisterWindow::setup()
{
    if ( iface_ ) iface_->setup();
}
void RegisterWindow::finish()
{
    if ( iface_ ) iface_->finish();
}

bool RegisterWindow::take(SST::Event* ev, size_t port)
{
    auto* t = dynamic_cast<cosim::MemoryTransactionEvent*>(ev);
    if ( !t ) return false;
    const cosim::MemoryTransactionEvent tx = *t;
    delete t;
    last_seq_     = tx.seq;
    Held     held;
    held.cosim_id = tx.id;
    held.port     = port;
    held.size     = tx.size;
    const bool outside = tx.address < base_ || tx.address - base_ >= size_;
    decide({ tx.type == cosim::MemoryTransactionEvent::READ, tx.address - base_, tx.size, tx.data, outside, port,
             tx.posted },
           std::move(held));
    return true;
}

void RegisterWindow::onStandardMem(StandardMem::Request* req)
{
    std::unique_ptr<StandardMem::Request> owned(req);
    Access a{};
    if ( auto* r = dynamic_cast<StandardMem::Read*>(req) ) {
        a = { true, r->pAddr - base_, static_cast<uint32_t>(r->size), 0, r->pAddr < base_ || r->pAddr - base_ >= size_,
              0, false };
    }
    else if ( auto* w = dynamic_cast<StandardMem::Write*>(req) ) {
        uint64_t value = 0;
        for ( size_t i = 0; i < w->data.size() && i < 8; ++i )
            value |= static_cast<uint64_t>(w->data[i]) << (8 * i); // the guest is little-endian
        a = { false, w->pAddr - base_, static_cast<uint32_t>(w->size), value,
              w->pAddr < base_ || w->pAddr - base_ >= size_, 0, false };
    }
    else
        fatalError(owner_, "the iface slot delivered " + req->getString() +
                               ": a register window takes only Read and Write requests");
    Held held;
    held.size    = a.size;
    held.request = std::move(owned);
    decide(a, std::move(held));
}

void RegisterWindow::decide(const Access& access, Held held)
{
    const Ticket ticket = next_ticket_++;
    auto         it     = held_.emplace(ticket, std::move(held)).first;
    if ( std::optional<Answer> now = handler_(access, ticket) ) {
        Held h = std::move(it->second);
        held_.erase(it);
        respond(h, *now, 0);
    }
}

void RegisterWindow::answer(Ticket ticket, Answer a, uint32_t waited)
{
    auto it = held_.find(ticket);
    if ( it == held_.end() ) fatalError(owner_, "answered access " + std::to_string(ticket) + ", which is not held");
    Held h = std::move(it->second);
    held_.erase(it);
    respond(h, a, waited);
}

void RegisterWindow::respond(Held& held, Answer a, uint32_t waited)
{
    if ( !held.request ) {
        cpu_ports_.at(held.port)->send(
            access_latency_, new cosim::MemoryResponseEvent(held.cosim_id, a.status, a.data, access_latency_ + waited));
        return;
    }
    if ( !held.request->needsResponse() ) return; // a posted write
    std::unique_ptr<StandardMem::Request> resp(held.request->makeResponse());
    if ( auto* r = dynamic_cast<StandardMem::ReadResp*>(resp.get()) ) {
        r->data.assign(held.size, 0);
        for ( uint32_t i = 0; i < held.size && i < 8; ++i )
            r->data[i] = static_cast<uint8_t>(a.data >> (8 * i));
    }
    if ( a.status != cosim::ACCESS_OK ) resp->setFail();
    due_.push_back(std::move(resp));
    answer_timer_->send(access_latency_, new AnswerDueEvent);
}

void RegisterWindow::onAnswerDue(SST::Event* ev)
{
    delete ev;
    std::unique_ptr<StandardMem::Request> resp = std::move(due_.front());
    due_.pop_front();
    iface_->send(resp.release()); // SST's API: the interface owns it now
}

} // namespace acalsim
