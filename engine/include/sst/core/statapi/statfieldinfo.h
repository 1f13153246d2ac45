// SPDX-License-Identifier: BSD-3-Clause
// The value types statistics output (i32, u32, i64, u64, f32, f64) and the description of
// one output column (a statistic's field: "Sum", "Count", ...).
#ifndef SST_CORE_STATAPI_STATFIELDINFO_H
#define SST_CORE_STATAPI_STATFIELDINFO_H

#include <cstdint>
#include <map>
#include <string>

namespace SST::Statistics {

using fieldType_t = uint32_t;

class StatisticFieldTypeBase
{
public:
    virtual const char* fieldName() const = 0;
    virtual const char* shortName() const = 0;
    virtual ~StatisticFieldTypeBase()     = default;

    static StatisticFieldTypeBase* getField(fieldType_t field_type);
    static fieldType_t             getField(const char* field_short_name);
    static void                    checkRegisterConflict(const char* old_name, const char* new_name);
    static fieldType_t             allocateFieldEnum();

protected:
    static void addField(fieldType_t id, StatisticFieldTypeBase* base);
};

template <class T>
class StatisticFieldType : public StatisticFieldTypeBase
{
public:
    StatisticFieldType(const char* name, const char* short_name)
    {
        checkRegisterConflict(field_name_, name);
        checkRegisterConflict(short_name_, short_name);
        field_name_ = name;
        short_name_ = short_name;
        if ( field_enum_ == 0 ) field_enum_ = allocateFieldEnum();
        addField(field_enum_, this);
    }
    static const char* getFieldName() { return field_name_; }
    static const char* getShortName() { return short_name_; }
    static fieldType_t id() { return field_enum_; }
    const char*        fieldName() const override { return getFieldName(); }
    const char*        shortName() const override { return getShortName(); }

private:
    static inline fieldType_t field_enum_ = 0;
    static inline const char* field_name_ = nullptr;
    static inline const char* short_name_ = nullptr;
};

class StatisticFieldInfo
{
public:
    using fieldType_t   = ::SST::Statistics::fieldType_t;
    using fieldHandle_t = int32_t;

    StatisticFieldInfo(const char* stat_name, const char* field_name, fieldType_t field_type);

    const std::string& getStatName() const { return stat_name_; }
    const std::string& getFieldName() const { return field_name_; }
    fieldType_t        getFieldType() const { return field_type_; }
    /** Name and type: fields of several statistics with the same name and type share a column. */
    std::string        getFieldUniqueName() const;
    bool               operator==(StatisticFieldInfo& other);
    void               setFieldHandle(fieldHandle_t handle) { field_handle_ = handle; }
    fieldHandle_t      getFieldHandle() { return field_handle_; }

    static const char* getFieldTypeShortName(fieldType_t type) { return StatisticFieldTypeBase::getField(type)->shortName(); }
    static const char* getFieldTypeFullName(fieldType_t type) { return StatisticFieldTypeBase::getField(type)->fieldName(); }
    template <typename T>
    static fieldType_t getFieldTypeFromTemplate()
    {
        return StatisticFieldType<T>::id();
    }

protected:
    StatisticFieldInfo() = default;

private:
    std::string   stat_name_;
    std::string   field_name_;
    fieldType_t   field_type_   = 0;
    fieldHandle_t field_handle_ = -1;
};

} // namespace SST::Statistics

#endif
