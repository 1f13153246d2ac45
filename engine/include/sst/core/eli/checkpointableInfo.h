// SPDX-License-Identifier: BSD-3-Clause
#ifndef SST_CORE_ELI_CHECKPOINTABLEINFO_H
#define SST_CORE_ELI_CHECKPOINTABLEINFO_H

#include <ostream>
#include <type_traits>

namespace SST::ELI {

template <typename, typename = void>
struct GetCheckpointable
{
    static bool get() { return false; }
};
template <class T>
struct GetCheckpointable<T, std::void_t<decltype(T::ELI_isCheckpointable())>>
{
    static bool get() { return T::ELI_isCheckpointable(); }
};

class ProvidesCheckpointable
{
public:
    bool isCheckpointable() const { return checkpointable_; }
    void toString(std::ostream& os) const
    {
        os << "      Checkpointable: " << (checkpointable_ ? "true" : "false") << "\n";
    }

protected:
    template <class T>
    explicit ProvidesCheckpointable(T*) : checkpointable_(GetCheckpointable<T>::get())
    {}

private:
    bool checkpointable_;
};

} // namespace SST::ELI

#define SST_ELI_IS_CHECKPOINTABLE() \
    static bool ELI_isCheckpointable() { return true; }

#endif
