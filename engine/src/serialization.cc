// SPDX-License-Identifier: BSD-3-Clause
// The serializer's out-of-line parts and the registry of serializable classes.
#include "sst/core/serialization/serializable.h"
#include "sst/core/serialization/serialize.h"
#include "sst/core/sst_types.h"

#include "object_bytes.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <memory>
#include <stdexcept>
#include <string>

namespace SST {

std::ostream& operator<<(std::ostream& os, const SimulationRunMode& mode)
{
    switch ( mode ) {
    case SimulationRunMode::INIT:
        return os << "INIT";
    case SimulationRunMode::RUN:
        return os << "RUN";
    case SimulationRunMode::BOTH:
        return os << "BOTH";
    default:
        return os << "UNKNOWN";
    }
}

namespace Core::Serialization {

void serializer::raw(void* data, size_t size)
{
    switch ( mode() ) {
    case SIZER:
        sizer().add(size);
        break;
    case PACK:
        if ( size ) std::memcpy(packer().buf_next(size), data, size);
        break;
    case UNPACK:
        if ( size ) std::memcpy(data, unpacker().buf_next(size), size);
        break;
    default:
        break;
    }
}

size_t serializer::size()
{
    switch ( mode() ) {
    case SIZER:
        return sizer().size();
    case PACK:
        return packer().size();
    case UNPACK:
        return unpacker().size();
    default:
        return 0;
    }
}

void serializer::string(std::string& str)
{
    switch ( mode() ) {
    case SIZER:
        sizer().size_string(str);
        break;
    case PACK:
        packer().pack_string(str);
        break;
    case UNPACK:
        unpacker().unpack_string(str);
        break;
    default:
        break;
    }
}

const char* serializer::getMapName() const
{
    throw std::logic_error("serializer: the embedded engine has no MAP mode (interactive console, checkpoints)");
}

void serializable_base::serializable_abort(uint32_t line, const char* file, const char* func, const char* obj)
{
    std::fprintf(stderr, "FATAL: %s:%u (%s): %s cannot be serialized (it is declared ImplementVirtualSerializable "
                         "or NotSerializable)\n",
                 file, line, func, obj);
    std::abort();
}

namespace {
// The factory owns its builders (made once per class at static initialization): freed at exit.
std::map<uint32_t, std::unique_ptr<serializable_builder>>& builders()
{
    static std::map<uint32_t, std::unique_ptr<serializable_builder>> map;
    return map;
}

/** 32-bit FNV-1a of the type's mangled name: the same id in every process and library. */
uint32_t nameHash(const char* name)
{
    uint32_t h = 2166136261u;
    for ( const char* p = name; *p; ++p )
        h = (h ^ static_cast<unsigned char>(*p)) * 16777619u;
    return h == serializable_base::NullClsId ? h - 1 : h;
}
} // namespace

serializable_base* serializable_factory::get_serializable(uint32_t cls_id)
{
    auto it = builders().find(cls_id);
    if ( it == builders().end() ) throw std::runtime_error("serialization: unknown class id " + std::to_string(cls_id));
    return it->second->build();
}

uint32_t serializable_factory::add_builder(serializable_builder* builder, const char* name)
{
    const uint32_t                        id = nameHash(name);
    std::unique_ptr<serializable_builder> owned(builder);
    auto [it, added] = builders().try_emplace(id, std::move(owned));
    if ( !added ) {
        // The same class registered from a second library shares its name: keep the first builder.
        if ( std::strcmp(it->second->name(), name) == 0 ) return id; // (owned frees the second)
        std::fprintf(stderr, "FATAL: serializable classes %s and %s hash to the same id %u\n", it->second->name(),
                     name, id);
        std::abort();
    }
    return id;
}

bool serializable_factory::sanity(serializable_base* obj, uint32_t cls_id)
{
    auto it = builders().find(cls_id);
    return it != builders().end() && it->second->sanity(obj);
}

void serializable_factory::delete_statics() { builders().clear(); }

namespace pvt {

void size_serializable(serializable_base* s, serializer& ser)
{
    uint32_t id = s ? s->cls_id() : serializable_base::NullClsId;
    ser.size(id);
    if ( s ) s->serialize_order(ser);
}

void pack_serializable(serializable_base* s, serializer& ser)
{
    uint32_t id = s ? s->cls_id() : serializable_base::NullClsId;
    ser.pack(id);
    if ( s ) s->serialize_order(ser);
}

void unpack_serializable(serializable_base*& s, serializer& ser)
{
    uint32_t id = serializable_base::NullClsId;
    ser.unpack(id);
    if ( id == serializable_base::NullClsId ) {
        s = nullptr;
        return;
    }
    std::unique_ptr<serializable_base> obj(serializable_factory::get_serializable(id));
    // Pointers to this object met while reading its fields rebuild to it.
    ser.unpacker().report_new_pointer(reinterpret_cast<uintptr_t>(obj.get()));
    obj->serialize_order(ser); // on malformed input this throws, and the object goes
    s = obj.release();
}

void map_serializable(serializable_base*&, serializer&) {}

void serialize_array(serializer& ser, void* data, ser_opt_t opt, size_t size,
                     void serialize_array_element(serializer& ser, void* data, ser_opt_t opt, size_t index))
{
    for ( size_t i = 0; i < size; ++i )
        serialize_array_element(ser, data, opt, i);
}

} // namespace pvt
} // namespace Core::Serialization

namespace Engine {

std::vector<char> packObject(Core::Serialization::serializable& obj)
{
    Core::Serialization::serializable* p = &obj;
    Core::Serialization::serializer    ser;
    ser.start_sizing();
    SST_SER(p);
    std::vector<char> bytes(ser.size());
    ser.start_packing(bytes.data(), bytes.size());
    SST_SER(p);
    return bytes;
}

std::unique_ptr<Core::Serialization::serializable> unpackObject(const std::vector<char>& bytes)
{
    Core::Serialization::serializable* p = nullptr;
    Core::Serialization::serializer    ser;
    ser.start_unpacking(bytes.data(), bytes.size());
    SST_SER(p);
    std::unique_ptr<Core::Serialization::serializable> obj(p);
    if ( !obj ) throw std::runtime_error("unpack: the bytes hold a null object");
    if ( ser.size() != bytes.size() )
        throw std::runtime_error(std::string("unpack: ") + obj->cls_name() + " read " + std::to_string(ser.size()) +
                                 " of " + std::to_string(bytes.size()) + " bytes");
    return obj;
}

} // namespace Engine
} // namespace SST
