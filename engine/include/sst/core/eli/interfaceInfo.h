// SPDX-License-Identifier: BSD-3-Clause
#ifndef SST_CORE_ELI_INTERFACE_INFO_H
#define SST_CORE_ELI_INTERFACE_INFO_H

#include <ostream>
#include <string>

namespace SST::ELI {

/** The API a SubComponent or Module is registered under ("SST::Interfaces::StandardMem"). */
class ProvidesInterface
{
public:
    const std::string& getInterface() const { return iface_; }
    void               toString(std::ostream& os) const { os << "      Interface: " << iface_ << "\n"; }

protected:
    template <class T>
    explicit ProvidesInterface(T*) : iface_(T::ELI_getInterface())
    {}

private:
    std::string iface_;
};

} // namespace SST::ELI

#define SST_ELI_INTERFACE_INFO(interface) \
    static const std::string ELI_getInterface() { return interface; }

#endif
