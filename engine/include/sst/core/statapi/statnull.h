#include "sst/core/statapi/stataccumulator.h"
