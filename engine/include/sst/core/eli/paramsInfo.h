// SPDX-License-Identifier: BSD-3-Clause
#ifndef SST_CORE_ELI_PARAMS_INFO_H
#define SST_CORE_ELI_PARAMS_INFO_H

#include "sst/core/eli/listInfo.h"

#include <ostream>
#include <string>
#include <vector>

namespace SST::ELI {

SST_ELI_DETECT_LIST(GetParams, SST::ElementInfoParam, ELI_getParams)

class ProvidesParams
{
public:
    const std::vector<ElementInfoParam>& getValidParams() const { return params_; }
    const std::vector<std::string>&      getParamNames() const { return names_; }
    void                                 toString(std::ostream& os) const;

protected:
    template <class T>
    explicit ProvidesParams(T*) : params_(GetParams<T>::get())
    {
        for ( auto& p : params_ )
            names_.push_back(p.name);
    }

private:
    std::vector<ElementInfoParam> params_;
    std::vector<std::string>      names_;
};

} // namespace SST::ELI

#define SST_ELI_DOCUMENT_PARAMS(...) SST_ELI_DOCUMENT_LIST(SST::ElementInfoParam, ELI_getParams, SST::ELI::GetParams, __VA_ARGS__)
#define SST_ELI_DELETE_PARAM(param)  { param, nullptr, nullptr }

#endif
