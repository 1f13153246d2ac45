// SPDX-License-Identifier: BSD-3-Clause
// A documentation field of any type an element base defines for its elements:
// SST_ELI_DOCUMENT_SIMPLE_INFO(type, index, values...) in the element, ProvidesSimpleInfo<index, type>
// in the base's list of info policies.
#ifndef SST_CORE_ELI_SIMPLE_INFO_H
#define SST_CORE_ELI_SIMPLE_INFO_H

#include "sst/core/warnmacros.h"

#include <type_traits>

namespace SST::ELI {

template <int num, typename InfoType>
struct SimpleInfoPlaceHolder
{};

template <class T, int index, class InfoType, class = void>
struct GetSimpleInfo
{
    static const InfoType& get()
    {
        static InfoType none{};
        return none;
    }
};
template <class T, int index, class InfoType>
struct GetSimpleInfo<T, index, InfoType,
                     std::void_t<decltype(T::ELI_getSimpleInfo(SimpleInfoPlaceHolder<index, InfoType>()))>>
{
    static const InfoType& get() { return T::ELI_getSimpleInfo(SimpleInfoPlaceHolder<index, InfoType>()); }
};

template <int num, typename InfoType>
class ProvidesSimpleInfo
{
public:
    const InfoType& getSimpleInfo() const { return info_; }

protected:
    template <class T>
    explicit ProvidesSimpleInfo(T*) : info_(GetSimpleInfo<T, num, InfoType>::get())
    {}

private:
    InfoType info_;
};

} // namespace SST::ELI

#define SST_ELI_DOCUMENT_SIMPLE_INFO(type, index, ...)                                                 \
    static const type& ELI_getSimpleInfo(SST::ELI::SimpleInfoPlaceHolder<index, type> UNUSED(a))      \
    {                                                                                                  \
        static type my_info = { __VA_ARGS__ };                                                         \
        return my_info;                                                                                \
    }

#endif
