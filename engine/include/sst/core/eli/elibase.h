// SPDX-License-Identifier: BSD-3-Clause
// Element Library Information (ELI): the documentation records an element declares with the
// SST_ELI_DOCUMENT_* macros, and how a derived class's records combine with its parent's (a
// record named again replaces the parent's; SST_ELI_DELETE_* removes one).
#ifndef SST_CORE_ELI_ELIBASE_H
#define SST_CORE_ELI_ELIBASE_H

#include "sst/core/sst_types.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <type_traits>
#include <vector>

#define COMPONENT_CATEGORY_UNCATEGORIZED 0x00
#define COMPONENT_CATEGORY_PROCESSOR     0x01
#define COMPONENT_CATEGORY_MEMORY        0x02
#define COMPONENT_CATEGORY_NETWORK       0x04
#define COMPONENT_CATEGORY_SYSTEM        0x08

namespace SST {

struct ElementInfoStatistic
{
    const char*   name;
    const char*   description;
    const char*   units;
    const uint8_t enable_level; // 0: disabled
};

struct ElementInfoParam
{
    const char* name;
    const char* description;
    const char* defaultValue; // nullptr: required; "": optional without a default
};

struct ElementInfoPort
{
    const char* name; // may hold %d (or %(param)d) for a numbered family of ports
    const char* description;
    const std::vector<std::string> validEvents;
};

struct ElementInfoSubComponentSlot
{
    const char* name;
    const char* description;
    const char* superclass;
};

struct ElementInfoProfilePoint
{
    const char* name;
    const char* description;
    const char* superclass;
};

struct ElementInfoAttribute
{
    const char* name;
    const char* value;
};

namespace ELI {

/** base's own records, then those of add (a parent's) not named in base; records whose
 *  description (an attribute's value) is nullptr are deletions and are dropped. */
template <typename T>
void combineEliInfo(std::vector<T>& base, const std::vector<T>& add)
{
    std::vector<T> combined;
    for ( auto& x : add )
        if ( std::none_of(base.begin(), base.end(), [&](auto& y) { return !std::strcmp(x.name, y.name); }) )
            combined.emplace_back(x);
    for ( auto& x : base ) {
        if constexpr ( std::is_same_v<T, ElementInfoAttribute> ) {
            if ( x.value ) combined.emplace_back(x);
        }
        else {
            if ( x.description ) combined.emplace_back(x);
        }
    }
    base.swap(combined);
}

/** Which libraries have registered elements (a library is loaded once). */
class LoadedLibraries
{
public:
    static bool isLoaded(const std::string& lib) { return libraries().count(lib) != 0; }
    static bool addLoader(const std::string& lib, const std::string& name, const std::string& alias)
    {
        auto& names = libraries()[lib];
        names.insert(name);
        if ( !alias.empty() ) names.insert(alias);
        return true;
    }
    static std::map<std::string, std::set<std::string>>& libraries()
    {
        static std::map<std::string, std::set<std::string>> libs;
        return libs;
    }
};

template <typename, typename = void>
struct GetAlias
{
    static std::string get() { return ""; }
};
template <typename T>
struct GetAlias<T, std::void_t<decltype(T::ELI_getAlias())>>
{
    static std::string get() { return T::ELI_getAlias(); }
};

} // namespace ELI
} // namespace SST

#define ELI_FORWARD_AS_ONE(...) __VA_ARGS__

// A class that elements derive from and are registered under (Component, SubComponent, an
// API): level 0. A derived API (SST_ELI_DECLARE_NEW_BASE) is two levels above its parent;
// a registered element one above the API it is registered under. The DOCUMENT macros read
// the parent's records from the API an element is registered under, or from the parent API.
#define SST_ELI_DECLARE_BASE(Base)                 \
    using __LocalEliBase                   = Base; \
    using __ParentEliBase                  = void; \
    static constexpr int __EliBaseLevel    = 0;    \
    static constexpr int __EliDerivedLevel = 0;    \
    static const char*   ELI_baseName() { return #Base; }

#define SST_ELI_DECLARE_INFO_COMMON()                                                          \
    using InfoLibrary = ::SST::ELI::InfoLibrary<__LocalEliBase>;                               \
    template <class __TT>                                                                      \
    static bool addDerivedInfo(const std::string& lib, const std::string& elem)                \
    {                                                                                          \
        using BuilderInfo = typename __LocalEliBase::BuilderInfo;                              \
        return addInfo(lib, elem, new BuilderInfo(lib, elem, (__TT*)nullptr));                 \
    }

#define SST_ELI_DECLARE_NEW_BASE(OldBase, NewBase)                                                  \
    using __LocalEliBase                = NewBase;                                                  \
    using __ParentEliBase               = OldBase;                                                  \
    static constexpr int __EliBaseLevel = OldBase::__EliBaseLevel + 2;                              \
    SST_ELI_DECLARE_INFO_COMMON()                                                                   \
    static const char* ELI_baseName() { return #NewBase; }                                          \
    template <class InfoImpl>                                                                       \
    static bool addInfo(const std::string& elemlib, const std::string& elem, InfoImpl* info)        \
    {                                                                                               \
        return OldBase::addInfo(elemlib, elem, info) &&                                             \
               ::SST::ELI::InfoDatabase::getLibrary<NewBase>(elemlib)->addInfo(elem, info);         \
    }

#endif
