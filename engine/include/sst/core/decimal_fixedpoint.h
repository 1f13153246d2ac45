// SPDX-License-Identifier: BSD-3-Clause
// An exact decimal number with a fixed number of digits: whole_words x 8 digits before the
// point and fraction_words x 8 after it, stored in base 10^8 (word 0 least significant).
// UnitAlgebra keeps its values in one (sst_big_num), so "1.5ns" is exactly 1.5e-9 and times
// convert to core cycles without binary rounding. Arithmetic follows SST Core 16's: products
// are truncated to the fraction digits, quotients come from a Newton-Raphson reciprocal seeded
// with a double, and toString() rounds half to even at the requested number of significant
// digits, so values print the same on both engines.
#ifndef SST_CORE_DECIMAL_FIXEDPOINT_H
#define SST_CORE_DECIMAL_FIXEDPOINT_H

#include <cstdint>
#include <iomanip>
#include <limits>
#include <ostream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <type_traits>

namespace SST {

template <int whole_words, int fraction_words>
class decimal_fixedpoint
{
public:
    static constexpr uint32_t storage_radix      = 100000000;
    static constexpr uint64_t storage_radix_long = 100000000;
    static constexpr int32_t  digits_per_word    = 8;
    static constexpr int      num_words          = whole_words + fraction_words;

    constexpr int getWholeWords() const { return whole_words; }
    constexpr int getFractionWords() const { return fraction_words; }

    decimal_fixedpoint() { clear(); }
    explicit decimal_fixedpoint(const std::string& init) { from_string(init); }
    template <class T>
    decimal_fixedpoint(T init, std::enable_if_t<std::is_unsigned_v<T>>* = nullptr) // NOLINT: implicit, as in SST
    {
        from_uint64(init);
    }
    template <class T>
    decimal_fixedpoint(T init, std::enable_if_t<std::is_signed_v<T> && std::is_integral_v<T>>* = nullptr) // NOLINT
    {
        from_int64(init);
    }
    template <class T>
    decimal_fixedpoint(const T init, std::enable_if_t<std::is_floating_point_v<T>>* = nullptr) // NOLINT
    {
        from_double(static_cast<double>(init));
    }
    decimal_fixedpoint(const decimal_fixedpoint&)            = default;
    decimal_fixedpoint& operator=(const decimal_fixedpoint&) = default;

    decimal_fixedpoint& operator=(uint64_t v)
    {
        from_uint64(v);
        return *this;
    }
    decimal_fixedpoint& operator=(int64_t v)
    {
        from_int64(v);
        return *this;
    }
    decimal_fixedpoint& operator=(double v)
    {
        from_double(v);
        return *this;
    }
    decimal_fixedpoint& operator=(const std::string& v)
    {
        from_string(v);
        return *this;
    }

    void negate() { negative = !negative; }

    double toDouble() const
    {
        double ret    = 0;
        double factor = 1;
        for ( int i = 0; i < fraction_words; ++i )
            factor /= storage_radix;
        for ( int i = 0; i < num_words; ++i ) {
            ret += static_cast<double>(data[i]) * factor;
            factor *= storage_radix;
        }
        return negative ? -ret : ret;
    }
    /** Rounded to the nearest integer, ties to even. */
    int64_t toLong() const
    {
        // Unsigned: a value beyond int64_t wraps (as a conversion) instead of overflowing (undefined).
        uint64_t ret    = 0;
        uint64_t factor = 1;
        for ( int i = 0; i < whole_words; ++i ) {
            ret += static_cast<uint64_t>(data[fraction_words + i]) * factor;
            factor *= storage_radix;
        }
        const uint32_t top   = data[fraction_words - 1];
        bool           round = top > storage_radix / 2;
        if ( top == storage_radix / 2 ) {
            for ( int i = fraction_words - 2; i >= 0 && !round; --i )
                round = data[i] != 0;
            if ( !round ) round = ret % 2 == 1;
        }
        if ( round ) ++ret;
        return static_cast<int64_t>(negative ? 0 - ret : ret);
    }
    /** The whole part. */
    uint64_t toUnsignedLong() const
    {
        uint64_t ret    = 0;
        uint64_t factor = 1;
        for ( int i = 0; i < whole_words; ++i ) {
            ret += static_cast<uint64_t>(data[fraction_words + i]) * factor;
            factor *= storage_radix;
        }
        return ret;
    }
    bool isZero() const
    {
        for ( int i = 0; i < num_words; ++i )
            if ( data[i] ) return false;
        return true;
    }
    bool isNegative() const { return negative && !isZero(); }

