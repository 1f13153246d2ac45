// SPDX-License-Identifier: BSD-3-Clause
// Type traits the serializers share: which classes have serialize_order(), how many fields an
// aggregate has, and which types can be copied byte for byte ("trivially serializable").
#ifndef SST_CORE_SERIALIZATION_IMPL_SERIALIZE_UTILITY_H
#define SST_CORE_SERIALIZATION_IMPL_SERIALIZE_UTILITY_H

#include <bitset>
#include <complex>
#include <cstddef>
#include <type_traits>
#include <utility>

namespace SST::Core::Serialization {

class serializer;
class serializable_base;

template <template <class...> class, template <class...> class>
constexpr bool is_same_template_v = false;
template <template <class...> class T>
constexpr bool is_same_template_v<T, T> = true;
template <template <class...> class A, template <class...> class B>
using is_same_template = std::bool_constant<is_same_template_v<A, B>>;

template <class, template <class...> class>
constexpr bool is_same_type_template_v = false;
template <template <class...> class T, class... Args, template <class...> class U>
constexpr bool is_same_type_template_v<T<Args...>, U> = is_same_template_v<T, U>;
template <class T, template <class...> class U>
using is_same_type_template = std::bool_constant<is_same_type_template_v<T, U>>;

template <class T>
constexpr bool is_unbounded_array_v = false;
template <class T>
constexpr bool is_unbounded_array_v<T[]> = true;
template <class T>
using is_unbounded_array = std::bool_constant<is_unbounded_array_v<T>>;

template <class, class = void>
struct has_serialize_order_impl : std::false_type
{};
template <class T>
struct has_serialize_order_impl<T, decltype(std::declval<T&>().serialize_order(std::declval<serializer&>()))>
    : std::true_type
{};
template <class T>
using has_serialize_order = std::disjunction<std::is_base_of<serializable_base, T>, has_serialize_order_impl<T>>;
template <class T>
constexpr bool has_serialize_order_v = has_serialize_order<T>::value;

template <class T>
struct complex_properties
{
    static constexpr bool is_complex = false;
};
template <class T>
struct complex_properties<std::complex<T>>
{
    static constexpr bool is_complex = true;
};

namespace pvt_fields {
/** Converts to anything: C{any, any, ...} compiles while the count is at most C's field count. */
struct any_field
{
    template <class T>
    operator T() const;
};
template <class C, class Seq, class = void>
constexpr bool brace_constructible = false;
template <class C, size_t... I>
constexpr bool brace_constructible<C, std::index_sequence<I...>, std::void_t<decltype(C{ ((void)I, any_field())... })>> =
    true;
template <class C, size_t N>
constexpr bool has_at_least = std::is_aggregate_v<C> && brace_constructible<C, std::make_index_sequence<N>>;
template <class C, size_t N = 0, bool more = has_at_least<C, N + 1>>
constexpr size_t count = N;
template <class C, size_t N>
constexpr size_t count<C, N, true> = (N < 64) ? count<C, N + 1> : N;
} // namespace pvt_fields

/** The number of fields of an aggregate class (0 for anything else). */
template <class C>
constexpr size_t nfields = pvt_fields::count<C>;

namespace pvt_trivial {
template <class C>
constexpr bool scalar_like = complex_properties<C>::is_complex || std::is_arithmetic_v<C> || std::is_enum_v<C> ||
                             std::is_member_object_pointer_v<C>;

/** Converts only to trivially serializable types: C{ts, ts, ...} tests every field. */
template <class C, class = void>
constexpr bool check = false;

struct ts_field
{
    template <class T, class = std::enable_if_t<check<T>>>
    operator T() const;
};
template <class C, class Seq, class = void>
constexpr bool fields_ok = false;
template <class C, size_t... I>
constexpr bool fields_ok<C, std::index_sequence<I...>, std::void_t<decltype(C{ ((void)I, ts_field())... })>> = true;

template <class C>
constexpr bool candidate_aggregate = std::is_class_v<C> && std::is_aggregate_v<C> && std::is_trivially_copyable_v<C> &&
                                     std::is_standard_layout_v<C> && !has_serialize_order_v<C>;

template <class C>
constexpr bool check<C, std::enable_if_t<scalar_like<C>>> = true;
template <class C>
constexpr bool check<C, std::enable_if_t<!scalar_like<C> && candidate_aggregate<C>>> =
    fields_ok<C, std::make_index_sequence<nfields<C>>>;
template <size_t N>
constexpr bool check<std::bitset<N>> = true;
#ifdef __SIZEOF_INT128__
template <>
inline constexpr bool check<__int128> = true;
template <>
inline constexpr bool check<unsigned __int128> = true;
#endif
} // namespace pvt_trivial

/** Arithmetic, enums, complex numbers, and plain aggregates of them: copied byte for byte. */
template <class C>
constexpr bool is_trivially_serializable_v = pvt_trivial::check<C>;
template <class C>
using is_trivially_serializable = std::bool_constant<is_trivially_serializable_v<C>>;

} // namespace SST::Core::Serialization

#endif
