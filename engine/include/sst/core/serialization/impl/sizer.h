// SPDX-License-Identifier: BSD-3-Clause
#ifndef SST_CORE_SERIALIZATION_IMPL_SIZER_H
#define SST_CORE_SERIALIZATION_IMPL_SIZER_H

#include "sst/core/serialization/impl/get_array_size.h"
#include "sst/core/serialization/impl/ser_shared_ptr_tracker.h"

#include <cstdint>
#include <set>
#include <string>
#include <type_traits>

namespace SST::Core::Serialization::pvt {

/** SIZER mode: counts the bytes a PACK of the same walk will write. */
class ser_sizer : public ser_shared_ptr_packer
{
public:
    template <typename T>
    void size(const T&)
    {
        size_ += sizeof(T);
    }
    template <typename T, typename SIZE_T>
    void size_buffer(const T* buffer, SIZE_T count)
    {
        size_t n = buffer ? get_array_size(count, "serialization: buffer size does not fit in size_t") : 0;
        using E  = std::conditional_t<std::is_void_v<T>, char, T>;
        size_ += sizeof(SIZE_T) + n * sizeof(E);
    }
    void   size_string(const std::string& s) { size_ += sizeof(size_t) + s.size(); }
    void   add(size_t n) { size_ += n; }
    size_t size() const { return size_; }
    /** True if ptr was seen before in this walk. */
    bool   check_pointer_sizer(uintptr_t ptr) { return !seen_.insert(ptr).second; }

private:
    size_t              size_ = 0;
    std::set<uintptr_t> seen_;
};

} // namespace SST::Core::Serialization::pvt

#endif
