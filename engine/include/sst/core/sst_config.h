// SPDX-License-Identifier: BSD-3-Clause
// Embedded engine's stand-in for the generated sst_config.h of SST Core.
// Elements include it first, as they must with real SST; it carries no settings.
#ifndef SST_CORE_SST_CONFIG_H
#define SST_CORE_SST_CONFIG_H

#define SST_EMBEDDED_ENGINE 1
#define SST_CORE_VERSION_MAJOR 16
#define SST_CORE_VERSION_MINOR 0

#endif
