// SPDX-License-Identifier: BSD-3-Clause
// std::shared_ptr and std::weak_ptr. Each owner (control block) is written once, with a tag;
// every pointer writes its owner's tag and its offset into the owned object, so pointers that
// shared an owner (aliasing ones included) share one again after unpacking. Wrappers name the
// owner of an aliasing pointer, SST::Core::Serialization::shared_ptr(ptr, parent), or the size
// of an owned array, shared_ptr(ptr, size).
#ifndef SST_CORE_SERIALIZATION_IMPL_SERIALIZE_SHARED_PTR_H
#define SST_CORE_SERIALIZATION_IMPL_SERIALIZE_SHARED_PTR_H

#include "sst/core/serialization/serializer.h"

#include <cstddef>
#include <memory>
#include <stdexcept>
#include <type_traits>

#ifndef SST_SERIALIZE_WEAK_PTR_ARRAY
#define SST_SERIALIZE_WEAK_PTR_ARRAY 1
#endif

namespace SST::Core::Serialization {
namespace pvt {

template <template <class> class PTR, class T>
const void* stored_address(const PTR<T>& p)
{
    if constexpr ( is_same_template_v<PTR, std::shared_ptr> )
        return p.get();
    else
        return p.lock().get();
}

template <class PARENT_TYPE>
size_t owned_bytes(const size_t* size)
{
    if constexpr ( is_unbounded_array_v<PARENT_TYPE> )
        return *size * sizeof(std::remove_extent_t<PARENT_TYPE>);
    else
        return sizeof(PARENT_TYPE);
}

/** Serializes ptr, whose owner is parent (which may be ptr itself); size: the owned array's length. */
class serialize_shared_ptr_impl
{
public:
    explicit serialize_shared_ptr_impl(size_t* size = nullptr) : size_(size) {}

    template <template <class> class PTR, class PTR_TYPE, class PARENT_TYPE>
    void operator()(PTR<PTR_TYPE>& ptr, std::shared_ptr<PARENT_TYPE>& parent, serializer& ser, ser_opt_t opt)
    {
        switch ( ser.mode() ) {
        case serializer::SIZER:
        case serializer::PACK:
            write(ptr, parent, ser, opt);
            break;
        case serializer::UNPACK:
            read(ptr, parent, ser, opt);
            break;
        default:
            break;
        }
    }

private:
    template <template <class> class PTR, class PTR_TYPE, class PARENT_TYPE>
    void write(PTR<PTR_TYPE>& ptr, std::shared_ptr<PARENT_TYPE>& parent, serializer& ser, ser_opt_t opt)
    {
        using OWNER = std::remove_cv_t<PARENT_TYPE>;
        auto differ = [](const auto& a, const auto& b) { return a.owner_before(b) || b.owner_before(a); };
        bool bad    = false;
        if constexpr ( is_same_template_v<PTR, std::shared_ptr> )
            bad = ptr.use_count() ? differ(parent, ptr) : differ(parent, std::shared_ptr<PTR_TYPE>());
        else
            bad = !ptr.expired() && differ(parent, ptr);
        if ( bad )
            throw std::invalid_argument("serialization: a shared_ptr does not share its owner with the parent given "
                                        "to SST::Core::Serialization::shared_ptr()");

        auto [tag, is_new] = ser.mode() == serializer::SIZER ? ser.sizer().get_shared_ptr_owner_tag(ptr)
                                                             : ser.packer().get_shared_ptr_owner_tag(ptr);
        ser.primitive(tag);
        if ( tag == 0 ) return;

        const void* addr    = stored_address(ptr);
        bool        nonnull = addr != nullptr;
        ser.primitive(nonnull);
        if ( nonnull ) {
            const void* base = parent.get();
            if ( !base )
                throw std::invalid_argument("serialization: a shared_ptr points somewhere but its parent is null");
            ptrdiff_t offset = static_cast<const char*>(addr) - static_cast<const char*>(base);
            if ( offset < 0 || static_cast<size_t>(offset) > owned_bytes<PARENT_TYPE>(size_) )
                throw std::invalid_argument("serialization: a shared_ptr points outside the object its parent owns");
            ser.primitive(offset);
        }
        if ( !is_new ) return;

        OWNER* owned      = const_cast<OWNER*>(reinterpret_cast<const OWNER*>(parent.get()));
        bool   has_object = owned != nullptr;
        ser.primitive(has_object);
        if ( !has_object ) return;
        if constexpr ( is_unbounded_array_v<OWNER> ) {
            ser.primitive(*size_);
            serialize_elements(ser, reinterpret_cast<std::remove_extent_t<OWNER>*>(owned), *size_, opt);
        }
        else {
            SST_SER(*owned, opt);
        }
    }

