// SPDX-License-Identifier: BSD-3-Clause
// The statistic outputs of SST Core, in its formats: sst.statOutputConsole, sst.statOutputTXT,
// sst.statOutputCSV and sst.statOutputJSON (element library "sst").
#include "simulation.h"

#include "sst/core/statapi/statgroup.h"
#include "sst/core/statapi/statoutput.h"
#include "sst/core/stringize.h"

#include <cerrno>
#include <cinttypes>
#include <cstdarg>
#include <cstdio>
#include <cstring>

namespace SST::Statistics {

namespace {
Engine::Simulation& sim() { return *Engine::Simulation::get(); }
} // namespace

// ---- StatisticOutput / StatisticFieldsOutput ----

StatisticOutput::StatisticOutput(Params& outputParameters) : m_outputParameters(outputParameters) {}

void StatisticOutput::serialize_order(Core::Serialization::serializer& ser)
{
    SST_SER(m_statOutputName);
    SST_SER(m_outputParameters);
}

void StatisticOutput::outputGroup(StatisticGroup* group, bool endOfSimFlag)
{
    lock();
    startOutputGroup(group);
    for ( auto* stat : group->stats ) {
        output(stat, endOfSimFlag);
        if ( !endOfSimFlag && stat->getFlagResetCountOnOutput() ) stat->resetCollectionCount();
        if ( !endOfSimFlag && stat->getFlagClearDataOnOutput() ) stat->clearStatisticData();
    }
    stopOutputGroup();
    unlock();
}

void StatisticOutput::registerGroup(StatisticGroup* group)
{
    startRegisterGroup(group);
    for ( auto* stat : group->stats )
        registerStatistic(stat);
    stopRegisterGroup();
}

void StatisticOutput::printUsage()
{
    sim().output().output("StatisticOutput does not provide usage message; use 'sst-info' instead");
}

Output&   StatisticOutput::getSimulationOutput() { return sim().output(); }
SimTime_t StatisticOutput::getCurrentSimCycle() { return sim().getCurrentSimCycle(); }

std::string StatisticOutput::getAbsolutePathForOutputFile(const std::string& filename)
{
    if ( !filename.empty() && filename[0] == '/' ) return filename;
    return sim().outputDirectory() + "/" + filename;
}

StatisticFieldsOutput::StatisticFieldsOutput(Params& outputParameters) : StatisticOutput(outputParameters) {}

StatisticFieldsOutput::~StatisticFieldsOutput()
{
    for ( auto* f : m_outputFieldInfoArray )
        delete f;
}

StatisticFieldInfo* StatisticFieldsOutput::addFieldToLists(const char* fieldName, fieldType_t fieldType)
{
    auto* info = new StatisticFieldInfo(m_currentFieldStatName.c_str(), fieldName, fieldType);
    auto  it   = m_outputFieldNameMap.find(info->getFieldUniqueName());
    if ( it != m_outputFieldNameMap.end() ) {
        delete info;
        StatisticFieldInfo* existing = m_outputFieldInfoArray[it->second];
        if ( existing->getFieldType() != fieldType )
            sim().output().fatal(CALL_INFO, 1, "StatisticOutput %s registering the same column (%s) with two different types",
                                 getStatisticOutputName().c_str(), fieldName);
        return existing;
    }
    m_outputFieldInfoArray.push_back(info);
    m_outputFieldNameMap[info->getFieldUniqueName()] = m_outputFieldInfoArray.size() - 1;
    return info;
}

StatisticOutput::fieldHandle_t StatisticFieldsOutput::generateFieldHandle(StatisticFieldInfo* info)
{
    if ( info->getFieldHandle() == -1 ) info->setFieldHandle(m_highestFieldHandle++);
    return info->getFieldHandle();
}

StatisticFieldInfo* StatisticFieldsOutput::getRegisteredField(fieldHandle_t fieldHandle)
{
    if ( fieldHandle >= 0 && static_cast<size_t>(fieldHandle) < m_outputFieldInfoArray.size() )
        return m_outputFieldInfoArray[fieldHandle];
    return nullptr;
}

#define SST_ENGINE_UNSUPPORTED_FIELD(T)                                                                             \
    void StatisticFieldsOutput::outputField(fieldHandle_t UNUSED(fieldHandle), T UNUSED(data))                      \
    {                                                                                                               \
        sim().output().fatal(CALL_INFO, 1, "StatisticOutput %s does not support " #T " output",                     \
                             getStatisticOutputName().c_str());                                                     \
    }
SST_ENGINE_UNSUPPORTED_FIELD(int32_t)
SST_ENGINE_UNSUPPORTED_FIELD(uint32_t)
SST_ENGINE_UNSUPPORTED_FIELD(int64_t)
SST_ENGINE_UNSUPPORTED_FIELD(uint64_t)
SST_ENGINE_UNSUPPORTED_FIELD(float)
SST_ENGINE_UNSUPPORTED_FIELD(double)
#undef SST_ENGINE_UNSUPPORTED_FIELD

void StatisticFieldsOutput::output(StatisticBase* statistic, bool endOfSimFlag)
{
    lock();
    startOutputEntries(statistic);
    statistic->outputStatisticFields(this, endOfSimFlag);
    stopOutputEntries();
    unlock();
}

void StatisticFieldsOutput::startRegisterGroup(StatisticGroup* UNUSED(group)) {}
void StatisticFieldsOutput::stopRegisterGroup() {}
void StatisticFieldsOutput::startOutputEntries(StatisticBase* statistic)
{
    m_currentFieldStatName = statistic->getStatName();
    implStartOutputEntries(statistic);
}
void StatisticFieldsOutput::stopOutputEntries()
{
    m_currentFieldStatName = "";
    implStopOutputEntries();
}
void StatisticFieldsOutput::startOutputGroup(StatisticGroup* group) { m_currentFieldStatName = group->name; }
void StatisticFieldsOutput::stopOutputGroup() { m_currentFieldStatName = ""; }
const char* StatisticFieldsOutput::getFieldTypeShortName(fieldType_t type)
{
    return StatisticFieldInfo::getFieldTypeShortName(type);
}
void StatisticFieldsOutput::registerStatistic(StatisticBase* stat)
{
    lock();
    startRegisterFields(stat);
    stat->registerOutputFields(this);
    stopRegisterFields();
    unlock();
}
void StatisticFieldsOutput::startRegisterFields(StatisticBase* statistic) { m_currentFieldStatName = statistic->getStatName(); }
void StatisticFieldsOutput::stopRegisterFields() { m_currentFieldStatName = ""; }
void StatisticFieldsOutput::serialize_order(Core::Serialization::serializer& ser) { StatisticOutput::serialize_order(ser); }

namespace {

/** Opens filename (in --output-directory if relative), fatal on failure, as SST's outputs do. */
FILE* openOutputFile(StatisticOutput* so, const std::string& path, const char* who)
{
    std::string filename = path;
    FILE*       f        = std::fopen(filename.c_str(), "w");
    if ( !f )
        sim().output().fatal(CALL_INFO, 1, " : %s - Problem opening File %s - %s\n", who, path.c_str(),
                             std::strerror(errno));
    (void)so;
    return f;
}

// ---- text (console and file) ----

class StatisticOutputTextBase : public StatisticFieldsOutput
{
public:
    explicit StatisticOutputTextBase(Params& p) : StatisticFieldsOutput(p) {}
    StatisticOutputTextBase() = default;
    bool acceptsGroups() const override { return true; }
    // Inline headers make every line self-describing, so a statistic may join after wire-up.
    bool supportsDynamicRegistration() const override { return inline_header_; }

protected:
    bool checkOutputParameters() override
    {
        const Params& params = getOutputParameters();
        top_header_          = params.find<bool>("outputtopheader", false);
        inline_header_       = params.find<bool>("outputinlineheader", true);
        sim_time_            = params.find<bool>("outputsimtime", simTimeDefault());
        rank_                = params.find<bool>("outputrank", simTimeDefault());
        if ( outputsToFile() ) {
            path_ = params.find<std::string>("filepath", "StatisticOutput.txt");
            if ( path_.empty() ) return false;
            if ( params.find<bool>("compressed", false) ) return false; // no zlib in the embedded engine
        }
        return true;
    }

