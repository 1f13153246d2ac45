// SPDX-License-Identifier: BSD-3-Clause
// The serializer of SST Core 16's interface: one object walks values in SIZER, PACK or UNPACK
// mode (start_sizing(), start_packing(buf, n), start_unpacking(buf, n)); serialize_order()
// methods call SST_SER(field) for each field. MAP mode exists as a name only: it serves SST's
// interactive console and checkpoint inspection, which the embedded engine does not have.
#ifndef SST_CORE_SERIALIZATION_SERIALIZER_H
#define SST_CORE_SERIALIZATION_SERIALIZER_H

#include "sst/core/serialization/impl/get_array_size.h"
#include "sst/core/serialization/impl/packer.h"
#include "sst/core/serialization/impl/sizer.h"
#include "sst/core/serialization/impl/unpacker.h"
#include "sst/core/serialization/serialize_impl_fwd.h"
#include "sst/core/serialization/serializer_fwd.h"

#include <cstddef>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <variant>

namespace SST::Core::Serialization {

class ObjectMap;

namespace pvt {
/** MAP mode's state: not entered by this engine. */
class ser_mapper
{};
} // namespace pvt

class serializer
{
public:
    enum SERIALIZE_MODE : size_t { SIZER = 1, PACK, UNPACK, MAP };
    static constexpr SERIALIZE_MODE UNSTARTED{ 0 };

    serializer()                             = default;
    serializer(const serializer&)            = delete;
    serializer& operator=(const serializer&) = delete;

    SERIALIZE_MODE mode() const { return SERIALIZE_MODE(state_.index()); }

    pvt::ser_sizer&    sizer() { return std::get<SIZER>(state_); }
    pvt::ser_packer&   packer() { return std::get<PACK>(state_); }
    pvt::ser_unpacker& unpacker() { return std::get<UNPACK>(state_); }
    pvt::ser_mapper&   mapper() { return std::get<MAP>(state_); }

    void start_sizing() { state_.emplace<SIZER>(); }
    void start_packing(char* buffer, size_t size) { state_.emplace<PACK>(buffer, size); }
    void start_unpacking(char* buffer, size_t size) { state_.emplace<UNPACK>(buffer, size); }
    void start_unpacking(const char* buffer, size_t size) { start_unpacking(const_cast<char*>(buffer), size); }
    void finalize() { state_.emplace<UNSTARTED>(); }

    template <typename T>
    void size(T& t)
    {
        sizer().size(t);
    }
    template <typename T>
    void pack(T& t)
    {
        packer().pack(t);
    }
    template <typename T>
    void unpack(T& t)
    {
        unpacker().unpack(t);
    }

    /** A trivially copyable value, byte for byte. */
    template <typename T>
    void primitive(T& t)
    {
        static_assert(std::is_trivially_copyable_v<T>, "ser.primitive() takes trivially copyable types");
        switch ( mode() ) {
        case SIZER:
            sizer().size(t);
            break;
        case PACK:
            packer().pack(t);
            break;
        case UNPACK:
            if constexpr ( std::is_same_v<T, bool> ) {
                // A byte other than 0 or 1 is no bool: loading it as one is undefined behavior.
                uint8_t byte = 0;
                unpacker().unpack(byte);
                if ( byte > 1 ) throw std::runtime_error("serialization: a bool byte is neither 0 nor 1");
                t = byte != 0;
            }
            else
                unpacker().unpack(t);
            break;
        default:
            break;
        }
    }

    /** A length-prefixed array; UNPACK allocates it with new[]. */
    template <typename ELEM_T, typename SIZE_T>
    void binary(ELEM_T*& buffer, SIZE_T& count)
    {
        switch ( mode() ) {
        case SIZER:
            sizer().size_buffer(buffer, count);
            break;
        case PACK:
            packer().pack_buffer(buffer, count);
            break;
        case UNPACK:
            unpacker().unpack_buffer(buffer, count);
            break;
        default:
            break;
        }
    }

    void   raw(void* data, size_t size);
    /** Bytes counted (SIZER) or written/read so far (PACK/UNPACK). */
    size_t size();
    void   string(std::string& str);

    void enable_pointer_tracking(bool value = true) { track_pointers_ = value; }
    bool is_pointer_tracking_enabled() const { return track_pointers_; }
    /** MAP mode's current variable name; the embedded engine has no MAP mode. */
    const char* getMapName() const;

private:
    std::variant<std::monostate, pvt::ser_sizer, pvt::ser_packer, pvt::ser_unpacker, pvt::ser_mapper> state_;
    bool track_pointers_ = false;
};

} // namespace SST::Core::Serialization

#endif