    template <typename T>
    T convert_to(std::enable_if_t<std::is_unsigned_v<T>>* = nullptr) const
    {
        return static_cast<T>(toUnsignedLong());
    }
    template <typename T>
    T convert_to(std::enable_if_t<std::is_signed_v<T> && std::is_integral_v<T>>* = nullptr) const
    {
        return static_cast<T>(toLong());
    }
    template <typename T>
    T convert_to(std::enable_if_t<std::is_floating_point_v<T>>* = nullptr) const
    {
        return static_cast<T>(toDouble());
    }

    /** precision significant digits (<= 0: all), trailing zeros dropped; exponent form beyond them. */
    std::string toString(int32_t precision = 6) const
    {
        constexpr int num_digits = num_words * digits_per_word;
        constexpr int point      = fraction_words * digits_per_word; // digits[point] is the units digit
        if ( precision <= 0 || precision > num_digits ) precision = num_digits;

        unsigned char digits[num_digits];
        for ( int w = 0; w < num_words; ++w ) {
            uint32_t v = data[w];
            for ( int j = 0; j < digits_per_word; ++j, v /= 10 )
                digits[w * digits_per_word + j] = v % 10;
        }
        int top = highestNonZero(digits, num_digits);
        if ( top < 0 ) return "0";

        // Round at the digit below the last significant one: half to even.
        const int cut = top - precision;
        if ( cut >= 0 ) {
            bool up = digits[cut] > 5;
            if ( digits[cut] == 5 ) {
                for ( int i = cut - 1; i >= 0 && !up; --i )
                    up = digits[i] != 0;
                if ( !up ) up = cut + 1 < num_digits && digits[cut + 1] % 2 == 1;
            }
            if ( up ) {
                unsigned char carry = 1;
                for ( int i = cut + 1; i < num_digits && carry; ++i ) {
                    digits[i] += carry;
                    carry = digits[i] / 10;
                    digits[i] %= 10;
                }
            }
            for ( int i = 0; i <= cut; ++i )
                digits[i] = 0;
        }

        std::ostringstream out;
        if ( negative ) out << '-';
        top = highestNonZero(digits, num_digits);
        if ( top < 0 ) { // rounded beyond the largest value
            out << "1e+" << whole_words * digits_per_word;
            return out.str();
        }
        // Digits from `from` down to `to` (inclusive), trailing zeros not written.
        auto tail = [&](int from, int to) {
            int zeros = 0;
            for ( int i = from; i >= to && i >= 0; --i ) {
                if ( digits[i] == 0 ) {
                    ++zeros;
                    continue;
                }
                for ( ; zeros; --zeros )
                    out << '0';
                out << static_cast<unsigned>(digits[i]);
            }
        };
        auto dropPoint = [&]() {
            std::string s = out.str();
            if ( !s.empty() && s.back() == '.' ) {
                s.pop_back();
                out.str("");
                out << s;
            }
        };
        if ( top >= point + precision ) { // too many whole digits: 1.23e+15
            out << static_cast<unsigned>(digits[top]) << '.';
            tail(top - 1, top - precision);
            dropPoint();
            out << "e+" << std::setfill('0') << std::setw(2) << (top - point);
        }
        else if ( top >= point ) { // 123.456
            for ( int i = top; i >= point; --i )
                out << static_cast<unsigned>(digits[i]);
            out << '.';
            tail(point - 1, top - precision);
            dropPoint();
        }
        else if ( top > point - 5 ) { // up to three zeros after the point: 0.000123
            out << "0.";
            for ( int i = point - 1; i > top; --i )
                out << '0';
            tail(top, top - precision);
        }
        else { // 1.23e-07
            out << static_cast<unsigned>(digits[top]) << '.';
            tail(top - 1, top - precision);
            dropPoint();
            out << "e-" << std::setfill('0') << std::setw(2) << (point - top);
        }
        return out.str();
    }