    void startOfSimulation() override
    {
        file_ = outputsToFile() ? openOutputFile(this, getAbsolutePathForOutputFile(path_), "StatisticOutputTxt")
                                : stdout;
        if ( !top_header_ ) return;
        // As SST Core prints it (the buffer accumulates the field names; sim time and rank go to stdout).
        buffer_ = "Component.Statistic";
        print("%s; ", buffer_.c_str());
        if ( sim_time_ ) {
            buffer_ = "SimTime";
            std::printf("%s; ", buffer_.c_str());
        }
        if ( rank_ ) {
            buffer_ = "Rank";
            std::printf("%s; ", buffer_.c_str());
        }
        for ( auto* f : getFieldInfoArray() ) {
            buffer_ += f->getStatName() + "." + f->getFieldName();
            print("%s; ", buffer_.c_str());
        }
        print("\n");
    }

    void endOfSimulation() override
    {
        if ( outputsToFile() && file_ ) std::fclose(file_);
        if ( !outputsToFile() ) std::fflush(stdout);
        file_ = nullptr;
    }

    void implStartOutputEntries(StatisticBase* statistic) override
    {
        buffer_ = prefix() + statistic->getFullStatName() + " : " + statistic->getStatTypeName() + " : ";
        if ( sim_time_ ) {
            buffer_ += inline_header_ ? format_string("SimTime = %" PRIu64, getCurrentSimCycle())
                                      : format_string("%" PRIu64, getCurrentSimCycle());
            buffer_ += "; ";
        }
        if ( rank_ ) {
            buffer_ += inline_header_ ? format_string("Rank = %d", 0) : format_string("%d", 0);
            buffer_ += "; ";
        }
    }

