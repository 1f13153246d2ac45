// SPDX-License-Identifier: BSD-3-Clause
// Element documentation as sst-info prints it (SST Core's formats), and the registries of the
// element bases the engine defines: Component, SubComponent, Module, PortModule.
#include "sst/core/eli/elementinfo.h"

#include "sst/core/component.h"
#include "sst/core/module.h"
#include "sst/core/portModule.h"
#include "sst/core/statapi/statoutput.h"
#include "sst/core/subcomponent.h"

#include <ostream>

namespace SST {

SST_ELI_DEFINE_INFO_EXTERN(Component)
SST_ELI_DEFINE_CTOR_EXTERN(Component)
SST_ELI_DEFINE_INFO_EXTERN(SubComponent)
SST_ELI_DEFINE_CTOR_EXTERN(SubComponent)
SST_ELI_DEFINE_INFO_EXTERN(Module)
SST_ELI_DEFINE_INFO_EXTERN(PortModule)
SST_ELI_DEFINE_CTOR_EXTERN(PortModule)

namespace Statistics {
SST_ELI_DEFINE_INFO_EXTERN(StatisticOutput)
SST_ELI_DEFINE_CTOR_EXTERN(StatisticOutput)
} // namespace Statistics

namespace ELI {

void force_instantiate_bool(bool UNUSED(b), const char* UNUSED(name)) {}

namespace {
const std::vector<int> kCompiledVersion = { 0, 9, 0 };
}

std::string ProvidesDefaultInfo::getELIVersionString() const
{
    std::string str;
    const char* delim = "";
    for ( int item : kCompiledVersion ) {
        str += delim + std::to_string(item);
        delim = ".";
    }
    return str;
}

const std::vector<int>& ProvidesDefaultInfo::getELICompiledVersion() const { return kCompiledVersion; }

void ProvidesDefaultInfo::toString(std::ostream& os) const
{
    if ( !getAlias().empty() ) os << "      " << getName() << " is aliased as: " << getAlias() << std::endl;
    os << "      Description: " << getDescription() << std::endl;
    os << "      ELI version: " << getELIVersionString() << std::endl;
    os << "      Compiled using file: " << getCompileFile() << std::endl;
}

void ProvidesParams::toString(std::ostream& os) const
{
    os << "      Parameters (" << getValidParams().size() << " total)\n";
    for ( const ElementInfoParam& item : getValidParams() )
        os << "         " << item.name << ": " << (item.description ? item.description : " <empty>") << " "
           << " [" << (item.defaultValue ? item.defaultValue : "<required>") << "]\n";
}

void ProvidesPorts::toString(std::ostream& os) const
{
    os << "      Ports (" << getValidPorts().size() << " total)\n";
    for ( auto& item : getValidPorts() )
        os << "         " << item.name << ": " << (item.description ? item.description : "<empty>") << "\n";
}

void ProvidesSubComponentSlots::toString(std::ostream& os) const
{
    os << "      SubComponent Slots (" << getSubComponentSlots().size() << " total)\n";
    for ( auto& item : getSubComponentSlots() )
        os << "         " << item.name << ": " << (item.description ? item.description : "<empty>") << " ["
           << (item.superclass ? item.superclass : "<none>") << "]\n";
}

void ProvidesProfilePoints::toString(std::ostream& os) const
{
    os << "      Profile Points (" << getProfilePoints().size() << " total)\n";
    for ( auto& item : getProfilePoints() )
        os << "         " << item.name << ": " << (item.description ? item.description : "<empty>") << " ["
           << (item.superclass ? item.superclass : "<none>") << "]\n";
}

void ProvidesStats::toString(std::ostream& os) const
{
    os << "      Statistics (" << getValidStats().size() << " total)\n";
    for ( auto& item : getValidStats() )
        os << "         " << item.name << ": " << (item.description ? item.description : "<empty>") << ", "
           << " (units = \"" << (item.units ? item.units : "<empty>") << "\")"
           << " Enable level = " << static_cast<int16_t>(item.enable_level) << "\n";
}

void ProvidesAttributes::toString(std::ostream& os) const
{
    os << "      Attributes (" << getAttributes().size() << " total)\n";
    for ( const ElementInfoAttribute& item : getAttributes() )
        os << "         " << item.name << " = " << (item.value ? item.value : "<empty>") << "\n";
}

} // namespace ELI
} // namespace SST
