// SPDX-License-Identifier: BSD-3-Clause
#include "model_options.h"

namespace SST::Engine {

void appendModelOption(std::string& options, std::string_view arg)
{
    if ( options.empty() )
        options = arg;
    else
        options.append(" \"").append(arg).append("\"");
}

std::vector<std::string> splitModelOptions(std::string_view options)
{
    std::vector<std::string> words;
    std::string              word;
    bool                     quoted = false;
    for ( char c : options ) {
        if ( c == '"' ) {
            if ( quoted && !word.empty() ) words.push_back(std::move(word)), word.clear();
            quoted = !quoted;
        }
        else if ( c == ' ' && !quoted ) {
            if ( !word.empty() ) words.push_back(std::move(word)), word.clear();
        }
        else
            word += c;
    }
    if ( !quoted && !word.empty() ) words.push_back(std::move(word)); // SST drops an unterminated last word
    return words;
}

} // namespace SST::Engine
