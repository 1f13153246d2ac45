// SPDX-License-Identifier: BSD-3-Clause
// Shared objects: data that components (on any rank) write during construction and init(),
// under a name, and all read from then on. Each component initializes its handle, writes,
// and publishes; the object is fully published once every handle has. Writes that disagree
// are fatal unless the verify mode says otherwise; writes after init() always are.
#ifndef SST_CORE_SHARED_SHAREDOBJECT_H
#define SST_CORE_SHARED_SHAREDOBJECT_H

#include "sst/core/output.h"
#include "sst/core/rankInfo.h"
#include "sst/core/serialization/serializable.h"
#include "sst/core/sst_types.h"

#include <map>
#include <mutex>
#include <string>

namespace SST {

namespace Engine {
class Simulation;
}

namespace Shared {

using namespace SST::Core::Serialization;

namespace Private {
Output&  getSimulationOutput();
RankInfo getNumRanks();
} // namespace Private

class SharedObjectDataManager;

class SharedObjectData : public serializable
{
    friend class SharedObjectDataManager;
    friend class SharedObject;

public:
    const std::string& getName() { return name; }
    bool               isFullyPublished() { return fully_published; }
    virtual int        getShareCount() { return share_count; }
    virtual int        getPublishCount() { return publish_count; }

protected:
    std::string        name;
    int                share_count     = 0;
    int                publish_count   = 0;
    bool               fully_published = false;
    bool               locked          = false;
    mutable std::mutex mtx;

    void check_lock_for_write(const std::string& obj)
    {
        if ( locked )
            Private::getSimulationOutput().fatal(CALL_INFO_LONG, 1, "ERROR: attempt to write to %s %s after init phase\n",
                                                 obj.c_str(), name.c_str());
    }
    virtual int incShareCount()
    {
        std::lock_guard<std::mutex> lock(mtx);
        return share_count++;
    }
    virtual void incPublishCount()
    {
        std::lock_guard<std::mutex> lock(mtx);
        publish_count++;
    }
    void lock() { locked = true; }

    explicit SharedObjectData(const std::string& name) : name(name) {}
    SharedObjectData() = default;
    ~SharedObjectData() override = default;
    void serialize_order(serializer& ser) override { SST_SER(name); }
    ImplementVirtualSerializable(SharedObjectData)
};

/** All shared objects of the simulation, by name. */
class SharedObjectDataManager
{
public:
    SharedObjectDataManager() = default;
    ~SharedObjectDataManager()
    {
        for ( auto& [name, data] : shared_data )
            delete data;
    }

    template <typename T>
    T* getSharedObjectData(const std::string name)
    {
        std::lock_guard<std::mutex> lock(mtx);
        if ( locked )
            Private::getSimulationOutput().fatal(CALL_INFO, 1,
                                                 "Attempting to initialize SharedObject %s after the init() phase\n",
                                                 name.c_str());
        auto it = shared_data.find(name);
        if ( it == shared_data.end() ) {
            auto* ret         = new T(name);
            shared_data[name] = ret;
            return ret;
        }
        auto* cast = dynamic_cast<T*>(it->second);
        if ( !cast )
            Private::getSimulationOutput().fatal(CALL_INFO, 1,
                                                 "ERROR: Shared object %s requested with two different types\n",
                                                 name.c_str());
        return cast;
    }

    /** After each init phase: which objects are fully published; with finalize, lock them all. */
    void updateState(bool finalize);
    void serialize_order(serializer& ser) { SST_SER(shared_data); }

private:
    std::map<std::string, SharedObjectData*> shared_data;
    std::mutex                               mtx;
    bool                                     locked = false;
};

class SharedObject : public serializable
{
public:
    enum verify_type { VERIFY_UNINITIALIZED, FE_VERIFY, INIT_VERIFY, NO_VERIFY };

    SharedObject()           = default;
    ~SharedObject() override = default;
    void serialize_order(serializer& UNUSED(ser)) override {}
    ImplementSerializable(SharedObject)

protected:
    friend class SST::Engine::Simulation;
    static SharedObjectDataManager& manager();
    void incPublishCount(SharedObjectData* data) { data->incPublishCount(); }
    int  incShareCount(SharedObjectData* data) { return data->incShareCount(); }
};

} // namespace Shared
} // namespace SST

#endif
