// SPDX-License-Identifier: BSD-3-Clause
// SubComponents: element parts a component loads into its slots, from the configuration
// (loadUserSubComponent) or by type (loadAnonymousSubComponent). Each SubComponent API is a
// class registered with SST_ELI_REGISTER_SUBCOMPONENT_API(cls, extra constructor arguments...).
#ifndef SST_CORE_SUBCOMPONENT_H
#define SST_CORE_SUBCOMPONENT_H

#include "sst/core/baseComponent.h"
#include "sst/core/component.h"
#include "sst/core/warnmacros.h"

namespace SST {

class SubComponent : public BaseComponent
{
public:
    SST_ELI_DECLARE_BASE(SubComponent)
    SST_ELI_DECLARE_CTOR_EXTERN(ComponentId_t)
    SST_ELI_DECLARE_INFO_EXTERN(ELI::ProvidesInterface, ELI::ProvidesParams, ELI::ProvidesPorts,
                                ELI::ProvidesSubComponentSlots, ELI::ProvidesStats, ELI::ProvidesCheckpointable,
                                ELI::ProvidesProfilePoints, ELI::ProvidesAttributes)

    explicit SubComponent(ComponentId_t id);
    ~SubComponent() override = default;

    void init(unsigned int UNUSED(phase)) override {}
    void setup() override {}
    void finish() override {}

protected:
    SubComponent() = default; // for serialization only
    void serialize_order(Core::Serialization::serializer& ser) override;
    friend class Component;
    ImplementSerializable(SST::SubComponent)
};

} // namespace SST

#define SST_ELI_REGISTER_SUBCOMPONENT_API(cls, ...)        \
    SST_ELI_DECLARE_NEW_BASE(SST::SubComponent, ::cls)     \
    SST_ELI_NEW_BASE_CTOR(SST::ComponentId_t, SST::Params&, ##__VA_ARGS__)

#define SST_ELI_REGISTER_SUBCOMPONENT_DERIVED_API(cls, base, ...) \
    SST_ELI_DECLARE_NEW_BASE(::base, ::cls)                       \
    SST_ELI_NEW_BASE_CTOR(SST::ComponentId_t, SST::Params&, ##__VA_ARGS__)

#define SST_ELI_REGISTER_SUBCOMPONENT(cls, lib, name, version, desc, interface)                    \
    SST_ELI_REGISTER_DERIVED(::interface, cls, lib, name, ELI_FORWARD_AS_ONE(version), desc)      \
    SST_ELI_INTERFACE_INFO(#interface)

#define SST_ELI_REGISTER_SUBCOMPONENT_DERIVED(cls, lib, name, version, desc, interface) \
    SST_ELI_REGISTER_SUBCOMPONENT(cls, lib, name, ELI_FORWARD_AS_ONE(version), desc, interface)

#endif
