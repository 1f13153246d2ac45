// SPDX-License-Identifier: BSD-3-Clause
#ifndef SST_CORE_ELI_SUBCOMPSLOTINFO_H
#define SST_CORE_ELI_SUBCOMPSLOTINFO_H

#include "sst/core/eli/listInfo.h"

#include <ostream>
#include <vector>

namespace SST::ELI {

SST_ELI_DETECT_LIST(InfoSubs, SST::ElementInfoSubComponentSlot, ELI_getSubComponentSlots)

class ProvidesSubComponentSlots
{
public:
    const std::vector<ElementInfoSubComponentSlot>& getSubComponentSlots() const { return slots_; }
    void                                            toString(std::ostream& os) const;

protected:
    template <class T>
    explicit ProvidesSubComponentSlots(T*) : slots_(InfoSubs<T>::get())
    {}

private:
    std::vector<ElementInfoSubComponentSlot> slots_;
};

} // namespace SST::ELI

#define SST_ELI_DOCUMENT_SUBCOMPONENT_SLOTS(...) \
    SST_ELI_DOCUMENT_LIST(SST::ElementInfoSubComponentSlot, ELI_getSubComponentSlots, SST::ELI::InfoSubs, __VA_ARGS__)
#define SST_ELI_DELETE_SUBCOMPONENT_SLOT(slot) { slot, nullptr, nullptr }

#endif
