// SPDX-License-Identifier: BSD-3-Clause
// Where statistics go (sst.statOutputConsole, ...TXT, ...CSV, ...JSON): an output registers the
// fields of each statistic before the run, then writes one entry per statistic output.
#ifndef SST_CORE_STATAPI_STATOUTPUT_H
#define SST_CORE_STATAPI_STATOUTPUT_H

#include "sst/core/eli/elementinfo.h"
#include "sst/core/params.h"
#include "sst/core/serialization/serializable.h"
#include "sst/core/sst_types.h"
#include "sst/core/statapi/statbase.h"
#include "sst/core/statapi/statfieldinfo.h"

#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

namespace SST {

class Output;

namespace Statistics {

class StatisticProcessingEngine;
class StatisticGroup;

class StatisticOutput : public Core::Serialization::serializable
{
public:
    SST_ELI_DECLARE_BASE(StatisticOutput)
    SST_ELI_DECLARE_INFO_EXTERN(ELI::ProvidesParams)
    SST_ELI_DECLARE_CTOR_EXTERN(SST::Params&)

    using fieldType_t      = StatisticFieldInfo::fieldType_t;
    using fieldHandle_t    = StatisticFieldInfo::fieldHandle_t;
    using FieldInfoArray_t = std::vector<StatisticFieldInfo*>;
    using FieldNameMap_t   = std::unordered_map<std::string, fieldHandle_t>;

    ~StatisticOutput() override = default;

    std::string& getStatisticOutputName() { return m_statOutputName; }
    Params&      getOutputParameters() { return m_outputParameters; }
    virtual bool acceptsGroups() const { return false; }
    virtual void output(StatisticBase* statistic, bool endOfSimFlag) = 0;
    virtual bool supportsDynamicRegistration() const { return false; }

    void serialize_order(Core::Serialization::serializer& ser) override;
    ImplementVirtualSerializable(SST::Statistics::StatisticOutput)

public:
    static const std::vector<SST::ElementInfoParam>& ELI_getParams()
    {
        static std::vector<SST::ElementInfoParam> var{};
        return var;
    }

protected:
    friend class SST::Statistics::StatisticProcessingEngine;
    virtual bool checkOutputParameters() = 0;
    virtual void startOfSimulation()     = 0;
    virtual void endOfSimulation()       = 0;
    virtual void printUsage();

    Output&     getSimulationOutput();
    SimTime_t   getCurrentSimCycle();
    /** filename inside --output-directory, if it is relative. */
    std::string getAbsolutePathForOutputFile(const std::string& filename);

    explicit StatisticOutput(Params& outputParameters);
    StatisticOutput() = default;
    void setStatisticOutputName(const std::string& name) { m_statOutputName = name; }
    void lock() { m_lock.lock(); }
    void unlock() { m_lock.unlock(); }

private:
    virtual void registerStatistic(StatisticBase* stat) = 0;
    void         registerGroup(StatisticGroup* group);
    void         outputGroup(StatisticGroup* group, bool endOfSimFlag);
    virtual void startOutputGroup(StatisticGroup* group)   = 0;
    virtual void stopOutputGroup()                         = 0;
    virtual void startRegisterGroup(StatisticGroup* group) = 0;
    virtual void stopRegisterGroup()                       = 0;

    std::string          m_statOutputName = "StatisticOutput";
    Params               m_outputParameters;
    std::recursive_mutex m_lock;
};

/** An output of named, typed fields: what every output of this engine is. */
class StatisticFieldsOutput : public StatisticOutput
{
public:
    void registerStatistic(StatisticBase* stat) override;
    void output(StatisticBase* statistic, bool endOfSimFlag) override;
    void startOutputGroup(StatisticGroup* group) override;
    void stopOutputGroup() override;
    void startRegisterGroup(StatisticGroup* group) override;
    void stopRegisterGroup() override;

    virtual void implStartOutputEntries(StatisticBase* statistic) = 0;
    virtual void implStopOutputEntries()                          = 0;

    StatisticFieldInfo* getRegisteredField(fieldHandle_t fieldHandle);
    FieldInfoArray_t&   getFieldInfoArray() { return m_outputFieldInfoArray; }

    virtual void outputField(fieldHandle_t fieldHandle, int32_t data);
    virtual void outputField(fieldHandle_t fieldHandle, uint32_t data);
    virtual void outputField(fieldHandle_t fieldHandle, int64_t data);
    virtual void outputField(fieldHandle_t fieldHandle, uint64_t data);
    virtual void outputField(fieldHandle_t fieldHandle, float data);
    virtual void outputField(fieldHandle_t fieldHandle, double data);

    /** The column for the current statistic's field (a field of the same name and type is one column). */
    template <typename T>
    fieldHandle_t registerField(const char* fieldName)
    {
        auto handle = generateFieldHandle(addFieldToLists(fieldName, StatisticFieldInfo::getFieldTypeFromTemplate<T>()));
        implRegisteredField(handle);
        return handle;
    }
    const char* getFieldTypeShortName(fieldType_t type);

    ~StatisticFieldsOutput() override;
    void serialize_order(Core::Serialization::serializer& ser) override;
    ImplementVirtualSerializable(SST::Statistics::StatisticFieldsOutput)

protected:
    explicit StatisticFieldsOutput(Params& outputParameters);
    StatisticFieldsOutput() = default;

    virtual void startRegisterFields(StatisticBase* statistic);
    virtual void stopRegisterFields();
    virtual void startOutputEntries(StatisticBase* statistic);
    virtual void stopOutputEntries();

private:
    StatisticFieldInfo* addFieldToLists(const char* fieldName, fieldType_t fieldType);
    fieldHandle_t       generateFieldHandle(StatisticFieldInfo* FieldInfo);
    virtual void        implRegisteredField(fieldHandle_t UNUSED(fieldHandle)) {}

    FieldInfoArray_t m_outputFieldInfoArray;
    FieldNameMap_t   m_outputFieldNameMap;
    fieldHandle_t    m_highestFieldHandle = 0;
    std::string      m_currentFieldStatName;
};

} // namespace Statistics
} // namespace SST

#endif
