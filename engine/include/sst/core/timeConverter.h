// SPDX-License-Identifier: BSD-3-Clause
// Converts between a component's time base (a clock period, "1ns", ...) and core time (the
// timebase option, default 1ps). Passed and returned by value, as in SST 16.
#ifndef SST_CORE_TIMECONVERTER_H
#define SST_CORE_TIMECONVERTER_H

#include "sst/core/serialization/serializer.h"
#include "sst/core/serialization/serialize.h"
#include "sst/core/sst_types.h"
#include "sst/core/unitAlgebra.h"

#include <string>

namespace SST {

class TimeLord;
class Link;
class BaseComponent;

namespace Engine {
class Simulation;
}

class TimeConverter
{
    friend class TimeLord;
    friend class Link;
    friend class BaseComponent;
    friend class Engine::Simulation;
    friend class Core::Serialization::serialize_impl<TimeConverter>;
    friend class Core::Serialization::serialize_impl<TimeConverter*>;

public:
    TimeConverter() = default;
    /** A period or frequency ("1ns", "1GHz") in the running simulation's core time base. */
    TimeConverter(const std::string& time);                             // NOLINT: implicit, as in SST
    TimeConverter(const UnitAlgebra& time);                             // NOLINT
    TimeConverter(const char* time) : TimeConverter(std::string(time)) {} // NOLINT

    SimTime_t   convertToCoreTime(SimTime_t time) const { return time * factor; }
    SimTime_t   convertFromCoreTime(SimTime_t time) const { return time / factor; }
    /** Core cycles per unit of this time base. */
    SimTime_t   getFactor() const { return factor; }
    void        reset() { factor = 0; }
    UnitAlgebra getPeriod() const;
    bool        isInitialized() const { return factor != 0; }
    explicit operator bool() const { return factor != 0; }

private:
    explicit TimeConverter(SimTime_t fact) : factor(fact) {}
    SimTime_t factor = 0;
};

namespace Core::Serialization {
template <>
class serialize_impl<TimeConverter>
{
    void operator()(TimeConverter& s, serializer& ser, ser_opt_t)
    {
        if ( ser.mode() != serializer::MAP ) ser.primitive(s.factor);
    }
    SST_FRIEND_SERIALIZE();
};
template <>
class serialize_impl<TimeConverter*>
{
    void operator()(TimeConverter*& s, serializer& ser, ser_opt_t)
    {
        if ( ser.mode() == serializer::MAP ) return;
        if ( ser.mode() == serializer::UNPACK ) s = new TimeConverter();
        ser.primitive(s->factor);
    }
    SST_FRIEND_SERIALIZE();
};
} // namespace Core::Serialization

} // namespace SST

#endif
