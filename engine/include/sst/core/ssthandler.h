// SPDX-License-Identifier: BSD-3-Clause
// Callbacks in the form SST Core 16 declares them. SSTHandlerBase<returnT, argT> is what the
// engine calls; SSTHandler<returnT, argT, Class, dataT, &Class::method> binds an object and a
// member function (with optional extra data given to the constructor):
//   new Event::Handler<Class, &Class::method>(this)
//   new Clock::Handler<Class, &Class::tick, int>(this, 7)
// Tools attach to a handler (AttachPoint: before and after each call, for profiling) and,
// for void handlers, intercept it (InterceptPoint: see or replace the argument, or cancel the
// call; PortModules do this). Handlers are serializable, tools included when they are.
#ifndef SST_CORE_SSTHANDLER_H
#define SST_CORE_SSTHANDLER_H

#include "sst/core/serialization/serializable.h"
#include "sst/core/serialization/serializer.h"
#include "sst/core/sst_types.h"

#include <cstdint>
#include <type_traits>
#include <utility>
#include <vector>

namespace SST {

namespace pvt_handler {
/** What an attach point is shown of an argument or a return value. */
template <class T>
using view_t = std::conditional_t<std::is_pointer_v<T>, const std::remove_pointer_t<T>*, const T&>;

/** Serializes the attached tools that are serializable (in SIZER/PACK) or rebuilds them (UNPACK). */
template <class Tool, class KeyFn>
void serializeTools(Core::Serialization::serializer& ser, std::vector<std::pair<Tool*, uintptr_t>>*& list,
                    KeyFn serializeKey)
{
    using Core::Serialization::serializable;
    using Core::Serialization::serializer;
    if ( ser.mode() == serializer::SIZER || ser.mode() == serializer::PACK ) {
        std::vector<std::pair<Tool*, uintptr_t>> kept;
        if ( list )
            for ( auto& t : *list )
                if ( dynamic_cast<serializable*>(t.first) ) kept.push_back(t);
        size_t n = kept.size();
        ser.primitive(n);
        for ( auto& t : kept ) {
            serializable* obj = dynamic_cast<serializable*>(t.first);
            SST_SER(obj);
            serializeKey(t.first, ser, t.second);
        }
    }
    else if ( ser.mode() == serializer::UNPACK ) {
        size_t n = 0;
        ser.primitive(n);
        for ( size_t i = 0; i < n; ++i ) {
            serializable* obj = nullptr;
            uintptr_t     key = 0;
            SST_SER(obj);
            Tool* tool = dynamic_cast<Tool*>(obj);
            serializeKey(tool, ser, key);
            if ( !list ) list = new std::vector<std::pair<Tool*, uintptr_t>>();
            list->emplace_back(tool, key);
        }
    }
}
} // namespace pvt_handler

template <typename returnT, typename argT>
class SSTHandlerBase;

// returnT(argT)
template <typename returnT, typename argT>
class SSTHandlerBase : public Core::Serialization::serializable
{
public:
    class AttachPoint
    {
    public:
        AttachPoint()                                                           = default;
        virtual ~AttachPoint()                                                  = default;
        virtual uintptr_t registerHandler(const AttachPointMetaData& mdata)     = 0;
        virtual void      beforeHandler(uintptr_t key, pvt_handler::view_t<argT> arg) = 0;
        virtual void      afterHandler(uintptr_t key, pvt_handler::view_t<returnT> ret_value) = 0;
        virtual void serializeHandlerAttachPointKey(Core::Serialization::serializer& UNUSED(ser), uintptr_t& UNUSED(key))
        {}
    };

    ~SSTHandlerBase() override { delete tools_; }