    void implStopOutputEntries() override { print("%s\n", buffer_.c_str()); }

    template <class T>
    void field(fieldHandle_t handle, const char* fmt, T data)
    {
        StatisticFieldInfo* info = getRegisteredField(handle);
        if ( !info ) return;
        std::string value = format_string(fmt, data);
        if ( inline_header_ )
            buffer_ += info->getFieldName() + "." + getFieldTypeShortName(info->getFieldType()) + " = " + value;
        else
            buffer_ += value;
        buffer_ += "; ";
    }
    void outputField(fieldHandle_t h, int32_t d) override { field(h, "%" PRId32, d); }
    void outputField(fieldHandle_t h, uint32_t d) override { field(h, "%" PRIu32, d); }
    void outputField(fieldHandle_t h, int64_t d) override { field(h, "%" PRId64, d); }
    void outputField(fieldHandle_t h, uint64_t d) override { field(h, "%" PRIu64, d); }
    void outputField(fieldHandle_t h, float d) override { field(h, "%f", static_cast<double>(d)); }
    void outputField(fieldHandle_t h, double d) override { field(h, "%f", d); }

    virtual bool        outputsToFile() const  = 0;
    virtual bool        simTimeDefault() const = 0;
    virtual std::string prefix() const         = 0;

    void print(const char* fmt, ...) __attribute__((format(printf, 2, 3)))
    {
        va_list args;
        va_start(args, fmt);
        std::vfprintf(file_, fmt, args);
        va_end(args);
    }

