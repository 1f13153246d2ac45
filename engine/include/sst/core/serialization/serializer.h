// SPDX-License-Identifier: BSD-3-Clause
// Byte-level serializer with SST Core's interface: one object walks a value
// in SIZER, PACK or UNPACK mode. Element events serialize their fields with
// SST_SER(field) inside serialize_order(), exactly as with real SST 16.
#ifndef SST_CORE_SERIALIZATION_SERIALIZER_H
#define SST_CORE_SERIALIZATION_SERIALIZER_H

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <map>
#include <set>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

namespace SST::Core::Serialization {

class serializer
{
public:
    enum SERIALIZE_MODE { SIZER, PACK, UNPACK, MAP };

    SERIALIZE_MODE mode() const { return mode_; }

    void start_sizing()
    {
        mode_ = SIZER;
        size_ = 0;
    }
    void start_packing(char* buffer, size_t size)
    {
        mode_ = PACK;
        buf_  = buffer;
        cap_  = size;
        size_ = 0;
    }
    void start_unpacking(const char* buffer, size_t size)
    {
        mode_ = UNPACK;
        buf_  = const_cast<char*>(buffer);
        cap_  = size;
        size_ = 0;
    }
    /** Bytes counted (SIZER) or consumed/produced so far (PACK/UNPACK). */
    size_t size() const { return size_; }

    /** UNPACK: checks a decoded element count against the bytes left (every element
     *  takes at least one), so a malformed length cannot make a huge allocation. */
    void checkCount(uint64_t n) const
    {
        if ( mode_ == UNPACK && n > cap_ - size_ )
            throw std::out_of_range("serializer: a length of " + std::to_string(n) + " exceeds the " +
                                    std::to_string(cap_ - size_) + " bytes left");
    }

    /** Raw bytes in the current direction; bounds-checked. */
    void raw(void* data, size_t n)
    {
        switch ( mode_ ) {
        case SIZER:
            break;
        case PACK:
            check(n);
            std::memcpy(buf_ + size_, data, n);
            break;
        case UNPACK:
            check(n);
            std::memcpy(data, buf_ + size_, n);
            break;
        case MAP:
            return;
        }
        size_ += n;
    }

private:
    void check(size_t n) const
    {
        if ( n > cap_ || size_ > cap_ - n )
            throw std::out_of_range("serializer: buffer too small (" + std::to_string(cap_) + " bytes)");
    }

    SERIALIZE_MODE mode_ = SIZER;
    char*          buf_  = nullptr;
    size_t         cap_  = 0;
    size_t         size_ = 0;
};

template <typename T, typename Enable = void>
struct serialize_impl
{
    static_assert(sizeof(T) == 0, "type is not serializable by SST_SER: use arithmetic types, enums, std::string, "
                                  "or std::vector/std::pair/std::map/std::set of them");
};

template <typename T>
struct serialize_impl<T, std::enable_if_t<std::is_arithmetic_v<T> || std::is_enum_v<T>>>
{
    void operator()(T& t, serializer& ser) { ser.raw(&t, sizeof(T)); }
};

template <typename T>
void sst_ser_object(serializer& ser, T& t)
{
    serialize_impl<T>()(t, ser);
}

template <>
struct serialize_impl<std::string>
{
    void operator()(std::string& s, serializer& ser)
    {
        uint64_t n = s.size();
        ser.raw(&n, sizeof n);
        ser.checkCount(n);
        if ( ser.mode() == serializer::UNPACK ) s.resize(n);
        if ( n ) ser.raw(s.data(), n);
    }
};

template <typename A, typename B>
struct serialize_impl<std::pair<A, B>>
{
    void operator()(std::pair<A, B>& p, serializer& ser)
    {
        sst_ser_object(ser, p.first);
        sst_ser_object(ser, p.second);
    }
};

template <typename T>
struct serialize_impl<std::vector<T>>
{
    void operator()(std::vector<T>& v, serializer& ser)
    {
        uint64_t n = v.size();
        ser.raw(&n, sizeof n);
        ser.checkCount(n);
        if ( ser.mode() == serializer::UNPACK ) v.resize(n);
        for ( auto& e : v )
            sst_ser_object(ser, e);
    }
};

template <typename K, typename V>
struct serialize_impl<std::map<K, V>>
{
    void operator()(std::map<K, V>& m, serializer& ser)
    {
        uint64_t n = m.size();
        ser.raw(&n, sizeof n);
        ser.checkCount(n);
        if ( ser.mode() != serializer::UNPACK ) {
            for ( auto& [k, v] : m ) {
                K key = k;
                sst_ser_object(ser, key);
                sst_ser_object(ser, v);
            }
            return;
        }
        m.clear();
        for ( uint64_t i = 0; i < n; ++i ) {
            std::pair<K, V> kv;
            sst_ser_object(ser, kv);
            m.emplace(std::move(kv));
        }
    }
};

template <typename K>
struct serialize_impl<std::set<K>>
{
    void operator()(std::set<K>& s, serializer& ser)
    {
        uint64_t n = s.size();
        ser.raw(&n, sizeof n);
        ser.checkCount(n);
        if ( ser.mode() != serializer::UNPACK ) {
            for ( K k : s )
                sst_ser_object(ser, k);
            return;
        }
        s.clear();
        for ( uint64_t i = 0; i < n; ++i ) {
            K k{};
            sst_ser_object(ser, k);
            s.insert(std::move(k));
        }
    }
};

} // namespace SST::Core::Serialization

/** Serialize one field, as in SST Core 16: SST_SER(field) inside serialize_order(ser). */
#define SST_SER(obj, ...) ::SST::Core::Serialization::sst_ser_object(ser, obj)

#endif
