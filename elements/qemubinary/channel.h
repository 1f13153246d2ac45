// SPDX-License-Identifier: BSD-3-Clause
// The byte stream between the bridge and QEMU's sst-device, over a Unix socket
// or shared-memory rings set up over it: an owner of the protocol library's
// SSTLink (sst_mmio/link.h, the same code sst-device uses).
#ifndef ELEMENTS_QEMUBINARY_CHANNEL_H
#define ELEMENTS_QEMUBINARY_CHANNEL_H

#include "sst_mmio/link.h"
#include "unique_fd.h"

#include <memory>
#include <string>
#include <sys/types.h>

namespace qemubinary {

class Channel
{
public:
    /** Takes the connected socket; with `shm`, receives QEMU's rings on it within timeout_ms.
     *  Throws std::runtime_error naming what QEMU did not pass. */
    Channel(UniqueFd sock, bool shm, int timeout_ms);
    ~Channel() { sst_link_close(&link_); }
    Channel(const Channel&)            = delete;
    Channel& operator=(const Channel&) = delete;

    /** Non-blocking: bytes read, 0 once QEMU has closed, -1 with errno (EAGAIN: nothing yet). */
    ssize_t readSome(void* buf, size_t len) { return sst_link_read(&link_, buf, len); }
    /** Non-blocking: bytes written, -1 with errno (EAGAIN: full, EPIPE: QEMU gone). */
    ssize_t writeSome(const void* buf, size_t len) { return sst_link_write(&link_, buf, len); }
    /** After writing a message: wakes QEMU if it sleeps. */
    void flush() { sst_link_flush(&link_); }
    /** Spinning: read tries per clock read (a power of two). */
    unsigned triesPerClockRead() const { return sst_link_tries_per_clock_read(&link_); }
    /** About to sleep on wakeFd(): false if data arrived meanwhile (then do not sleep). */
    bool prepareSleep() { return sst_link_prepare_sleep(&link_) != 0; }
    void endSleep() { sst_link_end_sleep(&link_); }
    /** Poll for POLLIN while sleeping. */
    int wakeFd() const { return sst_link_wake_fd(&link_); }
    /** Readable when QEMU may have gone (shared memory: the socket; -1 with the socket: a read sees it). */
    int goneFd() const { return sst_link_gone_fd(&link_); }
    /** The socket (POLLOUT while QEMU drains it). */
    int socket() const { return link_.sock; }
    /** Protocol 2 with deadlines, on the socket: QEMU passes its control socket (SST_CTL_TAG). */
    void receiveControl(int timeout_ms);
    /** After a message for QEMU's main loop (TIME_REQ): wakes it. */
    void poke() { sst_link_poke(&link_); }

private:
    SSTLink link_;
};

} // namespace qemubinary

#endif
