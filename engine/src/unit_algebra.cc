// SPDX-License-Identifier: BSD-3-Clause
#include "sst/core/unitAlgebra.h"

#include <algorithm>
#include <cctype>
#include <sstream>

namespace SST {
namespace {

/** SI and binary prefixes. Printing tries them in the order of this map's keys, as SST Core does
 *  (so 1000 Hz prints as "1 KHz"), skipping the binary ones. */
const std::map<std::string, sst_big_num>& prefixes()
{
    static const std::map<std::string, sst_big_num> map = {
        { "a", sst_big_num("1e-18") }, { "f", sst_big_num("1e-15") }, { "p", sst_big_num("1e-12") },
        { "n", sst_big_num("1e-9") },  { "u", sst_big_num("1e-6") },  { "m", sst_big_num("1e-3") },
        { "k", sst_big_num("1e3") },   { "K", sst_big_num("1e3") },   { "ki", sst_big_num(1024l) },
        { "Ki", sst_big_num(1024l) },  { "M", sst_big_num("1e6") },   { "Mi", sst_big_num(1024l << 10) },
        { "G", sst_big_num("1e9") },   { "Gi", sst_big_num(1024l << 20) },
        { "T", sst_big_num("1e12") },  { "Ti", sst_big_num(1024l << 30) },
        { "P", sst_big_num("1e15") },  { "Pi", sst_big_num(1024l << 40) },
        { "E", sst_big_num("1e18") },  { "Ei", sst_big_num(1024l << 50) },
    };
    return map;
}

struct UnitRegistry
{
    std::recursive_mutex                                  lock;
    std::map<std::string, uint8_t>                        base;
    std::map<std::string, std::pair<Units, sst_big_num>> compound;
    std::map<uint8_t, std::string>                        names;
    uint8_t                                               next = 1;

    bool                                                  ready = false;

