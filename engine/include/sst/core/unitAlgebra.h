// SPDX-License-Identifier: BSD-3-Clause
// A number with units: "1GHz", "2.5ns", "4KiB", "10GB/s". The value is an exact decimal
// (sst_big_num); units are products and quotients of registered base units (s, B, b,
// events) and compound ones (Hz = 1/s, Bps = B/s, ...), with SI and binary prefixes. Products,
// quotients and comparisons are checked, parsed and printed as SST Core 16 does.
#ifndef SST_CORE_UNITALGEBRA_H
#define SST_CORE_UNITALGEBRA_H

#include "sst/core/decimal_fixedpoint.h"
#include "sst/core/serialization/serializer.h"
#include "sst/core/serialization/serialize.h"

#include <cstdint>
#include <map>
#include <mutex>
#include <ostream>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace SST {

using sst_big_num = decimal_fixedpoint<3, 3>;

class Units
{
    using unit_id_t = uint8_t;

public:
    static void registerBaseUnit(const std::string& u);
    /** u is the units v, e.g. registerCompoundUnit("Hz", "1/s"). */
    static void registerCompoundUnit(const std::string& u, const std::string& v);

    /** Parses "GHz", "B/s", "s-s"; multiplies multiplier by the prefixes' factors. */
    Units(const std::string& units, sst_big_num& multiplier);
    Units()                          = default;
    virtual ~Units()                 = default;
    Units(const Units&)              = default;
    Units& operator=(const Units& v) = default;

    Units&      operator*=(const Units& v);
    Units&      operator/=(const Units& v);
    bool        operator==(const Units& lhs) const;
    bool        operator!=(const Units& lhs) const { return !(*this == lhs); }
    Units&      invert();
    std::string toString() const;

private:
    friend class UnitAlgebra;
    void reduce();
    void addUnit(const std::string& unit, sst_big_num& multiplier, bool invert);

    std::vector<unit_id_t> numerator;
    std::vector<unit_id_t> denominator;
};

class UnitAlgebra
{
public:
    UnitAlgebra() = default;
    UnitAlgebra(const std::string& val); // NOLINT: implicit, as in SST
    virtual ~UnitAlgebra()          = default;
    UnitAlgebra(const UnitAlgebra&) = default;
    UnitAlgebra& operator=(const UnitAlgebra&) = default;

    void        init(const std::string& val);
    void        print(std::ostream& stream, int32_t precision = 6);
    void        printWithBestSI(std::ostream& stream, int32_t precision = 6);
    std::string toString(int32_t precision = 6) const;
    /** With the SI prefix that puts the value in [1, 1000): "2.5 ns", "1 GHz". */
    std::string toStringBestSI(int32_t precision = 6) const;

    UnitAlgebra& operator=(const std::string& v);
    UnitAlgebra& operator*=(const UnitAlgebra& v);
    template <typename T>
    UnitAlgebra& operator*=(const T& v)
    {
        value *= sst_big_num(v);
        return *this;
    }
    UnitAlgebra& operator/=(const UnitAlgebra& v);
    template <typename T>
    UnitAlgebra& operator/=(const T& v)
    {
        value /= sst_big_num(v);
        return *this;
    }
    UnitAlgebra& operator+=(const UnitAlgebra& v);
    template <typename T>
    UnitAlgebra& operator+=(const T& v)
    {
        value += sst_big_num(v);
        return *this;
    }
    UnitAlgebra& operator-=(const UnitAlgebra& v);
    template <typename T>
    UnitAlgebra& operator-=(const T& v)
    {
        value -= sst_big_num(v);
        return *this;
    }

    bool operator>(const UnitAlgebra& v) const;
    bool operator>=(const UnitAlgebra& v) const;
    bool operator<(const UnitAlgebra& v) const;
    bool operator<=(const UnitAlgebra& v) const;
    bool operator==(const UnitAlgebra& v) const;
    bool operator!=(const UnitAlgebra& v) const;

    UnitAlgebra& invert();
    /** True if the units are u ("s", "Hz", "B/s"), whatever the value. */
    bool         hasUnits(const std::string& u) const;
    sst_big_num  getValue() const { return value; }
    /** The value rounded to the nearest integer (ties to even). */
    int64_t      getRoundedValue() const;
    double       getDoubleValue() const;
    bool         isValueZero() const;

    void serialize_order(Core::Serialization::serializer& ser)
    {
        SST_SER(unit.numerator);
        SST_SER(unit.denominator);
        std::string s;
        if ( ser.mode() != Core::Serialization::serializer::UNPACK ) s = value.toString(0);
        SST_SER(s);
        if ( ser.mode() == Core::Serialization::serializer::UNPACK ) value = sst_big_num(s);
    }

    class UnitAlgebraException : public std::logic_error
    {
    public:
        explicit UnitAlgebraException(const std::string& msg);
    };
    class InvalidUnitType : public UnitAlgebraException
    {
    public:
        explicit InvalidUnitType(const std::string& type);
    };
    class InvalidNumberString : public UnitAlgebraException
    {
    public:
        explicit InvalidNumberString(const std::string& number);
    };
    class NonMatchingUnits : public UnitAlgebraException
    {
    public:
        NonMatchingUnits(const std::string& lhs, const std::string& rhs, const std::string& operation);
    };

private:
    static std::string trim(const std::string& str);

    Units       unit;
    sst_big_num value;
};

template <typename T>
UnitAlgebra operator*(UnitAlgebra lhs, const T& rhs)
{
    lhs *= rhs;
    return lhs;
}
inline UnitAlgebra operator*(UnitAlgebra lhs, const UnitAlgebra& rhs)
{
    lhs *= rhs;
    return lhs;
}
template <typename T>
UnitAlgebra operator/(UnitAlgebra lhs, const T& rhs)
{
    lhs /= rhs;
    return lhs;
}
inline UnitAlgebra operator/(UnitAlgebra lhs, const UnitAlgebra& rhs)
{
    lhs /= rhs;
    return lhs;
}
template <typename T>
UnitAlgebra operator+(UnitAlgebra lhs, const T& rhs)
{
    lhs += rhs;
    return lhs;
}
inline UnitAlgebra operator+(UnitAlgebra lhs, const UnitAlgebra& rhs)
{
    lhs += rhs;
    return lhs;
}
template <typename T>
UnitAlgebra operator-(UnitAlgebra lhs, const T& rhs)
{
    lhs -= rhs;
    return lhs;
}
inline UnitAlgebra operator-(UnitAlgebra lhs, const UnitAlgebra& rhs)
{
    lhs -= rhs;
    return lhs;
}
inline std::ostream& operator<<(std::ostream& os, const UnitAlgebra& r) { return os << r.toString(); }
inline std::ostream& operator<<(std::ostream& os, const Units& r) { return os << r.toString(); }

namespace Core::Serialization {
template <>
class serialize_impl<UnitAlgebra>
{
    void operator()(UnitAlgebra& ua, serializer& ser, ser_opt_t)
    {
        if ( ser.mode() != serializer::MAP ) ua.serialize_order(ser);
    }
    SST_FRIEND_SERIALIZE();
};
} // namespace Core::Serialization

} // namespace SST

#endif
