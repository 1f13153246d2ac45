// SPDX-License-Identifier: BSD-3-Clause
#include "sst/core/serialization/serializable.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <stdexcept>
#include <string>

namespace SST::Core::Serialization {
namespace {
struct Entry
{
    std::string          name;
    serializable_factory factory;
};
std::vector<Entry>& registry()
{
    static std::vector<Entry> entries;
    return entries;
}
} // namespace

uint32_t register_serializable(const char* name, serializable_factory factory)
{
    auto& reg = registry();
    // Each class registers once per process: a class whose ImplementSerializable code is in two
    // libraries shares one registration through the dynamic linker (its static is a unique
    // symbol). A second one means two copies that do not share it, which SST Core aborts on
    // ("both hash to same serializable id"): so do we, at load time, naming the class.
    for ( const auto& e : reg )
        if ( e.name == name ) {
            std::fprintf(stderr,
                         "sst: error: serializable class %s is registered twice: two element libraries hold "
                         "copies of it that do not share one registration (hidden visibility?)\n",
                         name);
            std::abort();
        }
    reg.push_back({ name, factory });
    return static_cast<uint32_t>(reg.size() - 1);
}

serializable* create_serializable(uint32_t id)
{
    auto& reg = registry();
    return id < reg.size() ? reg[id].factory() : nullptr;
}

const char* serializable_name(uint32_t id)
{
    auto& reg = registry();
    return id < reg.size() ? reg[id].name.c_str() : "(unknown)";
}

std::vector<char> pack(serializable& obj)
{
    serializer ser;
    ser.start_sizing();
    obj.serialize_order(ser);
    uint32_t          id = obj.cls_id();
    std::vector<char> bytes(sizeof id + ser.size());
    std::memcpy(bytes.data(), &id, sizeof id);
    ser.start_packing(bytes.data() + sizeof id, bytes.size() - sizeof id);
    obj.serialize_order(ser);
    return bytes;
}

std::unique_ptr<serializable> unpack(const std::vector<char>& bytes)
{
    uint32_t id;
    if ( bytes.size() < sizeof id ) throw std::runtime_error("unpack: buffer shorter than a class id");
    std::memcpy(&id, bytes.data(), sizeof id);
    std::unique_ptr<serializable> obj(create_serializable(id));
    if ( !obj ) throw std::runtime_error("unpack: unknown class id " + std::to_string(id));
    serializer ser;
    ser.start_unpacking(bytes.data() + sizeof id, bytes.size() - sizeof id);
    obj->serialize_order(ser);
    if ( ser.size() != bytes.size() - sizeof id )
        throw std::runtime_error(std::string("unpack: ") + obj->cls_name() + " read " + std::to_string(ser.size()) +
                                 " of " + std::to_string(bytes.size() - sizeof id) + " bytes");
    return obj;
}

} // namespace SST::Core::Serialization
