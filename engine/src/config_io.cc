// SPDX-License-Identifier: BSD-3-Clause
// SST Core's configuration files: the JSON of --output-json (read back by `sst FILE.json`),
// the Python of --output-config and the GraphViz graph of --output-dot. The JSON layout is SST
// Core 16's (sst/core/model/cfgoutput/jsonConfigOutput.cc and model/json/jsonmodel.cc), so a
// file written by either engine loads on the other.
#include "config_io.h"

#include "sst/core/output.h"

#include <fstream>
#include <functional>
#include <nlohmann/json.hpp>

namespace SST::Engine {

namespace {

using ordered_json = nlohmann::ordered_json;

Output& out() { return Output::getDefaultObject(); }

std::ofstream openForWriting(const std::string& path, const char* what)
{
    std::ofstream f(path);
    if ( !f ) out().fatal(CALL_INFO, 1, "ERROR: cannot write the %s file '%s'\n", what, path.c_str());
    return f;
}

template <class Keys>
ordered_json paramsJson(const Params& params, const Keys& keys)
{
    ordered_json j = ordered_json::object();
    for ( const auto& k : keys )
        j[k] = params.find<std::string>(k);
    return j;
}

/** The program options that shape the run, as sst.setProgramOption keys: those not at their defaults. */
std::vector<std::pair<std::string, std::string>> programOptions(const SimOptions& o)
{
    const SimOptions                                 d;
    std::vector<std::pair<std::string, std::string>> v = { { "stop-at", o.stop_at }, { "timebase", o.timebase } };
    if ( o.verbose != d.verbose ) v.emplace_back("verbose", std::to_string(o.verbose));
    if ( o.heartbeat_sim_period != d.heartbeat_sim_period ) v.emplace_back("heartbeat-sim-period", o.heartbeat_sim_period);
    if ( o.heartbeat_wall_period != d.heartbeat_wall_period )
        v.emplace_back("heartbeat-wall-period", std::to_string(o.heartbeat_wall_period));
    if ( o.output_core_prefix != d.output_core_prefix ) v.emplace_back("output-prefix-core", o.output_core_prefix);
    return v;
}

void statisticsJson(const ConfigComponent& cc, ordered_json& rec)
{
    if ( cc.enabledAllStats ) rec["statistics_options"]["enable_all_statistics"] = true;
    if ( cc.statLoadLevel != STATISTICLOADLEVELUNINITIALIZED )
        rec["statistics_options"]["statistic_load_level"] = cc.statLoadLevel;
    if ( cc.enabledStatNames.empty() ) return;
    ordered_json stats = ordered_json::array();
    ConfigComponent* top = const_cast<ConfigComponent&>(cc).top();
    for ( auto& [name, id] : cc.enabledStatNames ) {
        ordered_json s = ordered_json::object();
        auto         it = top->statistics.find(id);
        if ( it != top->statistics.end() && it->second.shared ) {
            s["shared"]      = true;
            s["shared_name"] = it->second.name;
        }
        s["name"] = name;
        if ( it != top->statistics.end() && !it->second.params.getKeys().empty() )
            s["params"] = paramsJson(it->second.params, it->second.params.getKeys());
        stats.push_back(s);
    }
    rec["statistics"] = stats;
}

ordered_json componentJson(const ConfigComponent& cc, bool partition)
{
    ordered_json rec = ordered_json::object();
    if ( cc.parent ) {
        rec["slot_name"]   = cc.name;
        rec["slot_number"] = cc.slot_num;
    }
    else
        rec["name"] = cc.name;
    rec["type"] = cc.type;
    statisticsJson(cc, rec);
    const auto keys = ConfigModel::localKeys(cc.params);
    if ( !keys.empty() ) rec["params"] = paramsJson(cc.params, keys);
    const auto sets = ConfigModel::subscribedSets(cc.params);
    if ( !sets.empty() ) rec["params_shared_sets"] = sets;
    if ( !cc.subComponents.empty() ) {
        ordered_json subs = ordered_json::array();
        for ( auto& sc : cc.subComponents )
            subs.push_back(componentJson(*sc, false));
        rec["subcomponents"] = subs;
    }
    if ( partition ) {
        rec["partition"]["rank"]   = cc.rank;
        rec["partition"]["thread"] = cc.thread;
    }
    if ( !cc.port_modules.empty() ) {
        ordered_json pms = ordered_json::array();
        for ( auto& [port, list] : cc.port_modules )
            for ( auto& pm : list ) {
                ordered_json p = ordered_json::object();
                p["port"]      = port;
                p["type"]      = pm.type;
                if ( pm.stat_load_level != STATISTICLOADLEVELUNINITIALIZED ) {
                    p["statistics_options"]["statistic_load_level"]  = pm.stat_load_level;
                    p["statistics_options"]["enable_all_statistics"] = true;
                }
                if ( !pm.params.getKeys().empty() ) p["params"] = paramsJson(pm.params, pm.params.getKeys());
                pms.push_back(p);
            }
        rec["port_modules"] = pms;
    }
    return rec;
}

std::string latencyOf(const ConfigLink& l, int end)
{
    return l.ends[end].latency.empty() ? l.default_latency : l.ends[end].latency;
}

// ---- reading ----

std::string text(const ordered_json& j)
{
    if ( j.is_string() ) return j.get<std::string>();
    if ( j.is_boolean() ) return j.get<bool>() ? "1" : "0";
    return j.dump();
}

void loadParams(const ordered_json& rec, Params& params)
{
    if ( rec.contains("params") )
        for ( auto& [k, v] : rec["params"].items() )
            params.insert(k, text(v));
    if ( rec.contains("params_shared_sets") )
        for ( auto& set : rec["params_shared_sets"] )
            ConfigModel::addSharedParamSet(params, set.get<std::string>());
}

void loadStatistics(const ordered_json& rec, ConfigComponent& cc)
{
    if ( rec.contains("statistics_options") ) {
        const auto& so = rec["statistics_options"];
        if ( so.contains("statistic_load_level") )
            cc.setStatisticLoadLevel(static_cast<uint8_t>(so["statistic_load_level"].get<int>()), false);
        if ( so.value("enable_all_statistics", false) ) cc.enableStatistic(STATALLFLAG, Params(), false);
    }
    if ( rec.contains("statistics") )
        for ( auto& s : rec["statistics"] ) {
            Params p;
            loadParams(s, p);
            cc.enableStatistic(s.at("name").get<std::string>(), p, false);
        }
}

void loadSubComponents(const ordered_json& rec, ConfigComponent& cc, const std::string& path)
{
    if ( !rec.contains("subcomponents") ) return;
    for ( auto& s : rec["subcomponents"] ) {
        const std::string slot = s.at("slot_name").get<std::string>();
        ConfigComponent*  sc =
            cc.addSubComponent(slot, s.at("type").get<std::string>(), s.value("slot_number", 0));
        if ( !sc )
            out().fatal(CALL_INFO, 1, "ERROR: %s: component %s has two subcomponents in slot %s[%d]\n", path.c_str(),
                        cc.fullName().c_str(), slot.c_str(), s.value("slot_number", 0));
        loadParams(s, sc->params);
        loadStatistics(s, *sc);
        loadSubComponents(s, *sc, path);
    }
}

ConfigComponent* findByFullName(ConfigModel& model, const std::string& full)
{
    // "comp:slot[n]:slot[m]": the top component, then each SubComponent by slot and number.
    const size_t     colon = full.find(':');
    ConfigComponent* cc    = model.findComponentByName(full.substr(0, colon));
    size_t           pos   = colon;
    while ( cc && pos != std::string::npos ) {
        const size_t next = full.find(':', pos + 1);
        std::string  part = full.substr(pos + 1, next == std::string::npos ? std::string::npos : next - pos - 1);
        const size_t lb   = part.find('[');
        std::string  slot = part.substr(0, lb);
        int          num  = lb == std::string::npos ? 0 : std::atoi(part.c_str() + lb + 1);
        ConfigComponent* found = nullptr;
        for ( auto& sc : cc->subComponents )
            if ( sc->name == slot && sc->slot_num == num ) found = sc.get();
        cc  = found;
        pos = next;
    }
    return cc;
}

} // namespace

void loadJsonConfig(const std::string& path, SimOptions& options, ConfigModel& model)
{
    std::ifstream in(path);
    if ( !in ) out().fatal(CALL_INFO, 1, "ERROR: cannot read the JSON configuration '%s'\n", path.c_str());
    ordered_json j;
    try {
        j = ordered_json::parse(in);
    }
    catch ( const std::exception& e ) {
        out().fatal(CALL_INFO, 1, "ERROR: %s is not valid JSON: %s\n", path.c_str(), e.what());
    }
    try {
        // SST Core writes every option; an empty value is the option's default.
        if ( j.contains("program_options") )
            for ( auto& [k, v] : j["program_options"].items() )
                if ( !text(v).empty() ) options.setFromModel(k, text(v));
        if ( j.contains("shared_params") && j["shared_params"].is_object() )
            for ( auto& [set, kv] : j["shared_params"].items() )
                for ( auto& [k, v] : kv.items() )
                    ConfigModel::insertShared(set, k, text(v));
        if ( j.contains("statistics_options") && j["statistics_options"].is_object() ) {
            const auto& so = j["statistics_options"];
            if ( so.contains("statisticLoadLevel") )
                model.stats.load_level = static_cast<uint8_t>(so["statisticLoadLevel"].get<int>());
            if ( so.contains("statisticOutput") ) {
                ConfigStatOutput output { so["statisticOutput"].get<std::string>(), Params() };
                loadParams(so, output.params);
                model.stats.outputs = { output };
            }
        }
        if ( j.contains("components") && j["components"].is_array() )
            for ( auto& c : j["components"] ) {
                ConfigComponent* cc = model.addComponent(c.at("name").get<std::string>(), c.at("type").get<std::string>());
                loadParams(c, cc->params);
                loadStatistics(c, *cc);
                loadSubComponents(c, *cc, path);
                if ( c.contains("port_modules") )
                    for ( auto& p : c["port_modules"] ) {
                        ConfigPortModule pm;
                        pm.type = p.at("type").get<std::string>();
                        loadParams(p, pm.params);
                        cc->port_modules[p.at("port").get<std::string>()].push_back(pm);
                    }
            }
        if ( j.contains("links") && j["links"].is_array() )
            for ( auto& l : j["links"] ) {
                size_t link                  = model.addLink(l.at("name").get<std::string>(), "");
                model.links[link].no_cut     = l.value("noCut", false);
                for ( const char* side : { "left", "right" } ) {
                    const auto&       e    = l.at(side);
                    const std::string comp = e.at("component").get<std::string>();
                    ConfigComponent*  cc   = findByFullName(model, comp);
                    if ( !cc )
                        out().fatal(CALL_INFO, 1, "ERROR: %s: link %s names component %s, which the file does not define\n",
                                    path.c_str(), model.links[link].name.c_str(), comp.c_str());
                    model.connect(link, cc, e.at("port").get<std::string>(), e.at("latency").get<std::string>());
                }
            }
    }
    catch ( const nlohmann::json::exception& e ) {
        out().fatal(CALL_INFO, 1, "ERROR: %s: not an SST configuration: %s\n", path.c_str(), e.what());
    }
    catch ( const std::exception& e ) {
        out().fatal(CALL_INFO, 1, "ERROR: %s: %s\n", path.c_str(), e.what());
    }
}

void writeJsonConfig(const ConfigModel& model, const SimOptions& options, const std::string& path)
{
    std::ofstream f = openForWriting(path, "--output-json");
    f << "{\n";
    ordered_json po = ordered_json::object();
    for ( auto& [k, v] : programOptions(options) )
        po[k] = v;
    f << "\"program_options\":" << po.dump(2) << ",\n";
    const auto sets = ConfigModel::sharedSetNames();
    if ( !sets.empty() ) {
        ordered_json sp = ordered_json::object();
        for ( auto& set : sets )
            for ( auto& [k, v] : ConfigModel::sharedSet(set) )
                if ( k != "<set_name>" ) sp[set][k] = v;
        f << "\"shared_params\":" << sp.dump(2) << ",\n";
    }
    ordered_json so = ordered_json::object();
    so["statisticLoadLevel"] = model.stats.load_level;
    if ( !model.stats.outputs.empty() ) {
        so["statisticOutput"] = model.stats.outputs[0].type;
        if ( !model.stats.outputs[0].params.getKeys().empty() )
            so["params"] = paramsJson(model.stats.outputs[0].params, model.stats.outputs[0].params.getKeys());
    }
    f << "\"statistics_options\":" << so.dump(2) << ",\n";
    if ( model.components.empty() )
        f << "\"components\": null,\n";
    else {
        f << "\"components\": [\n";
        for ( size_t i = 0; i < model.components.size(); ++i )
            f << componentJson(*model.components[i], !options.output_partition.empty()).dump(2)
              << (i + 1 == model.components.size() ? "\n" : ",\n");
        f << "],\n";
    }
    if ( model.links.empty() )
        f << "\"links\": null\n";
    else {
        f << "\"links\": [\n";
        for ( size_t i = 0; i < model.links.size(); ++i ) {
            const ConfigLink& l = model.links[i];
            ordered_json      r = ordered_json::object();
            r["name"]           = l.name;
            r["noCut"]          = l.no_cut;
            r["nonlocal"]       = false;
            const char* side[2] = { "left", "right" };
            for ( int e = 0; e < 2 && e < l.count; ++e ) {
                r[side[e]]["component"] = l.ends[e].component->fullName();
                r[side[e]]["port"]      = l.ends[e].port;
                r[side[e]]["latency"]   = latencyOf(l, e);
            }
            f << r.dump(2) << (i + 1 == model.links.size() ? "\n" : ",\n");
        }
        f << "]\n";
    }
    f << "}\n";
}

namespace {

std::string pyQuote(const std::string& s)
{
    std::string q = "\"";
    for ( char c : s ) {
        if ( c == '"' || c == '\\' ) q += '\\';
        if ( c == '\n' ) {
            q += "\\n";
            continue;
        }
        q += c;
    }
    return q + "\"";
}

template <class Keys>
std::string pyDict(const Params& params, const Keys& keys)
{
    std::string d = "{";
    for ( const std::string& k : keys )
        d += (d.size() > 1 ? ", " : "") + pyQuote(k) + ": " + pyQuote(params.find<std::string>(k));
    return d + "}";
}

class PythonWriter
{
public:
    explicit PythonWriter(std::ofstream& f) : f_(f) {}

