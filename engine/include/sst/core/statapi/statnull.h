// SPDX-License-Identifier: BSD-3-Clause
#include "sst/core/statapi/stataccumulator.h"
