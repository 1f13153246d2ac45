// SPDX-License-Identifier: BSD-3-Clause
#ifndef SST_CORE_SERIALIZATION_IMPL_UNPACKER_H
#define SST_CORE_SERIALIZATION_IMPL_UNPACKER_H

#include "sst/core/serialization/impl/get_array_size.h"
#include "sst/core/serialization/impl/ser_buffer_accessor.h"
#include "sst/core/serialization/impl/ser_shared_ptr_tracker.h"

#include <cstdint>
#include <cstring>
#include <map>
#include <string>
#include <type_traits>

namespace SST::Core::Serialization::pvt {

/** UNPACK mode: reads values back; every length is checked against the bytes left. */
class ser_unpacker : public ser_buffer_accessor, public ser_shared_ptr_unpacker
{
public:
    using ser_buffer_accessor::ser_buffer_accessor;

    template <typename T>
    void unpack(T& t)
    {
        std::memcpy(static_cast<void*>(&t), buf_next(sizeof(T)), sizeof(T));
    }
    /** Allocates with new[] what pack_buffer wrote; a count of 0 gives nullptr. */
    template <typename T, typename SIZE_T>
    void unpack_buffer(T*& buffer, SIZE_T& count)
    {
        count = 0;
        unpack(count);
        size_t n = get_array_size(count, "serialization: buffer size does not fit in size_t");
        using E  = std::conditional_t<std::is_void_v<T>, char, T>;
        if ( n == 0 ) {
            buffer = nullptr;
            return;
        }
        if ( n > remaining() / sizeof(E) ) throw std::out_of_range("serialization: buffer length exceeds the input");
        E* data = new E[n];
        std::memcpy(data, buf_next(n * sizeof(E)), n * sizeof(E));
        buffer = data;
    }
    void unpack_string(std::string& s)
    {
        size_t n = 0;
        unpack(n);
        if ( n > remaining() ) throw std::out_of_range("serialization: string length exceeds the input");
        s.assign(static_cast<const char*>(buf_next(n)), n);
    }
    /** An element count read from the input, checked: each element takes at least one byte. */
    void check_count(size_t n) const
    {
        if ( n > remaining() ) throw std::out_of_range("serialization: element count exceeds the input");
    }

    /** The object rebuilt for a packed address, or 0 if it is not rebuilt yet (then the next
     *  report_new_pointer() names the object built for it). */
    uintptr_t check_pointer_unpack(uintptr_t ptr)
    {
        auto it = rebuilt_.find(ptr);
        if ( it != rebuilt_.end() ) return it->second;
        pending_ = ptr;
        return 0;
    }
    void report_new_pointer(uintptr_t real) { rebuilt_[pending_] = real; }
    void report_real_pointer(uintptr_t packed, uintptr_t real) { rebuilt_[packed] = real; }

private:
    std::map<uintptr_t, uintptr_t> rebuilt_;
    uintptr_t                      pending_ = 0;
};

} // namespace SST::Core::Serialization::pvt

#endif
