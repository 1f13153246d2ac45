// Converts between a component's time base (a clock period, "1ns", ...) and
// the core time base (default 1ps). Passed and returned by value, as in SST 16.
#ifndef SST_CORE_TIMECONVERTER_H
#define SST_CORE_TIMECONVERTER_H

#include "sst/core/sst_types.h"
#include "sst/core/unitAlgebra.h"

namespace SST {

class TimeConverter
{
public:
    TimeConverter() = default;
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