    /** The registry, with the units SST Core registers at start-up. */
    static UnitRegistry& get()
    {
        static UnitRegistry reg;
        if ( !reg.ready ) {
            std::scoped_lock guard(reg.lock);
            if ( !reg.ready ) {
                reg.ready = true; // first: the compound units below parse through get()
                for ( const char* u : { "s", "B", "b", "events" } )
                    reg.addBase(u);
                Units::registerCompoundUnit("Hz", "1/s");
                Units::registerCompoundUnit("hz", "1/s");
                Units::registerCompoundUnit("Bps", "B/s");
                Units::registerCompoundUnit("bps", "b/s");
                Units::registerCompoundUnit("event", "events");
            }
        }
        return reg;
    }
    void addBase(const std::string& u)
    {
        if ( base.count(u) ) return;
        base[u]     = next;
        names[next] = u;
        ++next;
    }
};

std::vector<std::string> splitAt(const std::string& input, char delim)
{
    std::vector<std::string> out;
    if ( input.empty() ) return out;
    size_t start = 0;
    while ( true ) {
        size_t stop = input.find(delim, start);
        out.push_back(input.substr(start, stop == std::string::npos ? std::string::npos : stop - start));
        if ( stop == std::string::npos ) break;
        start = stop + 1;
    }
    return out;
}

} // namespace

void Units::registerBaseUnit(const std::string& u)
{
    auto&            reg = UnitRegistry::get();
    std::scoped_lock guard(reg.lock);
    reg.addBase(u);
}

void Units::registerCompoundUnit(const std::string& u, const std::string& v)
{
    auto&            reg = UnitRegistry::get();
    std::scoped_lock guard(reg.lock);
    if ( reg.compound.count(u) ) return;
    sst_big_num multiplier = 1;
    Units       units(v, multiplier);
    reg.compound[u] = { units, multiplier };
}

void Units::reduce()
{
    std::sort(numerator.begin(), numerator.end());
    std::sort(denominator.begin(), denominator.end());
    auto n = numerator.begin();
    auto d = denominator.begin();
    while ( n != numerator.end() && d != denominator.end() ) {
        if ( *n == *d ) {
            n = numerator.erase(n);
            d = denominator.erase(d);
        }
        else if ( *n > *d )
            ++d;
        else
            ++n;
    }
}

void Units::addUnit(const std::string& unit, sst_big_num& multiplier, bool invert)
{
    auto&            reg = UnitRegistry::get();
    std::scoped_lock guard(reg.lock);
    size_t           prefix = 0;
    if ( !reg.base.count(unit) && !reg.compound.count(unit) && !unit.empty() ) {
        switch ( unit[0] ) {
        case 'a': case 'f': case 'p': case 'n': case 'u': case 'm':
            prefix = 1;
            break;
        case 'k': case 'K': case 'M': case 'G': case 'T': case 'P': case 'E':
            prefix = unit.size() > 1 && unit[1] == 'i' ? 2 : 1;
            break;
        default:
            break;
        }
    }
    if ( prefix ) multiplier *= prefixes().at(unit.substr(0, prefix));
    const std::string type = unit.substr(prefix);
    if ( auto b = reg.base.find(type); b != reg.base.end() ) {
        (invert ? denominator : numerator).push_back(b->second);
    }
    else if ( auto c = reg.compound.find(type); c != reg.compound.end() ) {
        if ( invert ) {
            *this /= c->second.first;
            multiplier /= c->second.second;
        }
        else {
            *this *= c->second.first;
            multiplier *= c->second.second;
        }
    }
    else if ( type != "1" ) {
        throw UnitAlgebra::InvalidUnitType(type);
    }
}

Units::Units(const std::string& units, sst_big_num& multiplier)
{
    size_t slash = units.find('/');
    for ( const auto& t : splitAt(units.substr(0, slash), '-') )
        addUnit(t, multiplier, false);
    if ( slash != std::string::npos )
        for ( const auto& t : splitAt(units.substr(slash + 1), '-') )
            addUnit(t, multiplier, true);
    reduce();
}

Units& Units::operator*=(const Units& v)
{
    numerator.insert(numerator.end(), v.numerator.begin(), v.numerator.end());
    denominator.insert(denominator.end(), v.denominator.begin(), v.denominator.end());
    reduce();
    return *this;
}

Units& Units::operator/=(const Units& v)
{
    numerator.insert(numerator.end(), v.denominator.begin(), v.denominator.end());
    denominator.insert(denominator.end(), v.numerator.begin(), v.numerator.end());
    reduce();
    return *this;
}

bool Units::operator==(const Units& o) const { return numerator == o.numerator && denominator == o.denominator; }

Units& Units::invert()
{
    std::swap(numerator, denominator);
    return *this;
}

std::string Units::toString() const
{
    auto&            reg = UnitRegistry::get();
    std::scoped_lock guard(reg.lock);
    if ( numerator.empty() && denominator.empty() ) return "";
    auto hz = reg.compound.find("Hz");
    if ( hz != reg.compound.end() && hz->second.first == *this ) return "Hz";
    auto join = [&](const std::vector<unit_id_t>& ids) {
        std::string s;
        for ( size_t i = 0; i < ids.size(); ++i )
            s += (i ? "-" : "") + reg.names[ids[i]];
        return s;
    };
    std::string ret = numerator.empty() ? "1" : join(numerator);
    if ( !denominator.empty() ) ret += "/" + join(denominator);
    return ret;
}

std::string UnitAlgebra::trim(const std::string& str)
{
    size_t b = 0, e = str.size();
    while ( b < e && std::isspace(static_cast<unsigned char>(str[b])) )
        ++b;
    while ( e > b && std::isspace(static_cast<unsigned char>(str[e - 1])) )
        --e;
    return str.substr(b, e - b);
}

void UnitAlgebra::init(const std::string& val)
{
    const std::string text = trim(val);
    size_t            split = 0; // after the last digit: the number before it, the units after
    for ( size_t i = text.size(); i > 0; --i )
        if ( std::isdigit(static_cast<unsigned char>(text[i - 1])) ) {
            split = i;
            break;
        }
    const std::string number = trim(text.substr(0, split));
    sst_big_num       multiplier(1);
    unit = Units(trim(text.substr(split)), multiplier);
    try {
        value = sst_big_num(number);
    }
    catch ( const std::exception& ) {
        throw InvalidNumberString(number);
    }
    value *= multiplier;
}

UnitAlgebra::UnitAlgebra(const std::string& val) { init(val); }

void UnitAlgebra::print(std::ostream& stream, int32_t precision) { stream << toString(precision) << std::endl; }
void UnitAlgebra::printWithBestSI(std::ostream& stream, int32_t precision)
{
    stream << toStringBestSI(precision) << std::endl;
}

std::string UnitAlgebra::toString(int32_t precision) const
{
    return value.toString(precision) + " " + unit.toString();
}

std::string UnitAlgebra::toStringBestSI(int32_t precision) const
{
    for ( const auto& [si, factor] : prefixes() ) {
        if ( si.size() == 2 ) continue; // binary prefixes are parsed, never printed
        sst_big_num scaled = value / factor;
        if ( scaled >= sst_big_num(1) && scaled < sst_big_num(1000) )
            return scaled.toString(precision) + " " + si + unit.toString();
    }
    return value.toString(precision) + " " + unit.toString();
}

UnitAlgebra& UnitAlgebra::operator=(const std::string& v)
{
    init(v);
    return *this;
}
UnitAlgebra& UnitAlgebra::operator*=(const UnitAlgebra& v)
{
    value *= v.value;
    unit *= v.unit;
    return *this;
}
UnitAlgebra& UnitAlgebra::operator/=(const UnitAlgebra& v)
{
    value /= v.value;
    unit /= v.unit;
    return *this;
}
UnitAlgebra& UnitAlgebra::operator+=(const UnitAlgebra& v)
{
    if ( unit != v.unit ) throw NonMatchingUnits(unit.toString(), v.unit.toString(), "add");
    value += v.value;
    return *this;
}
UnitAlgebra& UnitAlgebra::operator-=(const UnitAlgebra& v)
{
    if ( unit != v.unit ) throw NonMatchingUnits(unit.toString(), v.unit.toString(), "subtract");
    value -= v.value;
    return *this;
}

#define SST_UA_COMPARE(op)                                                                            \
    bool UnitAlgebra::operator op(const UnitAlgebra& v) const                                         \
    {                                                                                                 \
        if ( unit != v.unit ) throw NonMatchingUnits(unit.toString(), v.unit.toString(), "compare"); \
        return value op v.value;                                                                      \
    }
SST_UA_COMPARE(>)
SST_UA_COMPARE(>=)
SST_UA_COMPARE(<)
SST_UA_COMPARE(<=)
#undef SST_UA_COMPARE

bool UnitAlgebra::operator==(const UnitAlgebra& v) const { return unit == v.unit && value == v.value; }
// As SST Core: values with different units are neither equal nor unequal.
bool UnitAlgebra::operator!=(const UnitAlgebra& v) const { return unit == v.unit && value != v.value; }

UnitAlgebra& UnitAlgebra::invert()
{
    unit.invert();
    value.inverse();
    return *this;
}

bool UnitAlgebra::hasUnits(const std::string& u) const
{
    sst_big_num multiplier = 1;
    return unit == Units(u, multiplier);
}

int64_t UnitAlgebra::getRoundedValue() const { return value.toLong(); }
double  UnitAlgebra::getDoubleValue() const { return value.toDouble(); }
bool    UnitAlgebra::isValueZero() const { return value.isZero(); }

UnitAlgebra::UnitAlgebraException::UnitAlgebraException(const std::string& msg) : std::logic_error(msg) {}
UnitAlgebra::InvalidUnitType::InvalidUnitType(const std::string& type)
    : UnitAlgebraException("Invalid unit type: " + type)
{}
UnitAlgebra::InvalidNumberString::InvalidNumberString(const std::string& number)
    : UnitAlgebraException("Invalid number string: " + number)
{}
UnitAlgebra::NonMatchingUnits::NonMatchingUnits(const std::string& lhs, const std::string& rhs,
                                                const std::string& operation)
    : UnitAlgebraException("Attempting to " + operation + " UnitAlgebra values with non-matching units: " + lhs + ", " +
                           rhs)
{}

} // namespace SST
