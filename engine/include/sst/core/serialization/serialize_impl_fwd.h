// SPDX-License-Identifier: BSD-3-Clause
#ifndef SST_CORE_SERIALIZATION_SERIALIZE_IMPL_FWD_H
#define SST_CORE_SERIALIZATION_SERIALIZE_IMPL_FWD_H

namespace SST::Core::Serialization {
/** The customisation point: serialize_impl<T>()(T&, serializer&, ser_opt_t) walks one T. */
template <class T, class Enable = void>
class serialize_impl;
} // namespace SST::Core::Serialization

/** Lets the serializer call a serialize_impl's private operator(), as SST Core's specialisations expect. */
#define SST_FRIEND_SERIALIZE()                                                                     \
    template <class SER>                                                                           \
    friend class ::SST::Core::Serialization::pvt::serialize;                                       \
    template <class, class>                                                                        \
    friend class ::SST::Core::Serialization::serialize_impl

namespace SST::Core::Serialization::pvt {
template <class T>
class serialize;
} // namespace SST::Core::Serialization::pvt

#endif
