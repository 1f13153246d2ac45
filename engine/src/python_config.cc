// SPDX-License-Identifier: BSD-3-Clause
#define PY_SSIZE_T_CLEAN
#include <Python.h>

#include "python_config.h"

#include "sst/core/unitAlgebra.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

namespace SST::Engine {
namespace {

ConfigGraph* g_graph = nullptr; // the graph being built while the script runs
bool         g_warned_rank = false;

// Graph-wide enables applied to every component when the script ends.
struct StatEnables
{
    bool                  all = false;
    std::set<std::string> types;
} g_enables;

// ---------------------------------------------------------------- helpers

std::string str(PyObject* o)
{
    PyObject* s = PyObject_Str(o);
    if ( !s ) throw ConfigError("value cannot be converted to a string");
    const char* c = PyUnicode_AsUTF8(s);
    std::string out = c ? c : "";
    Py_DECREF(s);
    return out;
}

/** A dict's items as strings, in the dict's order. */
std::vector<std::pair<std::string, std::string>> stringItems(PyObject* dict)
{
    std::vector<std::pair<std::string, std::string>> items;
    PyObject *                                       k, *v;
    Py_ssize_t                                       pos = 0;
    while ( PyDict_Next(dict, &pos, &k, &v) )
        items.emplace_back(str(k), str(v));
    return items;
}

ConfigGraph& graph()
{
    if ( !g_graph ) throw ConfigError("the sst module is only usable while a configuration is loading");
    return *g_graph;
}

/** Runs f; converts C++ exceptions into Python ValueError. */
template <typename F>
PyObject* guard(F&& f)
{
    try {
        return f();
    }
    catch ( const std::exception& e ) {
        PyErr_SetString(PyExc_ValueError, e.what());
        return nullptr;
    }
}

void checkStatParams(PyObject* params, const std::string& where)
{
    if ( !params || params == Py_None ) return;
    if ( !PyDict_Check(params) ) throw ConfigError(where + ": statistic parameters must be a dict");
    for ( const auto& [key, val] : stringItems(params) ) {
        if ( key == "type" && val != "sst.AccumulatorStatistic" )
            throw ConfigError(where + ": statistic type '" + val +
                              "' is not available in the embedded engine (sst.AccumulatorStatistic is)");
        if ( key == "rate" && !SST::UnitAlgebra(val).isValueZero() )
            throw ConfigError(where + ": periodic statistic output (rate '" + val +
                              "') is not available in the embedded engine; statistics are written at the end");
    }
}

std::vector<std::string> stringList(PyObject* o, const char* what)
{
    std::vector<std::string> out;
    if ( PyUnicode_Check(o) ) return { str(o) };
    PyObject* seq = PySequence_Fast(o, what);
    if ( !seq ) throw ConfigError(std::string(what));
    for ( Py_ssize_t i = 0; i < PySequence_Fast_GET_SIZE(seq); ++i )
        out.push_back(str(PySequence_Fast_GET_ITEM(seq, i)));
    Py_DECREF(seq);
    return out;
}

// ---------------------------------------------------------------- sst.Component

struct PyComponent
{
    PyObject_HEAD size_t index;
};
PyTypeObject* g_component_type = nullptr;
PyTypeObject* g_link_type      = nullptr;

ConfigComponent& comp(PyObject* self) { return graph().components.at(reinterpret_cast<PyComponent*>(self)->index); }

int Component_init(PyObject* self, PyObject* args, PyObject*)
{
    const char *name, *type;
    if ( !PyArg_ParseTuple(args, "ss", &name, &type) ) return -1;
    try {
        reinterpret_cast<PyComponent*>(self)->index = graph().addComponent(name, type);
    }
    catch ( const std::exception& e ) {
        PyErr_SetString(PyExc_ValueError, e.what());
        return -1;
    }
    return 0;
}

PyObject* Component_addParam(PyObject* self, PyObject* args)
{
    PyObject *k, *v;
    if ( !PyArg_ParseTuple(args, "OO", &k, &v) ) return nullptr;
    return guard([&] {
        comp(self).params[str(k)] = str(v);
        Py_RETURN_NONE;
    });
}

PyObject* Component_addParams(PyObject* self, PyObject* args)
{
    PyObject* d;
    if ( !PyArg_ParseTuple(args, "O!", &PyDict_Type, &d) ) return nullptr;
    return guard([&] {
        for ( auto& [k, v] : stringItems(d) )
            comp(self).params[k] = v;
        Py_RETURN_NONE;
    });
}

PyObject* Component_enableAllStatistics(PyObject* self, PyObject* args)
{
    PyObject* params = nullptr;
    if ( !PyArg_ParseTuple(args, "|O", &params) ) return nullptr;
    return guard([&] {
        checkStatParams(params, "component '" + comp(self).name + "'");
        comp(self).all_stats = true;
        Py_RETURN_NONE;
    });
}

PyObject* Component_enableStatistics(PyObject* self, PyObject* args)
{
    PyObject *names, *params = nullptr;
    if ( !PyArg_ParseTuple(args, "O|O", &names, &params) ) return nullptr;
    return guard([&] {
        checkStatParams(params, "component '" + comp(self).name + "'");
        for ( const auto& n : stringList(names, "enableStatistics expects a list of statistic names") )
            comp(self).stats.insert(n);
        Py_RETURN_NONE;
    });
}

/** A statistic load level from Python: 0..255. */
unsigned loadLevel(int level)
{
    if ( level < 0 || level > 255 ) throw ConfigError("statistic load level " + std::to_string(level) + " is outside 0..255");
    return static_cast<unsigned>(level);
}

PyObject* Component_setStatisticLoadLevel(PyObject* self, PyObject* args)
{
    int level, apply_to_children = 0;
    if ( !PyArg_ParseTuple(args, "i|p", &level, &apply_to_children) ) return nullptr;
    return guard([&] {
        comp(self).stat_load_level = loadLevel(level);
        Py_RETURN_NONE;
    });
}

PyObject* Component_setRank(PyObject* self, PyObject* args)
{
    int rank = 0, thread = 0;
    if ( !PyArg_ParseTuple(args, "i|i", &rank, &thread) ) return nullptr;
    if ( (rank || thread) && !g_warned_rank ) {
        g_warned_rank = true;
        std::printf("Warning: setRank(%d, %d) on '%s' ignored: the embedded engine runs one rank and one thread\n",
                    rank, thread, comp(self).name.c_str());
    }
    Py_RETURN_NONE;
}

PyObject* Component_setSubComponent(PyObject* self, PyObject*)
{
    PyErr_Format(PyExc_NotImplementedError,
                 "component '%s': subcomponents are not supported by the embedded engine",
                 comp(self).name.c_str());
    return nullptr;
}

PyObject* Component_getFullName(PyObject* self, PyObject*) { return PyUnicode_FromString(comp(self).name.c_str()); }
PyObject* Component_getType(PyObject* self, PyObject*) { return PyUnicode_FromString(comp(self).type.c_str()); }
PyObject* Component_noop(PyObject*, PyObject*) { Py_RETURN_NONE; }

PyObject* addEndpoint(size_t link, PyObject* component, const char* port, PyObject* latency);

struct PyLink
{
    PyObject_HEAD size_t index;
};

PyObject* Component_addLink(PyObject* self, PyObject* args)
{
    PyObject *  link, *latency = Py_None;
    const char* port;
    if ( !PyArg_ParseTuple(args, "O!s|O", g_link_type, &link, &port, &latency) ) return nullptr;
    return addEndpoint(reinterpret_cast<PyLink*>(link)->index, self, port, latency);
}

PyMethodDef Component_methods[] = {
    { "addParam", Component_addParam, METH_VARARGS, "addParam(key, value)" },
    { "addParams", Component_addParams, METH_VARARGS, "addParams(dict)" },
    { "enableAllStatistics", Component_enableAllStatistics, METH_VARARGS, "enableAllStatistics([params])" },
    { "enableStatistics", Component_enableStatistics, METH_VARARGS, "enableStatistics(names, [params])" },
    { "setStatisticLoadLevel", Component_setStatisticLoadLevel, METH_VARARGS, "setStatisticLoadLevel(level)" },
    { "setRank", Component_setRank, METH_VARARGS, "setRank(rank, [thread]) (one rank here)" },
    { "setSubComponent", Component_setSubComponent, METH_VARARGS, "not supported by the embedded engine" },
    { "getFullName", Component_getFullName, METH_NOARGS, "the component's name" },
    { "getType", Component_getType, METH_NOARGS, "the component's type" },
    { "addLink", Component_addLink, METH_VARARGS, "addLink(link, port, [latency])" },
    { "setCoordinates", Component_noop, METH_VARARGS, "accepted and ignored" },
    { nullptr, nullptr, 0, nullptr }
};


// ---------------------------------------------------------------- sst.Link


int Link_init(PyObject* self, PyObject* args, PyObject*)
{
    const char* name;
    PyObject*   latency = nullptr;
    if ( !PyArg_ParseTuple(args, "s|O", &name, &latency) ) return -1;
    try {
        reinterpret_cast<PyLink*>(self)->index =
            graph().addLink(name, latency && latency != Py_None ? str(latency) : "");
    }
    catch ( const std::exception& e ) {
        PyErr_SetString(PyExc_ValueError, e.what());
        return -1;
    }
    return 0;
}

PyObject* addEndpoint(size_t link, PyObject* component, const char* port, PyObject* latency)
{
    return guard([&]() -> PyObject* {
        if ( !PyObject_TypeCheck(component, g_component_type) ) {
            PyErr_SetString(PyExc_TypeError, "a link endpoint's first item must be an sst.Component");
            return nullptr;
        }
        ConfigLink& l = graph().links.at(link);
        if ( l.ends.size() >= 2 )
            throw ConfigError("link '" + l.name + "' already has two endpoints");
        l.ends.push_back({ reinterpret_cast<PyComponent*>(component)->index, port,
                           latency && latency != Py_None ? str(latency) : "" });
        Py_RETURN_NONE;
    });
}

PyObject* Link_connect(PyObject* self, PyObject* args)
{
    PyObject *a, *b;
    if ( !PyArg_ParseTuple(args, "O!O!", &PyTuple_Type, &a, &PyTuple_Type, &b) ) return nullptr;
    size_t index = reinterpret_cast<PyLink*>(self)->index;
    for ( PyObject* ep : { a, b } ) {
        PyObject *  c, *lat = Py_None;
        const char* port;
        if ( !PyArg_ParseTuple(ep, "Os|O;an endpoint is (component, port, latency)", &c, &port, &lat) ) return nullptr;
        PyObject* r = addEndpoint(index, c, port, lat);
        if ( !r ) return nullptr;
        Py_DECREF(r);
    }
    Py_RETURN_NONE;
}

PyObject* Link_setNoCut(PyObject* self, PyObject*)
{
    return guard([&] {
        graph().links.at(reinterpret_cast<PyLink*>(self)->index).no_cut = true;
        Py_RETURN_NONE;
    });
}

PyObject* Link_getName(PyObject* self, PyObject*)
{
    return guard([&] { return PyUnicode_FromString(graph().links.at(reinterpret_cast<PyLink*>(self)->index).name.c_str()); });
}

PyMethodDef Link_methods[] = {
    { "connect", Link_connect, METH_VARARGS, "connect((comp, port, latency), (comp, port, latency))" },
    { "setNoCut", Link_setNoCut, METH_NOARGS, "keep both ends on one rank" },
    { "getName", Link_getName, METH_NOARGS, "the link's name" },
    { nullptr, nullptr, 0, nullptr }
};

// ---------------------------------------------------------------- module functions

const std::set<std::string> kOptions        = { "timebase", "stop-at", "verbose", "print-timing-info",
                                                "heartbeat-period" };
const std::set<std::string> kIgnoredOptions = { "partitioner", "output-json", "output-config", "output-dot",
                                                "output-partition", "debug-file", "exit-after", "checkpoint-period",
                                                "checkpoint-sim-period", "checkpoint-wall-period", "print-env",
                                                "output-directory", "interactive-start", "parallel-load" };

void setOption(const std::string& key_in, const std::string& value)
{
    std::string key = key_in == "heartbeat-sim-period" ? "heartbeat-period" : key_in;
    if ( key == "num-threads" ) {
        if ( value != "1" ) throw ConfigError("program option num-threads = " + value + ": the embedded engine runs one thread (use real SST Core for more)");
        return;
    }
    if ( kIgnoredOptions.count(key) ) {
        std::printf("Warning: program option '%s' is ignored by the embedded engine\n", key.c_str());
        return;
    }
    if ( !kOptions.count(key) ) {
        std::string known;
        for ( const auto& k : kOptions )
            known += (known.empty() ? "" : ", ") + k;
        throw ConfigError("unknown program option '" + key_in + "' (supported: " + known + ")");
    }
    graph().program_options[key] = value;
}

PyObject* sst_setProgramOption(PyObject*, PyObject* args)
{
    PyObject *k, *v;
    if ( !PyArg_ParseTuple(args, "OO", &k, &v) ) return nullptr;
    return guard([&] {
        setOption(str(k), str(v));
        Py_RETURN_TRUE;
    });
}

PyObject* sst_setProgramOptions(PyObject*, PyObject* args)
{
    PyObject* d;
    if ( !PyArg_ParseTuple(args, "O!", &PyDict_Type, &d) ) return nullptr;
    return guard([&] {
        for ( const auto& [k, v] : stringItems(d) )
            setOption(k, v);
        Py_RETURN_NONE;
    });
}

PyObject* sst_getProgramOptions(PyObject*, PyObject*)
{
    return guard([&] {
        PyObject* d = PyDict_New();
        for ( const auto& [k, v] : graph().program_options ) {
            PyObject* val = PyUnicode_FromString(v.c_str());
            PyDict_SetItemString(d, k.c_str(), val);
            Py_DECREF(val);
        }
        return d;
    });
}

ConfigComponent& componentNamed(const std::string& name)
{
    for ( auto& c : graph().components )
        if ( c.name == name ) return c;
    throw ConfigError("no component named '" + name + "'");
}

PyObject* sst_setStatisticLoadLevel(PyObject*, PyObject* args)
{
    int level;
    if ( !PyArg_ParseTuple(args, "i", &level) ) return nullptr;
    return guard([&] {
        graph().stat_load_level = loadLevel(level);
        Py_RETURN_NONE;
    });
}

PyObject* sst_setStatisticLoadLevelForComponentName(PyObject*, PyObject* args)
{
    const char* name;
    int         level, apply_to_children = 0;
    if ( !PyArg_ParseTuple(args, "si|p", &name, &level, &apply_to_children) ) return nullptr;
    return guard([&] {
        componentNamed(name).stat_load_level = loadLevel(level);
        Py_RETURN_NONE;
    });
}

PyObject* sst_setStatisticLoadLevelForComponentType(PyObject*, PyObject* args)
{
    const char* type;
    int         level, apply_to_children = 0;
    if ( !PyArg_ParseTuple(args, "si|p", &type, &level, &apply_to_children) ) return nullptr;
    return guard([&] {
        const unsigned l = loadLevel(level);
        for ( auto& c : graph().components )
            if ( c.type == type ) c.stat_load_level = l;
        Py_RETURN_NONE;
    });
}

PyObject* sst_setStatisticOutput(PyObject*, PyObject* args)
{
    const char* name;
    PyObject*   options = nullptr;
    if ( !PyArg_ParseTuple(args, "s|O!", &name, &PyDict_Type, &options) ) return nullptr;
    return guard([&] {
        graph().stat_output = name;
        if ( options )
            for ( auto& [k, v] : stringItems(options) )
                graph().stat_output_options[k] = v;
        Py_RETURN_NONE;
    });
}

PyObject* sst_setStatisticOutputOptions(PyObject*, PyObject* args)
{
    PyObject* d;
    if ( !PyArg_ParseTuple(args, "O!", &PyDict_Type, &d) ) return nullptr;
    return guard([&] {
        for ( auto& [k, v] : stringItems(d) )
            graph().stat_output_options[k] = v;
        Py_RETURN_NONE;
    });
}

PyObject* sst_enableAllStatisticsForAllComponents(PyObject*, PyObject* args)
{
    PyObject* params = nullptr;
    if ( !PyArg_ParseTuple(args, "|O", &params) ) return nullptr;
    return guard([&] {
        checkStatParams(params, "enableAllStatisticsForAllComponents");
        g_enables.all = true;
        Py_RETURN_NONE;
    });
}

PyObject* sst_enableAllStatisticsForComponentType(PyObject*, PyObject* args)
{
    const char* type;
    PyObject*   params = nullptr;
    if ( !PyArg_ParseTuple(args, "s|O", &type, &params) ) return nullptr;
    return guard([&] {
        checkStatParams(params, "enableAllStatisticsForComponentType");
        g_enables.types.insert(type);
        Py_RETURN_NONE;
    });
}

PyObject* sst_enableAllStatisticsForComponentName(PyObject*, PyObject* args)
{
    const char* name;
    PyObject*   params = nullptr;
    if ( !PyArg_ParseTuple(args, "s|O", &name, &params) ) return nullptr;
    return guard([&] {
        checkStatParams(params, "enableAllStatisticsForComponentName");
        componentNamed(name).all_stats = true;
        Py_RETURN_NONE;
    });
}

PyObject* sst_enableStatisticForComponentName(PyObject*, PyObject* args)
{
    const char *name, *stat;
    PyObject*   params = nullptr;
    if ( !PyArg_ParseTuple(args, "ss|O", &name, &stat, &params) ) return nullptr;
    return guard([&] {
        checkStatParams(params, "enableStatisticForComponentName");
        componentNamed(name).stats.insert(stat);
        Py_RETURN_NONE;
    });
}

PyObject* sst_enableStatisticForComponentType(PyObject*, PyObject* args)
{
    const char *type, *stat;
    PyObject*   params = nullptr;
    if ( !PyArg_ParseTuple(args, "ss|O", &type, &stat, &params) ) return nullptr;
    return guard([&] {
        checkStatParams(params, "enableStatisticForComponentType");
        for ( auto& c : graph().components )
            if ( c.type == type ) c.stats.insert(stat);
        Py_RETURN_NONE;
    });
}

PyObject* sst_findComponentByName(PyObject*, PyObject* args)
{
    const char* name;
    if ( !PyArg_ParseTuple(args, "s", &name) ) return nullptr;
    return guard([&]() -> PyObject* {
        auto& comps = graph().components;
        for ( size_t i = 0; i < comps.size(); ++i ) {
            if ( comps[i].name != name ) continue;
            auto* obj  = PyObject_New(PyComponent, g_component_type);
            obj->index = i;
            return reinterpret_cast<PyObject*>(obj);
        }
        Py_RETURN_NONE;
    });
}

PyObject* sst_one(PyObject*, PyObject*) { return PyLong_FromLong(1); }
PyObject* sst_zero(PyObject*, PyObject*) { return PyLong_FromLong(0); }

PyMethodDef sst_methods[] = {
    { "setProgramOption", sst_setProgramOption, METH_VARARGS, "setProgramOption(key, value)" },
    { "setProgramOptions", sst_setProgramOptions, METH_VARARGS, "setProgramOptions(dict)" },
    { "getProgramOptions", sst_getProgramOptions, METH_NOARGS, "options set so far" },
    { "setStatisticLoadLevel", sst_setStatisticLoadLevel, METH_VARARGS, "enable statistics up to this level" },
    { "setStatisticLoadLevelForComponentName", sst_setStatisticLoadLevelForComponentName, METH_VARARGS, "" },
    { "setStatisticLoadLevelForComponentType", sst_setStatisticLoadLevelForComponentType, METH_VARARGS, "" },
    { "setStatisticOutput", sst_setStatisticOutput, METH_VARARGS, "sst.statOutputConsole | CSV | JSON" },
    { "setStatisticOutputOptions", sst_setStatisticOutputOptions, METH_VARARGS, "e.g. {'filepath': 'out.csv'}" },
    { "enableAllStatisticsForAllComponents", sst_enableAllStatisticsForAllComponents, METH_VARARGS, "" },
    { "enableAllStatisticsForComponentType", sst_enableAllStatisticsForComponentType, METH_VARARGS, "" },
    { "enableAllStatisticsForComponentName", sst_enableAllStatisticsForComponentName, METH_VARARGS, "" },
    { "enableStatisticForComponentName", sst_enableStatisticForComponentName, METH_VARARGS, "" },
    { "enableStatisticForComponentType", sst_enableStatisticForComponentType, METH_VARARGS, "" },
    { "findComponentByName", sst_findComponentByName, METH_VARARGS, "the component or None" },
    { "getMPIRankCount", sst_one, METH_NOARGS, "1 in the embedded engine" },
    { "getThreadCount", sst_one, METH_NOARGS, "1 in the embedded engine" },
    { "getSSTThreadCount", sst_one, METH_NOARGS, "1 in the embedded engine" },
    { "getMyMPIRank", sst_zero, METH_NOARGS, "0 in the embedded engine" },
    { nullptr, nullptr, 0, nullptr }
};

PyModuleDef sst_module = { PyModuleDef_HEAD_INIT, "sst", "SST configuration (embedded engine)", -1, sst_methods,
                           nullptr, nullptr, nullptr, nullptr };

PyType_Slot component_slots[] = { { Py_tp_doc, const_cast<char*>("Component(name, 'lib.Element')") },
                                  { Py_tp_new, reinterpret_cast<void*>(PyType_GenericNew) },
                                  { Py_tp_init, reinterpret_cast<void*>(Component_init) },
                                  { Py_tp_methods, Component_methods },
                                  { 0, nullptr } };
PyType_Spec component_spec   = { "sst.Component", sizeof(PyComponent), 0, Py_TPFLAGS_DEFAULT, component_slots };
PyType_Slot link_slots[]     = { { Py_tp_doc, const_cast<char*>("Link(name, [latency])") },
                                 { Py_tp_new, reinterpret_cast<void*>(PyType_GenericNew) },
                                 { Py_tp_init, reinterpret_cast<void*>(Link_init) },
                                 { Py_tp_methods, Link_methods },
                                 { 0, nullptr } };
PyType_Spec link_spec        = { "sst.Link", sizeof(PyLink), 0, Py_TPFLAGS_DEFAULT, link_slots };

PyObject* PyInit_sst()
{
    PyObject* m = PyModule_Create(&sst_module);
    if ( !m ) return nullptr;
    g_component_type = reinterpret_cast<PyTypeObject*>(PyType_FromSpec(&component_spec));
    g_link_type      = reinterpret_cast<PyTypeObject*>(PyType_FromSpec(&link_spec));
    if ( !g_component_type || !g_link_type ||
         PyModule_AddObjectRef(m, "Component", reinterpret_cast<PyObject*>(g_component_type)) < 0 ||
         PyModule_AddObjectRef(m, "Link", reinterpret_cast<PyObject*>(g_link_type)) < 0 ) {
        Py_DECREF(m);
        return nullptr;
    }
    return m;
}

// One line for the pending Python exception: "file:line: Type: message".
std::string describePythonError(bool verbose)
{
    PyObject *type, *value, *tb;
    PyErr_Fetch(&type, &value, &tb);
    PyErr_NormalizeException(&type, &value, &tb);
    if ( tb && value ) PyException_SetTraceback(value, tb);
    std::string where, what = value ? str(value) : "unknown error";
    std::string tname = type ? reinterpret_cast<PyTypeObject*>(type)->tp_name : "Error";
    if ( type && PyErr_GivenExceptionMatches(type, PyExc_SyntaxError) ) {
        PyObject* fn   = PyObject_GetAttrString(value, "filename");
        PyObject* line = PyObject_GetAttrString(value, "lineno");
        PyObject* msg  = PyObject_GetAttrString(value, "msg");
        if ( fn && fn != Py_None && line && line != Py_None ) where = str(fn) + ":" + str(line) + ": ";
        if ( msg ) what = str(msg);
        Py_XDECREF(fn), Py_XDECREF(line), Py_XDECREF(msg);
    }
    else if ( tb ) {
        if ( PyObject* tbmod = PyImport_ImportModule("traceback") ) {
            if ( verbose ) {
                PyErr_Restore(type, value, tb);
                Py_INCREF(type), Py_XINCREF(value), Py_XINCREF(tb);
                PyErr_Print();
            }
            if ( PyObject* frames = PyObject_CallMethod(tbmod, "extract_tb", "O", tb) ) {
                Py_ssize_t n = PyList_Size(frames);
                if ( n > 0 ) {
                    PyObject* last = PyList_GetItem(frames, n - 1);
                    PyObject* fn   = PyObject_GetAttrString(last, "filename");
                    PyObject* line = PyObject_GetAttrString(last, "lineno");
                    if ( fn && line ) where = str(fn) + ":" + str(line) + ": ";
                    Py_XDECREF(fn), Py_XDECREF(line);
                }
                Py_DECREF(frames);
            }
            Py_DECREF(tbmod);
        }
        PyErr_Clear();
    }
    Py_XDECREF(type), Py_XDECREF(value), Py_XDECREF(tb);
    return where + tname + ": " + what;
}

} // namespace

ConfigGraph loadPythonConfig(const std::string& path, const std::vector<std::string>& args, bool verbose)
{
    std::ifstream in(path);
    if ( !in ) throw ConfigError("configuration file '" + path + "' cannot be read: " + std::strerror(errno));
    std::stringstream text;
    text << in.rdbuf();

    ConfigGraph graph;
    g_graph   = &graph;
    g_enables = {};

    PyImport_AppendInittab("sst", &PyInit_sst);
    PyConfig config;
    PyConfig_InitPythonConfig(&config);
    config.parse_argv            = 0;
    config.install_signal_handlers = 0;
    std::vector<std::wstring> wargs;
    wargs.emplace_back(L"sstsim.x"); // sys.argv[0], as SST Core sets it
    for ( const auto& a : args )
        wargs.emplace_back(a.begin(), a.end());
    std::vector<wchar_t*> argv;
    for ( auto& w : wargs )
        argv.push_back(w.data());
    PyConfig_SetArgv(&config, static_cast<Py_ssize_t>(argv.size()), argv.data());
    PyStatus status = Py_InitializeFromConfig(&config);
    PyConfig_Clear(&config);
    if ( PyStatus_Exception(status) ) {
        g_graph = nullptr;
        throw ConfigError(std::string("cannot start the Python interpreter: ") + (status.err_msg ? status.err_msg : "?"));
    }

    std::string error;
    // As SST Core: the working directory is appended to sys.path, not the configuration's own
    // folder, so a configuration that imports a sibling module fails here as it would there.
    PyRun_SimpleString("import sys\nsys.path.append('.')\n");

    PyObject* main_mod = PyImport_AddModule("__main__");
    PyObject* globals  = PyModule_GetDict(main_mod);
    PyObject* file     = PyUnicode_FromString(path.c_str());
    PyDict_SetItemString(globals, "__file__", file);
    Py_DECREF(file);
    PyObject* code = Py_CompileString(text.str().c_str(), path.c_str(), Py_file_input);
    if ( code ) {
        PyObject* result = PyEval_EvalCode(code, globals, globals);
        Py_DECREF(code);
        if ( result )
            Py_DECREF(result);
        else if ( PyErr_ExceptionMatches(PyExc_SystemExit) ) {
            PyObject *t, *v, *tb;
            PyErr_Fetch(&t, &v, &tb);
            PyObject* c = v ? PyObject_GetAttrString(v, "code") : nullptr;
            if ( c && c != Py_None && !(PyLong_Check(c) && PyLong_AsLong(c) == 0) )
                error = "configuration called sys.exit(" + str(c) + ")";
            Py_XDECREF(c), Py_XDECREF(t), Py_XDECREF(v), Py_XDECREF(tb);
        }
        else
            error = describePythonError(verbose);
    }
    else
        error = describePythonError(verbose);
    std::fflush(stdout);
    Py_FinalizeEx();
    g_graph = nullptr;
    if ( !error.empty() ) throw ConfigError(error);

    for ( auto& c : graph.components )
        if ( g_enables.all || g_enables.types.count(c.type) ) c.all_stats = true;
    return graph;
}

} // namespace SST::Engine
