// SPDX-License-Identifier: BSD-3-Clause
/* The protocol headers must build as strict C11 for QEMU. */
#include "sst_mmio/validate.h"

int sst_mmio_compiles_as_c(void)
{
    SSTMMIORequest r = sst_mmio_request(SST_MMIO_READ, 0, 4, 0);
    return sst_mmio_check_request(&r) == SST_MMIO_CHECK_OK;
}
