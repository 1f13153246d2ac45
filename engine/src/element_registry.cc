// SPDX-License-Identifier: BSD-3-Clause
#include "element_registry.h"

#include "config_graph.h"

#include <algorithm>
#include <cctype>
#include <dirent.h>
#include <dlfcn.h>
#include <set>
#include <sys/stat.h>

namespace SST {
bool ELI::registerComponent(ComponentDoc doc)
{
    Engine::ElementRegistry::instance().add(std::move(doc));
    return true;
}
} // namespace SST

namespace SST::Engine {

ElementRegistry& ElementRegistry::instance()
{
    static ElementRegistry registry;
    return registry;
}

void ElementRegistry::add(ELI::ComponentDoc doc)
{
    auto& lib = libs_[doc.library];
    lib.emplace(doc.name, std::move(doc)); // the first registration of a name wins
}

std::string ElementRegistry::findLibraryFile(const std::string& lib) const
{
    for ( const auto& dir : search_path_ ) {
        std::string path = dir + "/lib" + lib + ".so";
        struct stat st;
        if ( ::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode) ) return path;
    }
    return "";
}

static std::string joined(const std::vector<std::string>& items, const char* sep = ", ")
{
    std::string out;
    for ( const auto& s : items )
        out += (out.empty() ? "" : sep) + s;
    return out.empty() ? "(empty)" : out;
}

void ElementRegistry::loadLibrary(const std::string& lib)
{
    if ( libs_.count(lib) ) return;
    bool valid = !lib.empty();
    for ( char ch : lib )
        valid &= std::isalnum(static_cast<unsigned char>(ch)) || ch == '_' || ch == '-';
    if ( !valid ) throw ConfigError("'" + lib + "' is not a valid element library name");
    std::string path = findLibraryFile(lib);
    if ( path.empty() )
        throw ConfigError("element library '" + lib + "' not found: no lib" + lib + ".so in the element search path " +
                          joined(search_path_, ":") + " (add directories with --add-lib-path or SST_LIB_PATH)");
    // Kept loaded for the life of the process: components' code lives there.
    if ( !::dlopen(path.c_str(), RTLD_NOW | RTLD_GLOBAL) )
        throw ConfigError("element library '" + lib + "' (" + path + ") failed to load: " + ::dlerror());
    if ( !libs_.count(lib) )
        throw ConfigError("element library '" + lib + "' (" + path + ") loaded but registers no components of library '" +
                          lib + "' (check the library name in SST_ELI_REGISTER_COMPONENT)");
}

const ELI::ComponentDoc& ElementRegistry::require(const std::string& type)
{
    size_t dot = type.find('.');
    if ( dot == std::string::npos || dot == 0 || dot + 1 == type.size() )
        throw ConfigError("element type '" + type + "' is not of the form library.Element");
    const std::string lib = type.substr(0, dot), name = type.substr(dot + 1);
    loadLibrary(lib);
    auto& comps = libs_.at(lib);
    auto  it    = comps.find(name);
    if ( it == comps.end() ) {
        std::vector<std::string> names;
        for ( const auto& kv : comps )
            names.push_back(kv.first);
        throw ConfigError("element library '" + lib + "' has no component '" + name + "' (it has: " + joined(names) + ")");
    }
    return it->second;
}

std::vector<const ELI::ComponentDoc*> ElementRegistry::components(const std::string& lib) const
{
    std::vector<const ELI::ComponentDoc*> out;
    auto                                  it = libs_.find(lib);
    if ( it != libs_.end() )
        for ( const auto& kv : it->second )
            out.push_back(&kv.second);
    return out;
}

std::vector<std::string> ElementRegistry::availableLibraries() const
{
    std::set<std::string> names;
    for ( const auto& kv : libs_ )
        names.insert(kv.first);
    for ( const auto& dir : search_path_ ) {
        DIR* d = ::opendir(dir.c_str());
        if ( !d ) continue;
        while ( dirent* e = ::readdir(d) ) {
            std::string f = e->d_name;
            if ( f.size() > 6 && f.compare(0, 3, "lib") == 0 && f.compare(f.size() - 3, 3, ".so") == 0 )
                names.insert(f.substr(3, f.size() - 6));
        }
        ::closedir(d);
    }
    return { names.begin(), names.end() };
}

bool portMatches(const std::string& pattern, const std::string& port)
{
    size_t p = 0, q = 0;
    while ( p < pattern.size() ) {
        if ( pattern[p] == '%' ) {
            // "%d" or "%(name)d": d_pos is where the 'd' must be.
            size_t d_pos = p + 1;
            if ( d_pos < pattern.size() && pattern[d_pos] == '(' ) {
                size_t close = pattern.find(')', d_pos);
                d_pos        = close == std::string::npos ? pattern.size() : close + 1;
            }
            if ( d_pos >= pattern.size() || pattern[d_pos] != 'd' ) return pattern.substr(p) == port.substr(q);
            size_t digits = q;
            while ( digits < port.size() && std::isdigit(static_cast<unsigned char>(port[digits])) )
                ++digits;
            if ( digits == q ) return false;
            q = digits;
            p = d_pos + 1;
            continue;
        }
        if ( q >= port.size() || port[q] != pattern[p] ) return false;
        ++p, ++q;
    }
    return q == port.size();
}

} // namespace SST::Engine
