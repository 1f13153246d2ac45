// SPDX-License-Identifier: BSD-3-Clause
// String helpers element code uses: case-insensitive compare, lower-casing, trimming,
// splitting, and printf-style formatting into a std::string.
#ifndef SST_CORE_STRINGIZE_H
#define SST_CORE_STRINGIZE_H

#include <cctype>
#include <cstdarg>
#include <string>
#include <strings.h>
#include <vector>

namespace SST {

/** True if the strings are equal ignoring case. */
inline bool strcasecmp(const std::string& s1, const std::string& s2) { return !::strcasecmp(s1.c_str(), s2.c_str()); }

inline void to_lower(std::string& s)
{
    for ( auto& c : s )
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
}

inline void trim(std::string& s)
{
    const char* ws    = " \t\n\r\v\f";
    auto        start = s.find_first_not_of(ws);
    if ( start == std::string::npos ) {
        s.clear();
        return;
    }
    s.erase(s.find_last_not_of(ws) + 1);
    s.erase(0, start);
}

/** Splits input at every occurrence of delim (an empty input gives nothing). */
inline void tokenize(std::vector<std::string>& output, const std::string& input, const std::string& delim,
                     bool trim_ws = false)
{
    if ( input.empty() ) return;
    size_t start = 0;
    while ( true ) {
        size_t      end   = input.find(delim, start);
        std::string token = input.substr(start, end == std::string::npos ? std::string::npos : end - start);
        if ( trim_ws ) trim(token);
        output.push_back(token);
        if ( end == std::string::npos ) return;
        start = end + delim.size();
    }
}

/** Tokens separated by any of the delimiter characters (runs of them count as one). */
struct char_delimiter
{
    using iter = std::string::const_iterator;
    const std::string delim;
    explicit char_delimiter(const std::string& d = " \t\v\f\n\r") : delim(d) {}
    void operator()(iter& first, iter last, std::string& token)
    {
        token.clear();
        while ( first != last && delim.find(*first) != std::string::npos )
            ++first;
        while ( first != last && delim.find(*first) == std::string::npos )
            token += *first++;
    }
};

/** Comma-separated fields, with quotes and escapes. */
struct escaped_list_separator
{
    using iter = std::string::const_iterator;
    std::string e, q, s;
    escaped_list_separator(const std::string& esc = "\\", const std::string& sep = ",", const std::string& quote = "\"")
        : e(esc), q(quote), s(sep)
    {}
    void operator()(iter& first, iter last, std::string& token)
    {
        token.clear();
        bool quoted = false, escaped = false;
        while ( first != last ) {
            char c = *first++;
            if ( escaped ) {
                token += c;
                escaped = false;
            }
            else if ( s.find(c) != std::string::npos && !quoted )
                break;
            else if ( q.find(c) != std::string::npos )
                quoted = !quoted;
            else if ( e.find(c) != std::string::npos )
                escaped = true;
            else
                token += c;
        }
    }
};

/** Iterates over the tokens TokenizerFunc finds in a string. */
template <typename TokenizerFunc = char_delimiter>
class Tokenizer
{
    struct token_iter
    {
        TokenizerFunc*              f;
        std::string::const_iterator first;
        std::string::const_iterator last;
        std::string                 token;

        token_iter(TokenizerFunc* fn, std::string::const_iterator b, std::string::const_iterator e)
            : f(fn), first(b), last(e)
        {
            (*f)(first, last, token);
        }
        token_iter& operator++()
        {
            (*f)(first, last, token);
            return *this;
        }
        token_iter operator++(int)
        {
            token_iter r = *this;
            ++(*this);
            return r;
        }
        bool operator==(const token_iter& o) const { return first == o.first && last == o.last && token == o.token; }
        bool operator!=(const token_iter& o) const { return !(*this == o); }
        const std::string& operator*() const { return token; }
        const std::string* operator->() const { return &token; }

        using difference_type   = std::ptrdiff_t;
        using value_type        = std::string;
        using pointer           = const std::string*;
        using reference         = const std::string&;
        using iterator_category = std::input_iterator_tag;
    };

public:
    using iterator       = token_iter;
    using const_iterator = token_iter;
    using value_type     = std::string;

    Tokenizer(const std::string& s, const TokenizerFunc& fn = TokenizerFunc()) : str_(s), f_(fn) {}
    iterator begin() { return iterator(&f_, str_.begin(), str_.end()); }
    iterator end() { return iterator(&f_, str_.end(), str_.end()); }

private:
    std::string   str_;
    TokenizerFunc f_;
};

std::string vformat_string(size_t max_length, const char* format, va_list args) __attribute__((format(printf, 2, 0)));
std::string vformat_string(const char* format, va_list args) __attribute__((format(printf, 1, 0)));
std::string format_string(size_t max_length, const char* format, ...) __attribute__((format(printf, 2, 3)));
std::string format_string(const char* format, ...) __attribute__((format(printf, 1, 2)));

} // namespace SST

#endif
