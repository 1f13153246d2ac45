// SPDX-License-Identifier: BSD-3-Clause
// Element libraries' Python modules: SSTElementPythonModule, and the finder on sys.meta_path
// that answers `import sst.<library>` with the module a loaded library registered.
#include "element_python_finder.h"

#include "sst/core/factory.h"
#include "sst/core/model/element_python.h"
#include "sst/core/output.h"

#include <Python.h>
#include <sstream>

namespace SST {

SST_ELI_DEFINE_CTOR_EXTERN(SSTElementPythonModule)
SST_ELI_DEFINE_INFO_EXTERN(SSTElementPythonModule)

namespace {

char empty_code[] = { 0x00 };

/** The pending Python exception with its traceback, as the interpreter prints it. */
std::string pythonErrorText()
{
    PyObject *type, *value, *tb;
    PyErr_Fetch(&type, &value, &tb);
    PyErr_NormalizeException(&type, &value, &tb);
    std::string text;
    PyObject*   traceback = PyImport_ImportModule("traceback");
    PyObject*   lines     = traceback && type ? PyObject_CallMethod(traceback, "format_exception", "OOO", type,
                                                                      value ? value : Py_None, tb ? tb : Py_None)
                                              : nullptr;
    if ( lines && PyList_Check(lines) ) {
        for ( Py_ssize_t i = 0; i < PyList_Size(lines); ++i )
            if ( const char* line = PyUnicode_AsUTF8(PyList_GetItem(lines, i)) ) text += line;
    }
    else {
        text = "(the Python error could not be formatted)\n";
    }
    PyErr_Clear();
    Py_XDECREF(lines);
    Py_XDECREF(traceback);
    Py_XDECREF(type);
    Py_XDECREF(value);
    Py_XDECREF(tb);
    return text;
}

/** Compiles code as the module `name` (reusing it if it exists, as merlin's several "topology" parts expect). */
PyObject* execModule(const std::string& name, const char* code, const std::string& filename)
{
    PyObject* compiled = Py_CompileString(code, filename.c_str(), Py_file_input);
    if ( !compiled )
        Output::getDefaultObject().fatal(CALL_INFO, 1, "SSTElementPythonModule: %s does not compile:\n%s",
                                         filename.c_str(), pythonErrorText().c_str());
    PyObject* module = PyImport_ExecCodeModule(name.c_str(), compiled);
    Py_DECREF(compiled);
    if ( !module )
        Output::getDefaultObject().fatal(CALL_INFO, 1, "SSTElementPythonModule: running %s (module %s) failed:\n%s",
                                         filename.c_str(), name.c_str(), pythonErrorText().c_str());
    return module;
}

/** setattr(parent, name, module); steals nothing. */
void addToParent(PyObject* parent, const std::string& name, PyObject* module)
{
    if ( PyObject_SetAttrString(parent, name.c_str(), module) < 0 ) PyErr_Clear();
}

} // namespace

SSTElementPythonModuleCode::SSTElementPythonModuleCode(SSTElementPythonModuleCode* parent,
                                                       const std::string& module_name, char* code,
                                                       std::string filename) :
    parent(parent),
    module_name(module_name),
    code(code),
    filename(std::move(filename))
{
    if ( this->filename.empty() ) this->filename = getFullModuleName();
}

SSTElementPythonModuleCode::~SSTElementPythonModuleCode()
{
    for ( auto* sub : sub_modules )
        delete sub;
}

SSTElementPythonModuleCode* SSTElementPythonModuleCode::addSubModule(const std::string& module_name, char* code,
                                                                     const std::string& filename)
{
    sub_modules.push_back(new SSTElementPythonModuleCode(this, module_name, code, filename));
    return sub_modules.back();
}

SSTElementPythonModuleCode* SSTElementPythonModuleCode::addSubModule(const std::string& module_name)
{
    return addSubModule(module_name, empty_code, "empty_module");
}

std::string SSTElementPythonModuleCode::getFullModuleName()
{
    return parent ? parent->getFullModuleName() + "." + module_name : module_name;
}

void* SSTElementPythonModuleCode::load(void* parent_module)
{
    PyObject* module = execModule(getFullModuleName(), code, filename);
    // As SST Core: the attribute is the submodule's full name ("sst.merlin.base"), so it is found
    // by import (sys.modules), not as sst.merlin.base; the older API below uses the short name.
    if ( parent ) addToParent(static_cast<PyObject*>(parent_module), getFullModuleName(), module);
    for ( auto* sub : sub_modules ) {
        PyObject* loaded = static_cast<PyObject*>(sub->load(module));
        Py_DECREF(loaded);
    }
    return module;
}

SSTElementPythonModule::SSTElementPythonModule(const std::string& library) :
    library(library),
    pylibrary("py" + library),
    sstlibrary("sst." + library),
    primary_module(nullptr),
    primary_code_module(nullptr)
{}

SSTElementPythonModule::~SSTElementPythonModule() { delete primary_code_module; }

void* SSTElementPythonModule::load()
{
    if ( primary_code_module ) return primary_code_module->load(nullptr);
    // The older form: primary_module and sub_modules set by the derived class.
    if ( !primary_module )
        Output::getDefaultObject().fatal(CALL_INFO, 1,
                                         "SSTElementPythonModule: %s has no primary module (createPrimaryModule())\n",
                                         sstlibrary.c_str());
    PyObject* module = execModule(sstlibrary, primary_module, pylibrary);
    for ( auto& [name, code] : sub_modules ) {
        PyObject* sub = execModule(sstlibrary + "." + name, code, pylibrary + "-" + name);
        addToParent(module, name, sub);
        Py_DECREF(sub);
    }
    return module;
}

SSTElementPythonModuleCode* SSTElementPythonModule::createPrimaryModule(char* code, const std::string& filename)
{
    if ( primary_code_module )
        Output::getDefaultObject().fatal(CALL_INFO, 1,
                                         "SSTElementPythonModule::createPrimaryModule: %s already has one\n",
                                         sstlibrary.c_str());
    primary_code_module = new SSTElementPythonModuleCode(nullptr, sstlibrary, code, filename);
    return primary_code_module;
}

SSTElementPythonModuleCode* SSTElementPythonModule::createPrimaryModule()
{
    return createPrimaryModule(empty_code, "empty_module");
}

namespace Engine {
namespace {

// Why the last `import sst.<name>` found nothing: printed if the configuration then fails.
std::string g_load_errors;

struct PyModuleLoader
{
    PyObject_HEAD
};

/** The library's module for "sst.<library>", or nullptr (with the reason in g_load_errors). */
SSTElementPythonModule* moduleFor(const std::string& fullname)
{
    if ( fullname.compare(0, 4, "sst.") != 0 || fullname.find('.', 4) != std::string::npos ) return nullptr;
    std::string       library = fullname.substr(4);
    std::stringstream err;
    if ( !Factory::getFactory()->hasLibrary(library, err) ) {
        g_load_errors = "No component or Python model registered for " + library + "\n" + err.str();
        return nullptr;
    }
    SSTElementPythonModule* module = Factory::getFactory()->getPythonModule(library);
    if ( !module )
        g_load_errors = "Succeeded in loading library for " + library + " but library does not contain a Python module\n";
    return module;
}

PyObject* findSpec(PyObject* self, PyObject* args)
{
    const char* fullname;
    PyObject *  path = nullptr, *target = nullptr;
    if ( !PyArg_ParseTuple(args, "s|OO", &fullname, &path, &target) ) return nullptr;
    if ( !moduleFor(fullname) ) Py_RETURN_NONE;
    g_load_errors.clear();
    PyObject* machinery = PyImport_ImportModule("importlib.machinery");
    if ( !machinery ) return nullptr;
    PyObject* spec = PyObject_CallMethod(machinery, "ModuleSpec", "sO", fullname, self);
    Py_DECREF(machinery);
    return spec;
}

PyObject* createModule(PyObject*, PyObject* spec)
{
    PyObject* name = PyObject_GetAttrString(spec, "name");
    if ( !name ) return nullptr;
    const char*             utf8   = PyUnicode_AsUTF8(name);
    SSTElementPythonModule* module = utf8 ? moduleFor(utf8) : nullptr;
    Py_DECREF(name);
    if ( !module ) {
        if ( !PyErr_Occurred() ) PyErr_SetString(PyExc_ImportError, g_load_errors.c_str());
        return nullptr;
    }
    return static_cast<PyObject*>(module->load());
}

PyObject* execLoadedModule(PyObject*, PyObject*) { Py_RETURN_NONE; } // create_module ran the code (PEP 451)

PyMethodDef loader_methods[] = {
    { "find_spec", findSpec, METH_VARARGS, "A ModuleSpec for sst.<library> when the library has a Python module" },
    { "create_module", createModule, METH_O, "Runs the library's Python module code" },
    { "exec_module", execLoadedModule, METH_O, "Nothing: create_module ran it" },
    { nullptr, nullptr, 0, nullptr },
};

} // namespace

bool addElementModuleFinder(PyObject* sst_module)
{
    static PyType_Slot slots[] = { { Py_tp_doc, const_cast<char*>("Finds element libraries' Python modules") },
                                   { Py_tp_new, reinterpret_cast<void*>(PyType_GenericNew) },
                                   { Py_tp_methods, loader_methods },
                                   { 0, nullptr } };
    static PyType_Spec spec    = { "sst.ModuleLoader", sizeof(PyModuleLoader), 0, Py_TPFLAGS_DEFAULT, slots };
    PyObject*          type    = PyType_FromSpec(&spec);
    if ( !type ) return false;
    int rc = PyModule_AddObjectRef(sst_module, "ModuleLoader", type);
    Py_DECREF(type);
    return rc == 0;
}

const std::string& elementModuleLoadErrors() { return g_load_errors; }

} // namespace Engine
} // namespace SST
