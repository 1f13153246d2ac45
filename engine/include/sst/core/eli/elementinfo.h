// SPDX-License-Identifier: BSD-3-Clause
// Element documentation, registered per element base and library: each base lists the info
// policies its elements carry (SST_ELI_DECLARE_INFO(ELI::ProvidesParams, ...)), and a
// registered element's BuilderInfo is built from the element's static ELI_* functions.
// sst-info prints these records; the engine checks configurations against them.
#ifndef SST_CORE_ELI_ELEMENTINFO_H
#define SST_CORE_ELI_ELEMENTINFO_H

#include "sst/core/eli/attributeInfo.h"
#include "sst/core/eli/categoryInfo.h"
#include "sst/core/eli/checkpointableInfo.h"
#include "sst/core/eli/defaultInfo.h"
#include "sst/core/eli/elementbuilder.h"
#include "sst/core/eli/elibase.h"
#include "sst/core/eli/interfaceInfo.h"
#include "sst/core/eli/paramsInfo.h"
#include "sst/core/eli/portsInfo.h"
#include "sst/core/eli/profilePointInfo.h"
#include "sst/core/eli/simpleInfo.h"
#include "sst/core/eli/statsInfo.h"
#include "sst/core/eli/subcompSlotInfo.h"
#include "sst/core/sst_types.h"
#include "sst/core/warnmacros.h"

#include <map>
#include <ostream>
#include <string>
#include <vector>

namespace SST {

class Component;
class Module;
class SubComponent;
class BaseComponent;

namespace ELI {

/** One element's info, made of the policies its base lists (each built from the element class). */
template <class Policy, class... Policies>
class BuilderInfoImpl : public Policy, public BuilderInfoImpl<Policies...>
{
    using Parent = BuilderInfoImpl<Policies...>;

public:
    template <class... Args>
    BuilderInfoImpl(const std::string& elemlib, const std::string& elem, Args&&... args)
        : Policy(args...), Parent(elemlib, elem, args...)
    {}
    void toString(std::ostream& os) const
    {
        Policy::toString(os);
        Parent::toString(os);
    }
    BuilderInfoImpl(const BuilderInfoImpl&)            = delete;
    BuilderInfoImpl& operator=(const BuilderInfoImpl&) = delete;
};

template <>
class BuilderInfoImpl<void>
{
protected:
    template <class... Args>
    explicit BuilderInfoImpl(Args&&...)
    {}
    void toString(std::ostream&) const {}
    BuilderInfoImpl(const BuilderInfoImpl&)            = delete;
    BuilderInfoImpl& operator=(const BuilderInfoImpl&) = delete;
};

/** The infos one library registered under one base, by element name (and alias). */
template <class Base>
class InfoLibrary
{
public:
    using BaseInfo = typename Base::BuilderInfo;

    explicit InfoLibrary(const std::string& name) : name_(name) {}

    BaseInfo* getInfo(const std::string& name)
    {
        auto it = infos_.find(name);
        return it == infos_.end() ? nullptr : it->second;
    }
    bool hasInfo(const std::string& name) const { return infos_.count(name) != 0; }
    int  numEntries(bool exclude_aliases = false) const
    {
        if ( !exclude_aliases ) return static_cast<int>(infos_.size());
        int n = 0;
        for ( auto& [name, info] : infos_ )
            n += name != info->getAlias();
        return n;
    }
    const std::map<std::string, BaseInfo*>& getMap() const { return infos_; }

    void readdInfo(const std::string& name, BaseInfo* info)
    {
        infos_[name] = info;
        if ( !info->getAlias().empty() ) infos_[info->getAlias()] = info;
    }
    bool addInfo(const std::string& elem, BaseInfo* info)
    {
        readdInfo(elem, info);
        return LoadedLibraries::addLoader(name_, elem, info->getAlias());
    }

private:
    std::map<std::string, BaseInfo*> infos_;
    std::string                      name_;
};

template <class Base>
class InfoLibraryDatabase
{
public:
    using Library  = InfoLibrary<Base>;
    using BaseInfo = typename Library::BaseInfo;
    using Map      = std::map<std::string, Library*>;

