// SPDX-License-Identifier: BSD-3-Clause
#include "environment.h"

#include "search_path.h"
#include "text.h"

#include <cstdlib>
#include <dlfcn.h>
#include <fstream>
#include <sys/stat.h>
#include <unistd.h>

namespace SST::Engine {

namespace {

std::string dirName(const std::string& path)
{
    const size_t slash = path.find_last_of('/');
    return slash == std::string::npos ? "." : slash == 0 ? "/" : path.substr(0, slash);
}

std::string userConfigFile()
{
    const char* home = std::getenv("HOME");
    return std::string(home ? home : "~") + "/.sst/sstsimulator.conf";
}

} // namespace

std::string enginePrefix()
{
    Dl_info info {};
    if ( dladdr(reinterpret_cast<void*>(&enginePrefix), &info) == 0 || !info.dli_fname ) return "/usr/local";
    char* real = realpath(info.dli_fname, nullptr);
    std::string lib = real ? real : info.dli_fname;
    std::free(real);
    return dirName(dirName(lib));
}

std::vector<std::string> configFiles()
{
    std::vector<std::string> candidates = { enginePrefix() + "/etc/sst/sstsimulator.conf", userConfigFile() };
    if ( const char* extra = std::getenv("SST_CONFIG_FILE_PATH") ) {
        const char* sep = std::getenv("SST_CONFIG_FILE_PATH_SEPARATOR");
        std::string list = extra;
        if ( sep && *sep && *sep != ':' )
            for ( char& c : list )
                if ( c == *sep ) c = ':';
        for ( auto& f : splitPath(list) )
            candidates.push_back(f);
    }
    std::vector<std::string> files;
    for ( auto& f : candidates )
        if ( ::access(f.c_str(), R_OK) == 0 ) files.push_back(f);
    return files;
}

ConfigGroups readConfigFile(const std::string& path)
{
    ConfigGroups  groups;
    std::ifstream in(path);
    std::string   line, group = "default";
    while ( std::getline(in, line) ) {
        line = trim(line);
        if ( line.empty() || line[0] == '#' ) continue;
        if ( line.front() == '[' && line.back() == ']' ) {
            group = trim(line.substr(1, line.size() - 2));
            groups[group];
            continue;
        }
        const size_t eq = line.find('=');
        if ( eq == std::string::npos ) continue;
        groups[group][trim(line.substr(0, eq))] = trim(line.substr(eq + 1));
    }
    return groups;
}

ConfigGroups readEnvironment()
{
    ConfigGroups all;
    for ( auto& file : configFiles() )
        for ( auto& [group, keys] : readConfigFile(file) )
            for ( auto& [key, value] : keys )
                all[group][key] = value;
    return all;
}

bool writeConfigFile(const std::string& path, const ConfigGroups& groups)
{
    std::ofstream out(path, std::ios::trunc);
    if ( !out ) return false;
    for ( auto& [group, keys] : groups ) {
        out << "[" << group << "]\n";
        for ( auto& [key, value] : keys )
            out << key << "=" << value << "\n";
        out << "\n";
    }
    return static_cast<bool>(out.flush());
}

std::string writableConfigFile()
{
    const std::string prefix_file = enginePrefix() + "/etc/sst/sstsimulator.conf";
    if ( ::access(prefix_file.c_str(), W_OK) == 0 ) return prefix_file;
    const std::string user = userConfigFile();
    ::mkdir(dirName(user).c_str(), 0755);
    return user;
}

} // namespace SST::Engine