    returnT operator()(argT arg)
    {
        if ( !tools_ ) return operator_impl(arg);
        for ( auto& t : *tools_ )
            t.first->beforeHandler(t.second, arg);
        returnT ret = operator_impl(arg);
        for ( auto& t : *tools_ )
            t.first->afterHandler(t.second, ret);
        return ret;
    }
    void attachTool(AttachPoint* tool, const AttachPointMetaData& mdata)
    {
        if ( !tools_ ) tools_ = new std::vector<std::pair<AttachPoint*, uintptr_t>>();
        tools_->emplace_back(tool, tool->registerHandler(mdata));
    }
    void detachTool(AttachPoint* tool) { eraseTool(tools_, tool); }
    void transferAttachedToolInfo(SSTHandlerBase* handler) { std::swap(tools_, handler->tools_); }

protected:
    virtual returnT operator_impl(argT) = 0;
    void            serialize_order(Core::Serialization::serializer& ser) override
    {
        pvt_handler::serializeTools(ser, tools_, [](AttachPoint* t, Core::Serialization::serializer& s, uintptr_t& k) {
            t->serializeHandlerAttachPointKey(s, k);
        });
    }

private:
    template <class L, class T>
    static void eraseTool(L* list, T* tool)
    {
        if ( !list ) return;
        for ( auto it = list->begin(); it != list->end(); ++it )
            if ( it->first == tool ) {
                list->erase(it);
                return;
            }
    }
    std::vector<std::pair<AttachPoint*, uintptr_t>>* tools_ = nullptr;
    ImplementVirtualSerializable(SSTHandlerBase)
};

// void(argT): also intercept points
template <typename argT>
class SSTHandlerBase<void, argT> : public Core::Serialization::serializable
{
public:
    class AttachPoint
    {
    public:
        AttachPoint()                                                       = default;
        virtual ~AttachPoint()                                              = default;
        virtual uintptr_t registerHandler(const AttachPointMetaData& mdata) = 0;
        virtual void      beforeHandler(uintptr_t key, pvt_handler::view_t<argT> arg) = 0;
        virtual void      afterHandler(uintptr_t key)                       = 0;
        virtual void serializeHandlerAttachPointKey(Core::Serialization::serializer& UNUSED(ser), uintptr_t& UNUSED(key))
        {}
    };
    class InterceptPoint
    {
    public:
        virtual ~InterceptPoint()                                                    = default;
        virtual uintptr_t registerHandlerIntercept(const AttachPointMetaData& mdata) = 0;
        /** May change data (or delete it and replace it); setting cancel stops the call. */
        virtual void      interceptHandler(uintptr_t key, argT& data, bool& cancel)  = 0;
        virtual void serializeHandlerInterceptPointKey(Core::Serialization::serializer& UNUSED(ser),
                                                       uintptr_t& UNUSED(key))
        {}
    };

    ~SSTHandlerBase() override
    {
        delete tools_;
        delete intercepts_;
    }

    void operator()(argT arg)
    {
        if ( !tools_ && !intercepts_ ) return operator_impl(arg);
        if ( tools_ )
            for ( auto& t : *tools_ )
                t.first->beforeHandler(t.second, arg);
        bool cancel = false;
        if ( intercepts_ )
            for ( auto& t : *intercepts_ ) {
                t.first->interceptHandler(t.second, arg, cancel);
                if ( cancel ) break;
            }
        if ( !cancel ) operator_impl(arg);
        if ( tools_ )
            for ( auto& t : *tools_ )
                t.first->afterHandler(t.second);
    }
    void attachTool(AttachPoint* tool, const AttachPointMetaData& mdata)
    {
        if ( !tools_ ) tools_ = new std::vector<std::pair<AttachPoint*, uintptr_t>>();
        tools_->emplace_back(tool, tool->registerHandler(mdata));
    }
    void detachTool(AttachPoint* tool) { eraseTool(tools_, tool); }
    void attachInterceptTool(InterceptPoint* tool, const AttachPointMetaData& mdata)
    {
        if ( !intercepts_ ) intercepts_ = new std::vector<std::pair<InterceptPoint*, uintptr_t>>();
        intercepts_->emplace_back(tool, tool->registerHandlerIntercept(mdata));
    }
    void detachInterceptTool(InterceptPoint* tool) { eraseTool(intercepts_, tool); }
    void transferAttachedToolInfo(SSTHandlerBase* handler)
    {
        std::swap(tools_, handler->tools_);
        std::swap(intercepts_, handler->intercepts_);
    }

protected:
    virtual void operator_impl(argT) = 0;
    void         serialize_order(Core::Serialization::serializer& ser) override
    {
        pvt_handler::serializeTools(ser, tools_, [](AttachPoint* t, Core::Serialization::serializer& s, uintptr_t& k) {
            t->serializeHandlerAttachPointKey(s, k);
        });
        pvt_handler::serializeTools(ser, intercepts_,
                                    [](InterceptPoint* t, Core::Serialization::serializer& s, uintptr_t& k) {
                                        t->serializeHandlerInterceptPointKey(s, k);
                                    });
    }

private:
    template <class L, class T>
    static void eraseTool(L* list, T* tool)
    {
        if ( !list ) return;
        for ( auto it = list->begin(); it != list->end(); ++it )
            if ( it->first == tool ) {
                list->erase(it);
                return;
            }
    }
    std::vector<std::pair<AttachPoint*, uintptr_t>>*    tools_      = nullptr;
    std::vector<std::pair<InterceptPoint*, uintptr_t>>* intercepts_ = nullptr;
    ImplementVirtualSerializable(SSTHandlerBase)
};

// returnT()
template <typename returnT>
class SSTHandlerBase<returnT, void> : public Core::Serialization::serializable
{
public:
    class AttachPoint
    {
    public:
        AttachPoint()                                                       = default;
        virtual ~AttachPoint()                                              = default;
        virtual uintptr_t registerHandler(const AttachPointMetaData& mdata) = 0;
        virtual void      beforeHandler(uintptr_t key)                      = 0;
        virtual void      afterHandler(uintptr_t key, pvt_handler::view_t<returnT> ret_value) = 0;
        virtual void serializeHandlerAttachPointKey(Core::Serialization::serializer& UNUSED(ser), uintptr_t& UNUSED(key))
        {}
    };

