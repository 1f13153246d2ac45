// SPDX-License-Identifier: BSD-3-Clause
/* dma_write_loop.c with a read after each write. */
#define MIXED 1
#include "dma_write_loop.c"