    void component(const ConfigComponent& cc, const std::string& var)
    {
        vars_[&cc] = var;
        const auto keys = ConfigModel::localKeys(cc.params);
        if ( !keys.empty() ) f_ << var << ".addParams(" << pyDict(cc.params, keys) << ")\n";
        for ( auto& set : ConfigModel::subscribedSets(cc.params) )
            f_ << var << ".addSharedParamSet(" << pyQuote(set) << ")\n";
        if ( !cc.parent && (cc.rank || cc.thread) ) f_ << var << ".setRank(" << cc.rank << ", " << cc.thread << ")\n";
        if ( cc.statLoadLevel != STATISTICLOADLEVELUNINITIALIZED )
            f_ << var << ".setStatisticLoadLevel(" << int(cc.statLoadLevel) << ")\n";
        if ( cc.enabledAllStats )
            f_ << var << ".enableAllStatistics(" << pyDict(cc.allStatConfig.params, cc.allStatConfig.params.getKeys())
               << ")\n";
        ConfigComponent* top = const_cast<ConfigComponent&>(cc).top();
        for ( auto& [name, id] : cc.enabledStatNames ) {
            auto it = top->statistics.find(id);
            if ( it == top->statistics.end() || (cc.enabledAllStats && name == STATALLFLAG) ) continue;
            f_ << var << ".enableStatistics([" << pyQuote(name) << "], "
               << pyDict(it->second.params, it->second.params.getKeys()) << ")\n";
        }
        int n = 0;
        for ( auto& sc : cc.subComponents ) {
            const std::string sub = var + "_sub" + std::to_string(n++);
            f_ << sub << " = " << var << ".setSubComponent(" << pyQuote(sc->name) << ", " << pyQuote(sc->type) << ", "
               << sc->slot_num << ")\n";
            component(*sc, sub);
        }
    }
    const std::string& var(const ConfigComponent* cc) { return vars_.at(cc); }

private:
    std::ofstream&                                     f_;
    std::map<const ConfigComponent*, std::string>      vars_;
};

} // namespace

void writePythonConfig(const ConfigModel& model, const SimOptions& options, const std::string& path)
{
    std::ofstream f = openForWriting(path, "--output-config");
    f << "# Automatically generated by SST\nimport sst\n\n";
    f << "# Define SST Program Options:\n";
    for ( auto& [k, v] : programOptions(options) )
        f << "sst.setProgramOption(" << pyQuote(k) << ", " << pyQuote(v) << ")\n";
    f << "\n# Define the shared parameter sets:\n";
    for ( auto& set : ConfigModel::sharedSetNames() ) {
        f << "sst.addSharedParams(" << pyQuote(set) << ", {\n";
        for ( auto& [k, v] : ConfigModel::sharedSet(set) )
            if ( k != "<set_name>" ) f << "    " << pyQuote(k) << " : " << pyQuote(v) << ",\n";
        f << "})\n";
    }
    f << "\n# Define the SST Components:\n";
    PythonWriter w(f);
    for ( size_t i = 0; i < model.components.size(); ++i ) {
        const ConfigComponent& cc  = *model.components[i];
        const std::string      var = "comp" + std::to_string(i);
        f << var << " = sst.Component(" << pyQuote(cc.name) << ", " << pyQuote(cc.type) << ")\n";
        w.component(cc, var);
        for ( auto& [port, list] : cc.port_modules )
            for ( auto& pm : list )
                f << var << ".addPortModule(" << pyQuote(port) << ", " << pyQuote(pm.type) << ", "
                  << pyDict(pm.params, pm.params.getKeys()) << ")\n";
    }
    f << "\n# Define the SST Links:\n";
    for ( size_t i = 0; i < model.links.size(); ++i ) {
        const ConfigLink& l   = model.links[i];
        const std::string var = "link" + std::to_string(i);
        f << var << " = sst.Link(" << pyQuote(l.name) << ")\n";
        if ( l.no_cut ) f << var << ".setNoCut()\n";
        if ( l.count == 2 )
            f << var << ".connect((" << w.var(l.ends[0].component) << ", " << pyQuote(l.ends[0].port) << ", "
              << pyQuote(latencyOf(l, 0)) << "), (" << w.var(l.ends[1].component) << ", " << pyQuote(l.ends[1].port)
              << ", " << pyQuote(latencyOf(l, 1)) << "))\n";
    }
    f << "\n# Define SST Statistics Options:\n";
    f << "sst.setStatisticLoadLevel(" << int(model.stats.load_level) << ")\n";
    if ( !model.stats.outputs.empty() )
        f << "sst.setStatisticOutput(" << pyQuote(model.stats.outputs[0].type) << ", "
          << pyDict(model.stats.outputs[0].params, model.stats.outputs[0].params.getKeys()) << ")\n";
    f << "# End of generated output.\n";
}

void writeDotConfig(const ConfigModel& model, const SimOptions&, const std::string& path)
{
    std::ofstream f = openForWriting(path, "--output-dot");
    f << "graph \"sst_simulation\" {\n\toverlap=scale;\n\tsplines=spline;\n"
      << "\tnode [shape=record];\n\tgraph [style=invis];\n\n";
    for ( size_t i = 0; i < model.components.size(); ++i )
        f << "\t" << model.components[i]->id << " [label=\"{" << model.components[i]->name << "\\n"
          << model.components[i]->type << "}\"];\n";
    f << "\n";
    for ( const ConfigLink& l : model.links )
        if ( l.count == 2 )
            f << "\t" << l.ends[0].component->top()->id << " -- " << l.ends[1].component->top()->id << " [label=\""
              << l.name << "\"];\n";
    f << "}\n";
}

} // namespace SST::Engine
