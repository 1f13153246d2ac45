// SPDX-License-Identifier: BSD-3-Clause
// A number with SI units: "1GHz", "2.5ns", "4KiB", "10GB/s". Units are kept
// as exponents of the base units s, B, b and events (Hz is 1/s), so products,
// quotients and comparisons are checked the way SST Core checks them.
#ifndef SST_CORE_UNITALGEBRA_H
#define SST_CORE_UNITALGEBRA_H

#include <array>
#include <cstdint>
#include <stdexcept>
#include <string>

namespace SST {

class UnitAlgebra
{
public:
    class UnitAlgebraException : public std::logic_error // as SST Core's
    {
    public:
        using std::logic_error::logic_error;
    };
    class InvalidUnitType : public UnitAlgebraException
    {
    public:
        explicit InvalidUnitType(const std::string& unit);
    };
    class InvalidNumberString : public UnitAlgebraException
    {
    public:
        explicit InvalidNumberString(const std::string& number);
    };
    class NonMatchingUnits : public UnitAlgebraException
    {
    public:
        NonMatchingUnits(const std::string& lhs, const std::string& rhs, const std::string& op);
    };

    UnitAlgebra() = default;
    UnitAlgebra(const std::string& value) { init(value); } // NOLINT: implicit, as in SST
    void init(const std::string& value);

    /** The value in base units (seconds, bytes, ...). SST returns a fixed-point type here. */
    long double getValue() const { return value_; }
    double      getDoubleValue() const { return static_cast<double>(value_); }
    int64_t     getRoundedValue() const;
    bool        isValueZero() const { return value_ == 0; }

    /** True if the units equal `units` ("s", "Hz", "B/s", ...), ignoring the value. */
    bool        hasUnits(const std::string& units) const;
    std::string toString(int32_t precision = 6) const;
    std::string toStringBestSI(int32_t precision = 6) const;

    UnitAlgebra& invert();
    UnitAlgebra& operator*=(const UnitAlgebra& o);
    UnitAlgebra& operator/=(const UnitAlgebra& o);
    UnitAlgebra& operator+=(const UnitAlgebra& o);
    UnitAlgebra& operator-=(const UnitAlgebra& o);
    template <typename T, typename = std::enable_if_t<std::is_arithmetic_v<T>>>
    UnitAlgebra& operator*=(T v)
    {
        value_ *= v;
        return *this;
    }
    template <typename T, typename = std::enable_if_t<std::is_arithmetic_v<T>>>
    UnitAlgebra& operator/=(T v)
    {
        value_ /= v;
        return *this;
    }

    bool operator>(const UnitAlgebra& o) const;
    bool operator>=(const UnitAlgebra& o) const;
    bool operator<(const UnitAlgebra& o) const;
    bool operator<=(const UnitAlgebra& o) const;
    bool operator==(const UnitAlgebra& o) const;
    bool operator!=(const UnitAlgebra& o) const;

private:
    std::string unitString() const;
    // Exponents of s, B, b, events.
    using Units = std::array<int8_t, 4>;
    void requireSameUnits(const UnitAlgebra& o, const char* op) const;

    long double value_ = 0;
    Units       units_{};
};

template <typename T>
UnitAlgebra operator*(UnitAlgebra a, const T& b)
{
    a *= b;
    return a;
}
template <typename T>
UnitAlgebra operator/(UnitAlgebra a, const T& b)
{
    a /= b;
    return a;
}
inline UnitAlgebra operator+(UnitAlgebra a, const UnitAlgebra& b)
{
    a += b;
    return a;
}
inline UnitAlgebra operator-(UnitAlgebra a, const UnitAlgebra& b)
{
    a -= b;
    return a;
}

} // namespace SST

#endif
