// SPDX-License-Identifier: BSD-3-Clause
// The handler an element gives a StandardMem interface it loads. By SST's API the interface
// owns it; memHierarchy's standardInterface never deletes it, so every run leaks one per
// interface. tests/lsan.supp names this function: that leak, and only that one, is not ours.
#ifndef ELEMENTS_COMMON_STDMEM_HANDLER_H
#define ELEMENTS_COMMON_STDMEM_HANDLER_H

#include <sst/core/interfaces/stdMem.h>

namespace acalsim {

template <class T, void (T::*F)(SST::Interfaces::StandardMem::Request*)>
[[gnu::noinline]] SST::Interfaces::StandardMem::HandlerBase* standardMemHandler(T* owner)
{
    return new SST::Interfaces::StandardMem::Handler<T, F>(owner);
}

} // namespace acalsim

#endif
