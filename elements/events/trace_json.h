// SPDX-License-Identifier: BSD-3-Clause
// The few JSON pieces a Trace Event Format file is made of, appended to a
// string without locale or floating point, so the same values give the same bytes;
// and TraceArgs, a slice's arguments (cosim::DeviceTrace, the bridge's own slices).
#ifndef ELEMENTS_EVENTS_TRACE_JSON_H
#define ELEMENTS_EVENTS_TRACE_JSON_H

#include <charconv>
#include <cstdint>
#include <string>
#include <string_view>

namespace cosim {

/** Appends `text` to `out` as a JSON string, quotes included. */
inline void appendJsonString(std::string& out, std::string_view text)
{
    static const char digits[] = "0123456789abcdef";
    out += '"';
    for ( char c : text ) {
        const auto u = static_cast<unsigned char>(c);
        if ( c == '"' || c == '\\' ) {
            out += '\\';
            out += c;
        }
        else if ( u < 0x20 ) {
            out += "\\u00";
            out += digits[u >> 4];
            out += digits[u & 15];
        }
        else
            out += c;
    }
    out += '"';
}

/** Appends `value` in decimal (no locale, no allocation). */
inline void appendDecimal(std::string& out, uint64_t value)
{
    char buf[20];
    auto end = std::to_chars(buf, buf + sizeof buf, value).ptr;
    out.append(buf, end);
}

/** Appends `value` as a JSON string "0x..." (addresses and data read best in hex). */
inline void appendHexString(std::string& out, uint64_t value)
{
    char buf[16];
    auto end = std::to_chars(buf, buf + sizeof buf, value, 16).ptr;
    out += "\"0x";
    out.append(buf, end);
    out += '"';
}

/** The arguments of a trace slice, shown when it is selected: keys with numbers or text. */
class TraceArgs
{
public:
    TraceArgs& number(std::string_view key, uint64_t value)
    {
        appendKey(key);
        appendDecimal(json_, value);
        return *this;
    }
    TraceArgs& hex(std::string_view key, uint64_t value)
    {
        appendKey(key);
        appendHexString(json_, value);
        return *this;
    }
    TraceArgs& text(std::string_view key, std::string_view value)
    {
        appendKey(key);
        appendJsonString(json_, value);
        return *this;
    }
    void clear() { json_.clear(); }
    /** The members of the args object, without its braces. */
    const std::string& json() const { return json_; }

private:
    void appendKey(std::string_view key)
    {
        if ( !json_.empty() ) json_ += ',';
        appendJsonString(json_, key);
        json_ += ':';
    }
    std::string json_;
};

} // namespace cosim

#endif
