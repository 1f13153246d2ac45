// SPDX-License-Identifier: BSD-3-Clause
#ifndef SST_CORE_COMPONENT_H
#define SST_CORE_COMPONENT_H

#include "sst/core/baseComponent.h"
#include "sst/core/elementinfo.h"

#include <vector>

namespace SST {

/** Base class of simulation components. Derive, register with SST_ELI_REGISTER_COMPONENT. */
class Component : public BaseComponent
{
public:
    explicit Component(ComponentId_t id);
    ~Component() override;

    // Empty documentation, shadowed by a derived class's SST_ELI_DOCUMENT_* macros.
    static const std::vector<ElementInfoParam>&     ELI_getParams();
    static const std::vector<ElementInfoPort>&      ELI_getPorts();
    static const std::vector<ElementInfoStatistic>& ELI_getStatistics();
};

} // namespace SST

#endif
