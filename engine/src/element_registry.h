// SPDX-License-Identifier: BSD-3-Clause
// Element libraries: shared objects named libNAME.so on the element search
// path, loaded on first use of "NAME.Element"; loading runs the ELI
// registrations that fill this registry.
#ifndef SST_ENGINE_ELEMENT_REGISTRY_H
#define SST_ENGINE_ELEMENT_REGISTRY_H

#include "sst/core/elementinfo.h"

#include <map>
#include <string>
#include <vector>

namespace SST::Engine {

class ElementRegistry
{
public:
    static ElementRegistry& instance();

    void add(ELI::ComponentDoc doc);

    void                            setSearchPath(std::vector<std::string> dirs) { search_path_ = std::move(dirs); }
    const std::vector<std::string>& searchPath() const { return search_path_; }

    /** Loads libNAME.so if NAME is not registered yet; throws ConfigError saying why it failed. */
    void loadLibrary(const std::string& lib);
    /** The documentation of "lib.Element"; throws ConfigError naming what is missing. */
    const ELI::ComponentDoc& require(const std::string& type);
    /** Components of a loaded library, by name. */
    std::vector<const ELI::ComponentDoc*> components(const std::string& lib) const;
    /** Library names with a libNAME.so on the search path, plus those already registered. */
    std::vector<std::string> availableLibraries() const;

private:
    std::string findLibraryFile(const std::string& lib) const;

    std::map<std::string, std::map<std::string, ELI::ComponentDoc>> libs_;
    std::vector<std::string>                                        search_path_;
};

/** Matches a port name against an ELI pattern where %d (or %(name)d) stands for a decimal number. */
bool portMatches(const std::string& pattern, const std::string& port);

} // namespace SST::Engine

#endif
