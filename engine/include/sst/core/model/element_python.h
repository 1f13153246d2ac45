// SPDX-License-Identifier: BSD-3-Clause
// Python modules in element libraries, as SST Core 16 declares them: a library registers a
// SSTElementPythonModule (SST_ELI_REGISTER_PYTHON_MODULE) whose code becomes `sst.<library>`
// (and its submodules) when a configuration imports it. The code is Python source held in a
// NUL-terminated char array (merlin turns its .py files into one with od, as SST documents).
#ifndef SST_CORE_MODEL_ELEMENT_PYTHON_H
#define SST_CORE_MODEL_ELEMENT_PYTHON_H

#include "sst/core/eli/elementinfo.h"

#include <string>
#include <vector>

namespace SST {

using genPythonModuleFunction = void* (*)();

/** One module's code: the primary module (sst.<library>) or a submodule under it. */
class SSTElementPythonModuleCode
{
private:
    SSTElementPythonModuleCode* parent; // nullptr for the primary module
    std::string                 module_name;
    char*                       code;
    std::string                 filename; // in the interpreter's error messages

    SSTElementPythonModuleCode(SSTElementPythonModuleCode* parent, const std::string& module_name, char* code,
                               std::string filename);

    /** Compiles and runs the code as this module (and then its submodules); returns the PyObject*. */
    virtual void* load(void* parent_module);

    std::vector<SSTElementPythonModuleCode*> sub_modules;

    friend class SSTElementPythonModule;

public:
    SSTElementPythonModuleCode* addSubModule(const std::string& module_name, char* code, const std::string& filename);
    SSTElementPythonModuleCode* addSubModule(const std::string& module_name);
    /** parent_full_name.module_name */
    std::string                 getFullModuleName();

    virtual ~SSTElementPythonModuleCode();
};

/** Base class of an element library's Python module (one per library, named after it). */
class SSTElementPythonModule
{
protected:
    std::string library;
    std::string pylibrary;  // "py<library>"
    std::string sstlibrary; // "sst.<library>"
    char*       primary_module;

    std::vector<std::pair<std::string, char*>> sub_modules;

    SSTElementPythonModuleCode* primary_code_module;

    SSTElementPythonModule() : primary_module(nullptr), primary_code_module(nullptr) {}

public:
    SST_ELI_DECLARE_BASE(SSTElementPythonModule)
    SST_ELI_DECLARE_DEFAULT_INFO_EXTERN()
    SST_ELI_DECLARE_CTOR_EXTERN(const std::string&)

    virtual ~SSTElementPythonModule();

    explicit SSTElementPythonModule(const std::string& library);

    /** Loads sst.<library> into the interpreter; returns the module (a PyObject*). */
    virtual void* load();

    /** The module sst.<library> itself, from code (filename names it in error messages). */
    SSTElementPythonModuleCode* createPrimaryModule(char* code, const std::string& filename);
    /** An empty sst.<library>, for submodules only. */
    SSTElementPythonModuleCode* createPrimaryModule();
};

} // namespace SST

#define SST_ELI_REGISTER_PYTHON_MODULE(cls, lib, version) \
    SST_ELI_REGISTER_DERIVED(SST::SSTElementPythonModule, cls, lib, lib, ELI_FORWARD_AS_ONE(version), "Python module " #cls)

#endif // SST_CORE_MODEL_ELEMENT_PYTHON_H
