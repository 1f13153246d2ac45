// SPDX-License-Identifier: BSD-3-Clause
// SST::Interfaces::StringEvent, as SST Core 16 declares it: an event that carries one string
// (memHierarchy and merlin send it during init).
#ifndef SST_CORE_INTERFACES_STRINGEVENT_H
#define SST_CORE_INTERFACES_STRINGEVENT_H

#include "sst/core/event.h"

#include <string>

namespace SST::Interfaces {

class StringEvent : public SST::Event
{
public:
    StringEvent() = default; // for deserialization
    explicit StringEvent(const std::string& str) : str(str) {}

    Event*             clone() override { return new StringEvent(*this); }
    const std::string& getString() { return str; }

    void serialize_order(SST::Core::Serialization::serializer& ser) override
    {
        Event::serialize_order(ser);
        SST_SER(str);
    }
    ImplementSerializable(SST::Interfaces::StringEvent);

private:
    std::string str;
};

} // namespace SST::Interfaces

#endif
