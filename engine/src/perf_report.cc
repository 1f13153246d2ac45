// SPDX-License-Identifier: BSD-3-Clause
#include "perf_report.h"

#include "simulation.h"

#include "sst/core/output.h"

#include <cstdio>
#include <fstream>
#include <iomanip>
#include <sstream>

namespace SST::Engine {

namespace {
std::string valueText(const PerfRecord::Value& v)
{
    return std::visit(
        [](auto&& arg) -> std::string {
            using T = std::decay_t<decltype(arg)>;
            std::ostringstream s;
            if constexpr ( std::is_same_v<T, UnitAlgebra> )
                s << arg.toStringBestSI();
            else
                s << arg;
            return s.str();
        },
        v);
}

std::string jsonQuote(const std::string& s)
{
    std::string out = "\"";
    for ( char c : s ) {
        if ( c == '"' || c == '\\' ) out += '\\';
        out += c;
    }
    return out + "\"";
}

std::string valueJson(const PerfRecord::Value& v)
{
    return std::visit(
        [](auto&& arg) -> std::string {
            using T = std::decay_t<decltype(arg)>;
            if constexpr ( std::is_same_v<T, UnitAlgebra> )
                return jsonQuote(arg.toStringBestSI());
            else if constexpr ( std::is_same_v<T, std::string> )
                return jsonQuote(arg);
            else {
                std::ostringstream s;
                s << arg;
                return s.str();
            }
        },
        v);
}
} // namespace

PerfRecord& PerfRecord::child(const std::string& name, const std::string& pretty)
{
    children_.push_back(std::make_unique<PerfRecord>(name, pretty));
    return *children_.back();
}

void PerfRecord::text(std::string& out, int indent) const
{
    const std::string pad(indent * 2, ' ');
    if ( indent == 0 ) out += "\n";
    out += pad + (pretty_.empty() ? name_ : pretty_) + ":\n";
    size_t width = 0;
    for ( auto& [key, v] : data_ )
        width = std::max(width, keys_.at(key).first.size() + 1);
    for ( auto& [key, v] : data_ ) {
        auto& [pretty, units] = keys_.at(key);
        std::ostringstream line;
        line << pad << "  " << std::left << std::setw(static_cast<int>(width)) << (pretty + ":") << " " << valueText(v);
        if ( !units.empty() ) line << " " << units;
        out += line.str() + "\n";
    }
    for ( auto& c : children_ )
        c->text(out, indent + 1);
}

void PerfRecord::json(std::string& out, int indent) const
{
    const std::string pad(indent * 2, ' ');
    bool              first = true;
    for ( auto& [key, v] : data_ ) {
        out += (first ? "" : ",\n") + pad + jsonQuote(key) + ": " + valueJson(v);
        first = false;
    }
    for ( auto& c : children_ ) {
        out += (first ? "" : ",\n") + pad + jsonQuote(c->name_) + ": {\n";
        c->json(out, indent + 1);
        out += "\n" + pad + "}";
        first = false;
    }
}

PerfReport::PerfReport(const std::string& destination, const std::string& output_directory)
{
    const auto comma = destination.find(',');
    if ( comma != std::string::npos ) {
        if ( destination.substr(0, comma) == "stdout" ) {
            console_ = true;
            file_    = destination.substr(comma + 1);
        }
        else if ( destination.substr(comma + 1) == "stdout" ) {
            console_ = true;
            file_    = destination.substr(0, comma);
        }
        else {
            Output::getDefaultObject().fatal(CALL_INFO, -1,
                                             "Error: Bad arguments to '--profiling-output'. Should be 'stdout', "
                                             "'filename', or 'stdout,filename' where filename has an extension of "
                                             "'.txt' or .json'. Got '%s'\n",
                                             destination.c_str());
        }
    }
    else if ( destination == "stdout" ) {
        console_ = true;
    }
    else {
        file_ = destination;
    }
    if ( !file_.empty() ) {
        const std::string ext = file_.substr(file_.find_last_of('.') + 1);
        if ( ext != "json" && ext != "txt" )
            Output::getDefaultObject().fatal(CALL_INFO, -1,
                                             "Error: --profiling-output file '%s' must have a .txt or .json extension\n",
                                             file_.c_str());
        if ( file_[0] != '/' ) file_ = output_directory + "/" + file_;
    }
}

PerfRecord& PerfReport::record(const std::string& name, const std::string& pretty)
{
    auto& r = records_[name];
    if ( !r ) r = std::make_unique<PerfRecord>(name, pretty);
    return *r;
}

void PerfReport::addTiming(Simulation& sim, double start, double end)
{
    PerfRecord& regions = record("regions", "Simulation Resource Utilization for Code Regions");
    PerfRecord& total   = regions.child("total", "total");
    total.add("duration", "Duration", "s", end - start);
    PerfRecord& build = total.child("build", "build");
    build.add("duration", "Duration", "s", sim.buildSeconds());
    PerfRecord& exec = total.child("execute", "execute");
    exec.add("duration", "Duration", "s", sim.initPhaseElapsed() + sim.runPhaseElapsed() + sim.completePhaseElapsed());
    exec.child("init", "init").add("duration", "Duration", "s", sim.initPhaseElapsed());
    exec.child("run", "run").add("duration", "Duration", "s", sim.runPhaseElapsed());
    exec.child("complete", "complete").add("duration", "Duration", "s", sim.completePhaseElapsed());
}

void PerfReport::output() const
{
    if ( records_.empty() ) return;
    const bool txt  = !file_.empty() && file_.size() > 4 && file_.compare(file_.size() - 4, 4, ".txt") == 0;
    const bool json = !file_.empty() && !txt;
    std::string text;
    for ( auto& [name, r] : records_ ) {
        text += "\n";
        r->text(text, 0);
    }
    if ( console_ ) {
        std::fputs(text.c_str(), stdout);
        std::fflush(stdout);
    }
    if ( file_.empty() ) return;
    std::ofstream f(file_);
    if ( !f ) {
        Output::getDefaultObject().output("WARNING: cannot write the profiling output to %s\n", file_.c_str());
        return;
    }
    if ( txt ) f << text;
    if ( json ) {
        f << "{\n";
        size_t i = 0;
        for ( auto& [name, r] : records_ ) {
            std::string body;
            r->json(body, 1);
            f << "\"" << name << "\": {\n" << body << (++i == records_.size() ? "\n}\n" : "\n},\n");
        }
        f << "}\n";
    }
}

} // namespace SST::Engine
