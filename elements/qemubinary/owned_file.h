// SPDX-License-Identifier: BSD-3-Clause
// A file the run must not leave behind (the guest's RAM file): removed by remove(), which
// the crash paths call, or when the object goes away.
#ifndef ELEMENTS_QEMUBINARY_OWNED_FILE_H
#define ELEMENTS_QEMUBINARY_OWNED_FILE_H

#include <string>
#include <unistd.h>
#include <utility>

namespace qemubinary {

class OwnedFile
{
public:
    OwnedFile() = default;
    explicit OwnedFile(std::string path) : path_(std::move(path)) {}
    OwnedFile(OwnedFile&& o) noexcept : path_(std::exchange(o.path_, {})) {}
    OwnedFile& operator=(OwnedFile&& o) noexcept
    {
        if ( this != &o ) {
            remove();
            path_ = std::exchange(o.path_, {});
        }
        return *this;
    }
    ~OwnedFile() { remove(); }

    const std::string& path() const { return path_; }
    /** Unlinks it (a mapping of it stays valid); idempotent. */
    void remove() noexcept
    {
        if ( !path_.empty() ) ::unlink(path_.c_str());
        path_.clear();
    }

private:
    std::string path_;
};

} // namespace qemubinary

#endif