    decimal_fixedpoint& operator+=(const decimal_fixedpoint& v)
    {
        if ( negative == v.negative ) {
            uint64_t carry = 0;
            for ( int i = 0; i < num_words; ++i ) {
                uint64_t sum = uint64_t(data[i]) + v.data[i] + carry;
                carry        = sum / storage_radix;
                data[i]      = static_cast<uint32_t>(sum % storage_radix);
            }
            return *this;
        }
        // Opposite signs: the larger magnitude minus the smaller, with its sign.
        const bool             me_larger = compareMagnitude(v) >= 0;
        const decimal_fixedpoint& big    = me_larger ? *this : v;
        const decimal_fixedpoint& small  = me_larger ? v : *this;
        uint32_t               result[num_words];
        int64_t                borrow = 0;
        for ( int i = 0; i < num_words; ++i ) {
            int64_t d = int64_t(big.data[i]) - small.data[i] - borrow;
            borrow    = d < 0;
            result[i] = static_cast<uint32_t>(d < 0 ? d + storage_radix : d);
        }
        negative = big.negative;
        for ( int i = 0; i < num_words; ++i )
            data[i] = result[i];
        return *this;
    }
    decimal_fixedpoint& operator-=(const decimal_fixedpoint& v)
    {
        decimal_fixedpoint n(v);
        n.negate();
        return operator+=(n);
    }
    /** The exact product, truncated below the last fraction digit and above the last whole one. */
    decimal_fixedpoint& operator*=(const decimal_fixedpoint& v)
    {
        uint64_t product[2 * num_words] = {};
        for ( int i = 0; i < num_words; ++i ) {
            uint64_t carry = 0;
            for ( int j = 0; j < num_words; ++j ) {
                uint64_t cur   = product[i + j] + uint64_t(data[i]) * v.data[j] + carry;
                product[i + j] = cur % storage_radix_long;
                carry          = cur / storage_radix_long;
            }
            for ( int k = i + num_words; carry && k < 2 * num_words; ++k ) {
                uint64_t cur = product[k] + carry;
                product[k]   = cur % storage_radix_long;
                carry        = cur / storage_radix_long;
            }
        }
        for ( int i = 0; i < num_words; ++i )
            data[i] = static_cast<uint32_t>(product[i + fraction_words]);
        negative = negative != v.negative;
        return *this;
    }
    decimal_fixedpoint& operator/=(const decimal_fixedpoint& v)
    {
        decimal_fixedpoint inv(v);
        inv.inverse();
        return operator*=(inv);
    }
    /** 1 / this: Newton-Raphson (x <- x (2 - a x)) from the double reciprocal, doubling the digits each step. */
    decimal_fixedpoint& inverse()
    {
        const decimal_fixedpoint a(*this);
        decimal_fixedpoint       x(1.0 / toDouble());
        const decimal_fixedpoint two(2.0);
        for ( int digits = std::numeric_limits<double>::digits10 / 2; digits <= num_words * digits_per_word;
              digits *= 2 ) {
            decimal_fixedpoint t(x);
            t *= a;
            t -= two;
            t.negate();
            x *= t;
        }
        *this = x;
        return *this;
    }

    // As SST Core's: comparisons look at the magnitudes only (its numbers are sign and magnitude, and
    // it compares the magnitude words), so -10 >= 1. UnitAlgebra's best-SI printing of negative values
    // depends on it; compare() is the signed order, for code that needs one.
    bool operator==(const decimal_fixedpoint& v) const { return compareMagnitude(v) == 0; }
    bool operator!=(const decimal_fixedpoint& v) const { return compareMagnitude(v) != 0; }
    bool operator>(const decimal_fixedpoint& v) const { return compareMagnitude(v) > 0; }
    bool operator>=(const decimal_fixedpoint& v) const { return compareMagnitude(v) >= 0; }
    bool operator<(const decimal_fixedpoint& v) const { return compareMagnitude(v) < 0; }
    bool operator<=(const decimal_fixedpoint& v) const { return compareMagnitude(v) <= 0; }

private:
    void clear()
    {
        negative = false;
        for ( int i = 0; i < num_words; ++i )
            data[i] = 0;
    }
    static int highestNonZero(const unsigned char* digits, int n)
    {
        for ( int i = n - 1; i >= 0; --i )
            if ( digits[i] ) return i;
        return -1;
    }
    int compareMagnitude(const decimal_fixedpoint& v) const
    {
        for ( int i = num_words - 1; i >= 0; --i )
            if ( data[i] != v.data[i] ) return data[i] > v.data[i] ? 1 : -1;
        return 0;
    }
    int compare(const decimal_fixedpoint& v) const
    {
        const bool a_neg = isNegative(), b_neg = v.isNegative();
        if ( a_neg != b_neg ) return a_neg ? -1 : 1;
        int m = compareMagnitude(v);
        return a_neg ? -m : m;
    }

