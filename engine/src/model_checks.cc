// SPDX-License-Identifier: BSD-3-Clause
#include "model_checks.h"

#include "search_path.h"

#include "sst/core/component.h"
#include "sst/core/factory.h"
#include "sst/core/output.h"
#include "sst/core/subcomponent.h"
#include "sst/core/unitAlgebra.h"

#include <functional>
#include <sstream>

namespace SST::Engine {

namespace {

std::string describe(const ConfigComponent& cc)
{
    return (cc.parent ? "subcomponent '" + cc.fullName() : "component '" + cc.name) + "' (" + cc.type + ")";
}

template <class Base>
void checkType(const ConfigComponent& cc, const char* kind)
{
    Output&     def          = Output::getDefaultObject();
    const auto  [lib, elem]  = Factory::parseLoadName(cc.type);
    std::stringstream err;
    if ( !Factory::getFactory()->loadLibrary(lib, err) )
        def.fatal(CALL_INFO, 1, "%s: element library '%s' not found: no lib%s.so in the element search path (%s)\n",
                  describe(cc).c_str(), lib.c_str(), lib.c_str(), Factory::getFactory()->getSearchPaths().c_str());
    auto* infos = ELI::InfoDatabase::getLibrary<Base>(lib);
    if ( infos && infos->getInfo(elem) ) return;
    std::string have;
    if ( infos )
        for ( auto& [name, info] : infos->getMap() )
            have += (have.empty() ? "" : ", ") + name;
    def.fatal(CALL_INFO, 1, "%s: element library '%s' has no %s '%s' (it has: %s)\n", describe(cc).c_str(), lib.c_str(),
              kind, elem.c_str(), have.empty() ? "none" : have.c_str());
}

void checkComponent(const ConfigComponent& cc)
{
    // (A parameter documented without a default is not checked: SST Core does not require it, and
    // real elements document optional parameters that way, e.g. memHierarchy's standardInterface.)
    if ( cc.parent )
        checkType<SubComponent>(cc, "subcomponent");
    else
        checkType<Component>(cc, "component");
    for ( auto& sc : cc.subComponents )
        checkComponent(*sc);
}

void checkLatencies(ConfigModel& model)
{
    for ( ConfigLink& l : model.links )
        for ( int i = 0; i < l.count; ++i ) {
            const std::string& text = l.ends[i].latency.empty() ? l.default_latency : l.ends[i].latency;
            try {
                UnitAlgebra ua(text);
                if ( ua.isValueZero() ) continue;
                if ( ua.getValue().isNegative() )
                    Output::getDefaultObject().fatal(CALL_INFO, 1, "link '%s': latency '%s': a latency cannot be negative\n",
                                                     l.name.c_str(), text.c_str());
                if ( !ua.hasUnits("s") ) throw std::invalid_argument("not a time (units: " + ua.toString() + ")");
            }
            catch ( const std::exception& e ) {
                Output::getDefaultObject().fatal(CALL_INFO, 1, "link '%s': latency '%s': %s\n", l.name.c_str(),
                                                 text.c_str(), e.what());
            }
        }
}

} // namespace

void checkModel(ConfigModel& model)
{
    for ( auto& cc : model.components )
        checkComponent(*cc);
    checkLatencies(model);

    // Statistic groups enable their statistics on their components.
    for ( auto& [name, group] : model.stats.groups )
        for ( ComponentId_t id : group.components )
            if ( ConfigComponent* cc = model.findComponent(id) )
                for ( auto& [stat, params] : group.statMap )
                    cc->enableStatistic(stat, params, false);

    Output& def = Output::getDefaultObject();
    Output  err(def.getPrefix(), def.getVerboseLevel(), def.getVerboseMask(), Output::STDERR);
    bool    found_error = false;
    for ( ConfigLink& l : model.links ) {
        if ( l.count == 0 ) {
            err.output("WARNING:  Found unused link: %s\n", l.name.c_str());
            found_error = true;
        }
        else if ( l.count == 1 ) {
            err.output("WARNING:  Found dangling link: %s.  It is connected on one side to component %s.\n",
                       l.name.c_str(), l.ends[0].component->top()->name.c_str());
            found_error = true;
        }
    }
    // Every connected port is documented, and used by one link only.
    std::function<void(ConfigComponent&)> checkPorts = [&](ConfigComponent& cc) {
        std::map<std::string, std::string> used;
        for ( ConfigLink& l : model.links )
            for ( int j = 0; j < l.count; ++j ) {
                if ( l.ends[j].component != &cc ) continue;
                const std::string& port = l.ends[j].port;
                if ( !Factory::getFactory()->isPortNameValid(cc.type, port) )
                    def.fatal(CALL_INFO, 1,
                              "ERROR:  Attempting to connect to unknown port: %s, in component %s of type %s.\n",
                              port.c_str(), cc.name.c_str(), cc.type.c_str());
                auto [it, fresh] = used.emplace(port, l.name);
                if ( !fresh && it->second != l.name )
                    def.fatal(CALL_INFO, 1, "ERROR: Port %s of Component %s connected to two links: %s, %s.\n",
                              port.c_str(), cc.name.c_str(), l.name.c_str(), it->second.c_str());
            }
        for ( auto& sc : cc.subComponents )
            checkPorts(*sc);
    };
    if ( !found_error )
        for ( auto& cc : model.components )
            checkPorts(*cc);
    if ( found_error ) def.fatal(CALL_INFO, 1, "Structure errors found in the ConfigGraph.\n");
}

} // namespace SST::Engine
