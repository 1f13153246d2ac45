// SPDX-License-Identifier: BSD-3-Clause
// SST::Util::Filesystem, as SST Core 16 declares it: paths relative to a base directory (the
// run's --output-directory, for elements), with ~/ for the home directory.
#ifndef SST_CORE_UTIL_FILESYSTEM_H
#define SST_CORE_UTIL_FILESYSTEM_H

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <string>

namespace SST::Util {

class Filesystem
{
public:
    Filesystem() = default;

    /** Relative paths are then taken from base_path (made absolute); false if it cannot be used. */
    bool setBasePath(const std::string& base_path);
    /** Creates p (or its directory, with strip_filename) if needed; false if it exists but is not writable. */
    bool ensureDirectoryExists(std::filesystem::path p, bool strip_filename = false);
    /** Creates dir_name, or dir_name_1, _2, ... if it exists; returns the absolute path made. */
    std::string   createUniqueDirectory(std::filesystem::path dir_name);
    FILE*         fopen(const std::string& filename, const char* mode);
    std::string   getAbsolutePath(const std::string& path);
    std::ofstream ofstream(const std::string& filename, std::ios_base::openmode mode = std::ios_base::out);
    std::string   getBasePath() const { return base_path_.string(); }

    /** path made absolute: from base_path (absolute, or "" for the working directory), ~/ from $HOME. */
    static std::string getAbsolutePath(const std::string& path, std::string base_path);
    static std::string getRandomName(size_t length = 8);

private:
    std::filesystem::path base_path_;
    static std::mutex     create_mutex_;
};

} // namespace SST::Util

#endif
