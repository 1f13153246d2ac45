// SPDX-License-Identifier: BSD-3-Clause
// Turns times and frequencies into TimeConverters in the core time base.
#ifndef SST_CORE_TIMELORD_H
#define SST_CORE_TIMELORD_H

#include "sst/core/sst_types.h"
#include "sst/core/timeConverter.h"
#include "sst/core/unitAlgebra.h"

#include <map>
#include <mutex>
#include <string>

namespace SST {

namespace Engine {
class Simulation;
}

class TimeLord
{
public:
    TimeConverter getTimeConverter(const std::string& ts);
    TimeConverter getTimeConverter(const UnitAlgebra& ts);
    UnitAlgebra   getTimeBase() const { return timebase_; }
    TimeConverter getNano() { return nano_; }
    TimeConverter getMicro() { return micro_; }
    TimeConverter getMilli() { return milli_; }
    SimTime_t     getSimCycles(const std::string& timeString, const std::string& where);

    /** Core cycles in one period of time (a time or a frequency); throws std::invalid_argument,
     *  std::overflow_error or std::underflow_error with SST Core's messages. */
    SimTime_t getFactorForTime(const UnitAlgebra& time);
    SimTime_t getFactorForTime(const std::string& time);

private:
    friend class Engine::Simulation;
    friend class TimeConverter;
    TimeLord() = default;
    TimeLord(const TimeLord&)            = delete;
    TimeLord& operator=(const TimeLord&) = delete;
    void          init(const std::string& timebase_string);
    TimeConverter getTimeConverter(SimTime_t simCycles) { return TimeConverter(simCycles); }

    bool                                 initialized_ = false;
    std::recursive_mutex                 lock_;
    std::string                          timebase_string_;
    UnitAlgebra                          timebase_;
    std::map<std::string, TimeConverter> parse_cache_;
    TimeConverter                        nano_;
    TimeConverter                        micro_;
    TimeConverter                        milli_;
};

} // namespace SST

#endif
