// Events between the QEMU bridge (qemubinary.QEMUBinary) and device
// components (acalsim.*): one transaction per guest access, one response each.
// Header-only, so every element library can use them.
#ifndef ELEMENTS_EVENTS_MEMORY_EVENTS_H
#define ELEMENTS_EVENTS_MEMORY_EVENTS_H

#include <sst/core/sst_config.h>

#include <sst/core/event.h>

#include <cstdint>
#include <vector>

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

/** Device -> bridge: set interrupt line `line` of the device's sst-device to `level` (protocol 2). */
class InterruptEvent : public SST::Event
{
public:
    InterruptEvent() = default;
    InterruptEvent(uint32_t line, bool level) : line(line), level(level) {}
    uint32_t line  = 0;
    bool     level = false;

    void serialize_order(SST::Core::Serialization::serializer& ser) override
    {
        Event::serialize_order(ser);
        SST_SER(line);
        SST_SER(level);
    }
    ImplementSerializable(acalsim::InterruptEvent)
};

/** Device -> bridge: read or write guest RAM (protocol 2). At most 65536 bytes. */
class DmaRequestEvent : public SST::Event
{
public:
    DmaRequestEvent() = default;
    static DmaRequestEvent* read(uint64_t id, uint64_t address, uint32_t length)
    {
        auto* e    = new DmaRequestEvent;
        e->id      = id;
        e->address = address;
        e->length  = length;
        return e;
    }
    static DmaRequestEvent* write(uint64_t id, uint64_t address, std::vector<uint8_t> data)
    {
        auto* e    = new DmaRequestEvent;
        e->id      = id;
        e->is_write = true;
        e->address = address;
        e->length  = static_cast<uint32_t>(data.size());
        e->data    = std::move(data);
        return e;
    }
    uint64_t             id       = 0;
    bool                 is_write = false;
    uint64_t             address  = 0;
    uint32_t             length   = 0;
    std::vector<uint8_t> data; // write data

    void serialize_order(SST::Core::Serialization::serializer& ser) override
    {
        Event::serialize_order(ser);
        SST_SER(id);
        SST_SER(is_write);
        SST_SER(address);
        SST_SER(length);
        SST_SER(data);
    }
    ImplementSerializable(acalsim::DmaRequestEvent)
};

/** Bridge -> device: the outcome of a DmaRequestEvent with the same id. */
class DmaResponseEvent : public SST::Event
{
public:
    DmaResponseEvent() = default;
    DmaResponseEvent(uint64_t id, uint32_t status, std::vector<uint8_t> data)
        : id(id), status(status), data(std::move(data))
    {}
    uint64_t             id     = 0;
    uint32_t             status = 0; // SST_DMA_OK or SST_DMA_ERROR
    std::vector<uint8_t> data;       // read data

    void serialize_order(SST::Core::Serialization::serializer& ser) override
    {
        Event::serialize_order(ser);
        SST_SER(id);
        SST_SER(status);
        SST_SER(data);
    }
    ImplementSerializable(acalsim::DmaResponseEvent)
};

} // namespace acalsim

#endif
