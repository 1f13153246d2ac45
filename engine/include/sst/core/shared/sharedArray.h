// SPDX-License-Identifier: BSD-3-Clause
#ifndef SST_CORE_SHARED_SHAREDARRAY_H
#define SST_CORE_SHARED_SHAREDARRAY_H

#include "sst/core/shared/sharedObject.h"

#include <type_traits>
#include <vector>

namespace SST::Shared {

/** A shared array. Verify modes: INIT_VERIFY (an element not at the initial value may only be
 *  written the same value again), FE_VERIFY (an element written once may only be written the same
 *  value), NO_VERIFY (the last write wins). */
template <typename T>
class SharedArray : public SharedObject
{
    static_assert(!std::is_pointer_v<T>, "Cannot use a pointer type with SharedArray");
    using read_t = std::conditional_t<std::is_same_v<T, bool>, bool, const T&>;
    class Data;

public:
    SharedArray() = default;
    ~SharedArray() override = default;

    /** The count of handles initialized before this one. */
    int initialize(const std::string& obj_name, size_t length = 0, T init_value = T(), verify_type v_type = INIT_VERIFY)
    {
        if ( data )
            Private::getSimulationOutput().fatal(CALL_INFO, 1, "ERROR: called initialize() of SharedArray %s more than once\n",
                                                 obj_name.c_str());
        if ( v_type == VERIFY_UNINITIALIZED )
            Private::getSimulationOutput().fatal(CALL_INFO, 1,
                                                 "ERROR: VERIFY_UNINITIALIZED passed into instance of SharedArray %s.  "
                                                 "This is a reserved value and cannot be passed in here. \n",
                                                 obj_name.c_str());
        data    = manager().getSharedObjectData<Data>(obj_name);
        int ret = incShareCount(data);
        if ( length != 0 ) data->setSize(length, init_value, v_type);
        return ret;
    }

    using const_iterator         = typename std::vector<T>::const_iterator;
    using const_reverse_iterator = typename std::vector<T>::const_reverse_iterator;

    size_t                 size() const { return data->getSize(); }
    bool                   empty() const { return data->array.empty(); }
    const_iterator         begin() const { return data->array.cbegin(); }
    const_iterator         end() const { return data->array.cend(); }
    const_reverse_iterator rbegin() const { return data->array.crbegin(); }
    const_reverse_iterator rend() const { return data->array.crend(); }

    void publish()
    {
        if ( published ) return;
        published = true;
        incPublishCount(data);
    }
    bool isFullyPublished() { return data->isFullyPublished(); }

    void write(int index, const T& value)
    {
        if ( published )
            Private::getSimulationOutput().fatal(CALL_INFO, 1, "ERROR: write to SharedArray %s after publish() was called\n",
                                                 data->getName().c_str());
        data->write(index, value);
    }
    read_t operator[](int index) const { return data->array[index]; }
    read_t mutex_read(int index) const
    {
        std::lock_guard<std::mutex> lock(data->mtx);
        return data->array[index];
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
        if ( ser.mode() == serializer::UNPACK ) data = manager().getSharedObjectData<Data>(name);
    }
    ImplementSerializable(SharedArray<T>)

private:
    bool  published = false;
    Data* data      = nullptr;

    class Data : public SharedObjectData
    {
        friend class SharedArray;

    public:
        std::vector<T>    array;
        std::vector<bool> written;
        T                 init{};
        verify_type       verify = VERIFY_UNINITIALIZED;

        Data() = default;
        explicit Data(const std::string& name) : SharedObjectData(name) {}

        void setSize(size_t size, const T& init_data, verify_type v_type)
        {
            if ( v_type == VERIFY_UNINITIALIZED ) return;
            std::lock_guard<std::mutex> lock(mtx);
            if ( size > array.size() ) {
                array.resize(size, init_data);
                if ( v_type == FE_VERIFY ) written.resize(size);
            }
            if ( verify != VERIFY_UNINITIALIZED ) {
                if ( init != init_data )
                    Private::getSimulationOutput().fatal(
                        CALL_INFO, 1, "ERROR: Two different init_data values passed into SharedArray %s\n", name.c_str());
                if ( verify != v_type )
                    Private::getSimulationOutput().fatal(
                        CALL_INFO, 1, "ERROR: Two different verify types passed into SharedArray %s\n", name.c_str());
            }
            init   = init_data;
            verify = v_type;
        }
        size_t getSize()
        {
            std::lock_guard<std::mutex> lock(mtx);
            return array.size();
        }
        void write(int index, const T& value)
        {
            std::lock_guard<std::mutex> lock(mtx);
            check_lock_for_write("SharedArray");
            bool check = false;
            if ( verify == FE_VERIFY ) check = written[index];
            if ( verify == INIT_VERIFY ) check = array[index] != init;
            if ( check && array[index] != value )
                Private::getSimulationOutput().fatal(
                    CALL_INFO, 1, "ERROR: wrote two different values to index %d of SharedArray %s\n", index, name.c_str());
            array[index] = value;
            if ( verify == FE_VERIFY ) written[index] = true;
        }
        void serialize_order(serializer& ser) override
        {
            SharedObjectData::serialize_order(ser);
            SST_SER(array);
        }
        ImplementSerializable(SharedArray<T>::Data)
    };
};

} // namespace SST::Shared

#endif
