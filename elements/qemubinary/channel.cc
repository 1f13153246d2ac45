// SPDX-License-Identifier: BSD-3-Clause
#include "channel.h"

#include <stdexcept>

namespace qemubinary {

Channel::Channel(UniqueFd sock, bool shm, int timeout_ms)
{
    sst_link_init(&link_, sock.get());
    (void)sock.release();
    if ( !shm ) return;
    const int err = sst_link_accept_shm(&link_, timeout_ms);
    if ( err == 0 ) return;
    sst_link_close(&link_);
    throw std::runtime_error(err == -ETIMEDOUT
                                 ? "QEMU did not pass its shared memory within " + std::to_string(timeout_ms) + " ms"
                                 : "QEMU did not pass shared memory (is its sst-device built with transport=shm?)");
}

void Channel::receiveControl(int timeout_ms)
{
    if ( link_.shm ) return; // the rings' eventfd wakes QEMU's main loop
    const int err = sst_link_accept_control(&link_, timeout_ms);
    if ( err == -ETIMEDOUT )
        throw std::runtime_error("QEMU did not pass its control socket within " + std::to_string(timeout_ms) + " ms");
    if ( err ) throw std::runtime_error("QEMU did not pass its control socket after the HELLO");
}

} // namespace qemubinary
