#include "sst/core/elementinfo.h"
