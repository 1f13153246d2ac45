// SPDX-License-Identifier: BSD-3-Clause
#include "sst/core/elementinfo.h"
