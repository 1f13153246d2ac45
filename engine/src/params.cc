// SPDX-License-Identifier: BSD-3-Clause
#include "sst/core/params.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdlib>
#include <ostream>

namespace SST {
namespace Core {
namespace {
std::string trimmed(const std::string& s)
{
    size_t b = s.find_first_not_of(" \t\n\r");
    if ( b == std::string::npos ) return "";
    return s.substr(b, s.find_last_not_of(" \t\n\r") - b + 1);
}
} // namespace

int64_t parse_signed(const std::string& input)
{
    std::string s = trimmed(input);
    errno         = 0;
    char* end     = nullptr;
    long long v   = std::strtoll(s.c_str(), &end, 0);
    if ( s.empty() || *end != '\0' ) throw std::invalid_argument("'" + input + "' is not an integer");
    if ( errno == ERANGE ) throw std::invalid_argument("'" + input + "' is out of range");
    return v;
}

uint64_t parse_unsigned(const std::string& input)
{
    std::string s = trimmed(input);
    if ( !s.empty() && s[0] == '-' ) throw std::invalid_argument("'" + input + "' is negative");
    errno              = 0;
    char*              end = nullptr;
    unsigned long long v   = std::strtoull(s.c_str(), &end, 0);
    if ( s.empty() || *end != '\0' ) throw std::invalid_argument("'" + input + "' is not an unsigned integer");
    if ( errno == ERANGE ) throw std::invalid_argument("'" + input + "' is out of range");
    return v;
}

long double parse_floating(const std::string& input)
{
    std::string s   = trimmed(input);
    char*       end = nullptr;
    long double v   = std::strtold(s.c_str(), &end);
    if ( s.empty() || *end != '\0' ) throw std::invalid_argument("'" + input + "' is not a number");
    return v;
}

template <>
std::string from_string<std::string>(const std::string& input)
{
    return input;
}

template <>
bool from_string<bool>(const std::string& input)
{
    std::string s = trimmed(input);
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
    if ( s == "true" || s == "yes" || s == "on" || s == "1" ) return true;
    if ( s == "false" || s == "no" || s == "off" || s == "0" ) return false;
    throw std::invalid_argument("'" + input + "' is not a boolean (true/false, yes/no, on/off, 1/0)");
}

template <>
UnitAlgebra from_string<UnitAlgebra>(const std::string& input)
{
    return UnitAlgebra(input);
}
} // namespace Core

void Params::insert(const std::string& key, const std::string& value, bool overwrite)
{
    if ( overwrite )
        data_[key] = value;
    else
        data_.emplace(key, value);
}

void Params::insert(const Params& params)
{
    for ( const auto& [k, v] : params.data_ )
        data_[k] = v;
}

Params::KeySet_t Params::getKeys() const
{
    KeySet_t keys;
    for ( const auto& kv : data_ )
        keys.insert(kv.first);
    return keys;
}

Params Params::get_scoped_params(const std::string& scope) const
{
    Params      out;
    std::string prefix = scope + ".";
    for ( const auto& [k, v] : data_ )
        if ( k.compare(0, prefix.size(), prefix) == 0 ) out.data_[k.substr(prefix.size())] = v;
    return out;
}

void Params::print_all_params(std::ostream& os, const std::string& prefix) const { os << toString(prefix); }

std::string Params::toString(const std::string& prefix) const
{
    std::string out;
    for ( const auto& [k, v] : data_ )
        out += prefix + "key=" + k + ", value=" + v + "\n";
    return out;
}

std::vector<std::string> Params::splitArray(const std::string& value)
{
    std::string s = Core::trimmed(value);
    if ( s.size() >= 2 && s.front() == '[' && s.back() == ']' ) s = s.substr(1, s.size() - 2);
    std::vector<std::string> items;
    if ( Core::trimmed(s).empty() ) return items;
    size_t start = 0;
    while ( true ) {
        size_t comma = s.find(',', start);
        items.push_back(Core::trimmed(s.substr(start, comma == std::string::npos ? std::string::npos : comma - start)));
        if ( comma == std::string::npos ) break;
        start = comma + 1;
    }
    return items;
}

} // namespace SST
