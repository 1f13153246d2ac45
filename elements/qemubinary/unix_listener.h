// SPDX-License-Identifier: BSD-3-Clause
// The listening Unix socket QEMU connects to. Without a given path it lives
// in a new private directory (mode 0700) under $TMPDIR, so no other user can
// reach it and concurrent simulations never share a name. The socket file
// (and the private directory) are removed by removePath() and on destruction.
#ifndef ELEMENTS_QEMUBINARY_UNIX_LISTENER_H
#define ELEMENTS_QEMUBINARY_UNIX_LISTENER_H

#include "unique_fd.h"

#include <string>

namespace qemubinary {

class UnixListener
{
public:
    /** Throws std::runtime_error naming the path and the reason. */
    static UnixListener create(const std::string& path_or_empty);

    UnixListener() = default;
    UnixListener(UnixListener&& o) noexcept;
    UnixListener& operator=(UnixListener&& o) noexcept;
    ~UnixListener() { removePath(); }

    const std::string& path() const { return path_; }
    int                fd() const { return fd_.get(); }
    /** Accepts a pending connection (non-blocking socket, close-on-exec). */
    UniqueFd accept();
    /** Unlinks the socket file and removes the private directory (idempotent). */
    void removePath();
    void close() { fd_.reset(); }

private:
    UniqueFd    fd_;
    std::string path_;
    std::string private_dir_; // empty when the user chose the path
};

} // namespace qemubinary

#endif
