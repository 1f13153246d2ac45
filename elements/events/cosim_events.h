// SPDX-License-Identifier: BSD-3-Clause
// Events between the QEMU bridge (qemubinary.QEMUBinary) and device
// components (acalsim.*, or your own): one transaction per guest access, one
// response each; interrupts, DMA and the devices' timing announcements.
// Neutral: nothing here knows QEMU or its wire format, so a device model
// includes only this. Header-only, so every element library can use them.
#ifndef ELEMENTS_EVENTS_COSIM_EVENTS_H
#define ELEMENTS_EVENTS_COSIM_EVENTS_H

#include <sst/core/sst_config.h>

#include <sst/core/event.h>

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace cosim {

/** How a device answers an access (MemoryResponseEvent::status). The bridge tells the guest;
 *  anything but ACCESS_OK makes a read return all-ones and drops a write. */
enum AccessStatus : uint32_t {
    ACCESS_OK          = 0,
    ACCESS_ERROR       = 1, // unspecified device error
    ACCESS_BAD_ADDRESS = 2, // no register at the address
    ACCESS_DENIED      = 3, // the register does not allow it (a write to a read-only one)
    ACCESS_BAD_SIZE    = 4, // the register does not take this access size
};

/** The most one DmaRequestEvent may read or write. */
constexpr uint32_t MAX_DMA_BYTES = 65536;

/** How a DMA request went (DmaResponseEvent::status). */
enum DmaStatus : uint32_t {
    DMA_OK      = 0,
    DMA_NOT_RAM = 1, // the guest-physical range is not all RAM
};

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
    uint64_t seq     = 0; // the bridge's count of events sent on this link (QuietUntilEvent::seen_seq)
    bool     posted  = false; // a posted write (DeviceInfoEvent::posted): the guest did not wait for it

    void serialize_order(SST::Core::Serialization::serializer& ser) override
    {
        Event::serialize_order(ser);
        SST_SER(type);
        SST_SER(address);
        SST_SER(size);
        SST_SER(data);
        SST_SER(id);
        SST_SER(seq);
        SST_SER(posted);
    }
    ImplementSerializable(cosim::MemoryTransactionEvent)
};

class MemoryResponseEvent : public SST::Event
{
public:
    MemoryResponseEvent() = default;
    MemoryResponseEvent(uint64_t id, uint32_t status, uint64_t data, uint32_t latency)
        : id(id), status(status), data(data), latency(latency)
    {}

    uint64_t id      = 0; // the transaction's id
    uint32_t status  = ACCESS_OK; // an AccessStatus
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
    ImplementSerializable(cosim::MemoryResponseEvent)
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
    ImplementSerializable(cosim::InterruptEvent)
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
    ImplementSerializable(cosim::DmaRequestEvent)
};

/**
 * Device -> bridge: the device sends nothing unsolicited (InterruptEvent, DmaRequestEvent) on
 * this link before its time `until_ps` (NEVER: not until the bridge sends it something). The
 * guest then runs up to that time without stopping for SST, and stops exactly then.
 *
 * A device sends one in setup(), after handling each event from the bridge (before it answers),
 * and after each unsolicited event, with `seen_seq`: the `seq` of the last event from the bridge
 * it has handled (the bridge assumes a device may react at once to what it has not yet seen). A device that never sends anything unsolicited says so once,
 * in setup(), with passive() and is done. A device that never sends one works too: its guest
 * stops every sync_quantum for it, and its interrupts arrive up to one quantum late.
 */
class QuietUntilEvent : public SST::Event
{
public:
    static constexpr uint64_t NEVER = UINT64_MAX;

    QuietUntilEvent() = default;
    QuietUntilEvent(uint64_t sent_ps, uint64_t until_ps, uint64_t seen_seq)
        : sent_ps(sent_ps), until_ps(until_ps), seen_seq(seen_seq)
    {}
    /** For a device that answers requests and never sends anything else (send it in setup()). */
    static QuietUntilEvent* passive()
    {
        auto* e           = new QuietUntilEvent(0, NEVER, 0);
        e->always_passive = true;
        return e;
    }
    uint64_t sent_ps        = 0;     // the device's time as it sends this (for the link's latency)
    uint64_t until_ps       = 0;     // the device's earliest unsolicited send, or NEVER
    uint64_t seen_seq       = 0;     // the last bridge event (its seq) this takes into account
    bool     always_passive = false; // and so it stays, whatever it is sent

    void serialize_order(SST::Core::Serialization::serializer& ser) override
    {
        Event::serialize_order(ser);
        SST_SER(sent_ps);
        SST_SER(until_ps);
        SST_SER(seen_seq);
        SST_SER(always_passive);
    }
    ImplementSerializable(cosim::QuietUntilEvent)
};

/**
 * Device -> bridge, as untimed data in init phase 0: what the device is. The bridge puts
 * `compatible` into the device-tree node it has QEMU publish for the device's window, which is
 * how a guest operating system (the Linux driver's of_match_table) finds it; `name` titles the
 * device's track in the bridge's trace. A device that sends none gets "acalsim,sst-device".
 */
class DeviceInfoEvent : public SST::Event
{
public:
    DeviceInfoEvent() = default;
    DeviceInfoEvent(std::string compatible, std::string name) : compatible(std::move(compatible)), name(std::move(name)) {}
    std::string compatible; // e.g. "acalsim,dma-engine": vendor,model
    std::string name;       // the device component's name
    /** Guest-physical ranges (address, size) whose writes the guest may post: a posted write
     *  completes for the guest at once, and the device answers it to the bridge only (errors
     *  are counted and logged there). A device declares only registers whose write starts no
     *  work the guest waits on and does not change when it next sends anything unsolicited
     *  (its QuietUntilEvent): data and configuration registers. */
    std::vector<std::pair<uint64_t, uint64_t>> posted;

    void serialize_order(SST::Core::Serialization::serializer& ser) override
    {
        Event::serialize_order(ser);
        SST_SER(compatible);
        SST_SER(name);
        SST_SER(posted);
    }
    ImplementSerializable(cosim::DeviceInfoEvent)
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
    uint32_t             status = DMA_OK; // a DmaStatus
    std::vector<uint8_t> data;       // read data
    uint64_t             seq    = 0; // as MemoryTransactionEvent::seq

    void serialize_order(SST::Core::Serialization::serializer& ser) override
    {
        Event::serialize_order(ser);
        SST_SER(id);
        SST_SER(status);
        SST_SER(data);
        SST_SER(seq);
    }
    ImplementSerializable(cosim::DmaResponseEvent)
};

} // namespace cosim

#endif