    bool        top_header_    = false;
    bool        inline_header_ = true;
    bool        sim_time_      = true;
    bool        rank_          = true;
    std::string path_;
    std::string buffer_;
    FILE*       file_ = nullptr;
};

class StatisticOutputTxt : public StatisticOutputTextBase
{
public:
    SST_ELI_REGISTER_DERIVED(StatisticOutput, StatisticOutputTxt, "sst", "statoutputtxt", SST_ELI_ELEMENT_VERSION(1, 0, 0),
                             "Output to text file")
    SST_ELI_DOCUMENT_PARAMS(
        { "outputtopheader", "Whether to print a header at the top of the output", "False" },
        { "outputinlineheader", "Whether to print a field names inline with statistic output", "True" },
        { "outputsimtime", "Whether to print the simulation time in the output", "True" },
        { "outputrank", "Whether to print the rank in the output", "True" },
        { "filepath", "Filepath for the output file", "./StatisticOutput.txt" },
        { "compressed", "Whether to compress the output file", "False" })

    StatisticOutputTxt() = default;
    explicit StatisticOutputTxt(Params& p) : StatisticOutputTextBase(p)
    {
        getSimulationOutput().verbose(CALL_INFO, 2, 0, "StatisticOutputTxt enabled...\n");
        setStatisticOutputName("StatisticOutputTxt");
    }

private:
    bool        outputsToFile() const override { return true; }
    bool        simTimeDefault() const override { return true; }
    std::string prefix() const override { return ""; }
    ImplementSerializable(SST::Statistics::StatisticOutputTxt)
};

class StatisticOutputConsole : public StatisticOutputTextBase
{
public:
    SST_ELI_REGISTER_DERIVED(StatisticOutput, StatisticOutputConsole, "sst", "statoutputconsole",
                             SST_ELI_ELEMENT_VERSION(1, 0, 0), "Output to console")
    SST_ELI_DOCUMENT_PARAMS(
        { "outputtopheader", "Whether to print a header at the top of the output", "False" },
        { "outputinlineheader", "Whether to print a field names inline with statistic output", "True" },
        { "outputsimtime", "Whether to print the simulation time in the output", "False" },
        { "outputrank", "Whether to print the rank in the output", "False" })

    StatisticOutputConsole() = default;
    explicit StatisticOutputConsole(Params& p) : StatisticOutputTextBase(p)
    {
        getSimulationOutput().verbose(CALL_INFO, 2, 0, "StatisticOutputConsole enabled...\n");
        setStatisticOutputName("StatisticOutputConsole");
    }

private:
    bool        outputsToFile() const override { return false; }
    bool        simTimeDefault() const override { return false; }
    std::string prefix() const override { return " "; }
    ImplementSerializable(SST::Statistics::StatisticOutputConsole)
};

// ---- CSV ----

class StatisticOutputCSV : public StatisticFieldsOutput
{
public:
    SST_ELI_REGISTER_DERIVED(StatisticOutput, StatisticOutputCSV, "sst", "statoutputcsv",
                             SST_ELI_ELEMENT_VERSION(1, 0, 0), "Output to a CSV file")
    SST_ELI_DOCUMENT_PARAMS({ "separator", "Field separator", ", " },
                            { "filepath", "Filepath for the output file", "./StatisticOutput.csv" },
                            { "outputtopheader", "Whether to print a header at the top of the CSV output", "True" },
                            { "outputsimtime", "Whether to print the simulation time in the output", "True" },
                            { "outputrank", "Whether to print the rank in the output", "True" })

    StatisticOutputCSV() = default;
    explicit StatisticOutputCSV(Params& p) : StatisticFieldsOutput(p)
    {
        compressed_ = p.find<bool>("compressed");
        getSimulationOutput().verbose(CALL_INFO, 2, 0, "StatisticOutputCSV enabled...\n");
        setStatisticOutputName("StatisticOutputCSV");
    }
    bool acceptsGroups() const override { return true; }

private:
    bool checkOutputParameters() override
    {
        separator_  = getOutputParameters().find<std::string>("separator", ", ");
        path_       = getOutputParameters().find<std::string>("filepath", "StatisticOutput.csv");
        top_header_ = getOutputParameters().find<bool>("outputtopheader", true);
        sim_time_   = getOutputParameters().find<bool>("outputsimtime", true);
        rank_       = getOutputParameters().find<bool>("outputrank", true);
        return !separator_.empty() && !path_.empty() && !compressed_;
    }