    template <template <class> class PTR, class PTR_TYPE, class PARENT_TYPE>
    void read(PTR<PTR_TYPE>& ptr, std::shared_ptr<PARENT_TYPE>& parent, serializer& ser, ser_opt_t opt)
    {
        using OWNER = std::remove_cv_t<PARENT_TYPE>;
        using ELEM  = std::remove_extent_t<OWNER>;
        ptr.reset();
        size_t tag = 0;
        ser.primitive(tag);
        if ( tag == 0 ) return;
        bool      nonnull = false;
        ptrdiff_t offset  = 0;
        ser.primitive(nonnull);
        if ( nonnull ) ser.primitive(offset);

        auto [owner, is_new] = ser.unpacker().get_shared_ptr_owner(tag);
        if ( is_new ) {
            bool has_object = false;
            ser.primitive(has_object);
            if ( has_object ) {
                if constexpr ( is_unbounded_array_v<OWNER> ) {
                    ser.primitive(*size_);
                    ser.unpacker().check_count(*size_);
                    std::shared_ptr<OWNER> made(new ELEM[*size_]());
                    owner = made;
                    serialize_elements(ser, made.get(), *size_, opt);
                }
                else if constexpr ( std::is_array_v<OWNER> ) {
                    std::shared_ptr<OWNER> made(reinterpret_cast<OWNER*>(new ELEM[std::extent_v<OWNER>]()),
                                                [](OWNER* p) { delete[] reinterpret_cast<ELEM*>(p); });
                    owner = std::shared_ptr<void>(made, made.get());
                    SST_SER(*made, opt);
                }
                else {
                    auto made = std::make_shared<OWNER>();
                    owner     = made;
                    SST_SER(*made, opt);
                }
            }
            parent = std::shared_ptr<PARENT_TYPE>(owner, reinterpret_cast<std::remove_extent_t<PARENT_TYPE>*>(owner.get()));
        }
        if ( nonnull && !owner.get() ) throw std::out_of_range("serialization: shared_ptr offset into a null owner");
        auto* addr = nonnull ? reinterpret_cast<std::remove_extent_t<PTR_TYPE>*>(static_cast<char*>(owner.get()) + offset)
                             : nullptr;
        ptr = std::shared_ptr<PTR_TYPE>(owner, addr);
    }

