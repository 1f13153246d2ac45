// SPDX-License-Identifier: BSD-3-Clause
#ifndef SST_CORE_SERIALIZATION_SERIALIZER_FWD_H
#define SST_CORE_SERIALIZATION_SERIALIZER_FWD_H

namespace SST::Core::Serialization {
class serializer;
} // namespace SST::Core::Serialization

#endif
