// SPDX-License-Identifier: BSD-3-Clause
// Code a component moves into a class of its own (loadComponentExtension<T>()): it acts as the
// component for links, clocks and statistics.
#ifndef SST_CORE_COMPONENTEXTENSION_H
#define SST_CORE_COMPONENTEXTENSION_H

#include "sst/core/baseComponent.h"

namespace SST {

class ComponentExtension : public BaseComponent
{
public:
    explicit ComponentExtension(ComponentId_t id);
    ~ComponentExtension() override = default;

protected:
    ComponentExtension() = default; // for serialization only
    void serialize_order(Core::Serialization::serializer& ser) override;
    ImplementSerializable(SST::ComponentExtension)
};

} // namespace SST

#endif