    size_t* size_;
};

template <template <class> class PTR, class PTR_TYPE, class PARENT_TYPE = PTR_TYPE, class SIZE_T = void,
          class OWNER_REF = std::shared_ptr<PARENT_TYPE>&>
struct shared_ptr_wrapper
{
    PTR<PTR_TYPE>& ptr;
    OWNER_REF&&    parent;
};
template <template <class> class PTR, class PTR_TYPE, class PARENT_ELEM, class SIZE_T, class OWNER_REF>
struct shared_ptr_wrapper<PTR, PTR_TYPE, PARENT_ELEM[], SIZE_T, OWNER_REF>
{
    PTR<PTR_TYPE>& ptr;
    OWNER_REF&&    parent;
    SIZE_T&        size;
};

} // namespace pvt

template <class PTR_TYPE>
class serialize_impl<std::shared_ptr<PTR_TYPE>,
                     std::enable_if_t<!is_unbounded_array_v<PTR_TYPE> && !std::is_function_v<PTR_TYPE>>>
{
    void operator()(std::shared_ptr<PTR_TYPE>& ptr, serializer& ser, ser_opt_t opt)
    {
        if ( ser.mode() == serializer::MAP ) return;
        ser_opt_t elem_opt = SerOption::is_set(opt, SerOption::as_ptr_elem) ? SerOption::as_ptr : SerOption::none;
        pvt::serialize_shared_ptr_impl()(ptr, ptr, ser, elem_opt);
    }
    SST_FRIEND_SERIALIZE();
};

template <class PTR_TYPE>
class serialize_impl<std::weak_ptr<PTR_TYPE>,
                     std::enable_if_t<!is_unbounded_array_v<PTR_TYPE> && !std::is_function_v<PTR_TYPE>>>
{
    void operator()(std::weak_ptr<PTR_TYPE>& ptr, serializer& ser, ser_opt_t opt)
    {
        if ( ser.mode() == serializer::MAP ) return;
        ser_opt_t                 elem_opt = SerOption::is_set(opt, SerOption::as_ptr_elem) ? SerOption::as_ptr : SerOption::none;
        std::shared_ptr<PTR_TYPE> parent   = ptr.lock();
        pvt::serialize_shared_ptr_impl()(ptr, parent, ser, elem_opt);
    }
    SST_FRIEND_SERIALIZE();
};

template <template <class> class PTR, class PTR_TYPE, class PARENT_TYPE, class SIZE_T, class OWNER_REF>
class serialize_impl<pvt::shared_ptr_wrapper<PTR, PTR_TYPE, PARENT_TYPE, SIZE_T, OWNER_REF>,
                     std::enable_if_t<!std::is_function_v<PTR_TYPE>>>
{
    void operator()(pvt::shared_ptr_wrapper<PTR, PTR_TYPE, PARENT_TYPE, SIZE_T, OWNER_REF>& w, serializer& ser,
                    ser_opt_t opt)
    {
        if ( ser.mode() == serializer::MAP ) return;
        ser_opt_t elem_opt = SerOption::is_set(opt, SerOption::as_ptr_elem) ? SerOption::as_ptr : SerOption::none;
        if constexpr ( !is_unbounded_array_v<PARENT_TYPE> ) {
            pvt::serialize_shared_ptr_impl()(w.ptr, w.parent, ser, elem_opt);
        }
        else {
            size_t n = 0;
            if ( ser.mode() != serializer::UNPACK )
                n = get_array_size(w.size, "serialization: SST::Core::Serialization::shared_ptr() size does not fit "
                                           "in size_t");
            pvt::serialize_shared_ptr_impl{ &n }(w.ptr, w.parent, ser, elem_opt);
            if ( ser.mode() == serializer::UNPACK ) w.size = static_cast<SIZE_T>(n);
        }
    }
    SST_FRIEND_SERIALIZE();
};

template <class PTR_TYPE, class PARENT_TYPE>
std::enable_if_t<!is_unbounded_array_v<PARENT_TYPE>, pvt::shared_ptr_wrapper<std::shared_ptr, PTR_TYPE, PARENT_TYPE>>
shared_ptr(std::shared_ptr<PTR_TYPE>& ptr, std::shared_ptr<PARENT_TYPE>& parent)
{
    return { ptr, parent };
}
template <class PTR_TYPE, class SIZE_T>
std::enable_if_t<is_unbounded_array_v<PTR_TYPE> && std::is_integral_v<SIZE_T>,
                 pvt::shared_ptr_wrapper<std::shared_ptr, PTR_TYPE, PTR_TYPE, SIZE_T>>
shared_ptr(std::shared_ptr<PTR_TYPE>& ptr, SIZE_T& size)
{
    return { ptr, ptr, size };
}
template <class PTR_TYPE, class PARENT_TYPE, class SIZE_T>
std::enable_if_t<is_unbounded_array_v<PARENT_TYPE>, pvt::shared_ptr_wrapper<std::shared_ptr, PTR_TYPE, PARENT_TYPE, SIZE_T>>
shared_ptr(std::shared_ptr<PTR_TYPE>& ptr, std::shared_ptr<PARENT_TYPE>& parent, SIZE_T& size)
{
    return { ptr, parent, size };
}
template <class PTR_TYPE>
std::shared_ptr<PTR_TYPE>& shared_ptr(std::shared_ptr<PTR_TYPE>& ptr)
{
    return ptr;
}

template <class PTR_TYPE, class PARENT_TYPE>
std::enable_if_t<!is_unbounded_array_v<PARENT_TYPE>, pvt::shared_ptr_wrapper<std::weak_ptr, PTR_TYPE, PARENT_TYPE>>
weak_ptr(std::weak_ptr<PTR_TYPE>& ptr, std::shared_ptr<PARENT_TYPE>& parent)
{
    return { ptr, parent };
}
template <class PTR_TYPE, class SIZE_T>
std::enable_if_t<is_unbounded_array_v<PTR_TYPE>,
                 pvt::shared_ptr_wrapper<std::weak_ptr, PTR_TYPE, PTR_TYPE, SIZE_T, std::shared_ptr<PTR_TYPE>>>
weak_ptr(std::weak_ptr<PTR_TYPE>& ptr, SIZE_T& size)
{
    return { ptr, ptr.lock(), size };
}
template <class PTR_TYPE, class PARENT_TYPE, class SIZE_T>
std::enable_if_t<is_unbounded_array_v<PARENT_TYPE>, pvt::shared_ptr_wrapper<std::weak_ptr, PTR_TYPE, PARENT_TYPE, SIZE_T>>
weak_ptr(std::weak_ptr<PTR_TYPE>& ptr, std::shared_ptr<PARENT_TYPE>& parent, SIZE_T& size)
{
    return { ptr, parent, size };
}
template <class PTR_TYPE>
std::weak_ptr<PTR_TYPE>& weak_ptr(std::weak_ptr<PTR_TYPE>& ptr)
{
    return ptr;
}

} // namespace SST::Core::Serialization

#endif
