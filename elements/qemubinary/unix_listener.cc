// SPDX-License-Identifier: BSD-3-Clause
#include "unix_listener.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <stdexcept>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>

namespace qemubinary {
namespace {
std::runtime_error failure(const std::string& what, const std::string& path)
{
    return std::runtime_error(what + " '" + path + "': " + std::strerror(errno));
}

sockaddr_un address(const std::string& path)
{
    sockaddr_un addr{};
    addr.sun_family = AF_UNIX;
    if ( path.size() >= sizeof(addr.sun_path) )
        throw std::runtime_error("socket path '" + path + "' is longer than " + std::to_string(sizeof(addr.sun_path) - 1) +
                                 " bytes");
    std::memcpy(addr.sun_path, path.c_str(), path.size() + 1);
    return addr;
}

// A socket file left by a run that died is removed; one that a live simulation listens on is an error.
void removeStaleSocket(const std::string& path)
{
    struct stat st;
    if ( ::lstat(path.c_str(), &st) < 0 ) return;
    if ( !S_ISSOCK(st.st_mode) ) throw std::runtime_error("socket_path '" + path + "' exists and is not a socket");
    UniqueFd    probe(::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0));
    sockaddr_un addr = address(path);
    if ( ::connect(probe.get(), reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0 )
        throw std::runtime_error("socket_path '" + path + "' is in use by another simulation");
    ::unlink(path.c_str());
}
} // namespace

UnixListener UnixListener::create(const std::string& path_or_empty)
{
    UnixListener l;
    if ( path_or_empty.empty() ) {
        const char* tmp      = std::getenv("TMPDIR");
        std::string pattern  = std::string(tmp && *tmp ? tmp : "/tmp") + "/qemu-sst-XXXXXX";
        if ( !::mkdtemp(pattern.data()) ) throw failure("cannot create a private socket directory like", pattern);
        l.private_dir_ = pattern;
        l.path_        = pattern + "/mmio.sock";
    }
    else {
        l.path_ = path_or_empty;
        removeStaleSocket(l.path_);
    }
    sockaddr_un addr = address(l.path_);
    l.fd_.reset(::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0));
    if ( !l.fd_.valid() ) throw failure("cannot create a socket for", l.path_);
    if ( ::bind(l.fd_.get(), reinterpret_cast<sockaddr*>(&addr), sizeof addr) < 0 )
        throw failure("cannot bind socket", l.path_);
    if ( ::listen(l.fd_.get(), 1) < 0 ) throw failure("cannot listen on socket", l.path_);
    return l;
}

UnixListener::UnixListener(UnixListener&& o) noexcept
    : fd_(std::move(o.fd_)), path_(std::move(o.path_)), private_dir_(std::move(o.private_dir_))
{
    o.path_.clear();
    o.private_dir_.clear();
}

UnixListener& UnixListener::operator=(UnixListener&& o) noexcept
{
    if ( this != &o ) {
        removePath();
        fd_          = std::move(o.fd_);
        path_        = std::exchange(o.path_, {});
        private_dir_ = std::exchange(o.private_dir_, {});
    }
    return *this;
}

UniqueFd UnixListener::accept()
{
    int fd;
    do
        fd = ::accept4(fd_.get(), nullptr, nullptr, SOCK_CLOEXEC | SOCK_NONBLOCK);
    while ( fd < 0 && errno == EINTR );
    return UniqueFd(fd);
}

void UnixListener::removePath()
{
    if ( !path_.empty() && fd_.valid() ) ::unlink(path_.c_str());
    if ( !private_dir_.empty() ) ::rmdir(private_dir_.c_str());
    path_.clear();
    private_dir_.clear();
}

} // namespace qemubinary