    ~SSTHandlerBase() override { delete tools_; }

    returnT operator()()
    {
        if ( !tools_ ) return operator_impl();
        for ( auto& t : *tools_ )
            t.first->beforeHandler(t.second);
        returnT ret = operator_impl();
        for ( auto& t : *tools_ )
            t.first->afterHandler(t.second, ret);
        return ret;
    }
    void attachTool(AttachPoint* tool, const AttachPointMetaData& mdata)
    {
        if ( !tools_ ) tools_ = new std::vector<std::pair<AttachPoint*, uintptr_t>>();
        tools_->emplace_back(tool, tool->registerHandler(mdata));
    }
    void detachTool(AttachPoint* tool)
    {
        if ( !tools_ ) return;
        for ( auto it = tools_->begin(); it != tools_->end(); ++it )
            if ( it->first == tool ) {
                tools_->erase(it);
                return;
            }
    }
    void transferAttachedToolInfo(SSTHandlerBase* handler) { std::swap(tools_, handler->tools_); }

protected:
    virtual returnT operator_impl() = 0;
    void            serialize_order(Core::Serialization::serializer& ser) override
    {
        pvt_handler::serializeTools(ser, tools_, [](AttachPoint* t, Core::Serialization::serializer& s, uintptr_t& k) {
            t->serializeHandlerAttachPointKey(s, k);
        });
    }

private:
    std::vector<std::pair<AttachPoint*, uintptr_t>>* tools_ = nullptr;
    ImplementVirtualSerializable(SSTHandlerBase)
};

// void()
template <>
class SSTHandlerBase<void, void> : public Core::Serialization::serializable
{
public:
    class AttachPoint
    {
    public:
        AttachPoint()                                                       = default;
        virtual ~AttachPoint()                                              = default;
        virtual uintptr_t registerHandler(const AttachPointMetaData& mdata) = 0;
        virtual void      beforeHandler(uintptr_t key)                      = 0;
        virtual void      afterHandler(uintptr_t key)                       = 0;
        virtual void serializeHandlerAttachPointKey(Core::Serialization::serializer& UNUSED(ser), uintptr_t& UNUSED(key))
        {}
    };

    ~SSTHandlerBase() override { delete tools_; }

