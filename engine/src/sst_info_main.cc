// SPDX-License-Identifier: BSD-3-Clause
// `sst-info [options] [LIB | LIB.Element ...]`: prints the ELI documentation of element
// libraries, in SST Core 16's layout (so that its documentation and scripts apply).
#include "search_path.h"

#include "sst/core/component.h"
#include "sst/core/factory.h"
#include "sst/core/model/element_python.h"
#include "sst/core/module.h"
#include "sst/core/portModule.h"
#include "sst/core/statapi/statbase.h"
#include "sst/core/statapi/statoutput.h"
#include "sst/core/subcomponent.h"

#include <cstdio>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace {

struct InfoOptions
{
    bool                                       quiet = false, no_display = false, debug = false;
    std::optional<std::string>                 lib_path;
    std::vector<std::string>                   added_paths;
    std::map<std::string, std::set<std::string>> filters; // library -> elements (empty: all of it)
};

void addFilter(InfoOptions& o, const std::string& spec)
{
    const size_t dot = spec.find('.');
    auto&        elements = o.filters[spec.substr(0, dot)];
    if ( dot != std::string::npos ) elements.insert(spec.substr(dot + 1));
}

void usage()
{
    std::cout << "Usage: sst-info [options] [<element[.component|subcomponent]>]\n"
                 "  -h, --help               Print this help message\n"
                 "  -V, --version            Print SST release version\n"
                 "  -q, --quiet              Quiet/print summary only\n"
                 "  -d, --debug              Enable debugging messages\n"
                 "  -n, --nodisplay          Do not display output\n"
                 "  -l, --libs=LIBS          Element libraries to process (all, <element>) [default: all]\n"
                 "      --lib-path=PATH      The element search path (replaces SST_LIB_PATH and sstsimulator.conf)\n"
                 "      --add-lib-path=PATH  Directories searched before the rest of the element search path\n";
}

/** SST's options; returns -1 to go on, else the exit status. */
int parse(int argc, char** argv, InfoOptions& o)
{
    for ( int i = 1; i < argc; ++i ) {
        std::string arg = argv[i], value;
        const bool  has_value = arg.rfind("--", 0) == 0 && arg.find('=') != std::string::npos;
        if ( has_value ) {
            value = arg.substr(arg.find('=') + 1);
            arg   = arg.substr(0, arg.find('='));
        }
        auto take = [&](const char* name) {
            if ( has_value ) return true;
            if ( i + 1 >= argc ) {
                std::fprintf(stderr, "sst-info: option '%s' needs a value\n", name);
                return false;
            }
            value = argv[++i];
            return true;
        };
        if ( arg == "-h" || arg == "--help" ) return usage(), 0;
        if ( arg == "-V" || arg == "--version" ) return std::puts("SST-Core Version (16.0.0, embedded engine)"), 0;
        if ( arg == "-q" || arg == "--quiet" ) o.quiet = true;
        else if ( arg == "-d" || arg == "--debug" ) o.debug = true;
        else if ( arg == "-n" || arg == "--nodisplay" ) o.no_display = true;
        else if ( arg == "-l" || arg == "--libs" ) {
            if ( !take("--libs") ) return 1;
            if ( value != "all" ) addFilter(o, value);
        }
        else if ( arg == "--lib-path" ) {
            if ( !take("--lib-path") ) return 1;
            o.lib_path = value;
        }
        else if ( arg == "--add-lib-path" ) {
            if ( !take("--add-lib-path") ) return 1;
            o.added_paths.push_back(value);
        }
        else if ( arg == "-i" || arg == "--interactive" || arg == "-x" || arg == "--xml" ) {
            std::fprintf(stderr, "sst-info: option '%s' is not in the embedded engine (see docs/engine.md)\n",
                         arg.c_str());
            return 1;
        }
        else if ( !arg.empty() && arg[0] == '-' ) {
            std::fprintf(stderr, "sst-info: unknown option '%s'\n", arg.c_str());
            usage();
            return 1;
        }
        else
            addFilter(o, arg);
    }
    return -1;
}

