#include "channel.h"

#include "sst_mmio/shm_ring.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <poll.h>
#include <stdexcept>
#include <sys/mman.h>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>

namespace qemubinary {
namespace {

/** Receives the 4-byte `tag` with `count` file descriptors (SCM_RIGHTS) on `sock`; an empty
 *  vector if something else came. Throws if nothing comes within timeout_ms. */
std::vector<UniqueFd> receiveTaggedFds(int sock, const char* tag, size_t count, int timeout_ms, const std::string& what)
{
    pollfd p = { sock, POLLIN, 0 };
    if ( ::poll(&p, 1, timeout_ms) <= 0 )
        throw std::runtime_error("QEMU did not pass " + what + " within " + std::to_string(timeout_ms) + " ms");
    char got[4];
    int  fds[3] = { -1, -1, -1 };
    union {
        char    buf[CMSG_SPACE(sizeof fds)];
        cmsghdr align;
    } control;
    iovec  iov = { got, sizeof got };
    msghdr msg = {};
    msg.msg_iov        = &iov;
    msg.msg_iovlen     = 1;
    msg.msg_control    = control.buf;
    msg.msg_controllen = sizeof control.buf;
    ssize_t  n         = ::recvmsg(sock, &msg, MSG_CMSG_CLOEXEC | MSG_WAITALL);
    cmsghdr* cmsg      = CMSG_FIRSTHDR(&msg);
    if ( cmsg && cmsg->cmsg_level == SOL_SOCKET && cmsg->cmsg_type == SCM_RIGHTS )
        std::memcpy(fds, CMSG_DATA(cmsg), std::min<size_t>(sizeof fds, cmsg->cmsg_len - CMSG_LEN(0)));
    std::vector<UniqueFd> out;
    for ( int fd : fds )
        if ( fd >= 0 ) out.emplace_back(fd);
    if ( n != sizeof got || std::memcmp(got, tag, sizeof got) != 0 || out.size() != count ) out.clear();
    return out;
}

class SocketChannel : public Channel
{
public:
    explicit SocketChannel(UniqueFd sock) : sock_(std::move(sock)) {}
    ssize_t readSome(void* buf, size_t len) override { return ::read(sock_.get(), buf, len); }
    ssize_t writeSome(const void* buf, size_t len) override { return ::send(sock_.get(), buf, len, MSG_NOSIGNAL); }
    int     wakeFd() const override { return sock_.get(); }
    int     socket() const override { return sock_.get(); }
    void    receiveControl(int timeout_ms) override
    {
        std::vector<UniqueFd> fds = receiveTaggedFds(sock_.get(), SST_CTL_TAG, 1, timeout_ms, "its control socket");
        if ( fds.empty() ) throw std::runtime_error("QEMU did not pass its control socket after the HELLO");
        control_ = std::move(fds[0]);
    }
    void poke() override
    {
        const char one = 1; // a full buffer already wakes it
        (void)!::send(control_.get(), &one, 1, MSG_NOSIGNAL | MSG_DONTWAIT);
    }

private:
    UniqueFd sock_;
    UniqueFd control_; // QEMU's main loop wakes when a byte comes; SST's end closing ends QEMU
};

class ShmChannel : public Channel
{
public:
    ShmChannel(UniqueFd sock, SSTShm* shm, UniqueFd efd_sst, UniqueFd efd_qemu)
        : sock_(std::move(sock)), shm_(shm), from_qemu_(sst_ring_reader(&shm->to_sst)),
          to_qemu_(sst_ring_writer(&shm->to_qemu)), efd_sst_(std::move(efd_sst)), efd_qemu_(std::move(efd_qemu))
    {}
    ~ShmChannel() override { ::munmap(shm_, sizeof(SSTShm)); }

    ssize_t readSome(void* buf, size_t len) override
    {
        if ( size_t n = sst_ring_read(&from_qemu_, buf, len) ) return static_cast<ssize_t>(n);
        if ( peer_gone_ ) return 0;
        errno = EAGAIN; // no syscall here: the end of QEMU is noticed when a sleep ends
        return -1;
    }
    ssize_t writeSome(const void* buf, size_t len) override
    {
        if ( peer_gone_ ) {
            errno = EPIPE;
            return -1;
        }
        size_t n = sst_ring_write(&to_qemu_, buf, len);
        if ( n == 0 ) {
            errno = EAGAIN;
            return -1;
        }
        return static_cast<ssize_t>(n);
    }
    void flush() override
    {
        if ( sst_ring_needs_wake(&to_qemu_) ) {
            uint64_t one = 1;
            (void)!::write(efd_qemu_.get(), &one, sizeof one);
        }
    }
    unsigned triesPerClockRead() const override { return 64; }
    bool prepareSleep() override { return sst_ring_prepare_sleep(&from_qemu_) != 0; }
    void endSleep() override
    {
        sst_ring_end_sleep(&from_qemu_);
        uint64_t count;
        (void)!::read(efd_sst_.get(), &count, sizeof count); // EAGAIN if woken otherwise
        // After set-up the socket carries nothing: readable means QEMU has gone.
        char probe;
        if ( ::recv(sock_.get(), &probe, 1, MSG_DONTWAIT | MSG_PEEK) == 0 ) peer_gone_ = true;
    }
    int wakeFd() const override { return efd_sst_.get(); }
    int socket() const override { return sock_.get(); }

private:
    UniqueFd sock_;
    SSTShm*       shm_;
    SSTRingReader from_qemu_;
    SSTRingWriter to_qemu_;
    UniqueFd efd_sst_, efd_qemu_;
    bool     peer_gone_ = false;
};

} // namespace

std::unique_ptr<Channel> makeSocketChannel(UniqueFd sock) { return std::make_unique<SocketChannel>(std::move(sock)); }

std::unique_ptr<Channel> makeShmChannel(UniqueFd sock, int timeout_ms)
{
    std::vector<UniqueFd> fds = receiveTaggedFds(sock.get(), SST_SHM_TAG, 3, timeout_ms, "its shared memory");
    if ( fds.empty() ) throw std::runtime_error("QEMU did not pass shared memory (is its sst-device built with transport=shm?)");
    UniqueFd memfd(std::move(fds[0])), efd_sst(std::move(fds[1])), efd_qemu(std::move(fds[2]));
    void* map = ::mmap(nullptr, sizeof(SSTShm), PROT_READ | PROT_WRITE, MAP_SHARED, memfd.get(), 0);
    if ( map == MAP_FAILED ) throw std::runtime_error(std::string("cannot map QEMU's shared memory: ") + std::strerror(errno));
    return std::make_unique<ShmChannel>(std::move(sock), static_cast<SSTShm*>(map), std::move(efd_sst), std::move(efd_qemu));
}

} // namespace qemubinary