    void operator()()
    {
        if ( !tools_ ) return operator_impl();
        for ( auto& t : *tools_ )
            t.first->beforeHandler(t.second);
        operator_impl();
        for ( auto& t : *tools_ )
            t.first->afterHandler(t.second);
    }
    void attachTool(AttachPoint* tool, const AttachPointMetaData& mdata)
    {
        if ( !tools_ ) tools_ = new std::vector<std::pair<AttachPoint*, uintptr_t>>();
        tools_->emplace_back(tool, tool->registerHandler(mdata));
    }
    void detachTool(AttachPoint* tool)
    {
        if ( !tools_ ) return;
        for ( auto it = tools_->begin(); it != tools_->end(); ++it )
            if ( it->first == tool ) {
                tools_->erase(it);
                return;
            }
    }
    void transferAttachedToolInfo(SSTHandlerBase* handler) { std::swap(tools_, handler->tools_); }

protected:
    virtual void operator_impl() = 0;
    void         serialize_order(Core::Serialization::serializer& ser) override
    {
        pvt_handler::serializeTools(ser, tools_, [](AttachPoint* t, Core::Serialization::serializer& s, uintptr_t& k) {
            t->serializeHandlerAttachPointKey(s, k);
        });
    }

private:
    std::vector<std::pair<AttachPoint*, uintptr_t>>* tools_ = nullptr;
    ImplementVirtualSerializable(SSTHandlerBase)
};

/** Binds object and member function; dataT (if not void) is passed as the last argument. */
template <typename returnT, typename argT, typename classT, typename dataT, auto funcT>
class SSTHandler : public SSTHandlerBase<returnT, argT>
{
    static_assert(sizeof(classT) == 0, "SSTHandler: the member function does not match returnT, argT and dataT");
};

template <typename returnT, typename argT, typename classT, typename dataT, returnT (classT::*funcT)(argT, dataT)>
class SSTHandler<returnT, argT, classT, dataT, funcT> : public SSTHandlerBase<returnT, argT>
{
public:
    SSTHandler(classT* const object, dataT data) : object(object), data(data) {}
    SSTHandler() = default;
    SSTHandler(const SSTHandler&)            = delete;
    SSTHandler& operator=(const SSTHandler&) = delete;
    returnT operator_impl(argT arg) override { return (object->*funcT)(arg, data); }
    void    serialize_order(Core::Serialization::serializer& ser) override
    {
        SSTHandlerBase<returnT, argT>::serialize_order(ser);
        SST_SER(object);
        SST_SER(data);
    }

private:
    classT* object = nullptr;
    dataT   data{};
    ImplementSerializable(SSTHandler)
};

template <typename returnT, typename argT, typename classT, returnT (classT::*funcT)(argT)>
class SSTHandler<returnT, argT, classT, void, funcT> : public SSTHandlerBase<returnT, argT>
{
public:
    explicit SSTHandler(classT* const object) : object(object) {}
    SSTHandler() = default;
    SSTHandler(const SSTHandler&)            = delete;
    SSTHandler& operator=(const SSTHandler&) = delete;
    returnT operator_impl(argT arg) override { return (object->*funcT)(arg); }
    void    serialize_order(Core::Serialization::serializer& ser) override
    {
        SSTHandlerBase<returnT, argT>::serialize_order(ser);
        SST_SER(object);
    }

private:
    classT* object = nullptr;
    ImplementSerializable(SSTHandler)
};

template <typename returnT, typename classT, typename dataT, returnT (classT::*funcT)(dataT)>
class SSTHandler<returnT, void, classT, dataT, funcT> : public SSTHandlerBase<returnT, void>
{
public:
    SSTHandler(classT* const object, dataT data) : object(object), data(data) {}
    SSTHandler() = default;
    SSTHandler(const SSTHandler&)            = delete;
    SSTHandler& operator=(const SSTHandler&) = delete;
    returnT operator_impl() override { return (object->*funcT)(data); }
    void    serialize_order(Core::Serialization::serializer& ser) override
    {
        SSTHandlerBase<returnT, void>::serialize_order(ser);
        SST_SER(object);
        SST_SER(data);
    }

private:
    classT* object = nullptr;
    dataT   data{};
    ImplementSerializable(SSTHandler)
};

template <typename returnT, typename classT, returnT (classT::*funcT)()>
class SSTHandler<returnT, void, classT, void, funcT> : public SSTHandlerBase<returnT, void>
{
public:
    explicit SSTHandler(classT* const object) : object(object) {}
    SSTHandler() = default;
    SSTHandler(const SSTHandler&)            = delete;
    SSTHandler& operator=(const SSTHandler&) = delete;
    returnT operator_impl() override { return (object->*funcT)(); }
    void    serialize_order(Core::Serialization::serializer& ser) override
    {
        SSTHandlerBase<returnT, void>::serialize_order(ser);
        SST_SER(object);
    }

private:
    classT* object = nullptr;
    ImplementSerializable(SSTHandler)
};

} // namespace SST

#endif
