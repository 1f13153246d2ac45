// SPDX-License-Identifier: BSD-3-Clause
#ifndef SST_CORE_ELI_PORTS_INFO_H
#define SST_CORE_ELI_PORTS_INFO_H

#include "sst/core/eli/listInfo.h"

#include <ostream>
#include <string>
#include <vector>

namespace SST::ELI {

SST_ELI_DETECT_LIST(InfoPorts, SST::ElementInfoPort, ELI_getPorts)

class ProvidesPorts
{
public:
    const std::vector<std::string>&     getPortnames() { return names_; }
    const std::vector<ElementInfoPort>& getValidPorts() const { return ports_; }
    void                                toString(std::ostream& os) const;

protected:
    template <class T>
    explicit ProvidesPorts(T*) : ports_(InfoPorts<T>::get())
    {
        for ( auto& p : ports_ )
            names_.push_back(p.name);
    }

private:
    std::vector<std::string>     names_;
    std::vector<ElementInfoPort> ports_;
};

} // namespace SST::ELI

#define SST_ELI_DOCUMENT_PORTS(...) SST_ELI_DOCUMENT_LIST(SST::ElementInfoPort, ELI_getPorts, SST::ELI::InfoPorts, __VA_ARGS__)
#define SST_ELI_DELETE_PORT(port)   { port, nullptr, {} }

#endif