class LibraryPrinter
{
public:
    LibraryPrinter(const InfoOptions& o, std::string lib) : opts_(o), lib_(std::move(lib))
    {
        auto it = o.filters.find(lib_);
        if ( it != o.filters.end() ) elements_ = it->second;
    }

    void print(std::ostream& os, int index) const
    {
        os << "================================================================================\n";
        os << "ELEMENT LIBRARY " << index << " = " << lib_ << " ()\n";
        printBase<SST::Component>(os);
        printBase<SST::SubComponent>(os);
        printBase<SST::Module>(os);
        printBase<SST::PortModule>(os);
        // (SST's partitioners and profile tools: no embedded registry holds them.)
        printBase<SST::SSTElementPythonModule>(os);
        printBase<SST::Statistics::StatisticOutput>(os);
        printBase<SST::Statistics::Statistic<uint32_t>>(os);
    }

private:
    template <class Base>
    void printBase(std::ostream& os) const
    {
        auto* lib = SST::ELI::InfoDatabase::getLibrary<Base>(lib_);
        if ( !lib || lib->numEntries() == 0 ) return; // as SST Core 16 prints it: nothing
        os << Base::ELI_baseName() << "s (" << lib->numEntries(true) << " total)\n";
        int idx = 0;
        for ( auto& [name, info] : lib->getMap() ) {
            const bool is_alias = info->getAlias() == name;
            const bool print    = elements_.empty() ? !is_alias : elements_.count(name) != 0;
            if ( !print ) continue;
            os << "   " << Base::ELI_baseName() << " " << idx++ << ": " << name << "\n";
            if ( !opts_.quiet ) info->toString(os);
            os << std::endl;
        }
    }

    const InfoOptions&    opts_;
    std::string           lib_;
    std::set<std::string> elements_;
};

} // namespace

int main(int argc, char** argv)
{
    InfoOptions opts;
    if ( int status = parse(argc, argv, opts); status >= 0 ) return status;

    const std::string search_path = SST::Engine::joinPath(SST::Engine::elementSearchPath(opts.lib_path, opts.added_paths));
    SST::Factory*     factory     = SST::Factory::createFactory(search_path);

    std::vector<std::string> libs;
    if ( opts.filters.empty() )
        libs = factory->availableLibraries();
    else
        for ( auto& [lib, elements] : opts.filters )
            libs.push_back(lib);

    std::vector<std::string> processed;
    for ( const std::string& lib : libs ) {
        if ( opts.debug ) std::printf("Looking for library \"%s\"\n", lib.c_str());
        std::stringstream err;
        if ( factory->loadLibrary(lib, err) ) {
            processed.push_back(lib);
            continue;
        }
        std::fprintf(stderr, "**** WARNING - UNABLE TO PROCESS LIBRARY = %s\n", lib.c_str());
        std::fprintf(stderr, "**** CHECK: Has this library been registered with sst-core using the 'sst-register' "
                             "utility?\n");
        std::fprintf(stderr, "**** CHECK: sst-info searches are case-sensitive\n");
        std::fprintf(stderr, "**** CHECK: Do not include the prefix or file extension when using the lib option.\n");
        std::fprintf(stderr, "**** EXAMPLE: 'sst-info -l PaintShop' to display model information from "
                             "libPaintShop.so\n");
        if ( !err.str().empty() ) std::cerr << err.str() << std::endl;
    }
    if ( !opts.no_display ) {
        std::cout << "PROCESSED " << processed.size() << " .so (SST ELEMENT) FILES FOUND IN DIRECTORY(s) "
                  << search_path << "\n";
        for ( auto& [lib, elements] : opts.filters ) {
            if ( elements.empty() ) std::printf("Filtering output on Element = \"%s\"\n", lib.c_str());
            for ( auto& e : elements )
                std::printf("Filtering output on Element = \"%s.%s\"\n", lib.c_str(), e.c_str());
        }
        for ( size_t i = 0; i < processed.size(); ++i )
            LibraryPrinter(opts, processed[i]).print(std::cout, static_cast<int>(i));
    }
    // SST exits 0 even when a library cannot be loaded; a script then has only the warning.
    // The embedded engine says so in its status too: a typo in a library name is an error.
    return processed.size() == libs.size() ? 0 : 1;
}
