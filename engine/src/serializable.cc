#include "sst/core/serialization/serializable.h"

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
    for ( uint32_t i = 0; i < reg.size(); ++i )
        if ( reg[i].name == name ) return i; // the same class seen from two libraries
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
