// SPDX-License-Identifier: BSD-3-Clause
// Conversions of parameter strings, as SST Core's: integers with std::stol/stoul in base 0
// (so "0x10" and "010" work, and parsing stops at the first character that is not a digit),
// bools as true/t/yes/y/on/1 and false/f/no/n/off/0, floating point with stod, classes through
// a constructor from std::string (UnitAlgebra: "1GHz"). A value that does not convert throws
// std::invalid_argument.
#ifndef SST_CORE_FROM_STRING_H
#define SST_CORE_FROM_STRING_H

#include "sst/core/serialization/impl/serialize_utility.h"

#include <cctype>
#include <complex>
#include <cstdlib>
#include <cstring>
#include <iomanip>
#include <limits>
#include <sstream>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <typeinfo>

namespace SST::Core {

using Serialization::complex_properties;

template <class T>
std::enable_if_t<std::is_integral_v<T>, T> from_string(const std::string& input)
{
    if constexpr ( std::is_same_v<bool, T> ) {
        std::string s(input);
        for ( auto& c : s )
            c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        if ( s == "true" || s == "t" || s == "yes" || s == "y" || s == "on" || s == "1" ) return true;
        if ( s == "false" || s == "f" || s == "no" || s == "n" || s == "off" || s == "0" ) return false;
        throw std::invalid_argument("from_string: no valid conversion");
    }
    else if constexpr ( std::is_signed_v<T> ) {
        if constexpr ( std::is_same_v<int, T> ) return std::stoi(input, nullptr, 0);
        else if constexpr ( std::is_same_v<long, T> ) return std::stol(input, nullptr, 0);
        else if constexpr ( std::is_same_v<long long, T> ) return std::stoll(input, nullptr, 0);
        else return static_cast<T>(std::stol(input, nullptr, 0));
    }
    else {
        if constexpr ( std::is_same_v<unsigned long, T> ) return std::stoul(input, nullptr, 0);
        else if constexpr ( std::is_same_v<unsigned long long, T> ) return std::stoull(input, nullptr, 0);
        else return static_cast<T>(std::stoul(input, nullptr, 0));
    }
}

template <class T>
std::enable_if_t<std::is_floating_point_v<T>, T> from_string(const std::string& input)
{
    if constexpr ( std::is_same_v<float, T> ) return std::stof(input);
    else if constexpr ( std::is_same_v<double, T> ) return std::stod(input);
    else return std::stold(input);
}

template <class T>
std::enable_if_t<std::is_class_v<T> && !complex_properties<T>::is_complex, T> from_string(const std::string& input)
{
    static_assert(std::is_constructible_v<T, std::string>,
                  "from_string: integral and floating point types, and classes with a constructor from std::string");
    return T(input);
}

template <class T>
std::enable_if_t<std::is_enum_v<T>, T> from_string(const std::string& input)
{
    return static_cast<T>(from_string<std::underlying_type_t<T>>(input));
}

/** "(re, im)" or "re". */
template <class T>
std::enable_if_t<complex_properties<T>::is_complex, T> from_string(const std::string& input)
{
    using R       = typename T::value_type;
    const char* s = input.c_str();
    while ( std::isspace(static_cast<unsigned char>(*s)) || *s == '(' )
        ++s;
    char* e  = nullptr;
    R     re = static_cast<R>(std::strtold(s, &e));
    R     im = 0;
    s        = e;
    while ( std::isspace(static_cast<unsigned char>(*s)) )
        ++s;
    if ( *s++ == ',' ) im = static_cast<R>(std::strtold(s, &e));
    return T(re, im);
}

template <class T>
std::enable_if_t<!std::is_enum_v<T> && !complex_properties<T>::is_complex, std::string> to_string(const T& input)
{
    if constexpr ( std::is_floating_point_v<T> ) {
        std::ostringstream s;
        T                  a = input < 0 ? -input : input;
        if ( a > static_cast<T>(10e6) || a < static_cast<T>(10e-6) )
            s << std::scientific << std::setprecision(std::numeric_limits<double>::max_digits10) << input;
        else
            s << std::fixed << std::setprecision(std::numeric_limits<double>::max_digits10) << input;
        return s.str();
    }
    else if constexpr ( std::is_same_v<T, bool> )
        return input ? "true" : "false";
    else if constexpr ( std::is_arithmetic_v<T> )
        return std::to_string(input);
    else
        return typeid(T).name();
}

template <class T>
std::enable_if_t<std::is_enum_v<T>, std::string> to_string(const T& input)
{
    return std::to_string(static_cast<std::underlying_type_t<T>>(input));
}

inline std::string to_string(std::string s) { return s; }

template <typename T>
std::enable_if_t<complex_properties<T>::is_complex, std::string> to_string(const T& input)
{
    return "(" + to_string(input.real()) + ", " + to_string(input.imag()) + ")";
}

} // namespace SST::Core

#endif
