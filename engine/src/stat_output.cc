// SPDX-License-Identifier: BSD-3-Clause
#include "stat_output.h"

#include <cstdio>
#include <fstream>
#include <map>
#include <memory>
#include <set>
#include <stdexcept>
#include <string>

namespace SST::Engine::stat_output {
namespace {

const char* const kConsole = "sst.statOutputConsole";
const char* const kCSV     = "sst.statOutputCSV";
const char* const kJSON    = "sst.statOutputJSON";

std::string option(const ConfigGraph& g, const std::string& key, const std::string& fallback)
{
    auto it = g.stat_output_options.find(key);
    return it == g.stat_output_options.end() ? fallback : it->second;
}

std::string jsonEscape(const std::string& s)
{
    std::string out;
    for ( char c : s ) {
        if ( c == '"' || c == '\\' )
            out += std::string("\\") + c;
        else if ( static_cast<unsigned char>(c) < 0x20 ) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04x", c);
            out += buf;
        }
        else
            out += c;
    }
    return out;
}

struct OutFile
{
    explicit OutFile(const std::string& path) : path(path), os(path)
    {
        if ( !os ) throw std::runtime_error("statistic output: cannot open '" + path + "' for writing");
    }
    void close()
    {
        os.close();
        if ( !os ) throw std::runtime_error("statistic output: writing '" + path + "' failed");
    }
    std::string   path;
    std::ofstream os;
};

void writeConsole(const std::vector<const Statistics::StatisticBase*>& stats)
{
    // As SST Core's StatisticOutputConsole: one line a statistic, no header.
    for ( const auto* s : stats ) {
        std::string line = " " + s->getFullStatName() + " : " + s->getStatTypeName() + " : ";
        for ( const auto& f : s->getFields() )
            line += f.name + "." + f.type + " = " + f.value + "; ";
        std::printf("%s\n", line.c_str());
    }
}

void writeCSV(const ConfigGraph& g, const std::vector<const Statistics::StatisticBase*>& stats, SimTime_t now)
{
    const std::string sep = option(g, "separator", ", ");
    // Columns: the union of every statistic's fields, in first-seen order.
    std::vector<std::string> columns;
    std::set<std::string>    seen;
    for ( const auto* s : stats )
        for ( const auto& f : s->getFields() )
            if ( seen.insert(f.name + "." + f.type).second ) columns.push_back(f.name + "." + f.type);
    OutFile out(option(g, "filepath", "./StatisticOutput.csv"));
    out.os << "ComponentName" << sep << "StatisticName" << sep << "StatisticSubId" << sep << "StatisticType" << sep
           << "SimTime" << sep << "Rank";
    for ( const auto& c : columns )
        out.os << sep << c;
    out.os << "\n";
    for ( const auto* s : stats ) {
        std::map<std::string, std::string> values;
        for ( const auto& f : s->getFields() )
            values[f.name + "." + f.type] = f.value;
        out.os << s->getCompName() << sep << s->getStatName() << sep << s->getStatSubId() << sep
               << s->getStatTypeName() << sep << now << sep << 0;
        for ( const auto& c : columns )
            out.os << sep << (values.count(c) ? values[c] : "");
        out.os << "\n";
    }
    out.close();
}

/** A field's value as SST Core's JSON output prints it: integers as they are, floats as "%f ". */
std::string jsonValue(const Statistics::StatisticField& f)
{
    if ( f.type[0] != 'f' ) return f.value;
    char buf[64];
    std::snprintf(buf, sizeof buf, "%f ", std::stod(f.value));
    return buf;
}

// The layout of SST Core 16's StatisticOutputJSON (one rank), byte for byte: three spaces an
// indent level, each component with its simtime, each statistic as {"stat", "values": [...]}.
void writeJSON(const ConfigGraph& g, const std::vector<const Statistics::StatisticBase*>& stats, SimTime_t now)
{
    OutFile     out(option(g, "filepath", "./StatisticOutput.json"));
    auto        indent = [&](int level) {
        for ( int i = 0; i < level; ++i )
            out.os << "   ";
    };
    std::string current;
    out.os << "{\n";
    indent(1);
    out.os << "\"components\" : [\n";
    for ( size_t i = 0; i < stats.size(); ++i ) {
        const auto* s = stats[i];
        if ( i == 0 || s->getCompName() != current ) {
            if ( i != 0 ) {
                out.os << "\n";
                indent(3);
                out.os << "]\n";
                indent(2);
                out.os << "},\n";
            }
            indent(2);
            out.os << "{\n";
            indent(3);
            out.os << "\"name\" : \"" << jsonEscape(s->getCompName()) << "\",\n";
            indent(3);
            out.os << "\"simtime\" : " << now << ",\n";
            indent(3);
            out.os << "\"statistics\" : [\n";
            current = s->getCompName();
        }
        else
            out.os << ",\n";
        indent(4);
        out.os << "{ \"stat\" : \"" << jsonEscape(s->getStatName()) << "\", \"values\" : [ ";
        const auto fields = s->getFields();
        for ( size_t f = 0; f < fields.size(); ++f )
            out.os << (f ? ", " : "") << jsonValue(fields[f]);
        out.os << " ] }";
    }
    if ( !stats.empty() ) {
        out.os << "\n";
        indent(3);
        out.os << "]\n";
        indent(2);
        out.os << "}\n";
    }
    indent(1);
    out.os << "]\n}\n";
    out.close();
}

} // namespace

void validate(const ConfigGraph& g)
{
    static const std::map<std::string, std::set<std::string>> known = {
        { kConsole, {} },
        { kCSV, { "filepath", "separator" } },
        { kJSON, { "filepath" } },
    };
    auto it = known.find(g.stat_output);
    if ( it == known.end() )
        throw ConfigError("statistic output '" + g.stat_output + "' is not available (use " + kConsole + ", " + kCSV +
                          " or " + kJSON + ")");
    for ( const auto& [k, v] : g.stat_output_options )
        if ( !it->second.count(k) )
            throw ConfigError("statistic output '" + g.stat_output + "' has no option '" + k + "'");
}

void write(const ConfigGraph& g, const std::vector<const Statistics::StatisticBase*>& stats, SimTime_t now)
{
    if ( g.stat_output == kCSV )
        writeCSV(g, stats, now);
    else if ( g.stat_output == kJSON )
        writeJSON(g, stats, now);
    else
        writeConsole(stats);
}

} // namespace SST::Engine::stat_output
