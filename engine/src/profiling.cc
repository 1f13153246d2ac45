// SPDX-License-Identifier: BSD-3-Clause
#include "profiling.h"

#include "perf_report.h"
#include "text.h"

#include "sst/core/output.h"
#include "sst/core/params.h"

namespace SST::Engine {

namespace {

[[noreturn]] void bad(const std::string& spec, const std::string& why)
{
    Output::getDefaultObject().fatal(CALL_INFO, 1, "ERROR: --enable-profiling '%s': %s\n", spec.c_str(), why.c_str());
    std::abort();
}

} // namespace

HandlerKeying::HandlerKeying(Params& params)
{
    level_       = params.find<std::string>("level", "type");
    track_ports_ = params.find<bool>("track_ports", false);
    if ( level_ != "global" && level_ != "type" && level_ != "component" && level_ != "subcomponent" )
        Output::getDefaultObject().fatal(CALL_INFO, 1,
                                         "ERROR: unsupported level specified for EventHandlerProfileTool: %s\n",
                                         level_.c_str());
}

std::string HandlerKeying::key(const std::string& comp_name, const std::string& comp_type, const std::string& port) const
{
    std::string key = level_ == "global"      ? "global"
                      : level_ == "type"      ? comp_type
                      : level_ == "component" ? comp_name.substr(0, comp_name.find(':'))
                                              : comp_name;
    return track_ports_ ? key + ":" + port : key;
}

uintptr_t EventCountTool::registerHandler(const AttachPointMetaData& mdata)
{
    const auto& data = dynamic_cast<const EventHandlerMetaData&>(mdata);
    return reinterpret_cast<uintptr_t>(&recv_counts_[keying_.key(data.comp_name, data.comp_type, data.port_name)]);
}

void EventCountTool::report(PerfReport& report) const
{
    PerfRecord& record = report.record(name_, name_);
    for ( auto& [key, count] : recv_counts_ )
        record.child(key, key).add("recv_count", "recv_count", "", count);
}

Profiling::Profiling(const std::string& spec)
{
    for ( const std::string& item : splitTrimmed(spec, ';') ) {
        // NAME:TYPE(params)[points]
        const size_t colon = item.find(':'), open = item.find('('), close = item.find(')', open),
                     lb = item.find('['), rb = item.find(']', lb);
        if ( colon == std::string::npos || lb == std::string::npos || rb == std::string::npos )
            bad(item, "expected NAME:TYPE(key=value,...)[point,...]");
        const std::string name = trim(item.substr(0, colon));
        const std::string type =
            trim(item.substr(colon + 1, (open != std::string::npos && open < lb ? open : lb) - colon - 1));
        Params params;
        if ( open != std::string::npos && open < lb && close != std::string::npos )
            for ( const std::string& kv : splitTrimmed(item.substr(open + 1, close - open - 1), ',') ) {
                const size_t eq = kv.find('=');
                if ( eq == std::string::npos ) bad(item, "parameter '" + kv + "' is not key=value");
                params.insert(trim(kv.substr(0, eq)), trim(kv.substr(eq + 1)));
            }
        for ( const std::string& point : splitTrimmed(item.substr(lb + 1, rb - lb - 1), ',') ) {
            if ( type != "sst.profile.handler.event.count" )
                bad(item, "profile tool '" + type +
                              "' is not in the embedded engine (it has sst.profile.handler.event.count); run the "
                              "configuration with SST Core 16 for it");
            if ( point != "event" ) bad(item, "tool '" + type + "' attaches to the 'event' point, not '" + point + "'");
            owned_event_.push_back(std::make_unique<EventCountTool>(name, params));
            event_tools_.push_back(owned_event_.back().get());
        }
    }
}

void Profiling::report(PerfReport& report) const
{
    for ( auto* tool : event_tools_ )
        tool->report(report);
}

} // namespace SST::Engine