    void startOfSimulation() override
    {
        file_ = openOutputFile(this, getAbsolutePathForOutputFile(path_), "StatisticOutputCSV");
        values_.assign(getFieldInfoArray().size(), "");
        if ( !top_header_ ) return;
        std::string line = "ComponentName" + separator_ + "StatisticName" + separator_ + "StatisticSubId" +
                           separator_ + "StatisticType" + separator_;
        if ( sim_time_ ) line += "SimTime" + separator_;
        if ( rank_ ) line += "Rank" + separator_;
        auto& fields = getFieldInfoArray();
        for ( size_t i = 0; i < fields.size(); ++i ) {
            line += fields[i]->getFieldName() + "." + getFieldTypeShortName(fields[i]->getFieldType());
            if ( i + 1 != fields.size() ) line += separator_;
        }
        std::fprintf(file_, "%s\n", line.c_str());
    }

    void endOfSimulation() override
    {
        if ( file_ ) std::fclose(file_);
        file_ = nullptr;
    }

    void implStartOutputEntries(StatisticBase* statistic) override
    {
        comp_ = statistic->getCompName();
        stat_ = statistic->getStatName();
        sub_  = statistic->getStatSubId();
        type_ = statistic->getStatTypeName();
        for ( auto& v : values_ )
            v = "0";
    }

    void implStopOutputEntries() override
    {
        std::string line = comp_ + separator_ + stat_ + separator_ + sub_ + separator_ + type_ + separator_;
        if ( sim_time_ ) line += std::to_string(getCurrentSimCycle()) + separator_;
        if ( rank_ ) line += "0" + separator_;
        for ( size_t i = 0; i < values_.size(); ++i ) {
            line += values_[i];
            if ( i + 1 != values_.size() ) line += separator_;
        }
        std::fprintf(file_, "%s\n", line.c_str());
    }

    template <class T>
    void field(fieldHandle_t h, const char* fmt, T d)
    {
        if ( h >= 0 && static_cast<size_t>(h) < values_.size() ) values_[h] = format_string(fmt, d);
    }
    void outputField(fieldHandle_t h, int32_t d) override { field(h, "%" PRId32, d); }
    void outputField(fieldHandle_t h, uint32_t d) override { field(h, "%" PRIu32, d); }
    void outputField(fieldHandle_t h, int64_t d) override { field(h, "%" PRId64, d); }
    void outputField(fieldHandle_t h, uint64_t d) override { field(h, "%" PRIu64, d); }
    void outputField(fieldHandle_t h, float d) override { field(h, "%f", static_cast<double>(d)); }
    void outputField(fieldHandle_t h, double d) override { field(h, "%f", d); }

    void implStartRegisterGroup() {}

    std::string              separator_, path_, comp_, stat_, sub_, type_;
    bool                     top_header_ = true, sim_time_ = true, rank_ = true, compressed_ = false;
    std::vector<std::string> values_;
    FILE*                    file_ = nullptr;
    ImplementSerializable(SST::Statistics::StatisticOutputCSV)
};

// ---- JSON ----

class StatisticOutputJSON : public StatisticFieldsOutput
{
public:
    SST_ELI_REGISTER_DERIVED(StatisticOutput, StatisticOutputJSON, "sst", "statoutputjson",
                             SST_ELI_ELEMENT_VERSION(1, 0, 0), "Output directly to console screen")
    SST_ELI_DOCUMENT_PARAMS({ "filepath", "Filepath for the output file", "./StatisticOutput.json" },
                            { "outputsimtime", "Whether to print the simulation time in the output", "True" },
                            { "outputrank", "Whether to print the rank in the output", "True" })

