// SPDX-License-Identifier: BSD-3-Clause
// --enable-profiling "NAME:TYPE(key=value,...)[point,...];...": SST Core's profile tools that
// count what handlers receive, attached at the components' profile points, and reported in
// the profiling output (--profiling-output) as SST Core reports them. The embedded engine has
// SST's event-handler counter (sst.profile.handler.event.count at the "event" point); another
// tool is an error that names it.
#ifndef SST_ENGINE_PROFILING_H
#define SST_ENGINE_PROFILING_H

#include "sst/core/event.h"
#include "sst/core/params.h"

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace SST::Engine {

class PerfReport;

/** A tool's key for a handler: SST's levels global, type, component, subcomponent (+ port). */
class HandlerKeying
{
public:
    explicit HandlerKeying(Params& params);
    std::string key(const std::string& comp_name, const std::string& comp_type, const std::string& port) const;

private:
    std::string level_;
    bool        track_ports_ = false;
};

class EventCountTool : public Event::HandlerBase::AttachPoint
{
public:
    EventCountTool(std::string name, Params& params) : name_(std::move(name)), keying_(params) {}
    uintptr_t   registerHandler(const AttachPointMetaData& mdata) override;
    void        beforeHandler(uintptr_t key, const Event*) override { ++*reinterpret_cast<uint64_t*>(key); }
    void        afterHandler(uintptr_t) override {}
    void        report(PerfReport& report) const;

private:
    std::string                     name_;
    HandlerKeying                   keying_;
    std::map<std::string, uint64_t> recv_counts_;
};

class Profiling
{
public:
    /** Parses --enable-profiling; fatal on a tool or point the embedded engine does not have. */
    explicit Profiling(const std::string& spec);
    const std::vector<EventCountTool*>& eventTools() const { return event_tools_; }
    bool                                empty() const { return event_tools_.empty(); }
    void                                report(PerfReport& report) const;

private:
    std::vector<std::unique_ptr<EventCountTool>> owned_event_;
    std::vector<EventCountTool*>                 event_tools_;
};

} // namespace SST::Engine

#endif
