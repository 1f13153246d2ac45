// SPDX-License-Identifier: BSD-3-Clause
// Element Library Information (ELI): the macros that register a component
// and document its parameters, ports and statistics. `sst-info LIB` prints
// this documentation; the engine also uses it to check configurations.
#ifndef SST_CORE_ELEMENTINFO_H
#define SST_CORE_ELEMENTINFO_H

#include "sst/core/params.h"
#include "sst/core/sst_types.h"

#include <cstdint>
#include <string>
#include <vector>

namespace SST {

class Component;

struct ElementInfoParam
{
    const char* name;
    const char* description;
    const char* defaultValue; // nullptr: the parameter is required
};

struct ElementInfoPort
{
    const char*              name; // may contain %d, matching any decimal number
    const char*              description;
    std::vector<std::string> validEvents;
};

struct ElementInfoStatistic
{
    const char* name;
    const char* description;
    const char* units;
    uint8_t     enableLevel;
};

namespace ELI {

using ComponentFactory = Component* (*)(ComponentId_t, Params&);

struct ComponentDoc
{
    std::string                       library;
    std::string                       name;
    std::string                       description;
    std::vector<int>                  version;
    uint32_t                          category = 0;
    std::vector<ElementInfoParam>     params;
    std::vector<ElementInfoPort>      ports;
    std::vector<ElementInfoStatistic> statistics;
    ComponentFactory                  factory = nullptr;
};

/** Adds a component to the process-wide registry; defined in the engine. */
bool registerComponent(ComponentDoc doc);

template <class T>
struct ComponentRegistrar
{
    static Component* create(ComponentId_t id, Params& params) { return new T(id, params); }
    static const bool loaded;
};
template <class T>
const bool ComponentRegistrar<T>::loaded = registerComponent(ComponentDoc{
    T::ELI_getLibrary(), T::ELI_getName(), T::ELI_getDescription(), T::ELI_getVersion(), T::ELI_getCategory(),
    T::ELI_getParams(), T::ELI_getPorts(), T::ELI_getStatistics(), &ComponentRegistrar<T>::create });

} // namespace ELI
} // namespace SST

#define COMPONENT_CATEGORY_UNCATEGORIZED 0x00
#define COMPONENT_CATEGORY_PROCESSOR     0x01
#define COMPONENT_CATEGORY_MEMORY        0x02
#define COMPONENT_CATEGORY_NETWORK       0x04
#define COMPONENT_CATEGORY_SYSTEM        0x08

#define SST_ELI_ELEMENT_VERSION(...) { __VA_ARGS__ }

// Referencing ComponentRegistrar<cls>::loaded in a member function body
// instantiates it, so loading the library registers the component.
#define SST_ELI_REGISTER_COMPONENT(cls, lib, name, version, desc, cat)                  \
    static const char*             ELI_getLibrary() { return lib; }                     \
    static const char*             ELI_getName() { return name; }                       \
    static const char*             ELI_getDescription() { return desc; }                \
    static uint32_t                ELI_getCategory() { return cat; }                    \
    static const std::vector<int>& ELI_getVersion()                                     \
    {                                                                                   \
        static const std::vector<int> var = version;                                    \
        return var;                                                                     \
    }                                                                                   \
    static bool ELI_isLoaded() { return ::SST::ELI::ComponentRegistrar<cls>::loaded; }

#define SST_ELI_DOCUMENT_PARAMS(...)                                                    \
    static const std::vector<::SST::ElementInfoParam>& ELI_getParams()                  \
    {                                                                                   \
        static const std::vector<::SST::ElementInfoParam> var = { __VA_ARGS__ };        \
        return var;                                                                     \
    }

#define SST_ELI_DOCUMENT_PORTS(...)                                                     \
    static const std::vector<::SST::ElementInfoPort>& ELI_getPorts()                    \
    {                                                                                   \
        static const std::vector<::SST::ElementInfoPort> var = { __VA_ARGS__ };         \
        return var;                                                                     \
    }

#define SST_ELI_DOCUMENT_STATISTICS(...)                                                \
    static const std::vector<::SST::ElementInfoStatistic>& ELI_getStatistics()          \
    {                                                                                   \
        static const std::vector<::SST::ElementInfoStatistic> var = { __VA_ARGS__ };    \
        return var;                                                                     \
    }

#endif
