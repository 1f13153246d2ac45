// SPDX-License-Identifier: BSD-3-Clause
#include "sst/core/util/filesystem.h"

#include <cstdlib>
#include <random>
#include <stdexcept>
#include <unistd.h>

namespace SST::Util {

std::mutex Filesystem::create_mutex_;

std::string Filesystem::getAbsolutePath(const std::string& path, std::string base_path)
{
    if ( path.rfind("~/", 0) == 0 ) {
        const char* home = std::getenv("HOME");
        if ( !home ) throw std::invalid_argument("Filesystem: ~/ in '" + path + "' but HOME is not set");
        return (std::filesystem::path(home) / path.substr(2)).lexically_normal().string();
    }
    std::filesystem::path p(path);
    if ( p.is_absolute() ) return p.lexically_normal().string();
    if ( base_path.empty() ) base_path = std::filesystem::current_path().string();
    if ( !std::filesystem::path(base_path).is_absolute() )
        throw std::invalid_argument("Filesystem: base path '" + base_path + "' is not absolute");
    return (std::filesystem::path(base_path) / p).lexically_normal().string();
}

std::string Filesystem::getAbsolutePath(const std::string& path)
{
    // As SST Core: ./ and ../ are taken from the working directory, not the base path.
    const bool from_cwd = path.rfind("./", 0) == 0 || path.rfind("../", 0) == 0;
    return getAbsolutePath(path, from_cwd ? std::string() : base_path_.string());
}

bool Filesystem::setBasePath(const std::string& base_path)
{
    std::filesystem::path p = getAbsolutePath(base_path, "");
    std::error_code       ec;
    if ( std::filesystem::exists(p, ec) ) {
        if ( !std::filesystem::is_directory(p, ec) || ::access(p.c_str(), W_OK) != 0 ) return false;
    }
    else { // the first existing ancestor must let us create it
        std::filesystem::path parent = p.parent_path();
        while ( !parent.empty() && !std::filesystem::exists(parent, ec) )
            parent = parent.parent_path();
        if ( parent.empty() || !std::filesystem::is_directory(parent, ec) || ::access(parent.c_str(), W_OK) != 0 )
            return false;
    }
    base_path_ = p;
    return true;
}

bool Filesystem::ensureDirectoryExists(std::filesystem::path p, bool strip_filename)
{
    std::filesystem::path dir = getAbsolutePath(p.string());
    if ( strip_filename ) dir = dir.parent_path();
    std::lock_guard<std::mutex> lock(create_mutex_);
    if ( std::filesystem::exists(dir) ) return ::access(dir.c_str(), W_OK) == 0;
    std::filesystem::create_directories(dir); // throws filesystem_error, as SST Core's
    return true;
}

std::string Filesystem::createUniqueDirectory(std::filesystem::path dir_name)
{
    std::filesystem::path       base = getAbsolutePath(dir_name.string());
    std::lock_guard<std::mutex> lock(create_mutex_);
    std::filesystem::path       dir = base;
    for ( int i = 1; std::filesystem::exists(dir); ++i )
        dir = base.string() + "_" + std::to_string(i);
    std::filesystem::create_directories(dir);
    return dir.string();
}

FILE* Filesystem::fopen(const std::string& filename, const char* mode)
{
    return std::fopen(getAbsolutePath(filename).c_str(), mode);
}

std::ofstream Filesystem::ofstream(const std::string& filename, std::ios_base::openmode mode)
{
    return std::ofstream(getAbsolutePath(filename), mode);
}

std::string Filesystem::getRandomName(size_t length)
{
    static const char chars[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    std::random_device rd;
    std::mt19937_64    gen(rd());
    std::string        name;
    for ( size_t i = 0; i < length; ++i )
        name += chars[gen() % (sizeof chars - 1)];
    return name;
}

} // namespace SST::Util
