// SPDX-License-Identifier: BSD-3-Clause
#include "sst/core/stringize.h"

#include <cstdarg>
#include <cstdio>
#include <vector>

namespace SST {

std::string vformat_string(size_t max_length, const char* format, va_list args)
{
    std::vector<char> buf(max_length ? max_length : 1);
    std::vsnprintf(buf.data(), buf.size(), format, args);
    return std::string(buf.data());
}

std::string vformat_string(const char* format, va_list args)
{
    char    small[256];
    va_list copy;
    va_copy(copy, args);
    int length = std::vsnprintf(small, sizeof(small), format, copy);
    va_end(copy);
    if ( length < 0 ) return std::string();
    if ( length < static_cast<int>(sizeof(small)) ) return std::string(small, length);
    std::vector<char> large(length + 1);
    std::vsnprintf(large.data(), large.size(), format, args);
    return std::string(large.data(), length);
}

std::string format_string(size_t max_length, const char* format, ...)
{
    va_list args;
    va_start(args, format);
    std::string ret = vformat_string(max_length, format, args);
    va_end(args);
    return ret;
}

std::string format_string(const char* format, ...)
{
    va_list args;
    va_start(args, format);
    std::string ret = vformat_string(format, args);
    va_end(args);
    return ret;
}

} // namespace SST
