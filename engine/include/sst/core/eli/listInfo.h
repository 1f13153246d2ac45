// SPDX-License-Identifier: BSD-3-Clause
// The pattern every documented list follows (parameters, ports, statistics, slots, attributes,
// profile points): detect whether a class declares the list, and a DOCUMENT macro that
// combines the class's records with its parent's.
#ifndef SST_CORE_ELI_LISTINFO_H
#define SST_CORE_ELI_LISTINFO_H

#include "sst/core/eli/elibase.h"

#include <type_traits>
#include <vector>

/** Getter<T>::get(): T::fn() if T declares (or inherits) it, else an empty list. */
#define SST_ELI_DETECT_LIST(Getter, Type, fn)                                                     \
    template <typename, typename = void>                                                          \
    struct Getter                                                                                 \
    {                                                                                             \
        static const std::vector<Type>& get()                                                     \
        {                                                                                         \
            static std::vector<Type> none = {};                                                   \
            return none;                                                                          \
        }                                                                                         \
    };                                                                                            \
    template <typename T>                                                                         \
    struct Getter<T, std::void_t<decltype(T::fn())>>                                              \
    {                                                                                             \
        static const std::vector<Type>& get() { return T::fn(); }                                 \
    };

/** A registered element's parent records are its API's; an API's are its parent API's. */
#define SST_ELI_DOCUMENT_LIST(Type, fn, Getter, ...)                                                             \
    static const std::vector<Type>& fn()                                                                        \
    {                                                                                                            \
        static std::vector<Type> var    = { __VA_ARGS__ };                                                       \
        auto                     parent = Getter<                                                                \
            std::conditional_t<(__EliDerivedLevel > __EliBaseLevel), __LocalEliBase, __ParentEliBase>>::get(); \
        ::SST::ELI::combineEliInfo(var, parent);                                                                 \
        return var;                                                                                              \
    }

#endif
