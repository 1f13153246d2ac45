// SPDX-License-Identifier: BSD-3-Clause
#ifndef SST_CORE_ELI_CATEGORY_INFO_H
#define SST_CORE_ELI_CATEGORY_INFO_H

#include "sst/core/eli/elibase.h"

#include <cstdint>
#include <ostream>

namespace SST::ELI {

class ProvidesCategory
{
public:
    uint32_t           category() const { return cat_; }
    static const char* categoryName(int cat)
    {
        switch ( cat ) {
        case COMPONENT_CATEGORY_PROCESSOR:
            return "PROCESSOR COMPONENT";
        case COMPONENT_CATEGORY_MEMORY:
            return "MEMORY COMPONENT";
        case COMPONENT_CATEGORY_NETWORK:
            return "NETWORK COMPONENT";
        case COMPONENT_CATEGORY_SYSTEM:
            return "SYSTEM COMPONENT";
        default:
            return "UNCATEGORIZED COMPONENT";
        }
    }
    void toString(std::ostream& os) const { os << "      Category: " << categoryName(cat_) << "\n"; }

protected:
    template <class T>
    explicit ProvidesCategory(T*) : cat_(T::ELI_getCategory())
    {}

private:
    uint32_t cat_;
};

} // namespace SST::ELI

#define SST_ELI_CATEGORY_INFO(cat) \
    static uint32_t ELI_getCategory() { return cat; }

#endif
