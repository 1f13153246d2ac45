// Events between the QEMU bridge (qemubinary.QEMUBinary) and device
// components (acalsim.*): one transaction per guest access, one response each.
// Header-only, so every element library can use them.
#ifndef ELEMENTS_EVENTS_MEMORY_EVENTS_H
#define ELEMENTS_EVENTS_MEMORY_EVENTS_H

#include <sst/core/sst_config.h>

#include <sst/core/event.h>

#include <cstdint>

namespace acalsim {

/** A guest access: the device answers with a MemoryResponseEvent carrying the same id. */
class MemoryTransactionEvent : public SST::Event
{
public:
    enum Type : uint32_t { READ = 0, WRITE = 1 };

    MemoryTransactionEvent() = default;
    MemoryTransactionEvent(Type type, uint64_t address, uint32_t size, uint64_t data, uint64_t id)
        : type(type), address(address), size(size), data(data), id(id)
    {}

    Type     type    = READ;
    uint64_t address = 0; // guest-physical
    uint32_t size    = 0; // 1, 2, 4 or 8 bytes
    uint64_t data    = 0; // write data
    uint64_t id      = 0; // chosen by the sender, echoed in the response

    void serialize_order(SST::Core::Serialization::serializer& ser) override
    {
        Event::serialize_order(ser);
        SST_SER(type);
        SST_SER(address);
        SST_SER(size);
        SST_SER(data);
        SST_SER(id);
    }
    ImplementSerializable(acalsim::MemoryTransactionEvent)
};

class MemoryResponseEvent : public SST::Event
{
public:
    MemoryResponseEvent() = default;
    MemoryResponseEvent(uint64_t id, uint32_t status, uint64_t data, uint32_t latency)
        : id(id), status(status), data(data), latency(latency)
    {}

    uint64_t id      = 0; // the transaction's id
    uint32_t status  = 0; // SST_MMIO_STATUS_* (0 = OK)
    uint64_t data    = 0; // read data
    uint32_t latency = 0; // device cycles the access took

    void serialize_order(SST::Core::Serialization::serializer& ser) override
    {
        Event::serialize_order(ser);
        SST_SER(id);
        SST_SER(status);
        SST_SER(data);
        SST_SER(latency);
    }
    ImplementSerializable(acalsim::MemoryResponseEvent)
};

} // namespace acalsim

#endif