    static std::vector<std::string> getRegisteredElementNames()
    {
        std::vector<std::string> ret;
        for ( auto& [lib_name, lib] : libraries() )
            for ( auto& [elem, info] : lib->getMap() )
                ret.push_back(lib_name + "." + elem);
        return ret;
    }
    static Library* getLibrary(const std::string& name)
    {
        auto& lib = libraries()[name];
        if ( !lib ) lib = new Library(name);
        return lib;
    }

private:
    static Map& libraries()
    {
        static Map& libs = *new Map; // lives as long as the process, as the infos it holds
        return libs;
    }
};

struct InfoDatabase
{
    template <class T>
    static InfoLibrary<T>* getLibrary(const std::string& name)
    {
        return InfoLibraryDatabase<T>::getLibrary(name);
    }
    template <class T>
    static std::vector<std::string> getRegisteredElementNames()
    {
        return InfoLibraryDatabase<T>::getRegisteredElementNames();
    }
};

template <class Base>
struct ElementsInfo
{
    static InfoLibrary<Base>* getLibrary(const std::string& name) { return InfoLibraryDatabase<Base>::getLibrary(name); }
    template <class T>
    static bool add()
    {
        return Base::template addDerivedInfo<T>(T::ELI_getLibrary(), T::ELI_getName());
    }
};

/** Loading a library makes every element it registers instantiate this: it registers T's info. */
template <class Base, class T>
struct InstantiateBuilderInfo
{
    static bool isLoaded() { return loaded; }
    static inline const bool loaded = ElementsInfo<Base>::template add<T>();
};

void force_instantiate_bool(bool b, const char* name);

template <class T>
struct ForceExport
{
    static bool ELI_isLoaded() { return T::ELI_isLoaded(); }
};

} // namespace ELI

struct SST_ELI_element_version_extraction
{
    const unsigned major;
    const unsigned minor;
    const unsigned tertiary;
    constexpr unsigned getMajor() const { return major; }
    constexpr unsigned getMinor() const { return minor; }
    constexpr unsigned getTertiary() const { return tertiary; }
};
constexpr unsigned SST_ELI_getMajorNumberFromVersion(SST_ELI_element_version_extraction ver) { return ver.getMajor(); }
constexpr unsigned SST_ELI_getMinorNumberFromVersion(SST_ELI_element_version_extraction ver) { return ver.getMinor(); }
constexpr unsigned SST_ELI_getTertiaryNumberFromVersion(SST_ELI_element_version_extraction ver)
{
    return ver.getTertiary();
}

} // namespace SST

/** A base's info: the given policies, then the default ones (name, description, version). */
#define SST_ELI_DECLARE_INFO(...)                                                                          \
    using BuilderInfo = ::SST::ELI::BuilderInfoImpl<__VA_ARGS__, SST::ELI::ProvidesDefaultInfo, void>;     \
    static bool addInfo(const std::string& elemlib, const std::string& elem, BuilderInfo* info)            \
    {                                                                                                      \
        return ::SST::ELI::InfoDatabase::getLibrary<__LocalEliBase>(elemlib)->addInfo(elem, info);         \
    }                                                                                                      \
    SST_ELI_DECLARE_INFO_COMMON()

#define SST_ELI_DECLARE_DEFAULT_INFO()                                                                     \
    using BuilderInfo = ::SST::ELI::BuilderInfoImpl<SST::ELI::ProvidesDefaultInfo, void>;                  \
    template <class BuilderImpl>                                                                           \
    static bool addInfo(const std::string& elemlib, const std::string& elem, BuilderImpl* info)            \
    {                                                                                                      \
        return ::SST::ELI::InfoDatabase::getLibrary<__LocalEliBase>(elemlib)->addInfo(elem, info);         \
    }                                                                                                      \
    SST_ELI_DECLARE_INFO_COMMON()

#define SST_ELI_DECLARE_INFO_EXTERN(...)                                                                   \
    using BuilderInfo = ::SST::ELI::BuilderInfoImpl<SST::ELI::ProvidesDefaultInfo, __VA_ARGS__, void>;     \
    static bool addInfo(const std::string& elemlib, const std::string& elem, BuilderInfo* info);           \
    SST_ELI_DECLARE_INFO_COMMON()

#define SST_ELI_DECLARE_DEFAULT_INFO_EXTERN()                                                              \
    using BuilderInfo = ::SST::ELI::BuilderInfoImpl<SST::ELI::ProvidesDefaultInfo, void>;                  \
    static bool addInfo(const std::string& elemlib, const std::string& elem, BuilderInfo* info);           \
    SST_ELI_DECLARE_INFO_COMMON()

#define SST_ELI_DEFINE_INFO_EXTERN(base)                                                                   \
    bool base::addInfo(const std::string& elemlib, const std::string& elem, BuilderInfo* info)             \
    {                                                                                                      \
        return ::SST::ELI::InfoDatabase::getLibrary<__LocalEliBase>(elemlib)->addInfo(elem, info);         \
    }

#define SST_ELI_EXTERN_DERIVED(base, cls, lib, name, version, desc) \
    bool ELI_isLoaded();                                            \
    SST_ELI_DEFAULT_INFO(lib, name, ELI_FORWARD_AS_ONE(version), desc)

#define SST_ELI_FORCE_INSTANTIATION(base, cls)
#define SST_ELI_EXPORT(cls)

/** Registers cls under base: its builders and its info, when its library is loaded. */
#define SST_ELI_REGISTER_DERIVED(base, cls, lib, name, version, desc)                                            \
    [[maybe_unused]] static constexpr int __EliDerivedLevel =                                                    \
        std::is_same_v<base, cls> ? __EliBaseLevel : __EliBaseLevel + 1;                                         \
    static bool ELI_isLoaded()                                                                                   \
    {                                                                                                            \
        return SST::ELI::InstantiateBuilder<base, cls>::isLoaded() &&                                            \
               SST::ELI::InstantiateBuilderInfo<base, cls>::isLoaded();                                          \
    }                                                                                                            \
    SST_ELI_FORCE_INSTANTIATION(base, cls)                                                                       \
    SST_ELI_DEFAULT_INFO(lib, name, ELI_FORWARD_AS_ONE(version), desc)

#define SST_ELI_REGISTER_EXTERN(base, cls)                                                                       \
    bool cls::ELI_isLoaded()                                                                                     \
    {                                                                                                            \
        return SST::ELI::InstantiateBuilder<base, cls>::isLoaded() &&                                            \
               SST::ELI::InstantiateBuilderInfo<base, cls>::isLoaded();                                          \
    }

#endif
