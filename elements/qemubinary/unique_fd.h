// SPDX-License-Identifier: BSD-3-Clause
// An owned file descriptor, closed on destruction.
#ifndef ELEMENTS_QEMUBINARY_UNIQUE_FD_H
#define ELEMENTS_QEMUBINARY_UNIQUE_FD_H

#include <unistd.h>
#include <utility>

namespace qemubinary {

class UniqueFd
{
public:
    UniqueFd() = default;
    explicit UniqueFd(int fd) : fd_(fd) {}
    ~UniqueFd() { reset(); }
    UniqueFd(UniqueFd&& o) noexcept : fd_(std::exchange(o.fd_, -1)) {}
    UniqueFd& operator=(UniqueFd&& o) noexcept
    {
        if ( this != &o ) reset(std::exchange(o.fd_, -1));
        return *this;
    }
    UniqueFd(const UniqueFd&)            = delete;
    UniqueFd& operator=(const UniqueFd&) = delete;

    int  get() const { return fd_; }
    /** Gives up ownership (the caller closes it). */
    int  release() { return std::exchange(fd_, -1); }
    bool valid() const { return fd_ >= 0; }
    void reset(int fd = -1)
    {
        if ( fd_ >= 0 ) ::close(fd_);
        fd_ = fd;
    }

private:
    int fd_ = -1;
};

} // namespace qemubinary

#endif
