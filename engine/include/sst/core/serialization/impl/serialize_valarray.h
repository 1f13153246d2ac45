// SPDX-License-Identifier: BSD-3-Clause
#ifndef SST_CORE_SERIALIZATION_IMPL_SERIALIZE_VALARRAY_H
#define SST_CORE_SERIALIZATION_IMPL_SERIALIZE_VALARRAY_H

#include "sst/core/serialization/serializer.h"

#include <valarray>

namespace SST::Core::Serialization {

template <class T>
class serialize_impl<std::valarray<T>>
{
    void operator()(std::valarray<T>& v, serializer& ser, ser_opt_t opt)
    {
        if ( ser.mode() == serializer::MAP ) return;
        size_t n = v.size();
        ser.primitive(n);
        if ( ser.mode() == serializer::UNPACK ) {
            ser.unpacker().check_count(n);
            v.resize(n);
        }
        ser_opt_t elem_opt = SerOption::is_set(opt, SerOption::as_ptr_elem) ? SerOption::as_ptr : SerOption::none;
        if ( n ) pvt::serialize_elements(ser, &v[0], n, elem_opt);
    }
    SST_FRIEND_SERIALIZE();
};

} // namespace SST::Core::Serialization

#endif
