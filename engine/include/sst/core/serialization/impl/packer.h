// SPDX-License-Identifier: BSD-3-Clause
#ifndef SST_CORE_SERIALIZATION_IMPL_PACKER_H
#define SST_CORE_SERIALIZATION_IMPL_PACKER_H

#include "sst/core/serialization/impl/get_array_size.h"
#include "sst/core/serialization/impl/ser_buffer_accessor.h"
#include "sst/core/serialization/impl/ser_shared_ptr_tracker.h"

#include <cstdint>
#include <cstring>
#include <set>
#include <string>
#include <type_traits>

namespace SST::Core::Serialization::pvt {

/** PACK mode: writes values into the caller's buffer. */
class ser_packer : public ser_buffer_accessor, public ser_shared_ptr_packer
{
public:
    using ser_buffer_accessor::ser_buffer_accessor;

    template <typename T>
    void pack(const T& t)
    {
        std::memcpy(buf_next(sizeof(T)), &t, sizeof(T));
    }
    /** The element count, then the elements (none for a null buffer). */
    template <typename T, typename SIZE_T>
    void pack_buffer(const T* buffer, SIZE_T count)
    {
        if ( !buffer ) count = 0;
        size_t n = get_array_size(count, "serialization: buffer size does not fit in size_t");
        pack(count);
        using E = std::conditional_t<std::is_void_v<T>, char, T>;
        if ( n ) std::memcpy(buf_next(n * sizeof(E)), buffer, n * sizeof(E));
    }
    void pack_string(const std::string& s) { pack_buffer(s.data(), s.size()); }
    /** True if ptr was packed before in this walk. */
    bool check_pointer_pack(uintptr_t ptr) { return !seen_.insert(ptr).second; }

private:
    std::set<uintptr_t> seen_;
};

} // namespace SST::Core::Serialization::pvt

#endif
