// SPDX-License-Identifier: BSD-3-Clause
// Polymorphic serialization: every class that uses ImplementSerializable is
// registered by name with a factory, so a packed object can be rebuilt as its
// dynamic type (what crossing an MPI rank needs in real SST).
#ifndef SST_CORE_SERIALIZATION_SERIALIZABLE_H
#define SST_CORE_SERIALIZATION_SERIALIZABLE_H

#include "sst/core/serialization/serializer.h"

#include <cstdint>
#include <memory>
#include <vector>

namespace SST::Core::Serialization {

class serializable
{
public:
    virtual ~serializable()                                   = default;
    virtual const char* cls_name() const                      = 0;
    virtual uint32_t    cls_id() const                        = 0;
    virtual void        serialize_order(serializer& ser)      = 0;
};

using serializable_factory = serializable* (*)();

/** Registers a class; returns its id. Defined in the engine library. */
uint32_t register_serializable(const char* name, serializable_factory factory);
/** Builds an empty object of the class with this id, or nullptr. */
serializable* create_serializable(uint32_t id);
const char*   serializable_name(uint32_t id);

template <typename T>
struct serializable_registrar
{
    static serializable* make() { return new T; }
    static const uint32_t id;
};
template <typename T>
const uint32_t serializable_registrar<T>::id = register_serializable(T::SST_serializable_name(), &serializable_registrar<T>::make);

/** Packs an object (with its class id) into bytes. */
std::vector<char> pack(serializable& obj);
/** Rebuilds an object packed by pack(); throws std::runtime_error on malformed input. */
std::unique_ptr<serializable> unpack(const std::vector<char>& bytes);

} // namespace SST::Core::Serialization

#define ImplementVirtualSerializable(obj) \
                                          \
public:

#define ImplementSerializable(obj)                                                                       \
                                                                                                         \
public:                                                                                                  \
    static const char* SST_serializable_name() { return #obj; }                                          \
    const char*        cls_name() const override { return #obj; }                                        \
    uint32_t cls_id() const override { return ::SST::Core::Serialization::serializable_registrar<obj>::id; }

#endif
