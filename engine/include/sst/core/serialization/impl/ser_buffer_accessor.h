// SPDX-License-Identifier: BSD-3-Clause
#ifndef SST_CORE_SERIALIZATION_IMPL_SER_BUFFER_ACCESSOR_H
#define SST_CORE_SERIALIZATION_IMPL_SER_BUFFER_ACCESSOR_H

#include <cstddef>
#include <stdexcept>
#include <string>

namespace SST::Core::Serialization::pvt {

/** A cursor over a caller's buffer: every step is bounds-checked, so malformed input throws, never overruns. */
class ser_buffer_accessor
{
public:
    ser_buffer_accessor(void* buffer, size_t size) : start_(static_cast<char*>(buffer)), capacity_(size) {}
    ser_buffer_accessor(const ser_buffer_accessor&)            = delete;
    ser_buffer_accessor& operator=(const ser_buffer_accessor&) = delete;

    /** The next n bytes; throws std::out_of_range when fewer are left. */
    void* buf_next(size_t n)
    {
        if ( n > capacity_ - used_ )
            throw std::out_of_range("serialization buffer overrun: " + std::to_string(n) + " bytes wanted, " +
                                    std::to_string(capacity_ - used_) + " left");
        char* p = start_ + used_;
        used_ += n;
        return p;
    }
    size_t size() const { return used_; }
    size_t remaining() const { return capacity_ - used_; }

private:
    char*  start_;
    size_t capacity_;
    size_t used_ = 0;
};

} // namespace SST::Core::Serialization::pvt

#endif
