// SPDX-License-Identifier: BSD-3-Clause
// The configuration's arguments (sys.argv[1:]) as SST Core 16 builds them: --model-options
// and the words after "--" are joined into one string, the first word as it is and each
// later one wrapped in double quotes; that string is split at spaces outside double quotes,
// the quotes dropped, empty words skipped. So `-- "a b"` gives two arguments, `-- x "a b"` three:
// the same as on real SST, so a configuration's arguments mean the same on both engines.
#ifndef SST_ENGINE_MODEL_OPTIONS_H
#define SST_ENGINE_MODEL_OPTIONS_H

#include <string>
#include <string_view>
#include <vector>

namespace SST::Engine {

/** Adds one --model-options value or one word after "--". */
void appendModelOption(std::string& options, std::string_view arg);

/** The arguments the configuration sees. */
std::vector<std::string> splitModelOptions(std::string_view options);

} // namespace SST::Engine

#endif
