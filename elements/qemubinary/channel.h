// The byte stream between the bridge and QEMU's sst-device: a Unix socket,
// or shared-memory rings (sst_mmio/shm_ring.h) set up over that socket.
#ifndef ELEMENTS_QEMUBINARY_CHANNEL_H
#define ELEMENTS_QEMUBINARY_CHANNEL_H

#include "unique_fd.h"

#include <memory>
#include <string>
#include <sys/types.h>

struct SSTShm;

namespace qemubinary {

class Channel
{
public:
    virtual ~Channel() = default;
    /** Non-blocking: bytes read, 0 once QEMU has closed, -1 with errno (EAGAIN: nothing yet). */
    virtual ssize_t readSome(void* buf, size_t len) = 0;
    /** Non-blocking: bytes written, -1 with errno (EAGAIN: full, EPIPE: QEMU gone). */
    virtual ssize_t writeSome(const void* buf, size_t len) = 0;
    /** After writing a message: wakes QEMU if it sleeps. */
    virtual void flush() {}
    /** Spinning: how many read tries to make per clock read (a socket read is a syscall,
     *  slower than the clock; a ring probe is not). A power of two. */
    virtual unsigned triesPerClockRead() const { return 1; }
    /** About to sleep on wakeFd(): false if data arrived meanwhile (then do not sleep). */
    virtual bool prepareSleep() { return true; }
    virtual void endSleep() {}
    /** The fd to poll for POLLIN while sleeping. */
    virtual int wakeFd() const = 0;
    /** The socket (for the end of the connection, and POLLOUT). */
    virtual int socket() const = 0;
    /** Protocol 2 with deadlines: QEMU's main loop listens while the guest runs. On the socket,
     *  QEMU passes a control socket (SST_CTL_TAG) to poke it with, so that answers on the data
     *  socket never wake its main loop (the rings wake it through their eventfd). Throws
     *  std::runtime_error if QEMU does not pass it within timeout_ms. */
    virtual void receiveControl(int timeout_ms) { (void)timeout_ms; }
    /** After a message for QEMU's main loop (TIME_REQ): wakes it. */
    virtual void poke() {}
};

/** Plain Unix socket. */
std::unique_ptr<Channel> makeSocketChannel(UniqueFd sock);
/** Receives QEMU's shared memory and eventfds on `sock` (within timeout_ms); throws std::runtime_error. */
std::unique_ptr<Channel> makeShmChannel(UniqueFd sock, int timeout_ms);

} // namespace qemubinary

#endif
