// SPDX-License-Identifier: BSD-3-Clause
// How the engine constructs elements: each element base (Component, SubComponent, every
// SubComponent or Module API) keeps, per library, a map from element name to a builder for
// each constructor signature the base declares. Registering an element adds a builder to its
// API and to every parent API whose constructor the element also has, so a SubComponent
// registered under a derived API can be loaded into a slot of the parent API.
#ifndef SST_CORE_ELI_ELEMENTBUILDER_H
#define SST_CORE_ELI_ELEMENTBUILDER_H

#include "sst/core/eli/elibase.h"

#include <map>
#include <string>
#include <tuple>
#include <type_traits>
#include <utility>

namespace SST::ELI {

template <class Base, class... Args>
struct Builder
{
    using createFxn = Base* (*)(Args...);
    virtual Base* create(Args... ctorArgs) = 0;
    template <class NewBase>
    using ChangeBase = Builder<NewBase, Args...>;
    virtual ~Builder() = default;
};

template <class Base, class... CtorArgs>
class BuilderLibrary
{
public:
    using BaseBuilder = Builder<Base, CtorArgs...>;

    explicit BuilderLibrary(const std::string& name) : name_(name) {}

    BaseBuilder* getBuilder(const std::string& name)
    {
        auto it = factories_.find(name);
        return it == factories_.end() ? nullptr : it->second;
    }
    const std::map<std::string, BaseBuilder*>& getMap() const { return factories_; }

    void readdBuilder(const std::string& name, const std::string& alias, BaseBuilder* fact)
    {
        factories_[name] = fact;
        if ( !alias.empty() ) factories_[alias] = fact;
    }
    bool addBuilder(const std::string& elem, const std::string& alias, BaseBuilder* fact)
    {
        readdBuilder(elem, alias, fact);
        return LoadedLibraries::addLoader(name_, elem, alias);
    }
    bool addBuilder(const std::string& elem, BaseBuilder* fact) { return addBuilder(elem, "", fact); }

    template <class NewBase>
    using ChangeBase = BuilderLibrary<NewBase, CtorArgs...>;

private:
    std::map<std::string, BaseBuilder*> factories_;
    std::string                         name_;
};

template <class Base, class... CtorArgs>
class BuilderLibraryDatabase
{
public:
    using Library     = BuilderLibrary<Base, CtorArgs...>;
    using BaseFactory = typename Library::BaseBuilder;

    static Library* getLibrary(const std::string& name)
    {
        // Lives as long as the process, as the builders it holds (never destroyed: an element
        // library's static registration may run after another's static destruction began).
        static auto&                           libraries = *new std::map<std::string, Library*>;
        auto&                                  lib       = libraries[name];
        if ( !lib ) lib = new Library(name);
        return lib;
    }
    template <class NewBase>
    using ChangeBase = BuilderLibraryDatabase<NewBase, CtorArgs...>;
};

struct BuilderDatabase
{
    template <class T, class... Args>
    static BuilderLibrary<T, Args...>* getLibrary(const std::string& name)
    {
        return BuilderLibraryDatabase<T, Args...>::getLibrary(name);
    }
};

/** Constructs T (registered under Base) from the base's constructor arguments. */
template <class T, class Base, class... Args>
struct DerivedBuilder : public Builder<Base, Args...>
{
    Base* create(Args... ctorArgs) override { return new T(std::forward<Args>(ctorArgs)...); }
};

/** Loading a library makes every element it registers instantiate this: it registers T's builders. */
template <class Base, class T>
struct InstantiateBuilder
{
    static bool isLoaded() { return loaded; }
    static inline const bool loaded = Base::Ctor::template add<T>();
};

template <class, class>
inline constexpr bool is_tuple_constructible_v = false;
template <class T, class... Args>
inline constexpr bool is_tuple_constructible_v<T, std::tuple<Args...>> = std::is_constructible_v<T, Args...>;

/** A base with one constructor signature. */
template <class Base, class... Args>
struct SingleCtor
{
    template <class T>
    static constexpr bool is_constructible_v = std::is_constructible_v<T, Args...>;

