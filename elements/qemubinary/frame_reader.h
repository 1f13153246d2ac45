// SPDX-License-Identifier: BSD-3-Clause
// Assembles fixed-size frames from a non-blocking stream, across partial reads.
#ifndef ELEMENTS_QEMUBINARY_FRAME_READER_H
#define ELEMENTS_QEMUBINARY_FRAME_READER_H

#include <cerrno>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <unistd.h>

#include "channel.h"

namespace qemubinary {

enum class ReadResult { Frame, Pending, Closed, Error };

template <typename FrameT>
class FrameReader
{
public:
    using Result = ReadResult;

    /** Reads what is available. On Frame, `out` holds a whole frame; on Error, errno says why. */
    Result read(Channel& channel, FrameT& out)
    {
        while ( have_ < sizeof(FrameT) ) {
            ssize_t n = channel.readSome(buf_ + have_, sizeof(FrameT) - have_);
            if ( n > 0 ) {
                have_ += static_cast<size_t>(n);
                total_ += static_cast<uint64_t>(n);
                continue;
            }
            if ( n == 0 ) return Result::Closed;
            if ( errno == EINTR ) continue;
            return errno == EAGAIN || errno == EWOULDBLOCK ? Result::Pending : Result::Error;
        }
        std::memcpy(&out, buf_, sizeof(FrameT));
        have_ = 0;
        return Result::Frame;
    }

    /** Bytes of an incomplete frame received so far. */
    size_t   partial() const { return have_; }
    uint64_t bytesReceived() const { return total_; }

private:
    unsigned char buf_[sizeof(FrameT)];
    size_t        have_  = 0;
    uint64_t      total_ = 0;
};

} // namespace qemubinary

#endif
