// SPDX-License-Identifier: BSD-3-Clause
#ifndef SST_CORE_SHARED_SHAREDMAP_H
#define SST_CORE_SHARED_SHAREDMAP_H

#include "sst/core/shared/sharedObject.h"

#include <map>

namespace SST::Shared {

/** A shared map. Unless NO_VERIFY, a key may only be written the value it has. */
template <typename keyT, typename valT>
class SharedMap : public SharedObject
{
    class Data;

public:
    SharedMap() = default;
    ~SharedMap() override = default;

    int initialize(const std::string& obj_name, verify_type v_type = FE_VERIFY)
    {
        if ( data )
            Private::getSimulationOutput().fatal(CALL_INFO, 1, "ERROR: called initialize() of SharedMap %s more than once\n",
                                                 obj_name.c_str());
        data    = manager().template getSharedObjectData<Data>(obj_name);
        int ret = incShareCount(data);
        data->setVerify(v_type);
        return ret;
    }

    using const_iterator         = typename std::map<keyT, valT>::const_iterator;
    using const_reverse_iterator = typename std::map<keyT, valT>::const_reverse_iterator;

    size_t                 size() const { return data->getSize(); }
    bool                   empty() const { return data->map.empty(); }
    size_t                 count(const keyT& k) const { return data->map.count(k); }
    const_iterator         find(const keyT& key) const { return data->map.find(key); }
    const_iterator         begin() const { return data->map.cbegin(); }
    const_iterator         end() const { return data->map.cend(); }
    const_reverse_iterator rbegin() const { return data->map.crbegin(); }
    const_reverse_iterator rend() const { return data->map.crend(); }
    const_iterator         lower_bound(const keyT& key) const { return data->map.lower_bound(key); }
    const_iterator         upper_bound(const keyT& key) const { return data->map.upper_bound(key); }

    void publish()
    {
        if ( published ) return;
        published = true;
        incPublishCount(data);
    }
    bool isFullyPublished() { return data->isFullyPublished(); }

    void write(const keyT& key, const valT& value)
    {
        if ( published )
            Private::getSimulationOutput().fatal(CALL_INFO, 1, "ERROR: write to SharedMap %s after publish() was called\n",
                                                 data->getName().c_str());
        data->write(key, value);
    }
    const valT& operator[](const keyT& key) const { return data->map.at(key); }
    const valT& mutex_read(const keyT& key) const
    {
        std::lock_guard<std::mutex> lock(data->mtx);
        return data->map.at(key);
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
    ImplementSerializable(SharedMap<keyT, valT>)

private:
    bool  published = false;
    Data* data      = nullptr;

    class Data : public SharedObjectData
    {
        friend class SharedMap;

    public:
        std::map<keyT, valT> map;
        verify_type          verify = VERIFY_UNINITIALIZED;

        Data() = default;
        explicit Data(const std::string& name) : SharedObjectData(name) {}

        void setVerify(verify_type v_type)
        {
            if ( v_type != verify && verify != VERIFY_UNINITIALIZED )
                Private::getSimulationOutput().fatal(
                    CALL_INFO, 1, "ERROR: Two different verify_types specified for SharedMap %s\n", name.c_str());
            verify = v_type;
        }
        size_t getSize() const { return map.size(); }
        void   write(const keyT& key, const valT& value)
        {
            std::lock_guard<std::mutex> lock(mtx);
            check_lock_for_write("SharedMap");
            auto [it, added] = map.insert(std::make_pair(key, value));
            if ( !added && verify != NO_VERIFY && value != it->second )
                Private::getSimulationOutput().fatal(
                    CALL_INFO, 1, "ERROR: wrote two different values to same key in SharedMap %s\n", name.c_str());
        }
        void serialize_order(serializer& ser) override
        {
            SharedObjectData::serialize_order(ser);
            SST_SER(map);
        }
        ImplementSerializable(SharedMap<keyT, valT>::Data)
    };
};

} // namespace SST::Shared

#endif