    /** "1.234", "-0.5", "1.234e14", "12e-3". Throws std::invalid_argument on anything else. */
    void from_string(const std::string& text)
    {
        clear();
        std::string s = text;
        if ( !s.empty() && (s[0] == '-' || s[0] == '+') ) {
            negative = s[0] == '-';
            s.erase(0, 1);
        }
        int32_t exponent = 0;
        size_t  e        = s.find_first_of("eE");
        if ( e != std::string::npos ) {
            std::string ex = s.substr(e + 1);
            s.erase(e);
            size_t used = 0;
            long   val  = 0;
            try {
                val = std::stol(ex, &used);
            }
            catch ( const std::exception& ) {
                used = 0;
            }
            if ( ex.empty() || used != ex.size() ) throw std::invalid_argument("bad exponent in number: " + text);
            exponent = static_cast<int32_t>(val);
        }
        size_t dp = s.find('.');
        if ( dp != std::string::npos ) s.erase(dp, 1);
        else dp = s.size();
        if ( s.empty() ) throw std::invalid_argument("not a number: " + text);
        // The digit s[i] has weight 10^(dp - 1 - i + exponent); position 0 of the store is 10^-(fraction digits).
        const int base = fraction_words * digits_per_word + exponent + static_cast<int>(dp) - 1;
        for ( size_t i = 0; i < s.size(); ++i ) {
            if ( s[i] < '0' || s[i] > '9' ) throw std::invalid_argument("not a number: " + text);
            const int pos = base - static_cast<int>(i);
            if ( s[i] == '0' ) continue;
            if ( pos < 0 ) continue; // below the last fraction digit: dropped
            if ( pos >= num_words * digits_per_word ) throw std::overflow_error("number too large: " + text);
            uint32_t mult = 1;
            for ( int k = 0; k < pos % digits_per_word; ++k )
                mult *= 10;
            data[pos / digits_per_word] += static_cast<uint32_t>(s[i] - '0') * mult;
        }
    }
    void from_uint64(uint64_t v)
    {
        clear();
        for ( int i = fraction_words; i < num_words; ++i ) {
            data[i] = static_cast<uint32_t>(v % storage_radix_long);
            v /= storage_radix_long;
        }
    }
    void from_int64(int64_t v)
    {
        if ( v < 0 ) {
            from_uint64(static_cast<uint64_t>(-(v + 1)) + 1);
            negative = true;
        }
        else {
            from_uint64(static_cast<uint64_t>(v));
        }
    }
    void from_double(double v)
    {
        clear();
        if ( v < 0 ) {
            negative = true;
            v        = -v;
        }
        double factor = 1;
        for ( int i = 0; i < whole_words - 1; ++i )
            factor *= storage_radix;
        for ( int i = num_words - 1; i >= 0; --i ) {
            double w = v / factor;
            data[i]  = w >= storage_radix ? storage_radix - 1 : static_cast<uint32_t>(w);
            v -= data[i] * factor;
            factor /= storage_radix;
        }
    }

    uint32_t data[num_words];
    bool     negative = false;
};

template <int W, int F>
decimal_fixedpoint<W, F> operator+(decimal_fixedpoint<W, F> lhs, const decimal_fixedpoint<W, F>& rhs)
{
    return lhs += rhs;
}
template <int W, int F>
decimal_fixedpoint<W, F> operator-(decimal_fixedpoint<W, F> lhs, const decimal_fixedpoint<W, F>& rhs)
{
    return lhs -= rhs;
}
template <int W, int F>
decimal_fixedpoint<W, F> operator*(decimal_fixedpoint<W, F> lhs, const decimal_fixedpoint<W, F>& rhs)
{
    return lhs *= rhs;
}
template <int W, int F>
decimal_fixedpoint<W, F> operator/(decimal_fixedpoint<W, F> lhs, const decimal_fixedpoint<W, F>& rhs)
{
    return lhs /= rhs;
}
template <int W, int F, typename T>
bool operator==(const T& lhs, const decimal_fixedpoint<W, F>& rhs)
{
    return rhs == decimal_fixedpoint<W, F>(lhs);
}
template <int W, int F, typename T>
bool operator!=(const T& lhs, const decimal_fixedpoint<W, F>& rhs)
{
    return rhs != decimal_fixedpoint<W, F>(lhs);
}
template <int W, int F>
std::ostream& operator<<(std::ostream& os, const decimal_fixedpoint<W, F>& v)
{
    return os << v.toString(static_cast<int32_t>(os.precision()));
}

} // namespace SST

#endif
