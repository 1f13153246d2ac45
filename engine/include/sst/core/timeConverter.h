// SPDX-License-Identifier: BSD-3-Clause
// Converts between a component's time base (a clock period, "1ns", ...) and
// the core time base (default 1ps). Passed and returned by value, as in SST 16.
#ifndef SST_CORE_TIMECONVERTER_H
#define SST_CORE_TIMECONVERTER_H

#include "sst/core/sst_types.h"
#include "sst/core/unitAlgebra.h"

#include <string>

namespace SST {

class TimeConverter
{
public:
    TimeConverter() = default;
    /** A period or frequency ("1ns", "1GHz") in the running simulation's core time base, as in SST
     *  Core: so configureLink(name, "1ns", handler) and registerClock("1GHz", handler) work. */
    TimeConverter(const std::string& time); // NOLINT: implicit, as in SST
    TimeConverter(const UnitAlgebra& time); // NOLINT
    TimeConverter(const char* time) : TimeConverter(std::string(time)) {} // NOLINT
    explicit TimeConverter(SimTime_t factor) : factor_(factor) {}

    SimTime_t convertToCoreTime(SimTime_t time) const { return time * factor_; }
    SimTime_t convertFromCoreTime(SimTime_t time) const { return time / factor_; }
    /** Core-time ticks per unit of this time base. */
    SimTime_t getFactor() const { return factor_; }
    /** The period as a UnitAlgebra in seconds. */
    UnitAlgebra getPeriod() const;
    bool      isInitialized() const { return factor_ != 0; }

    bool operator==(const TimeConverter& o) const { return factor_ == o.factor_; }
    bool operator!=(const TimeConverter& o) const { return factor_ != o.factor_; }

private:
    SimTime_t factor_ = 0;
};

} // namespace SST

#endif
