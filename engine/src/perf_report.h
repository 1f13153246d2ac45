// SPDX-License-Identifier: BSD-3-Clause
// What --timing-info and profiling report at the end of a run, as SST Core's PerfReporter writes
// it: named records of key/value data, to stdout and/or a .txt or .json file (--profiling-output).
#ifndef SST_ENGINE_PERF_REPORT_H
#define SST_ENGINE_PERF_REPORT_H

#include "sst/core/unitAlgebra.h"

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <variant>
#include <vector>

namespace SST::Engine {

class Simulation;

class PerfRecord
{
public:
    using Value = std::variant<uint64_t, int64_t, double, UnitAlgebra, std::string>;

    PerfRecord(std::string name, std::string pretty) : name_(std::move(name)), pretty_(std::move(pretty)) {}
    void add(const std::string& key, const std::string& pretty, const std::string& units, Value v)
    {
        data_[key] = std::move(v);
        keys_[key] = { pretty, units };
    }
    PerfRecord& child(const std::string& name, const std::string& pretty);

    void text(std::string& out, int indent) const;
    void json(std::string& out, int indent) const;

private:
    std::string                                                 name_, pretty_;
    std::map<std::string, Value>                                data_;
    std::map<std::string, std::pair<std::string, std::string>>  keys_;
    std::vector<std::unique_ptr<PerfRecord>>                     children_;
};

class PerfReport
{
public:
    /** destination: "stdout", "FILE.txt", "FILE.json", or "stdout,FILE" (fatal otherwise). */
    PerfReport(const std::string& destination, const std::string& output_directory);

    PerfRecord& record(const std::string& name, const std::string& pretty);
    size_t      recordCount() const { return records_.size(); }
    /** The code regions of the run: build, init, run, complete, with their durations. */
    void        addTiming(Simulation& sim, double start, double end);
    void        output() const;

private:
    bool                                               console_ = false;
    std::string                                        file_;
    std::map<std::string, std::unique_ptr<PerfRecord>> records_;
};

} // namespace SST::Engine

#endif
