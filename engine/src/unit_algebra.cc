// SPDX-License-Identifier: BSD-3-Clause
#include "sst/core/unitAlgebra.h"

#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <utility>
#include <vector>

namespace SST {
namespace {

enum BaseUnit { SECOND, BYTE, BIT, EVENT, NUM_BASE };
const char* const kBaseNames[NUM_BASE] = { "s", "B", "b", "events" };

struct Prefix
{
    const char* text;
    long double factor;
};
// Longest first so "Ki" is tried before "K".
const Prefix kPrefixes[] = {
    { "Ki", 1024.0L }, { "Mi", 1048576.0L }, { "Gi", 1073741824.0L }, { "Ti", 1099511627776.0L },
    { "Pi", 1125899906842624.0L }, { "Ei", 1152921504606846976.0L },
    { "a", 1e-18L }, { "f", 1e-15L }, { "p", 1e-12L }, { "n", 1e-9L }, { "u", 1e-6L }, { "m", 1e-3L },
    { "k", 1e3L }, { "K", 1e3L }, { "M", 1e6L }, { "G", 1e9L }, { "T", 1e12L }, { "P", 1e15L }, { "E", 1e18L },
};

using Units = std::array<int8_t, NUM_BASE>;

// One unit term such as "GHz", "ns", "KiB", "events": its factor and exponents.
bool parseTerm(const std::string& term, long double& factor, Units& units)
{
    auto base = [&](const std::string& name, Units& u) {
        u = {};
        if ( name == "Hz" ) { u[SECOND] = -1; return true; }
        for ( int i = 0; i < NUM_BASE; ++i )
            if ( name == kBaseNames[i] ) { u[i] = 1; return true; }
        if ( name == "event" ) { u[EVENT] = 1; return true; }
        return false;
    };
    if ( base(term, units) ) { factor = 1; return true; }
    for ( const Prefix& p : kPrefixes ) {
        const std::string pre = p.text;
        if ( term.size() > pre.size() && term.compare(0, pre.size(), pre) == 0 && base(term.substr(pre.size()), units) ) {
            factor = p.factor;
            return true;
        }
    }
    return false;
}

std::string trim(const std::string& s)
{
    size_t b = s.find_first_not_of(" \t\n\r");
    if ( b == std::string::npos ) return "";
    size_t e = s.find_last_not_of(" \t\n\r");
    return s.substr(b, e - b + 1);
}

} // namespace

UnitAlgebra::InvalidUnitType::InvalidUnitType(const std::string& unit)
    : UnitAlgebraException("invalid unit '" + unit + "' (expected e.g. s, Hz, B, b, events with SI or Ki/Mi/Gi prefixes)")
{}
UnitAlgebra::InvalidNumberString::InvalidNumberString(const std::string& number)
    : UnitAlgebraException("invalid number in '" + number + "'")
{}
UnitAlgebra::NonMatchingUnits::NonMatchingUnits(const std::string& lhs, const std::string& rhs, const std::string& op)
    : UnitAlgebraException("units do not match for " + op + ": '" + lhs + "' and '" + rhs + "'")
{}

void UnitAlgebra::init(const std::string& text_in)
{
    const std::string text = trim(text_in);
    const char*       begin = text.c_str();
    char*             end   = nullptr;
    long double       v     = 0;
    if ( text.size() > 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X') )
        v = static_cast<long double>(std::strtoull(begin, &end, 16));
    else
        v = std::strtold(begin, &end);
    if ( end == begin || !std::isfinite(v) ) throw InvalidNumberString(text_in);

    Units       units{};
    long double factor   = 1;
    std::string unit_str = trim(std::string(end));
    if ( !unit_str.empty() ) {
        // numerator["/"denominator], each a "*"-separated list of terms.
        size_t slash = unit_str.find('/');
        if ( unit_str.find('/', slash == std::string::npos ? slash : slash + 1) != std::string::npos )
            throw InvalidUnitType(unit_str);
        auto apply = [&](const std::string& part, int sign) {
            size_t start = 0;
            while ( start <= part.size() ) {
                size_t      star = part.find('*', start);
                std::string term = trim(part.substr(start, star == std::string::npos ? std::string::npos : star - start));
                long double f;
                Units       u;
                if ( term == "1" && sign > 0 ) { f = 1; u = {}; }
                else if ( !parseTerm(term, f, u) ) throw InvalidUnitType(unit_str);
                factor = sign > 0 ? factor * f : factor / f;
                for ( int i = 0; i < NUM_BASE; ++i )
                    units[i] += sign * u[i];
                if ( star == std::string::npos ) break;
                start = star + 1;
            }
        };
        apply(unit_str.substr(0, slash), +1);
        if ( slash != std::string::npos ) apply(unit_str.substr(slash + 1), -1);
    }
    value_ = v * factor;
    units_ = units;
}

int64_t UnitAlgebra::getRoundedValue() const { return static_cast<int64_t>(std::llround(value_)); }

bool UnitAlgebra::hasUnits(const std::string& u) const
{
    try {
        UnitAlgebra other("1 " + u);
        return other.units_ == units_;
    }
    catch ( const UnitAlgebraException& ) {
        return false;
    }
}

std::string UnitAlgebra::unitString() const
{
    if ( units_ == Units{ -1, 0, 0, 0 } ) return "Hz";
    std::string num, den;
    for ( int i = 0; i < NUM_BASE; ++i ) {
        int          e   = units_[i];
        std::string& out = e > 0 ? num : den;
        for ( int k = 0; k < std::abs(e); ++k )
            out += (out.empty() ? "" : "*") + std::string(kBaseNames[i]);
    }
    if ( den.empty() ) return num;
    return (num.empty() ? "1" : num) + "/" + den;
}

static std::string formatNumber(long double v, int32_t precision)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*Lg", static_cast<int>(precision), v);
    return buf;
}

std::string UnitAlgebra::toString(int32_t precision) const
{
    std::string u = unitString();
    return formatNumber(value_, precision) + (u.empty() ? "" : " " + u);
}

std::string UnitAlgebra::toStringBestSI(int32_t precision) const
{
    static const std::pair<const char*, long double> si[] = { { "E", 1e18L }, { "P", 1e15L }, { "T", 1e12L },
                                                              { "G", 1e9L },  { "M", 1e6L },  { "k", 1e3L },
                                                              { "", 1.0L },   { "m", 1e-3L }, { "u", 1e-6L },
                                                              { "n", 1e-9L }, { "p", 1e-12L }, { "f", 1e-15L },
                                                              { "a", 1e-18L } };
    std::string u = unitString();
    if ( value_ == 0 || u.empty() || u.find_first_of("*/") != std::string::npos ) return toString(precision);
    long double mag = std::fabs(value_);
    for ( const auto& [p, f] : si )
        if ( mag >= f * (1 - 1e-12L) ) return formatNumber(value_ / f, precision) + " " + p + u;
    return toString(precision);
}

UnitAlgebra& UnitAlgebra::invert()
{
    value_ = 1 / value_;
    for ( auto& e : units_ )
        e = static_cast<int8_t>(-e);
    return *this;
}

UnitAlgebra& UnitAlgebra::operator*=(const UnitAlgebra& o)
{
    value_ *= o.value_;
    for ( int i = 0; i < NUM_BASE; ++i )
        units_[i] += o.units_[i];
    return *this;
}

UnitAlgebra& UnitAlgebra::operator/=(const UnitAlgebra& o)
{
    value_ /= o.value_;
    for ( int i = 0; i < NUM_BASE; ++i )
        units_[i] -= o.units_[i];
    return *this;
}

void UnitAlgebra::requireSameUnits(const UnitAlgebra& o, const char* op) const
{
    if ( units_ != o.units_ ) throw NonMatchingUnits(toString(), o.toString(), op);
}

UnitAlgebra& UnitAlgebra::operator+=(const UnitAlgebra& o)
{
    requireSameUnits(o, "+");
    value_ += o.value_;
    return *this;
}
UnitAlgebra& UnitAlgebra::operator-=(const UnitAlgebra& o)
{
    requireSameUnits(o, "-");
    value_ -= o.value_;
    return *this;
}

// Comparisons allow for the rounding of decimal prefixes ("1000ps" == "1ns").
static bool nearlyEqual(long double a, long double b)
{
    return std::fabs(a - b) <= 1e-15L * std::fmax(std::fabs(a), std::fabs(b));
}
bool UnitAlgebra::operator==(const UnitAlgebra& o) const
{
    requireSameUnits(o, "==");
    return nearlyEqual(value_, o.value_);
}
bool UnitAlgebra::operator!=(const UnitAlgebra& o) const { return !(*this == o); }
bool UnitAlgebra::operator<(const UnitAlgebra& o) const
{
    requireSameUnits(o, "<");
    return value_ < o.value_ && !nearlyEqual(value_, o.value_);
}
bool UnitAlgebra::operator>(const UnitAlgebra& o) const { return o < *this; }
bool UnitAlgebra::operator<=(const UnitAlgebra& o) const { return !(o < *this); }
bool UnitAlgebra::operator>=(const UnitAlgebra& o) const { return !(*this < o); }

} // namespace SST
