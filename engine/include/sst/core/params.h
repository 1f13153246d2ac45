// SPDX-License-Identifier: BSD-3-Clause
// Component parameters: string key/value pairs converted on lookup, as in SST.
// Integers accept decimal, hex ("0x10200000") and octal; bools accept
// true/false, yes/no, on/off, 1/0; UnitAlgebra accepts "1GHz", "4KiB", ...
// A value that does not convert throws std::invalid_argument naming key and value.
#ifndef SST_CORE_PARAMS_H
#define SST_CORE_PARAMS_H

#include "sst/core/unitAlgebra.h"

#include <cstdint>
#include <limits>
#include <map>
#include <set>
#include <sstream>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <vector>

namespace SST {

namespace Core {
/** Converts a parameter string; throws std::invalid_argument on failure. */
template <class T>
T from_string(const std::string& input);

template <>
std::string from_string<std::string>(const std::string& input);
template <>
bool from_string<bool>(const std::string& input);
template <>
UnitAlgebra from_string<UnitAlgebra>(const std::string& input);

int64_t     parse_signed(const std::string& input);
uint64_t    parse_unsigned(const std::string& input);
long double parse_floating(const std::string& input);

template <class T>
T from_string(const std::string& input)
{
    if constexpr ( std::is_integral_v<T> && std::is_signed_v<T> ) {
        int64_t v = parse_signed(input);
        if ( v < static_cast<int64_t>(std::numeric_limits<T>::min()) ||
             v > static_cast<int64_t>(std::numeric_limits<T>::max()) )
            throw std::invalid_argument("value '" + input + "' is out of range");
        return static_cast<T>(v);
    }
    else if constexpr ( std::is_integral_v<T> ) {
        uint64_t v = parse_unsigned(input);
        if ( v > static_cast<uint64_t>(std::numeric_limits<T>::max()) )
            throw std::invalid_argument("value '" + input + "' is out of range");
        return static_cast<T>(v);
    }
    else if constexpr ( std::is_floating_point_v<T> ) {
        return static_cast<T>(parse_floating(input));
    }
    else if constexpr ( std::is_constructible_v<T, std::string> ) {
        return T(input);
    }
    else {
        static_assert(sizeof(T) == 0, "Params::find: no conversion from string for this type");
    }
}
} // namespace Core

class Params
{
public:
    using KeySet_t = std::set<std::string>;

    Params() = default;

    template <class T>
    T find(const std::string& k, T default_value, bool& found) const
    {
        auto it = data_.find(k);
        found   = it != data_.end();
        if ( !found ) return default_value;
        return convert<T>(k, it->second);
    }
    template <class T>
    T find(const std::string& k, T default_value) const
    {
        bool found;
        return find<T>(k, std::move(default_value), found);
    }
    /** Default given as a string, converted like a configured value (e.g. find<UnitAlgebra>("clock", "1GHz")). */
    template <class T>
    std::enable_if_t<!std::is_same_v<T, std::string>, T>
    find(const std::string& k, const std::string& default_value, bool& found) const
    {
        auto it = data_.find(k);
        found   = it != data_.end();
        return convert<T>(k, found ? it->second : default_value);
    }
    template <class T>
    std::enable_if_t<!std::is_same_v<T, std::string>, T>
    find(const std::string& k, const std::string& default_value) const
    {
        bool found;
        return find<T>(k, default_value, found);
    }
    template <class T>
    T find(const std::string& k) const
    {
        bool found;
        return find<T>(k, T(), found);
    }

    /** Reads "[a, b, c]" (or a single value) into vec; leaves vec untouched if the key is absent. */
    template <class T>
    void find_array(const std::string& k, std::vector<T>& vec) const
    {
        auto it = data_.find(k);
        if ( it == data_.end() ) return;
        vec.clear();
        for ( const std::string& item : splitArray(it->second) )
            vec.push_back(convert<T>(k, item));
    }

    bool        contains(const std::string& k) const { return data_.count(k) != 0; }
    bool        empty() const { return data_.empty(); }
    size_t      size() const { return data_.size(); }
    void        insert(const std::string& key, const std::string& value, bool overwrite = true);
    void        insert(const Params& params);
    KeySet_t    getKeys() const;
    /** Keys "scope.x" returned as "x". */
    Params      get_scoped_params(const std::string& scope) const;
    void        print_all_params(std::ostream& os, const std::string& prefix = "") const;
    std::string toString(const std::string& prefix = "") const;

private:
    template <class T>
    static T convert(const std::string& k, const std::string& v)
    {
        try {
            return Core::from_string<T>(v);
        }
        catch ( const std::logic_error& e ) { // std::invalid_argument, UnitAlgebra's exceptions
            throw std::invalid_argument("parameter '" + k + "' = '" + v + "': " + e.what());
        }
    }
    static std::vector<std::string> splitArray(const std::string& value);

    std::map<std::string, std::string> data_;
};

} // namespace SST

#endif
