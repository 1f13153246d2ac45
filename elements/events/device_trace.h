// SPDX-License-Identifier: BSD-3-Clause
// A device model's own slices in the bridge's trace (qemubinary.QEMUBinary's
// `trace` parameter: a Trace Event Format file for ui.perfetto.dev).
//
// The bridge is the trace's one writer: a device sends its slices over the link
// it already has to the bridge, and they land on the device's track. So the
// file's order is SST's event order, the same on every engine, thread count and
// rank count, and a device on another MPI rank traces like any other. In init
// the bridge tells each device whether it traces; test on() before building a
// slice's arguments, so that a run without a trace does no more than that.
//
//   cosim::DeviceTrace trace_;                                   // a member
//   void init(unsigned phase) override { ...; trace_.init(cpu_port_); }  // every phase
//   if ( trace_.on() )
//       trace_.slice("copy", started_ps, now_ps, cosim::TraceArgs().hex("src", src).number("bytes", n));
//
// Slices on one track should nest (Perfetto draws a slice that overlaps another
// without containing it on the row below).
#ifndef ELEMENTS_EVENTS_DEVICE_TRACE_H
#define ELEMENTS_EVENTS_DEVICE_TRACE_H

#include <sst/core/sst_config.h>

#include "events/trace_json.h"

#include <sst/core/event.h>
#include <sst/core/link.h>

#include <cstdint>
#include <string>
#include <string_view>

namespace cosim {

/** Bridge -> device, untimed data in init phase 0: the bridge writes a trace. */
class TraceOnEvent : public SST::Event
{
public:
    void serialize_order(SST::Core::Serialization::serializer& ser) override { Event::serialize_order(ser); }
    ImplementSerializable(cosim::TraceOnEvent)
};

/** Device -> bridge: one slice (or, with start_ps == end_ps and `instant`, a point) on the device's track. */
class TraceSliceEvent : public SST::Event
{
public:
    TraceSliceEvent() = default;
    TraceSliceEvent(std::string_view name, uint64_t start_ps, uint64_t end_ps, bool instant, std::string args)
        : name(name), start_ps(start_ps), end_ps(end_ps), instant(instant), args(std::move(args))
    {}
    std::string name;
    uint64_t    start_ps = 0, end_ps = 0; // simulated time
    bool        instant  = false;
    std::string args; // TraceArgs::json()

    void serialize_order(SST::Core::Serialization::serializer& ser) override
    {
        Event::serialize_order(ser);
        SST_SER(name);
        SST_SER(start_ps);
        SST_SER(end_ps);
        SST_SER(instant);
        SST_SER(args);
    }
    ImplementSerializable(cosim::TraceSliceEvent)
};

/** A device's handle on the bridge's trace. */
class DeviceTrace
{
public:
    /** Call in every init phase with the link to the bridge: learns whether the bridge traces.
     *  It takes the link's untimed data (the bridge sends devices nothing else untimed). */
    void init(SST::Link* bridge)
    {
        link_ = bridge;
        while ( SST::Event* ev = bridge->recvUntimedData() ) {
            on_ = on_ || dynamic_cast<TraceOnEvent*>(ev) != nullptr;
            delete ev;
        }
    }
    /** The bridge writes a trace (known once init has seen the bridge's word). */
    bool on() const { return on_; }

    /** A slice from `start_ps` to `end_ps` (simulated picoseconds) on this device's track. */
    void slice(std::string_view name, uint64_t start_ps, uint64_t end_ps, const TraceArgs& args = {}) const
    {
        if ( on_ ) link_->send(new TraceSliceEvent(name, start_ps, end_ps, false, args.json()));
    }
    /** A point in time on this device's track. */
    void instant(std::string_view name, uint64_t at_ps, const TraceArgs& args = {}) const
    {
        if ( on_ ) link_->send(new TraceSliceEvent(name, at_ps, at_ps, true, args.json()));
    }

private:
    SST::Link* link_ = nullptr;
    bool       on_   = false;
};

} // namespace cosim

#endif
