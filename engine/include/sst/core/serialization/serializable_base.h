// SPDX-License-Identifier: BSD-3-Clause
// Polymorphic serialization: a class that says ImplementSerializable(Class) is registered under
// its type's name and gets a class id, so a packed pointer to it can be rebuilt as its dynamic
// type (what an event crossing an MPI rank needs).
#ifndef SST_CORE_SERIALIZATION_SERIALIZABLE_BASE_H
#define SST_CORE_SERIALIZATION_SERIALIZABLE_BASE_H

#include "sst/core/serialization/serializer.h"

#include <cstdint>
#include <limits>
#include <string>
#include <typeinfo>

namespace SST::Core::Serialization {

class serializable_base
{
public:
    static constexpr uint32_t NullClsId = std::numeric_limits<uint32_t>::max();

    virtual const char* cls_name() const                 = 0;
    virtual void        serialize_order(serializer& ser) = 0;
    virtual uint32_t    cls_id() const                   = 0;
    virtual std::string serialization_name() const       = 0;
    virtual ~serializable_base()                         = default;

protected:
    enum cxn_flag_t { ConstructorFlag };
    [[noreturn]] static void serializable_abort(uint32_t line, const char* file, const char* func, const char* obj);
};

template <class T>
class serializable_type
{};

/** Builds an empty object of one registered class. */
class serializable_builder
{
public:
    virtual ~serializable_builder()                  = default;
    virtual serializable_base* build() const         = 0;
    virtual const char*        name() const          = 0;
    virtual uint32_t           cls_id() const        = 0;
    virtual bool               sanity(serializable_base* obj) = 0;
};

class serializable_factory
{
public:
    /** A new, empty object of the class with this id; aborts naming the id if none is registered. */
    static serializable_base* get_serializable(uint32_t cls_id);
    /** Registers a builder under a unique type name; returns the class id. Aborts on a clash. */
    static uint32_t add_builder(serializable_builder* builder, const char* name);
    static bool     sanity(serializable_base* obj, uint32_t cls_id);
    static void     delete_statics();
};

template <class T>
class serializable_builder_impl : public serializable_builder
{
public:
    serializable_base* build() const override { return T::construct_deserialize_stub(); }
    const char*        name() const override { return name_; }
    uint32_t           cls_id() const override { return cls_id_; }
    bool               sanity(serializable_base* obj) override { return typeid(T) == typeid(*obj); }
    static uint32_t    static_cls_id() { return cls_id_; }
    static const char* static_name() { return name_; }

private:
    static const char*    name_;
    static const uint32_t cls_id_;
};

// The mangled type name is unique per class, template instantiations included.
template <class T>
const char* serializable_builder_impl<T>::name_ = typeid(T).name();
template <class T>
const uint32_t serializable_builder_impl<T>::cls_id_ =
    serializable_factory::add_builder(new serializable_builder_impl<T>, typeid(T).name());

} // namespace SST::Core::Serialization

#define ImplementVirtualSerializable(obj)                                                                           \
                                                                                                                    \
public:                                                                                                             \
    [[noreturn]] static void throw_exc()                                                                            \
    {                                                                                                               \
        ::SST::Core::Serialization::serializable_base::serializable_abort(__LINE__, __FILE__, __FUNCTION__, #obj);  \
    }                                                                                                               \
    const char* cls_name() const override { return #obj; }                                                          \
    uint32_t    cls_id() const override { throw_exc(); }                                                            \
    std::string serialization_name() const override { throw_exc(); }

#define NotSerializable(obj)                                                                                        \
                                                                                                                    \
public:                                                                                                             \
    [[noreturn]] static void throw_exc()                                                                            \
    {                                                                                                               \
        ::SST::Core::Serialization::serializable_base::serializable_abort(__LINE__, __FILE__, __FUNCTION__, #obj);  \
    }                                                                                                               \
    void serialize_order(SST::Core::Serialization::serializer&) override { throw_exc(); }                          \
    uint32_t    cls_id() const override { throw_exc(); }                                                            \
    static obj* construct_deserialize_stub() { throw_exc(); }                                                       \
    std::string serialization_name() const override { throw_exc(); }                                               \
    const char* cls_name() const override { return #obj; }

#define ImplementSerializableDefaultConstructor(obj, obj_str)                                                       \
                                                                                                                    \
public:                                                                                                             \
    const char* cls_name() const override                                                                           \
    {                                                                                                               \
        return ::SST::Core::Serialization::serializable_builder_impl<obj>::static_name();                           \
    }                                                                                                               \
    uint32_t cls_id() const override                                                                                \
    {                                                                                                               \
        return ::SST::Core::Serialization::serializable_builder_impl<obj>::static_cls_id();                         \
    }                                                                                                               \
    static obj* construct_deserialize_stub() { return new obj; }                                                    \
    std::string serialization_name() const override { return obj_str; }                                             \
                                                                                                                    \
private:                                                                                                            \
    friend class ::SST::Core::Serialization::serializable_builder_impl<obj>;                                        \
    static bool you_forgot_to_add_ImplementSerializable_to_this_class() { return false; }

#define SER_FORWARD_AS_ONE(...) __VA_ARGS__
#define ImplementSerializable(...)                                                                                  \
                                                                                                                    \
public:                                                                                                             \
    ImplementSerializableDefaultConstructor(SER_FORWARD_AS_ONE(__VA_ARGS__), #__VA_ARGS__)

#define SerializableName(obj) #obj
#define DeclareSerializable(obj)

#endif
