// SPDX-License-Identifier: BSD-3-Clause
#ifndef SST_CORE_ELI_ATTRIBUTE_INFO_H
#define SST_CORE_ELI_ATTRIBUTE_INFO_H

#include "sst/core/eli/listInfo.h"

#include <ostream>
#include <vector>

namespace SST::ELI {

SST_ELI_DETECT_LIST(GetAttributes, SST::ElementInfoAttribute, ELI_getAttributes)

class ProvidesAttributes
{
public:
    const std::vector<ElementInfoAttribute>& getAttributes() const { return attributes_; }
    void                                     toString(std::ostream& os) const;

protected:
    template <class T>
    explicit ProvidesAttributes(T*) : attributes_(GetAttributes<T>::get())
    {}

private:
    std::vector<ElementInfoAttribute> attributes_;
};

} // namespace SST::ELI

#define SST_ELI_DOCUMENT_ATTRIBUTES(...) \
    SST_ELI_DOCUMENT_LIST(SST::ElementInfoAttribute, ELI_getAttributes, SST::ELI::GetAttributes, __VA_ARGS__)
#define SST_ELI_DELETE_ATTRIBUTE(attribute) { attribute, nullptr }

#endif
