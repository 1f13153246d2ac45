// SPDX-License-Identifier: BSD-3-Clause
// The `sst` module's ModuleLoader: put on sys.meta_path, it answers `import sst.<library>` with
// the Python module the element library registered (SST_ELI_REGISTER_PYTHON_MODULE).
#ifndef SST_ENGINE_ELEMENT_PYTHON_FINDER_H
#define SST_ENGINE_ELEMENT_PYTHON_FINDER_H

#include <Python.h>
#include <string>

namespace SST::Engine {

/** Adds the type sst.ModuleLoader to the sst module; false with a Python error set if it cannot. */
bool addElementModuleFinder(PyObject* sst_module);

/** Why the last `import sst.<name>` found no element module ("" if it did). */
const std::string& elementModuleLoadErrors();

} // namespace SST::Engine

#endif
