// SPDX-License-Identifier: BSD-3-Clause
// Finds element libraries (libNAME.so on the element search path, loaded on first use of
// "NAME.Element") and builds elements of a given base from them.
#ifndef SST_CORE_FACTORY_H
#define SST_CORE_FACTORY_H

#include "sst/core/eli/elementinfo.h"
#include "sst/core/params.h"
#include "sst/core/sst_types.h"

#include <iostream>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <sstream>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

namespace SST {

class Component;
class SSTElementPythonModule;

namespace Engine {
class Simulation;
}

class Factory
{
public:
    static Factory* getFactory();
    static Factory* createFactory(const std::string& searchPaths);

    void                            updateSearchPaths(const std::string& paths);
    bool                            isPortNameValid(const std::string& type, const std::string& port_name);
    const std::vector<std::string>& getParamNames(const std::string& type);
    Component*                      CreateComponent(ComponentId_t id, const std::string& componentname, Params& params);
    void                            RequireEvent(const std::string& eventname);
    bool                            doesSubComponentExist(const std::string& type);

    template <class Base>
    bool isSubComponentLoadableUsingAPI(const std::string& type)
    {
        auto [elemlib, elem] = parseLoadName(type);
        requireLibrary(elemlib);
        std::lock_guard<std::recursive_mutex> lock(factoryMutex);
        auto* lib = ELI::InfoDatabase::getLibrary<Base>(elemlib);
        if ( !lib || !lib->getInfo(elem) ) return false;
        auto* builders = Base::getBuilderLibrary(elemlib);
        return builders && builders->getBuilder(elem);
    }

    template <class Base, int index, class InfoType>
    const InfoType& getSimpleInfo(const std::string& type)
    {
        static InfoType invalid{};
        auto [elemlib, elem] = parseLoadName(type);
        std::stringstream err;
        requireLibrary(elemlib, err);
        std::lock_guard<std::recursive_mutex> lock(factoryMutex);
        if ( auto* lib = ELI::InfoDatabase::getLibrary<Base>(elemlib) )
            if ( auto* info = lib->getInfo(elem) )
                if ( auto* cast = dynamic_cast<ELI::ProvidesSimpleInfo<index, InfoType>*>(info) )
                    return cast->getSimpleInfo();
        return invalid;
    }

    template <class Base, class... CtorArgs>
    Base* Create(const std::string& type, CtorArgs&&... args)
    {
        auto [elemlib, elem] = parseLoadName(type);
        std::stringstream err;
        requireLibrary(elemlib, err);
        std::lock_guard<std::recursive_mutex> lock(factoryMutex);
        if ( auto* lib = ELI::InfoDatabase::getLibrary<Base>(elemlib) )
            if ( lib->getInfo(elem) )
                if ( auto* builders = Base::getBuilderLibrary(elemlib) )
                    if ( auto* fact = builders->getBuilder(elem) ) return fact->create(std::forward<CtorArgs>(args)...);
        notFound(Base::ELI_baseName(), type, err.str());
    }

    /** As Create(), with params checked against the element's documented parameters while it is built. */
    template <class Base, class... CtorArgs>
    Base* CreateWithParams(const std::string& type, SST::Params& params, CtorArgs&&... args)
    {
        auto [elemlib, elem] = parseLoadName(type);
        std::stringstream err;
        requireLibrary(elemlib, err);
        std::lock_guard<std::recursive_mutex> lock(factoryMutex);
        if ( auto* lib = ELI::InfoDatabase::getLibrary<Base>(elemlib) )
            if ( auto* info = lib->getInfo(elem) )
                if ( auto* builders = Base::getBuilderLibrary(elemlib) )
                    if ( auto* fact = builders->getBuilder(elem) ) {
                        params.pushAllowedKeys(info->getParamNames());
                        Base* ret = fact->create(std::forward<CtorArgs>(args)...);
                        params.popAllowedKeys();
                        return ret;
                    }
        notFound(Base::ELI_baseName(), type, err.str());
    }

    SSTElementPythonModule* getPythonModule(const std::string& name);
    bool                    hasLibrary(const std::string& elemlib, std::ostream& err_os);
    void                    requireLibrary(const std::string& elemlib, std::ostream& err_os);
    void                    requireLibrary(const std::string& elemlib);
    void                    getLoadedLibraryNames(std::set<std::string>& lib_names);
    void                    loadUnloadedLibraries(const std::set<std::string>& lib_names);
    const std::string&      getSearchPaths();
    bool                    DoesSubComponentSlotExist(const std::string& type, const std::string& slotName);
    bool        DoesComponentInfoStatisticNameExist(const std::string& type, const std::string& statistic_name);
    std::string GetComponentInfoStatisticUnits(const std::string& type, const std::string& statistic_name);
    /** The statistic's enable level for a component or SubComponent type, or 255 if it is not documented. */
    uint8_t     GetStatisticValidityAndEnableLevel(const std::string& type, const std::string& statistic_name);
    bool        isProfilePointValid(const std::string& type, const std::string& point);

    explicit Factory(const std::string& searchPaths);
    ~Factory();
    Factory(const Factory&)            = delete;
    Factory& operator=(const Factory&) = delete;

    /** "lib.elem" split; a name without a dot is fatal. */
    static std::pair<std::string, std::string> parseLoadName(const std::string& wholename);
    /** The directories searched, in order. */
    std::vector<std::string> searchDirectories() const;
    /** Library names with a libNAME.so in the search directories, and those already loaded. */
    std::vector<std::string> availableLibraries();
    /** Loads libNAME.so if needed; false (with the reason in err_os) if it cannot. */
    bool loadLibrary(const std::string& name, std::ostream& err_os);

private:
    [[noreturn]] void notFound(const std::string& baseName, const std::string& type, const std::string& errorMsg);

    std::set<std::string> loaded_libraries;
    std::string           searchPaths;
    std::recursive_mutex  factoryMutex;
    // A library's Python module, made on the first `import sst.<library>`.
    std::map<std::string, std::unique_ptr<SSTElementPythonModule>> python_modules;
};

} // namespace SST

#endif
