// SPDX-License-Identifier: BSD-3-Clause
#ifndef SST_CORE_COMPONENT_H
#define SST_CORE_COMPONENT_H

#include "sst/core/baseComponent.h"
#include "sst/core/sst_types.h"

#include <vector>

namespace SST {

class SubComponent;

/** Base class of simulation components. Derive, and register with SST_ELI_REGISTER_COMPONENT. */
class Component : public BaseComponent
{
public:
    SST_ELI_DECLARE_BASE(Component)
    SST_ELI_DECLARE_CTOR_EXTERN(ComponentId_t, SST::Params&)
    SST_ELI_DECLARE_INFO_EXTERN(ELI::ProvidesCategory, ELI::ProvidesParams, ELI::ProvidesPorts,
                                ELI::ProvidesSubComponentSlots, ELI::ProvidesStats, ELI::ProvidesCheckpointable,
                                ELI::ProvidesProfilePoints, ELI::ProvidesAttributes)

    explicit Component(ComponentId_t id);
    ~Component() override = default;

    void serialize_order(Core::Serialization::serializer& ser) override;
    ImplementSerializable(SST::Component)

protected:
    friend class SubComponent;
    Component() = default; // for serialization only
};

} // namespace SST

/** A base class of components: documented (params, ports, ...) for the classes derived from it. */
#define SST_ELI_REGISTER_COMPONENT_BASE(cls)           \
    SST_ELI_DECLARE_NEW_BASE(SST::Component, ::cls)   \
    SST_ELI_NEW_BASE_CTOR(SST::ComponentId_t, SST::Params&)

#define SST_ELI_REGISTER_COMPONENT_DERIVED_BASE(cls, base) \
    SST_ELI_DECLARE_NEW_BASE(::base, ::cls)                \
    SST_ELI_NEW_BASE_CTOR(SST::ComponentId_t, SST::Params&)

#define ELI_GET_COMPONENT_DEFAULT(x, arg1, ...) arg1

/** SST_ELI_REGISTER_COMPONENT(cls, lib, name, version, desc, category[, base]). */
#define SST_ELI_REGISTER_COMPONENT(cls, lib, name, version, desc, cat, ...)                                        \
    SST_ELI_REGISTER_DERIVED(ELI_GET_COMPONENT_DEFAULT(, ##__VA_ARGS__, SST::Component), cls, lib, name,          \
                             ELI_FORWARD_AS_ONE(version), desc)                                                   \
    SST_ELI_CATEGORY_INFO(cat)

#endif