    template <class T>
    static bool add()
    {
        return Base::addBuilder(T::ELI_getLibrary(), T::ELI_getName(), GetAlias<T>::get(),
                                new DerivedBuilder<T, Base, Args...>());
    }
    template <class NewBase>
    using ChangeBase = SingleCtor<NewBase, Args...>;
};

/** A derived API's constructor, then its parent's where the element has that constructor too. */
template <class NewCtor, class OldCtor>
struct ExtendedCtor
{
    template <class T>
    static constexpr bool is_constructible_v = NewCtor::template is_constructible_v<T>;

    template <class T>
    static bool add()
    {
        bool ok = NewCtor::template add<T>();
        if constexpr ( OldCtor::template is_constructible_v<T> ) ok = OldCtor::template add<T>() && ok;
        return ok;
    }
    template <class NewBase>
    using ChangeBase = typename NewCtor::template ChangeBase<NewBase>;
};

/** A base with several constructor signatures (ELI_CTOR(...) each): a builder for each the element has. */
template <class Base, class... Ctors>
struct CtorList
{
    template <class T>
    static constexpr bool is_constructible_v = (is_tuple_constructible_v<T, Ctors> || ...);

    template <class T>
    static bool add()
    {
        static_assert(std::is_abstract_v<T> || is_constructible_v<T>,
                      "the element has none of the constructors its base declares");
        (addOne<T, Ctors>(), ...);
        return true;
    }
    template <class NewBase>
    using ChangeBase = CtorList<NewBase, Ctors...>;

private:
    template <class T, class Ctor>
    static void addOne()
    {
        if constexpr ( is_tuple_constructible_v<T, Ctor> ) addTuple<T>(static_cast<Ctor*>(nullptr));
    }
    template <class T, class... Args>
    static void addTuple(std::tuple<Args...>*)
    {
        Base::addBuilder(T::ELI_getLibrary(), T::ELI_getName(), GetAlias<T>::get(), new DerivedBuilder<T, Base, Args...>());
    }
};

} // namespace SST::ELI

#define ELI_CTOR(...)      std::tuple<__VA_ARGS__>
#define ELI_DEFAULT_CTOR() std::tuple<>

#define SST_ELI_BUILDER_TYPEDEFS(...)                                               \
    using BaseBuilder            = ::SST::ELI::Builder<__VA_ARGS__>;                \
    using BuilderLibrary         = ::SST::ELI::BuilderLibrary<__VA_ARGS__>;         \
    using BuilderLibraryDatabase = ::SST::ELI::BuilderLibraryDatabase<__VA_ARGS__>;

#define SST_ELI_BUILDER_FXNS()                                                                                    \
    static BuilderLibrary* getBuilderLibrary(const std::string& name) { return BuilderLibraryDatabase::getLibrary(name); } \
    static bool addBuilder(const std::string& elemlib, const std::string& elem, const std::string& alias,        \
                           BaseBuilder* builder)                                                                  \
    {                                                                                                             \
        return getBuilderLibrary(elemlib)->addBuilder(elem, alias, builder);                                      \
    }

#define SST_ELI_BUILDER_FXNS_EXTERN()                                                                             \
    static BuilderLibrary* getBuilderLibrary(const std::string& name);                                           \
    static bool addBuilder(const std::string& elemlib, const std::string& elem, const std::string& alias,        \
                           BaseBuilder* builder);

#define SST_ELI_DEFINE_CTOR_EXTERN(base)                                                                          \
    bool base::addBuilder(const std::string& elemlib, const std::string& elem, const std::string& alias,         \
                          BaseBuilder* builder)                                                                   \
    {                                                                                                             \
        return getBuilderLibrary(elemlib)->addBuilder(elem, alias, builder);                                      \
    }                                                                                                             \
    base::BuilderLibrary* base::getBuilderLibrary(const std::string& elemlib)                                     \
    {                                                                                                             \
        return BuilderLibraryDatabase::getLibrary(elemlib);                                                       \
    }

/** One constructor signature. */
#define SST_ELI_DECLARE_CTOR(...)                                     \
    using Ctor = ::SST::ELI::SingleCtor<__LocalEliBase, __VA_ARGS__>; \
    SST_ELI_BUILDER_TYPEDEFS(__LocalEliBase, __VA_ARGS__)             \
    SST_ELI_BUILDER_FXNS()
