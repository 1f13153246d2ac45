// SPDX-License-Identifier: BSD-3-Clause
// Modules: element parts without links or clocks of their own, made with loadModule().
#ifndef SST_CORE_MODULE_H
#define SST_CORE_MODULE_H

#include "sst/core/eli/elementinfo.h"
#include "sst/core/serialization/serializable.h"
#include "sst/core/warnmacros.h"

namespace SST {

class Component;
class Params;

class Module : public Core::Serialization::serializable
{
public:
    SST_ELI_DECLARE_BASE(Module)
    SST_ELI_DECLARE_CTORS(ELI_CTOR(SST::Params&), ELI_CTOR(Component*, SST::Params&))
    SST_ELI_DECLARE_INFO_EXTERN(ELI::ProvidesParams, ELI::ProvidesCheckpointable)

    Module()           = default;
    ~Module() override = default;

    void serialize_order(Core::Serialization::serializer& UNUSED(ser)) override {}
    ImplementSerializable(SST::Module)
};

} // namespace SST

#define SST_ELI_REGISTER_MODULE(cls, lib, name, version, desc, interface)                          \
    SST_ELI_REGISTER_DERIVED(::interface, cls, lib, name, ELI_FORWARD_AS_ONE(version), desc)      \
    SST_ELI_INTERFACE_INFO(#interface)

#define SST_ELI_REGISTER_MODULE_API(cls, ...)      \
    SST_ELI_DECLARE_NEW_BASE(SST::Module, ::cls)   \
    SST_ELI_NEW_BASE_CTOR(SST::Params&, ##__VA_ARGS__)

#define SST_ELI_REGISTER_MODULE_DERIVED_API(cls, base, ...) \
    SST_ELI_DECLARE_NEW_BASE(::base, ::cls)                 \
    SST_ELI_NEW_BASE_CTOR(SST::Params&, ##__VA_ARGS__)

#endif
