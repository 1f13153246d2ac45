// SPDX-License-Identifier: BSD-3-Clause
#include "bridge_trace.h"

#include <chrono>
#include <stdexcept>

namespace qemubinary {

BridgeTrace::BridgeTrace(const std::string& path, std::string_view bridge,
                         std::function<void(const std::string&)> on_error)
    : writer_(path), on_error_(std::move(on_error))
{
    guarded([&] {
        writer_.name(GUEST_PID, -1, "QEMU " + std::string(bridge), 0);
        writer_.name(GUEST_PID, 0, "guest", 0);
        writer_.name(DEVICES_PID, -1, "SST devices of " + std::string(bridge), 1);
    });
}

template <class F> void BridgeTrace::guarded(F&& write)
{
    try {
        write();
    }
    catch ( const std::exception& e ) {
        on_error_(e.what());
    }
}

void BridgeTrace::device(size_t port, std::string_view title)
{
    guarded([&] { writer_.name(DEVICES_PID, static_cast<int>(port), title, static_cast<int>(port)); });
}

int BridgeTrace::hartTrack(int hart)
{
    if ( hart < 0 ) return 0;
    if ( static_cast<size_t>(hart) >= hart_named_.size() ) hart_named_.resize(hart + 1);
    if ( !hart_named_[hart] ) { // named where first seen: the harts a guest uses are known only then
        hart_named_[hart] = true;
        writer_.name(GUEST_PID, 1 + hart, "hart " + std::to_string(hart), 1 + hart);
    }
    return 1 + hart;
}

void BridgeTrace::access(int hart, bool read, std::string_view device, uint64_t address, uint32_t size, uint64_t data,
                         uint32_t status, uint32_t cycles, uint64_t start_ps, uint64_t end_ps)
{
    guarded([&] {
        args_.clear();
        args_.text("device", device).hex("address", address).number("size", size).hex("data", data);
        args_.number("status", status).number("device_cycles", cycles);
        writer_.slice(GUEST_PID, hartTrack(hart), read ? "read" : "write", start_ps, end_ps, args_.json());
    });
}

void BridgeTrace::postedWrite(int hart, std::string_view device, uint64_t address, uint32_t size, uint64_t data,
                              uint32_t status, uint64_t at_ps)
{
    guarded([&] {
        args_.clear();
        args_.text("device", device).hex("address", address).number("size", size).hex("data", data);
        args_.number("status", status);
        writer_.instant(GUEST_PID, hartTrack(hart), "posted write", at_ps, args_.json());
    });
}

void BridgeTrace::refused(std::string_view why, uint64_t address, uint64_t at_ps)
{
    guarded([&] {
        args_.clear();
        args_.hex("address", address);
        writer_.instant(GUEST_PID, 0, why, at_ps, args_.json());
    });
}

void BridgeTrace::sync(uint64_t at_ps)
{
    guarded([&] { writer_.instant(GUEST_PID, 0, "sync", at_ps, {}); });
}

void BridgeTrace::interrupt(size_t port, uint32_t line, bool level, uint32_t plic_source, uint64_t at_ps)
{
    guarded([&] {
        args_.clear();
        args_.number("line", line).number("level", level ? 1 : 0).number("plic_source", plic_source);
        writer_.instant(DEVICES_PID, static_cast<int>(port), "interrupt", at_ps, args_.json());
    });
}

void BridgeTrace::dma(size_t port, bool write, uint64_t address, uint32_t bytes, uint32_t status, uint64_t start_ps,
                      uint64_t end_ps)
{
    guarded([&] {
        args_.clear();
        args_.hex("address", address).number("bytes", bytes).number("status", status);
        writer_.slice(DEVICES_PID, static_cast<int>(port), write ? "DMA write" : "DMA read", start_ps, end_ps,
                      args_.json());
    });
}

void BridgeTrace::deviceSlice(size_t port, const cosim::TraceSliceEvent& s)
{
    guarded([&] {
        if ( s.instant )
            writer_.instant(DEVICES_PID, static_cast<int>(port), s.name, s.start_ps, s.args);
        else
            writer_.slice(DEVICES_PID, static_cast<int>(port), s.name, s.start_ps, s.end_ps, s.args);
    });
}

void BridgeTrace::guestEnd(bool reset, uint64_t at_ps)
{
    guarded([&] { writer_.instant(GUEST_PID, 0, reset ? "guest reset" : "guest exit", at_ps, {}); });
}

void BridgeTrace::idle()
{
    guarded([&] { writer_.flushIfOlderThan(std::chrono::milliseconds(100)); });
}

void BridgeTrace::close()
{
    guarded([&] { writer_.close(); });
}

} // namespace qemubinary