#define SST_ELI_DECLARE_CTOR_EXTERN(...)                              \
    using Ctor = ::SST::ELI::SingleCtor<__LocalEliBase, __VA_ARGS__>; \
    SST_ELI_BUILDER_TYPEDEFS(__LocalEliBase, __VA_ARGS__)             \
    SST_ELI_BUILDER_FXNS_EXTERN()
#define SST_ELI_DECLARE_DEFAULT_CTOR()                   \
    using Ctor = ::SST::ELI::SingleCtor<__LocalEliBase>; \
    SST_ELI_BUILDER_TYPEDEFS(__LocalEliBase)             \
    SST_ELI_BUILDER_FXNS()
#define SST_ELI_DECLARE_DEFAULT_CTOR_EXTERN()            \
    using Ctor = ::SST::ELI::SingleCtor<__LocalEliBase>; \
    SST_ELI_BUILDER_TYPEDEFS(__LocalEliBase)             \
    SST_ELI_BUILDER_FXNS_EXTERN()

/** Several constructor signatures: SST_ELI_DECLARE_CTORS(ELI_CTOR(Params&), ELI_CTOR(Component*, Params&)). */
#define SST_ELI_CTORS_COMMON(...)                                                                                  \
    using Ctor = ::SST::ELI::CtorList<__LocalEliBase, __VA_ARGS__>;                                                \
    template <class... __InArgs>                                                                                   \
    static SST::ELI::BuilderLibrary<__LocalEliBase, __InArgs...>* getBuilderLibraryTemplate(const std::string& name) \
    {                                                                                                              \
        return ::SST::ELI::BuilderDatabase::getLibrary<__LocalEliBase, __InArgs...>(name);                         \
    }
#define SST_ELI_DECLARE_CTORS(...)                                                                                 \
    SST_ELI_CTORS_COMMON(ELI_FORWARD_AS_ONE(__VA_ARGS__))                                                          \
    template <class... Args>                                                                                       \
    static bool addBuilder(const std::string& elemlib, const std::string& elem, const std::string& alias,         \
                           SST::ELI::Builder<__LocalEliBase, Args...>* builder)                                    \
    {                                                                                                              \
        return getBuilderLibraryTemplate<Args...>(elemlib)->addBuilder(elem, alias, builder);                      \
    }
#define SST_ELI_DECLARE_CTORS_EXTERN(...) SST_ELI_CTORS_COMMON(ELI_FORWARD_AS_ONE(__VA_ARGS__))

/** A derived API: its own constructor, extended by its parent's. */
#define SST_ELI_EXTEND_CTOR() using Ctor = ::SST::ELI::ExtendedCtor<LocalCtor, __ParentEliBase::Ctor>;

#define SST_ELI_SAME_BASE_CTOR()                                                                                \
    using LocalCtor = __ParentEliBase::Ctor::ChangeBase<__LocalEliBase>;                                        \
    SST_ELI_EXTEND_CTOR()                                                                                       \
    using BaseBuilder            = typename __ParentEliBase::BaseBuilder::template ChangeBase<__LocalEliBase>;  \
    using BuilderLibrary         = __ParentEliBase::BuilderLibrary::ChangeBase<__LocalEliBase>;                 \
    using BuilderLibraryDatabase = __ParentEliBase::BuilderLibraryDatabase::ChangeBase<__LocalEliBase>;         \
    SST_ELI_BUILDER_FXNS()

#define SST_ELI_NEW_BASE_CTOR(...)                                         \
    using LocalCtor = ::SST::ELI::SingleCtor<__LocalEliBase, __VA_ARGS__>; \
    SST_ELI_EXTEND_CTOR()                                                  \
    SST_ELI_BUILDER_TYPEDEFS(__LocalEliBase, __VA_ARGS__)                  \
    SST_ELI_BUILDER_FXNS()

#define SST_ELI_DEFAULT_BASE_CTOR()                           \
    using LocalCtor = ::SST::ELI::SingleCtor<__LocalEliBase>; \
    SST_ELI_EXTEND_CTOR()                                     \
    SST_ELI_BUILDER_TYPEDEFS(__LocalEliBase)                  \
    SST_ELI_BUILDER_FXNS()

#endif
