// SPDX-License-Identifier: BSD-3-Clause
// Element libraries: libNAME.so on the search path, loaded (RTLD_GLOBAL, so libraries share
// their ELI registries) the first time an element of NAME is asked for, as SST Core's loader does.
#include "sst/core/factory.h"

#include "port_name.h"
#include "search_path.h"

#include "sst/core/component.h"
#include "sst/core/model/element_python.h"
#include "sst/core/module.h"
#include "sst/core/output.h"
#include "sst/core/portModule.h"
#include "sst/core/subcomponent.h"

#include <cstdlib>
#include <cstring>
#include <dirent.h>
#include <dlfcn.h>
#include <fstream>
#include <memory>
#include <sys/stat.h>

namespace SST {

namespace Engine {
bool portMatches(const std::string& def, const std::string& offered)
{
    const char* x = def.c_str();
    const char* y = offered.c_str();
    if ( *x == '*' && *(x + 1) == '\0' ) return true;
    do {
        if ( *x == '%' && (*(x + 1) == '(' || *(x + 1) == 'd') ) {
            x++;
            if ( *x == '(' ) {
                while ( *x && *x != ')' )
                    x++;
                x++;
            }
            if ( *x != 'd' ) return false;
            x++;
            while ( *y && std::isdigit(static_cast<unsigned char>(*y)) )
                y++;
        }
        if ( *x != *y ) return false;
        if ( *x == '\0' ) return true;
        x++;
        y++;
    } while ( *x && *y );
    return *x == *y;
}

} // namespace Engine

namespace {
std::unique_ptr<Factory>& instance()
{
    static std::unique_ptr<Factory> f;
    return f;
}

Output& out() { return Output::getDefaultObject(); }

template <class Base>
auto* findInfo(const std::string& elemlib, const std::string& elem)
{
    return ELI::InfoDatabase::getLibrary<Base>(elemlib)->getInfo(elem);
}
} // namespace

Factory* Factory::getFactory()
{
    if ( !instance() ) instance() = std::make_unique<Factory>(Engine::joinPath(Engine::elementSearchPath({}, {})));
    return instance().get();
}

Factory* Factory::createFactory(const std::string& paths)
{
    instance() = std::make_unique<Factory>(paths);
    return instance().get();
}

Factory::Factory(const std::string& paths) : searchPaths(paths) { loaded_libraries.insert("sst"); }

Factory::~Factory() = default;

void Factory::updateSearchPaths(const std::string& paths) { searchPaths = paths; }

const std::string& Factory::getSearchPaths() { return searchPaths; }

std::vector<std::string> Factory::searchDirectories() const { return Engine::splitPath(searchPaths); }

std::pair<std::string, std::string> Factory::parseLoadName(const std::string& wholename)
{
    const size_t found = wholename.find('.');
    if ( found == std::string::npos ) {
        if ( wholename.empty() )
            out().output(CALL_INFO, "Warning: got empty element library. You might have a missing parameter that "
                                    "causes a default empty string.");
        return { wholename, wholename };
    }
    return { wholename.substr(0, found), wholename.substr(found + 1) };
}

bool Factory::loadLibrary(const std::string& name, std::ostream& err_os)
{
    std::lock_guard<std::recursive_mutex> lock(factoryMutex);
    if ( loaded_libraries.count(name) ) return true;
    // libNAME.so is loaded even when code already loaded registered elements under NAME: another
    // library may hold a few of NAME's (memHierarchy builds merlin's Bridge from its header).
    const bool verbose = std::getenv("SST_CORE_DL_VERBOSE") && std::atoi(std::getenv("SST_CORE_DL_VERBOSE")) > 0;
    const char* bind   = std::getenv("SST_CORE_DL_BIND_POLICY");
    const int   policy = (bind && (!std::strcmp(bind, "now") || !std::strcmp(bind, "NOW"))) ? RTLD_NOW | RTLD_GLOBAL
                                                                                          : RTLD_LAZY | RTLD_GLOBAL;
    std::vector<std::string> errors;
    bool                     found = false;
    for ( const std::string& dir : searchDirectories() ) {
        std::string path = dir + (dir.back() == '/' ? "" : "/") + "lib" + name + ".so";
        if ( verbose ) std::printf("SST-DL: Attempting to load %s\n", path.c_str());
        if ( dlopen(path.c_str(), policy) ) {
            if ( verbose ) std::printf("SST-DL: Load was successful.\n");
            found = true;
            break;
        }
        struct stat sb;
        const char* why = dlerror();
        if ( verbose ) std::printf("SST-DL: Loading failed, error: %s\n", why ? why : "");
        else if ( ::stat(path.c_str(), &sb) == 0 )
            errors.push_back("SST-DL: Loading failed for " + path + ", error: " + (why ? why : ""));
    }
    if ( !found && ELI::LoadedLibraries::isLoaded(name) ) { // no such file: a program's own elements
        loaded_libraries.insert(name);
        return true;
    }
    if ( !found ) {
        err_os << "Error: unable to find \"" << name << "\" element library\n";
        for ( auto& e : errors )
            err_os << e << "\n";
        return false;
    }
    if ( !errors.empty() ) {
        err_os << "Warning: library " << name
               << " was successfully loaded, but there was a failed attempt at loading a different version of the "
                  "library before the successful load.  Error message follows:\n";
        for ( auto& e : errors )
            err_os << e << "\n";
    }
    if ( !ELI::LoadedLibraries::isLoaded(name) ) return false;
    loaded_libraries.insert(name);
    return true;
}

bool Factory::hasLibrary(const std::string& elemlib, std::ostream& err_os) { return loadLibrary(elemlib, err_os); }

void Factory::requireLibrary(const std::string& elemlib, std::ostream& err_os)
{
    if ( elemlib == "sst" ) return;
    loadLibrary(elemlib, err_os);
}

void Factory::requireLibrary(const std::string& elemlib)
{
    if ( elemlib == "sst" ) return;
    std::ostringstream ignored;
    loadLibrary(elemlib, ignored);
}

void Factory::getLoadedLibraryNames(std::set<std::string>& lib_names)
{
    lib_names.insert(loaded_libraries.begin(), loaded_libraries.end());
}

void Factory::loadUnloadedLibraries(const std::set<std::string>& lib_names)
{
    for ( auto& n : lib_names )
        requireLibrary(n);
}

std::vector<std::string> Factory::availableLibraries()
{
    std::set<std::string> names(loaded_libraries.begin(), loaded_libraries.end());
    names.erase("sst");
    for ( const std::string& dir : searchDirectories() ) {
        DIR* d = opendir(dir.c_str());
        if ( !d ) continue;
        while ( dirent* e = readdir(d) ) {
            std::string f = e->d_name;
            if ( f.size() > 6 && f.compare(0, 3, "lib") == 0 && f.compare(f.size() - 3, 3, ".so") == 0 )
                names.insert(f.substr(3, f.size() - 6));
        }
        closedir(d);
    }
    return { names.begin(), names.end() };
}

void Factory::notFound(const std::string& baseName, const std::string& type, const std::string& error_msg)
{
    out().fatal(CALL_INFO, 1, "can't find requested element library '%s' with element type '%s'\n%s\n",
                baseName.c_str(), type.c_str(), error_msg.c_str());
}

bool Factory::isPortNameValid(const std::string& type, const std::string& port_name)
{
    auto [elemlib, elem] = parseLoadName(type);
    requireLibrary(elemlib);
    const std::vector<std::string>* ports = nullptr;
    if ( auto* info = findInfo<Component>(elemlib, elem) ) ports = &info->getPortnames();
    else if ( auto* sinfo = findInfo<SubComponent>(elemlib, elem) ) ports = &sinfo->getPortnames();
    if ( !ports ) out().fatal(CALL_INFO, 1, "can't find requested component or subcomponent '%s'\n ", type.c_str());
    for ( auto& p : *ports )
        if ( Engine::portMatches(p, port_name) ) return true;
    return false;
}

const std::vector<std::string>& Factory::getParamNames(const std::string& type)
{
    auto [elemlib, elem] = parseLoadName(type);
    requireLibrary(elemlib);
    if ( auto* info = findInfo<Component>(elemlib, elem) ) return info->getParamNames();
    if ( auto* info = findInfo<SubComponent>(elemlib, elem) ) return info->getParamNames();
    if ( auto* info = findInfo<Module>(elemlib, elem) ) return info->getParamNames();
    out().fatal(CALL_INFO, 1, "can't find requested element %s.\n ", type.c_str());
}

Component* Factory::CreateComponent(ComponentId_t id, const std::string& type, Params& params)
{
    auto [elemlib, elem] = parseLoadName(type);
    std::stringstream err;
    requireLibrary(elemlib, err);
    std::lock_guard<std::recursive_mutex> lock(factoryMutex);
    if ( auto* info = findInfo<Component>(elemlib, elem) )
        if ( auto* builders = Component::getBuilderLibrary(elemlib) )
            if ( auto* fact = builders->getBuilder(elem) ) {
                params.pushAllowedKeys(info->getParamNames());
                Component* ret = fact->create(id, params);
                params.popAllowedKeys();
                return ret;
            }
    out().fatal(CALL_INFO, 1, "can't find requested component '%s'\n%s\n", type.c_str(), err.str().c_str());
}

void Factory::RequireEvent(const std::string& eventname) { requireLibrary(parseLoadName(eventname).first); }

bool Factory::doesSubComponentExist(const std::string& type)
{
    auto [elemlib, elem] = parseLoadName(type);
    requireLibrary(elemlib);
    return findInfo<SubComponent>(elemlib, elem) != nullptr;
}

bool Factory::DoesSubComponentSlotExist(const std::string& type, const std::string& slotName)
{
    auto [elemlib, elem] = parseLoadName(type);
    std::stringstream err;
    requireLibrary(elemlib, err);
    auto has = [&](const std::vector<ElementInfoSubComponentSlot>& slots) {
        for ( auto& s : slots )
            if ( slotName == s.name ) return true;
        return false;
    };
    if ( auto* info = findInfo<Component>(elemlib, elem) ) return has(info->getSubComponentSlots());
    if ( auto* info = findInfo<SubComponent>(elemlib, elem) ) return has(info->getSubComponentSlots());
    out().fatal(CALL_INFO, 1, "can't find requested component/subcomponent '%s'\n%s\n", type.c_str(),
                err.str().c_str());
}

namespace {
const ElementInfoStatistic* findStat(const std::vector<ElementInfoStatistic>& stats, const std::string& name)
{
    for ( auto& s : stats )
        if ( name == s.name ) return &s;
    return nullptr;
}
} // namespace

uint8_t Factory::GetStatisticValidityAndEnableLevel(const std::string& type, const std::string& statistic_name)
{
    auto [elemlib, elem] = parseLoadName(type);
    std::stringstream err;
    requireLibrary(elemlib, err);
    const std::vector<ElementInfoStatistic>* stats = nullptr;
    if ( auto* info = findInfo<Component>(elemlib, elem) ) stats = &info->getValidStats();
    else if ( auto* sinfo = findInfo<SubComponent>(elemlib, elem) ) stats = &sinfo->getValidStats();
    else if ( auto* pinfo = findInfo<PortModule>(elemlib, elem) ) stats = &pinfo->getValidStats();
    if ( !stats ) out().fatal(CALL_INFO, 1, "can't find requested element '%s'\n%s\n", type.c_str(), err.str().c_str());
    const ElementInfoStatistic* s = findStat(*stats, statistic_name);
    return s ? s->enable_level : 255;
}

bool Factory::DoesComponentInfoStatisticNameExist(const std::string& type, const std::string& statistic_name)
{
    auto [elemlib, elem] = parseLoadName(type);
    std::stringstream err;
    requireLibrary(elemlib, err);
    if ( auto* info = findInfo<Component>(elemlib, elem) ) return findStat(info->getValidStats(), statistic_name);
    if ( auto* info = findInfo<SubComponent>(elemlib, elem) ) return findStat(info->getValidStats(), statistic_name);
    out().fatal(CALL_INFO, 1, "can't find requested component '%s'\n%s\n", type.c_str(), err.str().c_str());
}

std::string Factory::GetComponentInfoStatisticUnits(const std::string& type, const std::string& statistic_name)
{
    auto [elemlib, elem] = parseLoadName(type);
    std::stringstream err;
    requireLibrary(elemlib, err);
    const std::vector<ElementInfoStatistic>* stats = nullptr;
    if ( auto* info = findInfo<Component>(elemlib, elem) ) stats = &info->getValidStats();
    else if ( auto* sinfo = findInfo<SubComponent>(elemlib, elem) ) stats = &sinfo->getValidStats();
    if ( !stats ) out().fatal(CALL_INFO, 1, "can't find requested component '%s'\n%s\n", type.c_str(), err.str().c_str());
    const ElementInfoStatistic* s = findStat(*stats, statistic_name);
    return s && s->units ? s->units : "";
}

bool Factory::isProfilePointValid(const std::string& type, const std::string& point)
{
    auto [elemlib, elem] = parseLoadName(type);
    requireLibrary(elemlib);
    const std::vector<ElementInfoProfilePoint>* points = nullptr;
    if ( auto* info = findInfo<Component>(elemlib, elem) ) points = &info->getProfilePoints();
    else if ( auto* sinfo = findInfo<SubComponent>(elemlib, elem) ) points = &sinfo->getProfilePoints();
    if ( !points )
        out().fatal(CALL_INFO, 1,
                    "can't find requested component or subcomponent '%s' when searching for profile point\n ",
                    type.c_str());
    for ( auto& p : *points )
        if ( point == p.name ) return true;
    return false;
}

SSTElementPythonModule* Factory::getPythonModule(const std::string& name)
{
    // A library registers its Python module under its own name (SST_ELI_REGISTER_PYTHON_MODULE).
    std::lock_guard<std::recursive_mutex> lock(factoryMutex);
    auto                                  found = python_modules.find(name);
    if ( found != python_modules.end() ) return found->second.get();
    std::stringstream ignored;
    if ( !loadLibrary(name, ignored) ) return nullptr;
    auto* lib      = ELI::InfoDatabase::getLibrary<SSTElementPythonModule>(name);
    auto* builders = SSTElementPythonModule::getBuilderLibrary(name);
    auto* builder  = lib && lib->getInfo(name) && builders ? builders->getBuilder(name) : nullptr;
    if ( !builder ) return nullptr;
    return (python_modules[name] = std::unique_ptr<SSTElementPythonModule>(builder->create(name))).get();
}

} // namespace SST
