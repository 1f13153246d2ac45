// SPDX-License-Identifier: BSD-3-Clause
#ifndef SST_CORE_SHARED_SHAREDSET_H
#define SST_CORE_SHARED_SHAREDSET_H

#include "sst/core/shared/sharedObject.h"

#include <set>

namespace SST::Shared {

/** A shared set. Unless NO_VERIFY, an item inserted again must equal (==) the one there. */
template <typename valT>
class SharedSet : public SharedObject
{
    class Data;

public:
    SharedSet() = default;
    ~SharedSet() override = default;

    int initialize(const std::string& obj_name, verify_type v_type = FE_VERIFY)
    {
        if ( data )
            Private::getSimulationOutput().fatal(CALL_INFO, 1, "ERROR: called initialize() of SharedSet %s more than once\n",
                                                 obj_name.c_str());
        data    = manager().template getSharedObjectData<Data>(obj_name);
        int ret = incShareCount(data);
        data->setVerify(v_type);
        return ret;
    }

    using const_iterator         = typename std::set<valT>::const_iterator;
    using const_reverse_iterator = typename std::set<valT>::const_reverse_iterator;

    size_t                 size() const { return data->getSize(); }
    bool                   empty() const { return data->set.empty(); }
    size_t                 count(const valT& k) const { return data->set.count(k); }
    const_iterator         begin() const { return data->set.cbegin(); }
    const_iterator         end() const { return data->set.cend(); }
    const_reverse_iterator rbegin() const { return data->set.crbegin(); }
    const_reverse_iterator rend() const { return data->set.crend(); }
    const_iterator         lower_bound(const valT& key) const { return data->set.lower_bound(key); }
    const_iterator         upper_bound(const valT& key) const { return data->set.upper_bound(key); }

    void publish()
    {
        if ( published ) return;
        published = true;
        incPublishCount(data);
    }
    bool isFullyPublished() { return data->isFullyPublished(); }

    void insert(const valT& value)
    {
        if ( published )
            Private::getSimulationOutput().fatal(CALL_INFO, 1, "ERROR: insert into SharedSet %s after publish() was called\n",
                                                 data->getName().c_str());
        data->write(value);
    }
    const_iterator find(const valT& value) const { return data->set.find(value); }
    const_iterator mutex_find(const valT& value) const
    {
        std::lock_guard<std::mutex> lock(data->mtx);
        return data->set.find(value);
    }

    void serialize_order(serializer& ser) override
    {
        SharedObject::serialize_order(ser);
        bool        initialized = data != nullptr;
        std::string name        = initialized ? data->getName() : "";
        SST_SER(published);
        SST_SER(initialized);
        if ( !initialized ) return;
        SST_SER(name);
        if ( ser.mode() == serializer::UNPACK ) data = manager().template getSharedObjectData<Data>(name);
    }
    ImplementSerializable(SharedSet<valT>)

private:
    bool  published = false;
    Data* data      = nullptr;

    class Data : public SharedObjectData
    {
        friend class SharedSet;

    public:
        std::set<valT> set;
        verify_type    verify = VERIFY_UNINITIALIZED;

        Data() = default;
        explicit Data(const std::string& name) : SharedObjectData(name) {}

        void setVerify(verify_type v_type)
        {
            if ( v_type != verify && verify != VERIFY_UNINITIALIZED )
                Private::getSimulationOutput().fatal(
                    CALL_INFO, 1, "ERROR: Type different verify_types specified for SharedSet %s\n", name.c_str());
            verify = v_type;
        }
        size_t getSize() const
        {
            std::lock_guard<std::mutex> lock(mtx);
            return set.size();
        }
        void write(const valT& value)
        {
            std::lock_guard<std::mutex> lock(mtx);
            check_lock_for_write("SharedSet");
            auto [it, added] = set.insert(value);
            if ( !added && verify != NO_VERIFY && !(value == *it) )
                Private::getSimulationOutput().fatal(
                    CALL_INFO, 1, "ERROR: wrote two non-equal values to same set item in SharedSet %s\n", name.c_str());
        }
        void serialize_order(serializer& ser) override
        {
            SharedObjectData::serialize_order(ser);
            SST_SER(set);
        }
        ImplementSerializable(SharedSet<valT>::Data)
    };
};

} // namespace SST::Shared

#endif
