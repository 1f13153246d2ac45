// SPDX-License-Identifier: BSD-3-Clause
// TimeLord and TimeConverter: times and frequencies as a number of core cycles.
#include "simulation.h"

#include "sst/core/timeLord.h"

#include <stdexcept>

namespace SST {

namespace Engine {
/** The running simulation's TimeLord, or (for code that runs without one, e.g. unit tests) one at 1ps. */
TimeLord& activeTimeLord();
} // namespace Engine

void TimeLord::init(const std::string& timebase_string)
{
    std::lock_guard<std::recursive_mutex> lock(lock_);
    initialized_     = true;
    timebase_string_ = timebase_string;
    timebase_        = UnitAlgebra(timebase_string);
    parse_cache_.clear();
    auto orZero = [this](const char* t) {
        try {
            return getTimeConverter(std::string(t));
        }
        catch ( const std::underflow_error& ) {
            return TimeConverter(SimTime_t(0));
        }
    };
    nano_  = orZero("1ns");
    micro_ = orZero("1us");
    milli_ = orZero("1ms");
}

TimeConverter TimeLord::getTimeConverter(const std::string& ts)
{
    std::lock_guard<std::recursive_mutex> lock(lock_);
    auto it = parse_cache_.find(ts);
    if ( it != parse_cache_.end() ) return it->second;
    TimeConverter tc = getTimeConverter(UnitAlgebra(ts));
    parse_cache_[ts] = tc;
    return tc;
}

TimeConverter TimeLord::getTimeConverter(const UnitAlgebra& ts)
{
    if ( !initialized_ ) Output::getDefaultObject().fatal(CALL_INFO, 1, "Time Lord has not yet been initialized!");
    return TimeConverter(getFactorForTime(ts));
}

SimTime_t TimeLord::getSimCycles(const std::string& ts, const std::string& UNUSED(where))
{
    return getTimeConverter(ts).getFactor();
}

SimTime_t TimeLord::getFactorForTime(const std::string& time) { return getTimeConverter(time).getFactor(); }

SimTime_t TimeLord::getFactorForTime(const UnitAlgebra& time)
{
    UnitAlgebra ua_factor;
    if ( time.hasUnits("s") ) {
        ua_factor = time / timebase_;
    }
    else if ( time.hasUnits("Hz") ) {
        UnitAlgebra temp = timebase_;
        ua_factor        = temp.invert() / time;
    }
    else {
        throw std::invalid_argument("Error:  TimeConverter creation requires a time unit (s or Hz), " +
                                    time.toStringBestSI() + " was passed to call");
    }
    if ( ua_factor.getValue() > static_cast<uint64_t>(MAX_SIMTIME_T) )
        throw std::overflow_error("Error:  Attempting to get TimeConverter for a time (" + time.toStringBestSI() +
                                  ") which is too large for the timebase (" + timebase_.toStringBestSI() + ")");
    if ( ua_factor.getValue() < 1 && ua_factor.getValue() != 0 )
        throw std::underflow_error("Error:  Attempting to get TimeConverter for a time (" + time.toStringBestSI() +
                                   ") which has too small of a period to be represented by the timebase (" +
                                   timebase_.toStringBestSI() + ")");
    return ua_factor.getRoundedValue();
}

TimeConverter::TimeConverter(const std::string& time) : factor(Engine::activeTimeLord().getFactorForTime(time)) {}

TimeConverter::TimeConverter(const UnitAlgebra& time) : factor(Engine::activeTimeLord().getFactorForTime(time)) {}

UnitAlgebra TimeConverter::getPeriod() const { return Engine::activeTimeLord().getTimeBase() * factor; }

} // namespace SST
