// SPDX-License-Identifier: BSD-3-Clause
// The floor under the bridge's round trips on this machine: two processes that do
// nothing but ping-pong a request frame (28 bytes) and a response frame (20 bytes),
// spinning on non-blocking reads as QEMU and the bridge do, over
//   - a Unix socket pair (the unix transport's kernel path), and
//   - the shared-memory rings of sst_mmio/shm_ring.h (the shm transport's).
// No QEMU, no engine: whatever the bridge adds is the gap to these figures.
//   transport_floor [ROUND_TRIPS]
#include "sst_mmio/shm_ring.h"
#include "sst_mmio/validate.h"

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

struct SocketEnd
{
    int  fd;
    void send(const void* p, size_t n) const
    {
        while ( ::send(fd, p, n, MSG_NOSIGNAL) != static_cast<ssize_t>(n) )
            if ( errno != EINTR ) std::exit(2);
    }
    void recv(void* p, size_t n) const
    {
        size_t got = 0;
        while ( got < n ) {
            ssize_t r = ::recv(fd, static_cast<char*>(p) + got, n - got, MSG_DONTWAIT);
            if ( r > 0 ) got += static_cast<size_t>(r);
            else if ( r == 0 || (errno != EAGAIN && errno != EINTR) ) std::exit(2);
        }
    }
};

struct RingEnd
{
    SSTRingWriter out;
    SSTRingReader in;
    void          send(const void* p, size_t n)
    {
        for ( size_t put = 0; put < n; )
            put += sst_ring_write(&out, static_cast<const char*>(p) + put, n - put);
        (void)sst_ring_needs_wake(&out); // the fence a real writer pays
    }
    void recv(void* p, size_t n)
    {
        for ( size_t got = 0; got < n; )
            got += sst_ring_read(&in, static_cast<char*>(p) + got, n - got);
    }
};

// Runs `round_trips` exchanges with the child answering; returns round trips per second.
template <typename MakeEnd>
double pingPong(long round_trips, MakeEnd make_end)
{
    const pid_t child = ::fork();
    if ( child < 0 ) std::exit(2);
    SSTMMIORequest  req  = sst_mmio_request(SST_MMIO_READ, 0x10200000, 4, 0);
    SSTMMIOResponse resp = sst_mmio_response(SST_MMIO_STATUS_OK, 0, 0);
    if ( child == 0 ) {
        auto end = make_end(false);
        for ( long i = 0; i < round_trips; ++i ) {
            end.recv(&req, sizeof req);
            end.send(&resp, sizeof resp);
        }
        std::_Exit(0);
    }
    auto       end   = make_end(true);
    const auto start = std::chrono::steady_clock::now();
    for ( long i = 0; i < round_trips; ++i ) {
        end.send(&req, sizeof req);
        end.recv(&resp, sizeof resp);
    }
    const std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
    int                                 status;
    ::waitpid(child, &status, 0);
    return round_trips / took.count();
}

} // namespace

int main(int argc, char** argv)
{
    const long round_trips = argc > 1 ? std::atol(argv[1]) : 200000;
    int        sv[2];
    if ( ::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv) != 0 ) return 2;
    const double unix_rate = pingPong(round_trips, [&](bool parent) { return SocketEnd{ parent ? sv[0] : sv[1] }; });
    ::close(sv[0]);
    ::close(sv[1]);

    void* map = ::mmap(nullptr, sizeof(SSTShm), PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    if ( map == MAP_FAILED ) return 2;
    auto*        shm      = static_cast<SSTShm*>(map);
    const double shm_rate = pingPong(round_trips, [&](bool parent) {
        return parent ? RingEnd{ sst_ring_writer(&shm->to_sst), sst_ring_reader(&shm->to_qemu) }
                      : RingEnd{ sst_ring_writer(&shm->to_qemu), sst_ring_reader(&shm->to_sst) };
    });
    ::munmap(map, sizeof(SSTShm));

    std::printf("transport floor, unix socket pair: %.0f round trips/s\n", unix_rate);
    std::printf("transport floor, shared-memory rings: %.0f round trips/s\n", shm_rate);
    return 0;
}