    StatisticOutputJSON() = default;
    explicit StatisticOutputJSON(Params& p) : StatisticFieldsOutput(p)
    {
        getSimulationOutput().verbose(CALL_INFO, 2, 0, "StatisticOutputJSON enabled...\n");
        setStatisticOutputName("StatisticOutputJSON");
    }

private:
    bool checkOutputParameters() override
    {
        path_     = getOutputParameters().find<std::string>("filepath", "StatisticOutput.json");
        sim_time_ = getOutputParameters().find<bool>("outputsimtime", true);
        rank_     = getOutputParameters().find<bool>("outputrank", true);
        return !path_.empty();
    }

    void startOfSimulation() override
    {
        file_ = openOutputFile(this, getAbsolutePathForOutputFile(path_), "StatisticOutputJSON");
        std::fprintf(file_, "{\n");
        ++indent_;
        printIndent();
        std::fprintf(file_, "\"components\" : [\n");
        ++indent_;
    }

    void endOfSimulation() override
    {
        if ( any_ ) {
            std::fprintf(file_, "\n");
            --indent_;
            printIndent();
            std::fprintf(file_, "]\n");
            --indent_;
            printIndent();
            std::fprintf(file_, "}\n");
            --indent_;
        }
        printIndent();
        std::fprintf(file_, "]\n");
        std::fprintf(file_, "}\n");
        std::fclose(file_);
        file_ = nullptr;
    }

    void implStartOutputEntries(StatisticBase* statistic) override
    {
        if ( comp_ != statistic->getCompName() ) {
            if ( !comp_.empty() ) {
                --indent_;
                std::fprintf(file_, "\n");
                printIndent();
                std::fprintf(file_, "]\n");
                --indent_;
                printIndent();
                std::fprintf(file_, "},\n");
            }
            printIndent();
            std::fprintf(file_, "{\n");
            ++indent_;
            printIndent();
            std::fprintf(file_, "\"name\" : \"%s\",\n", statistic->getCompName().c_str());
            printIndent();
            if ( sim_time_ ) std::fprintf(file_, "\"simtime\" : %" PRIu64 ",\n", getCurrentSimCycle());
            printIndent();
            std::fprintf(file_, "\"statistics\" : [\n");
            ++indent_;
            first_entry_ = true;
        }
        comp_ = statistic->getCompName();
        if ( first_entry_ )
            first_entry_ = false;
        else
            std::fprintf(file_, ",\n");
        printIndent();
        std::fprintf(file_, "{ \"stat\" : \"%s\", \"values\" : [ ", statistic->getStatName().c_str());
        any_         = true;
        first_field_ = true;
    }

    void implStopOutputEntries() override { std::fprintf(file_, " ] }"); }

    template <class T>
    void field(const char* fmt, T d)
    {
        if ( !first_field_ ) std::fprintf(file_, ", ");
        std::fprintf(file_, fmt, d);
        first_field_ = false;
    }
    void outputField(fieldHandle_t, int32_t d) override { field("%" PRId32, d); }
    void outputField(fieldHandle_t, uint32_t d) override { field("%" PRIu32, d); }
    void outputField(fieldHandle_t, int64_t d) override { field("%" PRId64, d); }
    void outputField(fieldHandle_t, uint64_t d) override { field("%" PRIu64, d); }
    void outputField(fieldHandle_t, float d) override { field("%f ", static_cast<double>(d)); }
    void outputField(fieldHandle_t, double d) override { field("%f ", d); }

    void printIndent()
    {
        for ( int i = 0; i < indent_; ++i )
            std::fprintf(file_, "   ");
    }

    std::string path_, comp_;
    bool        sim_time_ = true, rank_ = true, first_entry_ = false, first_field_ = true, any_ = false;
    int         indent_   = 0;
    FILE*       file_     = nullptr;
    ImplementSerializable(SST::Statistics::StatisticOutputJSON)
};

} // namespace

} // namespace SST::Statistics
