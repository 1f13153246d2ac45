// SPDX-License-Identifier: BSD-3-Clause
#ifndef SST_ENGINE_PORT_NAME_H
#define SST_ENGINE_PORT_NAME_H

#include <string>

namespace SST::Engine {

/** A documented port name matches an offered one: "%d" and "%(param)d" stand for a number, "*" for anything. */
bool portMatches(const std::string& documented, const std::string& offered);

} // namespace SST::Engine

#endif
