// SPDX-License-Identifier: BSD-3-Clause
// Callback objects in the form SST Core 16 declares them: a handler binds an
// object and a member function (a template argument), with optional extra data.
//   new Event::Handler<Class, &Class::method>(this)
//   new Event::Handler<Class, &Class::method, int>(this, 7)
#ifndef SST_CORE_SSTHANDLER_H
#define SST_CORE_SSTHANDLER_H

#include <utility>

namespace SST {

template <typename returnT, typename argT>
class SSTHandlerBase
{
public:
    virtual ~SSTHandlerBase() = default;
    returnT operator()(argT arg) { return operator_impl(arg); }

protected:
    virtual returnT operator_impl(argT arg) = 0;
};

template <typename returnT>
class SSTHandlerBaseNoArgs
{
public:
    virtual ~SSTHandlerBaseNoArgs() = default;
    returnT operator()() { return operator_impl(); }

protected:
    virtual returnT operator_impl() = 0;
};

template <typename returnT, typename argT, typename classT, typename dataT, auto funcT>
class SSTHandler2 : public SSTHandlerBase<returnT, argT>
{
public:
    SSTHandler2(classT* object, dataT data) : object_(object), data_(std::move(data)) {}

protected:
    returnT operator_impl(argT arg) override { return (object_->*funcT)(arg, data_); }

private:
    classT* object_;
    dataT   data_;
};

template <typename returnT, typename argT, typename classT, auto funcT>
class SSTHandler2<returnT, argT, classT, void, funcT> : public SSTHandlerBase<returnT, argT>
{
public:
    explicit SSTHandler2(classT* object) : object_(object) {}

protected:
    returnT operator_impl(argT arg) override { return (object_->*funcT)(arg); }

private:
    classT* object_;
};

} // namespace SST

#endif
