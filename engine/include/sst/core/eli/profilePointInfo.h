// SPDX-License-Identifier: BSD-3-Clause
#ifndef SST_CORE_ELI_PROFILEPOINTINFO_H
#define SST_CORE_ELI_PROFILEPOINTINFO_H

#include "sst/core/eli/listInfo.h"

#include <ostream>
#include <vector>

namespace SST::ELI {

SST_ELI_DETECT_LIST(InfoProfilePoints, SST::ElementInfoProfilePoint, ELI_getProfilePoints)

class ProvidesProfilePoints
{
public:
    const std::vector<ElementInfoProfilePoint>& getProfilePoints() const { return points_; }
    void                                        toString(std::ostream& os) const;

protected:
    template <class T>
    explicit ProvidesProfilePoints(T*) : points_(InfoProfilePoints<T>::get())
    {}

private:
    std::vector<ElementInfoProfilePoint> points_;
};

} // namespace SST::ELI

#define SST_ELI_DOCUMENT_PROFILE_POINTS(...) \
    SST_ELI_DOCUMENT_LIST(SST::ElementInfoProfilePoint, ELI_getProfilePoints, SST::ELI::InfoProfilePoints, __VA_ARGS__)
#define SST_ELI_DELETE_PROFILE_POINT(point) { point, nullptr, nullptr }

#endif
