// SPDX-License-Identifier: BSD-3-Clause
// libFuzzer target: the string decoders of configurations (UnitAlgebra and
// Params::find). Bad strings must raise std::logic_error (UnitAlgebra's exceptions, as SST
// Core's) or, from Params::find, std::invalid_argument (no number) or std::out_of_range (a
// number std::stol cannot hold: SST Core's from_string lets it through), nothing else, and
// never undefined behavior.
#include <sst/core/params.h>
#include <sst/core/unitAlgebra.h>

#include <string>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const std::string text(reinterpret_cast<const char*>(data), size);
    try {
        SST::UnitAlgebra ua(text);
        (void)ua.toStringBestSI(), (void)ua.getRoundedValue(), (void)ua.hasUnits("s");
    }
    catch ( const SST::UnitAlgebra::UnitAlgebraException& ) {
    }
    SST::Params p;
    p.insert("k", text);
    auto attempt = [&](auto f) {
        try {
            f();
        }
        catch ( const std::invalid_argument& ) {
        }
        catch ( const std::out_of_range& ) {
        }
    };
    attempt([&] { (void)p.find<uint64_t>("k", 0); });
    attempt([&] { (void)p.find<int8_t>("k", 0); });
    attempt([&] { (void)p.find<bool>("k", false); });
    attempt([&] { (void)p.find<double>("k", 0.0); });
    attempt([&] {
        std::vector<int> v;
        p.find_array("k", v);
    });
    return 0;
}
