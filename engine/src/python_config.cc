// SPDX-License-Identifier: BSD-3-Clause
// The `sst` Python module as SST Core 16 defines it: sst.Component, sst.SubComponent, sst.Link,
// sst.Statistic, sst.StatisticGroup, sst.StatisticOutput, sst.PortModule, sst.UnitAlgebra and
// the module functions (program options, statistics, shared parameters, name prefixes). A
// configuration runs in an embedded interpreter and fills a ConfigModel.
#define PY_SSIZE_T_CLEAN
#include <Python.h>

#include "python_config.h"

#include "element_python_finder.h"

#include "sst/core/factory.h"
#include "sst/core/output.h"
#include "sst/core/stringize.h"
#include "sst/core/unitAlgebra.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <map>
#include <sstream>
#include <sys/resource.h>
#include <sys/time.h>

namespace SST::Engine {
namespace {

ConfigModel* g_model   = nullptr;
SimOptions*  g_options = nullptr;
double       g_start   = 0;

struct ModelError : std::runtime_error
{
    PyObject* type;
    ModelError(PyObject* t, const std::string& msg) : std::runtime_error(msg), type(t) {}
};
[[noreturn]] void raise(const std::string& msg) { throw ModelError(PyExc_RuntimeError, msg); }
[[noreturn]] void raiseType(const std::string& msg) { throw ModelError(PyExc_TypeError, msg); }

ConfigModel& model()
{
    if ( !g_model ) raise("the sst module can only be used while sst loads a configuration");
    return *g_model;
}

std::string str(PyObject* o)
{
    PyObject* s = PyObject_Str(o);
    if ( !s ) throw ModelError(PyExc_TypeError, "value cannot be converted to a string");
    const char* c   = PyUnicode_AsUTF8(s);
    std::string out = c ? c : "";
    Py_DECREF(s);
    return out;
}

/** Runs f; turns C++ exceptions into Python exceptions. */
template <typename F>
PyObject* guard(F&& f)
{
    try {
        return f();
    }
    catch ( const ModelError& e ) {
        PyErr_SetString(e.type, e.what());
    }
    catch ( const std::exception& e ) {
        PyErr_SetString(PyExc_RuntimeError, e.what());
    }
    return nullptr;
}

Params toParams(PyObject* dict)
{
    Params p;
    if ( !dict || dict == Py_None ) return p;
    if ( !PyDict_Check(dict) ) raiseType("parameters must be given as a dict");
    PyObject * k, *v;
    Py_ssize_t pos = 0;
    while ( PyDict_Next(dict, &pos, &k, &v) )
        p.insert(str(k), str(v));
    return p;
}

std::vector<std::string> stringList(PyObject* o)
{
    if ( PyUnicode_Check(o) ) return { str(o) };
    PyObject* seq = PySequence_Fast(o, "expected a string or a list of strings");
    if ( !seq ) throw ModelError(PyExc_TypeError, "expected a string or a list of strings");
    std::vector<std::string> out;
    for ( Py_ssize_t i = 0; i < PySequence_Fast_GET_SIZE(seq); ++i )
        out.push_back(str(PySequence_Fast_GET_ITEM(seq, i)));
    Py_DECREF(seq);
    return out;
}

std::string prefixed(const std::string& name)
{
    if ( model().name_prefixes.empty() ) return name;
    std::string p;
    for ( auto& s : model().name_prefixes )
        p += (p.empty() ? "" : ".") + s;
    return p + "." + name;
}

PyObject* pyLong(long long v) { return PyLong_FromLongLong(v); }

// ---------------------------------------------------------------- object types

struct PyComp
{
    PyObject_HEAD ComponentId_t id;
};
struct PyLinkObj
{
    PyObject_HEAD size_t index;
};
struct PyStat
{
    PyObject_HEAD ComponentId_t comp;
    StatisticId_t               id;
};
struct PyStatGroup
{
    PyObject_HEAD char name[256];
};
struct PyStatOutput
{
    PyObject_HEAD size_t index;
};
struct PyPortModule
{
    PyObject_HEAD ComponentId_t comp;
    size_t                      index;
    char                        port[256];
};
struct PyUA
{
    PyObject_HEAD UnitAlgebra* ua;
};

PyTypeObject* g_comp_type    = nullptr;
PyTypeObject* g_subcomp_type = nullptr;
PyTypeObject* g_link_type    = nullptr;
PyTypeObject* g_stat_type    = nullptr;
PyTypeObject* g_group_type   = nullptr;
PyTypeObject* g_output_type  = nullptr;
PyTypeObject* g_pm_type      = nullptr;
PyTypeObject* g_ua_type      = nullptr;

bool isComp(PyObject* o)
{
    return PyObject_TypeCheck(o, g_comp_type) || PyObject_TypeCheck(o, g_subcomp_type);
}

ConfigComponent& compOf(PyObject* self)
{
    ConfigComponent* c = model().findComponent(reinterpret_cast<PyComp*>(self)->id);
    if ( !c ) raise("component no longer exists");
    return *c;
}

PyObject* newComp(ConfigComponent& c)
{
    PyTypeObject* t   = c.parent ? g_subcomp_type : g_comp_type;
    auto*         obj = reinterpret_cast<PyComp*>(PyType_GenericAlloc(t, 0));
    if ( obj ) obj->id = c.id;
    return reinterpret_cast<PyObject*>(obj);
}

PyObject* newStat(ComponentId_t comp, StatisticId_t id)
{
    auto* obj = reinterpret_cast<PyStat*>(PyType_GenericAlloc(g_stat_type, 0));
    if ( obj ) {
        obj->comp = comp;
        obj->id   = id;
    }
    return reinterpret_cast<PyObject*>(obj);
}

PyObject* newUA(const UnitAlgebra& ua)
{
    auto* obj = reinterpret_cast<PyUA*>(PyType_GenericAlloc(g_ua_type, 0));
    if ( obj ) obj->ua = new UnitAlgebra(ua);
    return reinterpret_cast<PyObject*>(obj);
}

UnitAlgebra& uaOf(PyObject* o) { return *reinterpret_cast<PyUA*>(o)->ua; }

// ---------------------------------------------------------------- sst.Component / sst.SubComponent

int Comp_init(PyObject* self, PyObject* args, PyObject*)
{
    const char*   name  = nullptr;
    const char*   type  = nullptr;
    unsigned long useID = UNSET_COMPONENT_ID;
    if ( !PyArg_ParseTuple(args, "ss|k", &name, &type, &useID) ) return -1;
    try {
        if ( useID != UNSET_COMPONENT_ID ) {
            reinterpret_cast<PyComp*>(self)->id = useID;
            return 0;
        }
        std::string full = prefixed(name);
        if ( full.empty() ) raise("component names must not be empty");
        for ( char c : full )
            if ( std::isspace(static_cast<unsigned char>(c)) || c == ':' )
                raise("ERROR: Component name '" + full + "' is not valid (no white space or ':')");
        ConfigComponent* c = model().addComponent(full, type);
        if ( !c ) raise("ERROR: trying to add Component with name that already exists: " + full);
        reinterpret_cast<PyComp*>(self)->id = c->id;
        return 0;
    }
    catch ( const ModelError& e ) {
        PyErr_SetString(e.type, e.what());
        return -1;
    }
}

int SubComp_init(PyObject* self, PyObject* args, PyObject*)
{
    PyObject*     parent = nullptr;
    unsigned long id     = 0;
    if ( !PyArg_ParseTuple(args, "Ok", &parent, &id) ) return -1;
    reinterpret_cast<PyComp*>(self)->id = id;
    return 0;
}

PyObject* Comp_addParam(PyObject* self, PyObject* args)
{
    const char* key;
    PyObject*   value;
    if ( !PyArg_ParseTuple(args, "sO", &key, &value) ) return nullptr;
    return guard([&] {
        compOf(self).params.insert(key, str(value), true);
        return pyLong(0);
    });
}

PyObject* Comp_addParams(PyObject* self, PyObject* dict)
{
    return guard([&] {
        if ( !PyDict_Check(dict) ) raiseType("addParams() expects a dict");
        ConfigComponent& c     = compOf(self);
        PyObject *       k, *v;
        Py_ssize_t       pos   = 0;
        long             count = 0;
        while ( PyDict_Next(dict, &pos, &k, &v) ) {
            c.params.insert(str(k), str(v), true);
            ++count;
        }
        return pyLong(count);
    });
}

PyObject* Comp_setRank(PyObject* self, PyObject* args)
{
    unsigned long rank = 0, thread = 0;
    if ( !PyArg_ParseTuple(args, "k|k", &rank, &thread) ) return nullptr;
    return guard([&] {
        compOf(self).rank   = rank;
        compOf(self).thread = thread;
        return pyLong(0);
    });
}

PyObject* Comp_setWeight(PyObject* self, PyObject* arg)
{
    double w = PyFloat_AsDouble(arg);
    if ( PyErr_Occurred() ) return nullptr;
    return guard([&] {
        compOf(self).weight = w;
        return pyLong(0);
    });
}

void connectEnd(size_t link, ConfigComponent& c, const std::string& port, PyObject* lat)
{
    ConfigLink& l = model().links.at(link);
    if ( l.count >= 2 ) raise("ERROR: Parsing SDL file: Link " + l.name + " referenced more than two times");
    std::string latency = lat && lat != Py_None ? str(lat) : "";
    if ( latency.empty() && l.default_latency.empty() )
        raise("ERROR: Parsing SDL file: Connecting link with no latency assigned: " + l.name);
    model().connect(link, &c, port, latency);
}

PyObject* Comp_addLink(PyObject* self, PyObject* args)
{
    PyObject*   link;
    const char* port;
    PyObject*   lat = nullptr;
    if ( !PyArg_ParseTuple(args, "O!s|O", g_link_type, &link, &port, &lat) ) return nullptr;
    return guard([&] {
        connectEnd(reinterpret_cast<PyLinkObj*>(link)->index, compOf(self), port, lat);
        return pyLong(0);
    });
}

PyObject* Comp_addPortModule(PyObject* self, PyObject* args)
{
    const char* port;
    const char* type;
    PyObject*   params = nullptr;
    if ( !PyArg_ParseTuple(args, "ss|O", &port, &type, &params) ) return nullptr;
    return guard([&]() -> PyObject* {
        ConfigComponent& c  = compOf(self);
        auto&            pm = c.port_modules[port];
        pm.push_back({ type, toParams(params) });
        auto* obj = reinterpret_cast<PyPortModule*>(PyType_GenericAlloc(g_pm_type, 0));
        if ( !obj ) return nullptr;
        obj->comp  = c.id;
        obj->index = pm.size() - 1;
        std::snprintf(obj->port, sizeof(obj->port), "%s", port);
        return reinterpret_cast<PyObject*>(obj);
    });
}

PyObject* Comp_getFullName(PyObject* self, PyObject*)
{
    return guard([&] { return PyUnicode_FromString(compOf(self).fullName().c_str()); });
}

PyObject* Comp_getType(PyObject* self, PyObject*)
{
    return guard([&] { return PyUnicode_FromString(compOf(self).type.c_str()); });
}

PyObject* Comp_setSubComponent(PyObject* self, PyObject* args)
{
    const char* slot;
    const char* type;
    int         num = 0;
    if ( !PyArg_ParseTuple(args, "ss|i", &slot, &type, &num) ) return nullptr;
    return guard([&] {
        ConfigComponent& c   = compOf(self);
        ConfigComponent* sub = c.addSubComponent(slot, type, num);
        if ( !sub )
            raise(format_string("Failed to create subcomponent %s on %s.  Already attached a subcomponent at that "
                                "slot name and number?\n",
                                slot, c.name.c_str()));
        return newComp(*sub);
    });
}

PyObject* enabledStatistic(ConfigComponent& c, const std::string& name, PyObject* params, bool children)
{
    ConfigStatistic* cs = c.enableStatistic(name, toParams(params), children);
    return newStat(c.id, cs->id);
}

PyObject* enabledStatistics(ConfigComponent& c, PyObject* list, PyObject* params, bool children)
{
    std::vector<std::string> names  = stringList(list);
    Params                   p      = toParams(params);
    PyObject*                result = PyList_New(static_cast<Py_ssize_t>(names.size()));
    for ( size_t i = 0; i < names.size(); ++i ) {
        ConfigStatistic* cs = c.enableStatistic(names[i], p, children);
        PyList_SetItem(result, static_cast<Py_ssize_t>(i), newStat(c.id, cs->id));
    }
    return result;
}

PyObject* Comp_enableStatistic(PyObject* self, PyObject* args)
{
    const char* name;
    PyObject*   params = nullptr;
    if ( !PyArg_ParseTuple(args, "s|O", &name, &params) ) return nullptr;
    return guard([&] { return enabledStatistic(compOf(self), name, params, false); });
}

PyObject* Comp_enableStatistics(PyObject* self, PyObject* args)
{
    PyObject* list;
    PyObject* params   = nullptr;
    int       children = 0;
    if ( !PyArg_ParseTuple(args, "O|Oi", &list, &params, &children) ) return nullptr;
    return guard([&] { return enabledStatistics(compOf(self), list, params, children); });
}

PyObject* Comp_enableAllStatistics(PyObject* self, PyObject* args)
{
    PyObject* params   = nullptr;
    int       children = 0;
    if ( !PyArg_ParseTuple(args, "|Oi", &params, &children) ) return nullptr;
    return guard([&] {
        compOf(self).enableStatistic(STATALLFLAG, toParams(params), children);
        return pyLong(0);
    });
}

PyObject* Comp_createStatistic(PyObject* self, PyObject* args)
{
    const char* name;
    PyObject*   params = nullptr;
    if ( !PyArg_ParseTuple(args, "s|O", &name, &params) ) return nullptr;
    return guard([&] {
        ConfigComponent& c  = compOf(self);
        ConfigStatistic* cs = c.createStatistic(name, toParams(params));
        return newStat(c.id, cs->id);
    });
}

PyObject* Comp_setStatistic(PyObject* self, PyObject* args)
{
    const char* name;
    PyObject*   stat;
    if ( !PyArg_ParseTuple(args, "sO!", &name, g_stat_type, &stat) ) return nullptr;
    return guard([&] {
        ConfigComponent& c = compOf(self);
        if ( Factory::getFactory()->GetStatisticValidityAndEnableLevel(c.type, name) == 255 )
            raise(format_string("Failed to create statistic '%s' on '%s' of type '%s' - this is not a valid "
                                "statistic\n",
                                name, c.name.c_str(), c.type.c_str()));
        c.reuseStatistic(name, reinterpret_cast<PyStat*>(stat)->id);
        Py_INCREF(stat);
        return stat;
    });
}

PyObject* Comp_setStatisticLoadLevel(PyObject* self, PyObject* args)
{
    int level = STATISTICLOADLEVELUNINITIALIZED, children = 0;
    if ( !PyArg_ParseTuple(args, "i|i", &level, &children) ) return nullptr;
    return guard([&] {
        compOf(self).setStatisticLoadLevel(static_cast<uint8_t>(level & 0xff), children);
        return pyLong(0);
    });
}

PyObject* Comp_setCoordinates(PyObject* self, PyObject* args)
{
    std::vector<double> coords(3, 0.0);
    if ( !PyArg_ParseTuple(args, "d|dd", &coords[0], &coords[1], &coords[2]) ) {
        PyErr_Clear();
        PyObject* seq = nullptr;
        if ( !PyArg_ParseTuple(args, "O", &seq) || !PySequence_Check(seq) ) {
            PyErr_SetString(PyExc_TypeError,
                            "compSetCoords() expects arguments of 1-3 doubles, or a list/tuple of doubles");
            return nullptr;
        }
        coords.clear();
        for ( Py_ssize_t i = 0; i < PySequence_Size(seq); ++i ) {
            PyObject* item = PySequence_GetItem(seq, i);
            coords.push_back(PyFloat_AsDouble(item));
            Py_XDECREF(item);
            if ( PyErr_Occurred() ) return nullptr;
        }
        while ( coords.size() < 3 )
            coords.push_back(0.0);
    }
    return guard([&] {
        compOf(self).coords = coords;
        return pyLong(0);
    });
}

PyObject* Comp_addSharedParamSet(PyObject* self, PyObject* arg)
{
    return guard([&] {
        ConfigModel::addSharedParamSet(compOf(self).params, str(arg));
        return pyLong(0);
    });
}

PyObject* Comp_richcompare(PyObject* a, PyObject* b, int op)
{
    if ( !isComp(a) || !isComp(b) ) Py_RETURN_NOTIMPLEMENTED;
    ComponentId_t x = reinterpret_cast<PyComp*>(a)->id, y = reinterpret_cast<PyComp*>(b)->id;
    Py_RETURN_RICHCOMPARE(x, y, op);
}

PyMethodDef comp_methods[] = {
    { "addParam", Comp_addParam, METH_VARARGS, "Adds a parameter(name, value)" },
    { "addParams", Comp_addParams, METH_O, "Adds Multiple Parameters from a dict" },
    { "setRank", Comp_setRank, METH_VARARGS, "Sets which rank on which this component should sit" },
    { "setWeight", Comp_setWeight, METH_O, "Sets the weight of the component" },
    { "addLink", Comp_addLink, METH_VARARGS, "Connects this component to a Link" },
    { "addPortModule", Comp_addPortModule, METH_VARARGS, "Adds a PortModule to a port" },
    { "getFullName", Comp_getFullName, METH_NOARGS, "Returns the full name of the component" },
    { "getType", Comp_getType, METH_NOARGS, "Returns the type of the component" },
    { "setStatisticLoadLevel", Comp_setStatisticLoadLevel, METH_VARARGS, "Sets the statistics load level" },
    { "createStatistic", Comp_createStatistic, METH_VARARGS, "Creates a shared statistic object" },
    { "enableAllStatistics", Comp_enableAllStatistics, METH_VARARGS, "Enables all statistics" },
    { "enableStatistic", Comp_enableStatistic, METH_VARARGS, "Enables one statistic" },
    { "enableStatistics", Comp_enableStatistics, METH_VARARGS, "Enables a list of statistics" },
    { "setStatistic", Comp_setStatistic, METH_VARARGS, "Uses a shared statistic object for a statistic" },
    { "setSubComponent", Comp_setSubComponent, METH_VARARGS, "Puts a SubComponent in a slot" },
    { "setCoordinates", Comp_setCoordinates, METH_VARARGS, "Sets the component's coordinates" },
    { "addSharedParamSet", Comp_addSharedParamSet, METH_O, "Subscribes to a shared parameter set" },
    { "addGlobalParamSet", Comp_addSharedParamSet, METH_O, "Subscribes to a shared parameter set" },
    { nullptr, nullptr, 0, nullptr }
};

// ---------------------------------------------------------------- sst.Link

int Link_init(PyObject* self, PyObject* args, PyObject*)
{
    const char* name;
    PyObject*   lat = nullptr;
    if ( !PyArg_ParseTuple(args, "s|O", &name, &lat) ) return -1;
    try {
        std::string latency                     = lat && lat != Py_None ? str(lat) : "";
        reinterpret_cast<PyLinkObj*>(self)->index = model().addLink(prefixed(name), latency);
        return 0;
    }
    catch ( const ModelError& e ) {
        PyErr_SetString(e.type, e.what());
        return -1;
    }
}

ConfigComponent& endComponent(PyObject* tuple, const char** port, PyObject** lat)
{
    PyObject* c = nullptr;
    *lat        = nullptr;
    if ( !PyArg_ParseTuple(tuple, "Os|O", &c, port, lat) || !isComp(c) )
        throw ModelError(PyExc_TypeError, "Link.connect() expects (component, port[, latency]) tuples");
    return compOf(c);
}

PyObject* Link_connect(PyObject* self, PyObject* args)
{
    PyObject *t0, *t1;
    if ( !PyArg_ParseTuple(args, "O!O!", &PyTuple_Type, &t0, &PyTuple_Type, &t1) ) return nullptr;
    return guard([&] {
        const char *     p0, *p1;
        PyObject *       l0, *l1;
        ConfigComponent& c0 = endComponent(t0, &p0, &l0);
        ConfigComponent& c1 = endComponent(t1, &p1, &l1);
        size_t           li = reinterpret_cast<PyLinkObj*>(self)->index;
        connectEnd(li, c0, p0, l0);
        connectEnd(li, c1, p1, l1);
        return pyLong(0);
    });
}

PyObject* Link_setNoCut(PyObject* self, PyObject*)
{
    return guard([&] {
        model().links.at(reinterpret_cast<PyLinkObj*>(self)->index).no_cut = true;
        return pyLong(0);
    });
}

PyObject* Link_nonLocal(PyObject*, PyObject*)
{
    PyErr_SetString(PyExc_RuntimeError,
                    "Link.connectNonLocal()/setNonLocal() are for parallel loading over MPI ranks, which the "
                    "embedded engine (one rank) does not have");
    return nullptr;
}

PyMethodDef link_methods[] = { { "connect", Link_connect, METH_VARARGS, "Connects two components" },
                               { "connectNonLocal", Link_nonLocal, METH_VARARGS, "MPI parallel load only" },
                               { "setNonLocal", Link_nonLocal, METH_VARARGS, "MPI parallel load only" },
                               { "setNoCut", Link_setNoCut, METH_NOARGS, "Keeps the link's ends on one rank" },
                               { nullptr, nullptr, 0, nullptr } };

// ---------------------------------------------------------------- sst.Statistic

PyObject* Stat_addParam(PyObject* self, PyObject* args)
{
    const char* key;
    PyObject*   value;
    if ( !PyArg_ParseTuple(args, "sO", &key, &value) ) return nullptr;
    return guard([&] {
        auto*            s    = reinterpret_cast<PyStat*>(self);
        ConfigComponent* comp = model().findComponent(s->comp);
        if ( !comp ) raise("statistic's component no longer exists");
        auto& stats = comp->top()->statistics;
        if ( s->id == STATALL_ID )
            comp->allStatConfig.params.insert(key, str(value));
        else if ( stats.count(s->id) )
            stats[s->id].params.insert(key, str(value));
        return pyLong(0);
    });
}

PyObject* Stat_addParams(PyObject* self, PyObject* dict)
{
    return guard([&] {
        auto*            s    = reinterpret_cast<PyStat*>(self);
        ConfigComponent* comp = model().findComponent(s->comp);
        if ( !comp ) raise("statistic's component no longer exists");
        Params p = toParams(dict);
        if ( s->id == STATALL_ID )
            comp->allStatConfig.params.insert(p);
        else if ( comp->top()->statistics.count(s->id) )
            comp->top()->statistics[s->id].params.insert(p);
        return pyLong(0);
    });
}

PyMethodDef stat_methods[] = { { "addParam", Stat_addParam, METH_VARARGS, "Adds a parameter" },
                               { "addParams", Stat_addParams, METH_O, "Adds parameters from a dict" },
                               { nullptr, nullptr, 0, nullptr } };

// ---------------------------------------------------------------- sst.StatisticGroup / sst.StatisticOutput

ConfigStatGroup& groupOf(PyObject* self) { return model().stats.groups[reinterpret_cast<PyStatGroup*>(self)->name]; }

void verifyGroup(ConfigStatGroup& g)
{
    for ( ComponentId_t id : g.components ) {
        ConfigComponent* comp = model().findComponent(id);
        if ( !comp ) raise("Component id " + std::to_string(id) + " is not a valid component");
        for ( auto& [stat, params] : g.statMap )
            if ( Factory::getFactory()->GetStatisticValidityAndEnableLevel(comp->type, stat) == 255 )
                raise("Component " + comp->name + " does not support statistic " + stat);
    }
}

bool setGroupFrequency(ConfigStatGroup& g, const std::string& freq)
{
    UnitAlgebra ua(freq);
    if ( ua.hasUnits("s") || ua.hasUnits("hz") ) {
        g.outputFrequency = ua;
        return true;
    }
    return false;
}

int Group_init(PyObject* self, PyObject* args, PyObject*)
{
    const char* name;
    if ( !PyArg_ParseTuple(args, "s", &name) ) return -1;
    std::snprintf(reinterpret_cast<PyStatGroup*>(self)->name, sizeof(PyStatGroup::name), "%s", name);
    try {
        auto& g = model().stats.groups[name];
        g.name  = name;
    }
    catch ( const ModelError& e ) {
        PyErr_SetString(e.type, e.what());
        return -1;
    }
    return 0;
}

PyObject* Group_addStatistic(PyObject* self, PyObject* args)
{
    const char* name;
    PyObject*   params = nullptr;
    if ( !PyArg_ParseTuple(args, "s|O!", &name, &PyDict_Type, &params) ) return nullptr;
    return guard([&] {
        ConfigStatGroup& g = groupOf(self);
        Params           p = toParams(params);
        g.statMap[name]    = p;
        if ( g.outputFrequency.getValue() == 0 ) setGroupFrequency(g, p.find<std::string>("rate", "0ns"));
        verifyGroup(g);
        return pyLong(0);
    });
}

PyObject* Group_addComponent(PyObject* self, PyObject* comp)
{
    return guard([&] {
        if ( !isComp(comp) ) raiseType("Expected Component or SubComponent type");
        ConfigStatGroup& g  = groupOf(self);
        ComponentId_t    id = reinterpret_cast<PyComp*>(comp)->id;
        if ( std::find(g.components.begin(), g.components.end(), id) == g.components.end() ) g.components.push_back(id);
        verifyGroup(g);
        return pyLong(0);
    });
}

PyObject* Group_setOutput(PyObject* self, PyObject* out)
{
    return guard([&] {
        if ( !PyObject_TypeCheck(out, g_output_type) ) raiseType("Expected sst.StatisticOutput type");
        groupOf(self).outputID = reinterpret_cast<PyStatOutput*>(out)->index;
        return pyLong(0);
    });
}

PyObject* Group_setFrequency(PyObject* self, PyObject* args)
{
    const char* freq;
    if ( !PyArg_ParseTuple(args, "s", &freq) ) return nullptr;
    return guard([&] {
        if ( !setGroupFrequency(groupOf(self), freq) ) raise("Invalid frequency");
        return pyLong(0);
    });
}

PyMethodDef group_methods[] = { { "addStatistic", Group_addStatistic, METH_VARARGS, "Adds a statistic" },
                                { "addComponent", Group_addComponent, METH_O, "Adds a component to the group" },
                                { "setOutput", Group_setOutput, METH_O, "Sets the statistic output" },
                                { "setFrequency", Group_setFrequency, METH_VARARGS, "Sets the output frequency" },
                                { nullptr, nullptr, 0, nullptr } };

int Output_init(PyObject* self, PyObject* args, PyObject*)
{
    const char* type;
    PyObject*   params = nullptr;
    if ( !PyArg_ParseTuple(args, "s|O!", &type, &PyDict_Type, &params) ) return -1;
    try {
        auto& outs = model().stats.outputs;
        outs.push_back({ type, toParams(params) });
        reinterpret_cast<PyStatOutput*>(self)->index = outs.size() - 1;
    }
    catch ( const ModelError& e ) {
        PyErr_SetString(e.type, e.what());
        return -1;
    }
    return 0;
}

PyObject* Output_addParam(PyObject* self, PyObject* args)
{
    const char* key;
    PyObject*   value;
    if ( !PyArg_ParseTuple(args, "sO", &key, &value) ) return nullptr;
    return guard([&] {
        model().stats.outputs.at(reinterpret_cast<PyStatOutput*>(self)->index).params.insert(key, str(value));
        return pyLong(0);
    });
}

PyObject* Output_addParams(PyObject* self, PyObject* dict)
{
    return guard([&] {
        model().stats.outputs.at(reinterpret_cast<PyStatOutput*>(self)->index).params.insert(toParams(dict));
        return pyLong(0);
    });
}

PyMethodDef output_methods[] = { { "addParam", Output_addParam, METH_VARARGS, "Adds a parameter" },
                                 { "addParams", Output_addParams, METH_O, "Adds parameters from a dict" },
                                 { nullptr, nullptr, 0, nullptr } };

// ---------------------------------------------------------------- sst.PortModule

ConfigPortModule& pmOf(PyObject* self)
{
    auto*            pm   = reinterpret_cast<PyPortModule*>(self);
    ConfigComponent* comp = model().findComponent(pm->comp);
    if ( !comp ) raise("port module's component no longer exists");
    return comp->port_modules.at(pm->port).at(pm->index);
}

PyObject* PM_addParam(PyObject* self, PyObject* args)
{
    const char* key;
    PyObject*   value;
    if ( !PyArg_ParseTuple(args, "sO", &key, &value) ) return nullptr;
    return guard([&] {
        pmOf(self).params.insert(key, str(value));
        return pyLong(0);
    });
}

PyObject* PM_addParams(PyObject* self, PyObject* dict)
{
    return guard([&] {
        pmOf(self).params.insert(toParams(dict));
        return pyLong(0);
    });
}

PyObject* PM_setStatisticLoadLevel(PyObject* self, PyObject* args)
{
    int level = 0;
    if ( !PyArg_ParseTuple(args, "i", &level) ) return nullptr;
    return guard([&] {
        pmOf(self).stat_load_level = static_cast<uint8_t>(level);
        return pyLong(0);
    });
}

PyObject* PM_enableAllStatistics(PyObject* self, PyObject* args)
{
    PyObject* params = nullptr;
    if ( !PyArg_ParseTuple(args, "|O", &params) ) return nullptr;
    return guard([&] {
        pmOf(self).all_stat_config.insert(toParams(params));
        return pyLong(0);
    });
}

PyObject* PM_enableStatistics(PyObject* self, PyObject* args)
{
    PyObject* list;
    PyObject* params = nullptr;
    if ( !PyArg_ParseTuple(args, "O|O", &list, &params) ) return nullptr;
    return guard([&] {
        Params p = toParams(params);
        for ( auto& name : stringList(list) )
            pmOf(self).per_stat_configs[name].insert(p);
        return pyLong(0);
    });
}

PyObject* PM_addSharedParamSet(PyObject* self, PyObject* arg)
{
    return guard([&] {
        ConfigModel::addSharedParamSet(pmOf(self).params, str(arg));
        return pyLong(0);
    });
}

PyMethodDef pm_methods[] = { { "addParam", PM_addParam, METH_VARARGS, "Adds a parameter" },
                             { "addParams", PM_addParams, METH_O, "Adds parameters from a dict" },
                             { "setStatisticLoadLevel", PM_setStatisticLoadLevel, METH_VARARGS, "Sets the load level" },
                             { "enableAllStatistics", PM_enableAllStatistics, METH_VARARGS, "Enables all statistics" },
                             { "enableStatistic", PM_enableStatistics, METH_VARARGS, "Enables a statistic" },
                             { "enableStatistics", PM_enableStatistics, METH_VARARGS, "Enables statistics" },
                             { "addSharedParamSet", PM_addSharedParamSet, METH_O, "Subscribes to a shared set" },
                             { nullptr, nullptr, 0, nullptr } };

// ---------------------------------------------------------------- sst.UnitAlgebra

int UA_init(PyObject* self, PyObject* args, PyObject*)
{
    PyObject* arg = nullptr;
    if ( !PyArg_ParseTuple(args, "O", &arg) ) {
        PyErr_Clear();
        PyErr_SetString(PyExc_TypeError, "sst.UnitAlgebra can only be initialized with another sst.UnitAlgebra or "
                                         "with a formatted string");
        return -1;
    }
    auto* me = reinterpret_cast<PyUA*>(self);
    try {
        UnitAlgebra value = PyObject_TypeCheck(arg, g_ua_type) ? uaOf(arg) : UnitAlgebra(str(arg));
        delete me->ua;
        me->ua = new UnitAlgebra(value);
    }
    catch ( const std::exception& e ) {
        PyErr_SetString(PyExc_ValueError, e.what());
        return -1;
    }
    return 0;
}

void UA_dealloc(PyObject* self)
{
    delete reinterpret_cast<PyUA*>(self)->ua;
    Py_TYPE(self)->tp_free(self);
}

PyObject* UA_str(PyObject* self) { return PyUnicode_FromString(uaOf(self).toString(0).c_str()); }

const char* opName(int op)
{
    switch ( op ) {
    case Py_LT:
        return "'<'";
    case Py_LE:
        return "'<='";
    case Py_GT:
        return "'>'";
    case Py_GE:
        return "'>='";
    case Py_EQ:
        return "'=='";
    default:
        return "'!='";
    }
}

PyObject* UA_richcompare(PyObject* self, PyObject* other, int op)
{
    if ( PyObject_TypeCheck(other, g_ua_type) ) {
        try {
            const UnitAlgebra& a = uaOf(self);
            const UnitAlgebra& b = uaOf(other);
            bool               r = false;
            switch ( op ) {
            case Py_LT:
                r = a < b;
                break;
            case Py_LE:
                r = a <= b;
                break;
            case Py_GT:
                r = a > b;
                break;
            case Py_GE:
                r = a >= b;
                break;
            case Py_EQ:
                r = a == b;
                break;
            default:
                r = a != b;
                break;
            }
            return PyBool_FromLong(r);
        }
        catch ( const std::exception& e ) {
            PyErr_SetString(PyExc_TypeError, e.what());
            return nullptr;
        }
    }
    std::string msg = std::string(opName(op)) + " operator not supported between instances of " +
                      Py_TYPE(self)->tp_name + " and " + Py_TYPE(other)->tp_name;
    PyErr_SetString(PyExc_TypeError, msg.c_str());
    return nullptr;
}

PyObject* UA_math(PyObject* self, PyObject* other, char op, bool in_place)
{
    if ( !PyObject_TypeCheck(self, g_ua_type) || !PyObject_TypeCheck(other, g_ua_type) ) {
        std::string msg = std::string("'") + op + (in_place ? "=" : "") +
                          "' operator not supported between instance of " + Py_TYPE(self)->tp_name + " and " +
                          Py_TYPE(other)->tp_name;
        PyErr_SetString(PyExc_TypeError, msg.c_str());
        return nullptr;
    }
    try {
        UnitAlgebra r = uaOf(self);
        switch ( op ) {
        case '+':
            r += uaOf(other);
            break;
        case '-':
            r -= uaOf(other);
            break;
        case '*':
            r *= uaOf(other);
            break;
        default:
            r /= uaOf(other);
            break;
        }
        return newUA(r);
    }
    catch ( const std::exception& e ) {
        PyErr_SetString(PyExc_TypeError, e.what());
        return nullptr;
    }
}

PyObject* UA_add(PyObject* a, PyObject* b) { return UA_math(a, b, '+', false); }
PyObject* UA_sub(PyObject* a, PyObject* b) { return UA_math(a, b, '-', false); }
PyObject* UA_mul(PyObject* a, PyObject* b) { return UA_math(a, b, '*', false); }
PyObject* UA_div(PyObject* a, PyObject* b) { return UA_math(a, b, '/', false); }
PyObject* UA_iadd(PyObject* a, PyObject* b) { return UA_math(a, b, '+', true); }
PyObject* UA_isub(PyObject* a, PyObject* b) { return UA_math(a, b, '-', true); }
PyObject* UA_imul(PyObject* a, PyObject* b) { return UA_math(a, b, '*', true); }
PyObject* UA_idiv(PyObject* a, PyObject* b) { return UA_math(a, b, '/', true); }
PyObject* UA_int(PyObject* self) { return PyLong_FromLongLong(uaOf(self).getRoundedValue()); }
PyObject* UA_float(PyObject* self) { return PyFloat_FromDouble(uaOf(self).getDoubleValue()); }
int       UA_bool(PyObject* self) { return !uaOf(self).isValueZero(); }
PyObject* UA_neg(PyObject* self)
{
    UnitAlgebra r = uaOf(self);
    r *= -1;
    return newUA(r);
}
PyObject* UA_getRoundedValue(PyObject* self, PyObject*) { return UA_int(self); }
PyObject* UA_getFloatValue(PyObject* self, PyObject*) { return UA_float(self); }
PyObject* UA_isValueZero(PyObject* self, PyObject*) { return PyBool_FromLong(uaOf(self).isValueZero()); }
PyObject* UA_hasUnits(PyObject* self, PyObject* args)
{
    const char* units = nullptr;
    if ( !PyArg_ParseTuple(args, "s", &units) ) {
        PyErr_Clear();
        PyErr_SetString(PyExc_TypeError,
                        "sst.UnitAlgebra.hasUnits() must be called with a string as it's only argument");
        return nullptr;
    }
    return PyBool_FromLong(uaOf(self).hasUnits(units));
}
PyObject* UA_invert(PyObject* self, PyObject*)
{
    UnitAlgebra r = uaOf(self);
    r.invert();
    return newUA(r);
}
PyObject* UA_bestSI(PyObject* self, PyObject* args)
{
    int precision = 6;
    if ( !PyArg_ParseTuple(args, "|i", &precision) ) return nullptr;
    return PyUnicode_FromString(uaOf(self).toStringBestSI(precision).c_str());
}
PyObject* UA_precision(PyObject* self, PyObject* args)
{
    int precision = 6;
    if ( !PyArg_ParseTuple(args, "|i", &precision) ) return nullptr;
    return PyUnicode_FromString(uaOf(self).toString(precision).c_str());
}

PyMethodDef ua_methods[] = {
    { "getRoundedValue", UA_getRoundedValue, METH_NOARGS, "Rounds the value to the nearest whole number" },
    { "getFloatValue", UA_getFloatValue, METH_NOARGS, "Returns the value as a float" },
    { "isValueZero", UA_isValueZero, METH_NOARGS, "True if the value is zero" },
    { "hasUnits", UA_hasUnits, METH_VARARGS, "True if the units are the ones given" },
    { "invert", UA_invert, METH_NOARGS, "Returns the inverse" },
    { "bestSI", UA_bestSI, METH_VARARGS, "The value with the best SI prefix" },
    { "precision", UA_precision, METH_VARARGS, "The value with a given precision" },
    { nullptr, nullptr, 0, nullptr }
};

// ---------------------------------------------------------------- module functions

PyObject* sst_setProgramOption(PyObject*, PyObject* args)
{
    const char *key, *value;
    if ( !PyArg_ParseTuple(args, "ss", &key, &value) ) return nullptr;
    return guard([&] { return PyBool_FromLong(g_options->setFromModel(key, value)); });
}

PyObject* sst_setProgramOptions(PyObject*, PyObject* dict)
{
    return guard([&] {
        if ( !PyDict_Check(dict) ) raiseType("setProgramOptions() expects a dict");
        PyObject * k, *v;
        Py_ssize_t pos   = 0;
        long       count = 0;
        while ( PyDict_Next(dict, &pos, &k, &v) )
            count += g_options->setFromModel(str(k), str(v));
        return pyLong(count);
    });
}

PyObject* sst_getProgramOptions(PyObject*, PyObject*)
{
    return guard([&] {
        static const std::set<std::string> ints  = { "verbose",     "num-ranks",     "num-threads",
                                                     "exit-after", "dot-verbosity", "heartbeat-wall-period" };
        PyObject*                           dict = PyDict_New();
        for ( auto& [k, v] : g_options->asMap() ) {
            PyObject* val = nullptr;
            if ( ints.count(k) )
                val = PyLong_FromString(v.c_str(), nullptr, 10);
            else if ( k == "timing-info" )
                val = PyBool_FromLong(v == "True");
            else
                val = PyUnicode_FromString(v.c_str());
            PyDict_SetItemString(dict, k.c_str(), val);
            Py_DECREF(val);
        }
        return dict;
    });
}

PyObject* sst_pushNamePrefix(PyObject*, PyObject* arg)
{
    return guard([&] {
        model().name_prefixes.push_back(str(arg));
        return pyLong(0);
    });
}

PyObject* sst_popNamePrefix(PyObject*, PyObject*)
{
    return guard([&] {
        if ( !model().name_prefixes.empty() ) model().name_prefixes.pop_back();
        return pyLong(0);
    });
}

PyObject* sst_exit(PyObject*, PyObject*)
{
    std::fflush(nullptr);
    std::exit(-1);
}

PyObject* sst_one(PyObject*, PyObject*) { return pyLong(1); }
PyObject* sst_zero(PyObject*, PyObject*) { return pyLong(0); }

PyObject* sst_setThreadCount(PyObject*, PyObject* arg)
{
    long n = PyLong_AsLong(arg);
    if ( PyErr_Occurred() ) return nullptr;
    if ( n != 1 )
        std::fprintf(stderr, "WARNING: sst.setThreadCount(%ld): the embedded engine runs one thread (results are "
                             "the same as with more)\n",
                     n);
    return pyLong(1);
}

PyObject* sst_setStatisticOutput(PyObject*, PyObject* args)
{
    const char* type;
    PyObject*   params = nullptr;
    if ( !PyArg_ParseTuple(args, "s|O!", &type, &PyDict_Type, &params) ) return nullptr;
    return guard([&] {
        auto& out = model().stats.outputs.front();
        out.type  = type;
        out.params.insert(toParams(params));
        return pyLong(0);
    });
}

PyObject* sst_setStatisticOutputOption(PyObject*, PyObject* args)
{
    const char *key, *value;
    if ( !PyArg_ParseTuple(args, "ss", &key, &value) ) return nullptr;
    return guard([&] {
        model().stats.outputs.front().params.insert(key, value);
        return pyLong(0);
    });
}

PyObject* sst_setStatisticOutputOptions(PyObject*, PyObject* dict)
{
    return guard([&] {
        model().stats.outputs.front().params.insert(toParams(dict));
        return pyLong(0);
    });
}

PyObject* sst_setStatisticLoadLevel(PyObject*, PyObject* arg)
{
    long level = PyLong_AsLong(arg);
    if ( PyErr_Occurred() ) return nullptr;
    return guard([&] {
        model().stats.load_level = static_cast<uint8_t>(level);
        return pyLong(0);
    });
}

ConfigComponent& named(const char* name, const char* fn)
{
    ConfigComponent* cc = model().findComponentByName(name);
    if ( !cc ) raise(std::string("component name not found in call to ") + fn + "(): " + name);
    return *cc;
}

template <class F>
void forTypes(ConfigComponent& cc, const std::string& type, bool all, F&& f)
{
    if ( all || cc.type == type ) f(cc);
    for ( auto& sc : cc.subComponents )
        forTypes(*sc, type, all, f);
}

PyObject* sst_enableAllStatisticsForAllComponents(PyObject*, PyObject* args)
{
    PyObject* params = nullptr;
    if ( !PyArg_ParseTuple(args, "|O!", &PyDict_Type, &params) ) return nullptr;
    return guard([&] {
        Params p = toParams(params);
        for ( auto& cc : model().components )
            cc->enableStatistic(STATALLFLAG, p, true);
        return pyLong(0);
    });
}

PyObject* sst_enableAllStatisticsForComponentName(PyObject*, PyObject* args)
{
    const char* name;
    PyObject*   params   = nullptr;
    int         children = 0;
    if ( !PyArg_ParseTuple(args, "s|O!i", &name, &PyDict_Type, &params, &children) ) return nullptr;
    return guard([&] {
        named(name, "enableAllStatisticsForComponentName").enableStatistic(STATALLFLAG, toParams(params), children);
        return pyLong(0);
    });
}

PyObject* sst_enableStatisticForComponentName(PyObject*, PyObject* args)
{
    const char *name, *stat;
    PyObject*   params   = nullptr;
    int         children = 0;
    if ( !PyArg_ParseTuple(args, "ss|O!i", &name, &stat, &PyDict_Type, &params, &children) ) return nullptr;
    return guard([&] {
        return enabledStatistic(named(name, "enableStatisticForComponentName"), stat, params, children);
    });
}

PyObject* sst_enableStatisticsForComponentName(PyObject*, PyObject* args)
{
    const char* name;
    PyObject*   list;
    PyObject*   params   = nullptr;
    int         children = 0;
    if ( !PyArg_ParseTuple(args, "sO|O!i", &name, &list, &PyDict_Type, &params, &children) ) return nullptr;
    return guard([&] {
        return enabledStatistics(named(name, "enableStatisticsForComponentName"), list, params, children);
    });
}

PyObject* sst_enableAllStatisticsForComponentType(PyObject*, PyObject* args)
{
    const char* type;
    PyObject*   params   = nullptr;
    int         children = 0;
    if ( !PyArg_ParseTuple(args, "s|O!i", &type, &PyDict_Type, &params, &children) ) return nullptr;
    return guard([&] {
        Params p   = toParams(params);
        bool   all = STATALLFLAG == type;
        for ( auto& cc : model().components )
            forTypes(*cc, type, all, [&](ConfigComponent& c) { c.enableStatistic(STATALLFLAG, p, children); });
        return pyLong(0);
    });
}

PyObject* sst_enableStatisticForComponentType(PyObject*, PyObject* args)
{
    const char *type, *stat;
    PyObject*   params   = nullptr;
    int         children = 0;
    if ( !PyArg_ParseTuple(args, "ss|O!i", &type, &stat, &PyDict_Type, &params, &children) ) return nullptr;
    return guard([&] {
        Params p   = toParams(params);
        bool   all = STATALLFLAG == type;
        for ( auto& cc : model().components )
            forTypes(*cc, type, all, [&](ConfigComponent& c) { c.enableStatistic(stat, p, children); });
        return pyLong(0);
    });
}

PyObject* sst_enableStatisticsForComponentType(PyObject*, PyObject* args)
{
    const char* type;
    PyObject*   list;
    PyObject*   params   = nullptr;
    int         children = 0;
    if ( !PyArg_ParseTuple(args, "sO|O!i", &type, &list, &PyDict_Type, &params, &children) ) return nullptr;
    return guard([&] {
        Params p     = toParams(params);
        bool   all   = STATALLFLAG == type;
        auto   names = stringList(list);
        for ( auto& cc : model().components )
            forTypes(*cc, type, all, [&](ConfigComponent& c) {
                for ( auto& n : names )
                    c.enableStatistic(n, p, children);
            });
        return pyLong(0);
    });
}

PyObject* sst_setStatisticLoadLevelForComponentName(PyObject*, PyObject* args)
{
    const char* name;
    int         level = 0, children = 0;
    if ( !PyArg_ParseTuple(args, "si|i", &name, &level, &children) ) return nullptr;
    return guard([&] {
        named(name, "setStatisticLoadLevelForComponentName").setStatisticLoadLevel(level, children);
        return pyLong(0);
    });
}

PyObject* sst_setStatisticLoadLevelForComponentType(PyObject*, PyObject* args)
{
    const char* type;
    int         level = 0, children = 0;
    if ( !PyArg_ParseTuple(args, "si|i", &type, &level, &children) ) return nullptr;
    return guard([&] {
        bool all = STATALLFLAG == type;
        for ( auto& cc : model().components )
            forTypes(*cc, type, all, [&](ConfigComponent& c) { c.setStatisticLoadLevel(level, children); });
        return pyLong(0);
    });
}

PyObject* sst_findComponentByName(PyObject*, PyObject* arg)
{
    if ( !PyUnicode_Check(arg) ) Py_RETURN_NONE;
    return guard([&]() -> PyObject* {
        ConfigComponent* cc = model().findComponentByName(str(arg));
        if ( !cc ) Py_RETURN_NONE;
        return newComp(*cc);
    });
}

PyObject* sst_addSharedParam(PyObject*, PyObject* args)
{
    const char *set, *key;
    PyObject*   value;
    if ( !PyArg_ParseTuple(args, "ssO", &set, &key, &value) ) return nullptr;
    return guard([&] {
        ConfigModel::insertShared(set, key, str(value));
        return pyLong(0);
    });
}

PyObject* sst_addSharedParams(PyObject*, PyObject* args)
{
    const char* set;
    PyObject*   dict;
    if ( !PyArg_ParseTuple(args, "sO", &set, &dict) ) return nullptr;
    return guard([&] {
        if ( !PyDict_Check(dict) ) raiseType("addSharedParams() expects a dict");
        PyObject * k, *v;
        Py_ssize_t pos   = 0;
        long       count = 0;
        while ( PyDict_Next(dict, &pos, &k, &v) ) {
            ConfigModel::insertShared(set, str(k), str(v));
            ++count;
        }
        return pyLong(count);
    });
}

PyObject* sst_getElapsedExecutionTime(PyObject*, PyObject*)
{
    return guard([&] {
        struct timeval t;
        gettimeofday(&t, nullptr);
        double now = static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) * 1e-6;
        return newUA(UnitAlgebra(format_string("%.6fs", now - g_start)));
    });
}

PyObject* sst_getLocalMemoryUsage(PyObject*, PyObject*)
{
    return guard([&] {
        struct rusage ru = {};
        getrusage(RUSAGE_SELF, &ru);
        return newUA(UnitAlgebra(std::to_string(ru.ru_maxrss) + "KiB"));
    });
}

PyObject* sst_setCallPythonFinalize(PyObject*, PyObject*) { return pyLong(0); }

PyObject* sst_buildOverheadMeasureTest(PyObject*, PyObject* args)
{
    int num_comps = 0, num_links = 0;
    if ( !PyArg_ParseTuple(args, "ii", &num_comps, &num_links) ) return nullptr;
    return guard([&] {
        ConfigModel&     m    = model();
        ConfigComponent* last = m.addComponent("c0", "coreTestElement.overhead_measure");
        last->params.insert("id", "0");
        for ( int i = 1; i < num_comps; ++i ) {
            ConfigComponent* cur = m.addComponent("c" + std::to_string(i), "coreTestElement.overhead_measure");
            cur->params.insert("id", std::to_string(i));
            for ( int j = 0; j < num_links; ++j ) {
                size_t l = m.addLink("l_" + std::to_string(i) + "_" + std::to_string(j), "1ns");
                m.connect(l, last, "right_" + std::to_string(j), "1ns");
                m.connect(l, cur, "left_" + std::to_string(j), "1ns");
            }
            // As SST Core does: each new component links to c0 (SST never moves last_comp_id).
        }
        Py_RETURN_NONE;
    });
}

PyMethodDef sst_methods[] = {
    { "setProgramOption", sst_setProgramOption, METH_VARARGS, "Sets a single program configuration option" },
    { "setProgramOptions", sst_setProgramOptions, METH_O, "Sets multiple program configuration options from a dict" },
    { "getProgramOptions", sst_getProgramOptions, METH_NOARGS, "Returns a dict of the current program options" },
    { "pushNamePrefix", sst_pushNamePrefix, METH_O, "Pushes a string onto the prefix of new names" },
    { "popNamePrefix", sst_popNamePrefix, METH_NOARGS, "Removes the most recent name prefix" },
    { "exit", sst_exit, METH_NOARGS, "Exits SST" },
    { "getMPIRankCount", sst_one, METH_NOARGS, "The number of MPI ranks (1)" },
    { "getMyMPIRank", sst_zero, METH_NOARGS, "This rank (0)" },
    { "getThreadCount", sst_one, METH_NOARGS, "The number of threads (1)" },
    { "setThreadCount", sst_setThreadCount, METH_O, "Sets the number of threads (the embedded engine runs one)" },
    { "setStatisticOutput", sst_setStatisticOutput, METH_VARARGS, "Sets the statistic output" },
    { "setStatisticLoadLevel", sst_setStatisticLoadLevel, METH_O, "Sets the statistic load level" },
    { "setStatisticOutputOption", sst_setStatisticOutputOption, METH_VARARGS, "Sets a statistic output option" },
    { "setStatisticOutputOptions", sst_setStatisticOutputOptions, METH_O, "Sets statistic output options" },
    { "enableAllStatisticsForAllComponents", sst_enableAllStatisticsForAllComponents, METH_VARARGS, "" },
    { "enableAllStatisticsForComponentName", sst_enableAllStatisticsForComponentName, METH_VARARGS, "" },
    { "enableStatisticForComponentName", sst_enableStatisticForComponentName, METH_VARARGS, "" },
    { "enableStatisticsForComponentName", sst_enableStatisticsForComponentName, METH_VARARGS, "" },
    { "enableAllStatisticsForComponentType", sst_enableAllStatisticsForComponentType, METH_VARARGS, "" },
    { "enableStatisticForComponentType", sst_enableStatisticForComponentType, METH_VARARGS, "" },
    { "enableStatisticsForComponentType", sst_enableStatisticsForComponentType, METH_VARARGS, "" },
    { "setStatisticLoadLevelForComponentName", sst_setStatisticLoadLevelForComponentName, METH_VARARGS, "" },
    { "setStatisticLoadLevelForComponentType", sst_setStatisticLoadLevelForComponentType, METH_VARARGS, "" },
    { "findComponentByName", sst_findComponentByName, METH_O, "Looks up a Component or SubComponent by name" },
    { "addGlobalParam", sst_addSharedParam, METH_VARARGS, "Adds a parameter to a shared set" },
    { "addGlobalParams", sst_addSharedParams, METH_VARARGS, "Adds parameters to a shared set" },
    { "addSharedParam", sst_addSharedParam, METH_VARARGS, "Adds a parameter to a shared set" },
    { "addSharedParams", sst_addSharedParams, METH_VARARGS, "Adds parameters to a shared set" },
    { "getElapsedExecutionTime", sst_getElapsedExecutionTime, METH_NOARGS, "Wall time since sst started" },
    { "getLocalMemoryUsage", sst_getLocalMemoryUsage, METH_NOARGS, "The process's maximum resident memory" },
    { "setCallPythonFinalize", sst_setCallPythonFinalize, METH_O, "Accepted for compatibility" },
    { "buildOverheadMeasureTest", sst_buildOverheadMeasureTest, METH_VARARGS, "SST Core's overhead test graph" },
    { nullptr, nullptr, 0, nullptr }
};

PyModuleDef sst_module = { PyModuleDef_HEAD_INIT, "sst", "SST configuration (embedded engine)", -1, sst_methods,
                           nullptr, nullptr, nullptr, nullptr };

PyTypeObject* makeType(PyObject* module, const char* name, const char* doc, size_t size, PyMethodDef* methods,
                       initproc init, richcmpfunc cmp = nullptr, PyTypeObject* base = nullptr)
{
    std::vector<PyType_Slot> slots = { { Py_tp_doc, const_cast<char*>(doc) },
                                       { Py_tp_new, reinterpret_cast<void*>(PyType_GenericNew) },
                                       { Py_tp_init, reinterpret_cast<void*>(init) },
                                       { Py_tp_methods, methods } };
    if ( cmp ) slots.push_back({ Py_tp_richcompare, reinterpret_cast<void*>(cmp) });
    slots.push_back({ 0, nullptr });
    std::string full = std::string("sst.") + name;
    static std::vector<std::string> names; // the spec keeps the pointer
    names.push_back(full);
    PyType_Spec spec = { names.back().c_str(), static_cast<int>(size), 0,
                         Py_TPFLAGS_DEFAULT | (base ? 0 : Py_TPFLAGS_BASETYPE), slots.data() };
    PyObject* type   = base ? PyType_FromSpecWithBases(&spec, reinterpret_cast<PyObject*>(base)) : PyType_FromSpec(&spec);
    if ( !type || PyModule_AddObjectRef(module, name, type) < 0 ) return nullptr;
    return reinterpret_cast<PyTypeObject*>(type);
}

PyObject* PyInit_sst()
{
    PyObject* m = PyModule_Create(&sst_module);
    if ( !m ) return nullptr;
    g_comp_type    = makeType(m, "Component", "Component(name, 'lib.Element')", sizeof(PyComp), comp_methods,
                              Comp_init, Comp_richcompare);
    g_subcomp_type = makeType(m, "SubComponent", "A SubComponent in a slot (Component.setSubComponent)",
                              sizeof(PyComp), comp_methods, SubComp_init, Comp_richcompare);
    g_link_type    = makeType(m, "Link", "Link(name[, latency])", sizeof(PyLinkObj), link_methods, Link_init);
    g_stat_type    = makeType(m, "Statistic", "A statistic of a component", sizeof(PyStat), stat_methods,
                              [](PyObject*, PyObject*, PyObject*) { return 0; });
    g_group_type   = makeType(m, "StatisticGroup", "StatisticGroup(name)", sizeof(PyStatGroup), group_methods,
                              Group_init);
    g_output_type  = makeType(m, "StatisticOutput", "StatisticOutput(type[, params])", sizeof(PyStatOutput),
                              output_methods, Output_init);
    g_pm_type      = makeType(m, "PortModule", "A PortModule on a port (Component.addPortModule)",
                              sizeof(PyPortModule), pm_methods, [](PyObject*, PyObject*, PyObject*) { return 0; });
    // UnitAlgebra needs number methods, its own str and deallocation.
    PyType_Slot ua_slots[] = { { Py_tp_doc, const_cast<char*>("UnitAlgebra('1ns')") },
                               { Py_tp_new, reinterpret_cast<void*>(PyType_GenericNew) },
                               { Py_tp_init, reinterpret_cast<void*>(UA_init) },
                               { Py_tp_dealloc, reinterpret_cast<void*>(UA_dealloc) },
                               { Py_tp_methods, ua_methods },
                               { Py_tp_str, reinterpret_cast<void*>(UA_str) },
                               { Py_tp_repr, reinterpret_cast<void*>(UA_str) },
                               { Py_tp_richcompare, reinterpret_cast<void*>(UA_richcompare) },
                               { Py_nb_add, reinterpret_cast<void*>(UA_add) },
                               { Py_nb_subtract, reinterpret_cast<void*>(UA_sub) },
                               { Py_nb_multiply, reinterpret_cast<void*>(UA_mul) },
                               { Py_nb_true_divide, reinterpret_cast<void*>(UA_div) },
                               { Py_nb_inplace_add, reinterpret_cast<void*>(UA_iadd) },
                               { Py_nb_inplace_subtract, reinterpret_cast<void*>(UA_isub) },
                               { Py_nb_inplace_multiply, reinterpret_cast<void*>(UA_imul) },
                               { Py_nb_inplace_true_divide, reinterpret_cast<void*>(UA_idiv) },
                               { Py_nb_negative, reinterpret_cast<void*>(UA_neg) },
                               { Py_nb_bool, reinterpret_cast<void*>(UA_bool) },
                               { Py_nb_int, reinterpret_cast<void*>(UA_int) },
                               { Py_nb_float, reinterpret_cast<void*>(UA_float) },
                               { 0, nullptr } };
    static PyType_Spec ua_spec = { "sst.UnitAlgebra", sizeof(PyUA), 0, Py_TPFLAGS_DEFAULT, ua_slots };
    PyObject*          ua_type = PyType_FromSpec(&ua_spec);
    if ( !g_comp_type || !g_subcomp_type || !g_link_type || !g_stat_type || !g_group_type || !g_output_type ||
         !g_pm_type || !ua_type || PyModule_AddObjectRef(m, "UnitAlgebra", ua_type) < 0 ||
         !addElementModuleFinder(m) ) {
        Py_DECREF(m);
        return nullptr;
    }
    g_ua_type = reinterpret_cast<PyTypeObject*>(ua_type);
    PyModule_AddStringConstant(m, "__path__", ""); // a package, so `import sst.<library>` looks for element modules
    return m;
}

} // namespace

void loadPythonConfig(const std::string& path, const std::vector<std::string>& args, SimOptions& options,
                      ConfigModel& cfg)
{
    Output out("#@x SSTPythonModel: ", options.verbose, 0, Output::STDOUT);
    std::FILE* fp = std::fopen(path.c_str(), "r");
    if ( !fp ) out.fatal(CALL_INFO, 1, "Unable to open python script %s\n", path.c_str());
    out.verbose(CALL_INFO, 1, 0, "SST loading a Python model from script: %s\n", path.c_str());

    struct timeval t;
    gettimeofday(&t, nullptr);
    g_start   = static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) * 1e-6;
    g_model   = &cfg;
    g_options = &options;

    PyImport_AppendInittab("sst", &PyInit_sst);
    PyConfig config;
    PyConfig_InitPythonConfig(&config);
    config.isolated                = 0;
    config.parse_argv              = 0;
    config.safe_path               = 0;
    config.install_signal_handlers = 0;
    std::vector<std::string> argv = { "sstsim.x" };
    argv.insert(argv.end(), args.begin(), args.end());
    std::vector<char*> cargv;
    for ( auto& a : argv )
        cargv.push_back(a.data());
    PyConfig_SetBytesArgv(&config, static_cast<Py_ssize_t>(cargv.size()), cargv.data());
    PyStatus status = Py_InitializeFromConfig(&config);
    PyConfig_Clear(&config);
    if ( PyStatus_Exception(status) )
        out.fatal(CALL_INFO, 1, "cannot start the Python interpreter: %s\n", status.err_msg ? status.err_msg : "?");
    // As SST Core (Python 3.11 and later): the working directory is on sys.path, not the script's folder.
    // `import sst.<library>` finds element libraries' Python modules (after Python's own finders).
    PyRun_SimpleString("import sys\nimport sst\nsys.meta_path.append(sst.ModuleLoader())\nsys.path.append(\".\")\n");

    PyErr_Clear();
    int rc = PyRun_AnyFileExFlags(fp, path.c_str(), 1, nullptr);
    if ( PyErr_Occurred() ) {
        PyErr_Print();
        out.fatal(CALL_INFO, 1, "Error occurred executing the Python SST model script.\n");
    }
    if ( rc == -1 )
        out.fatal(CALL_INFO, 1, "Execution of model construction function failed\n%s", elementModuleLoadErrors().c_str());
    out.verbose(CALL_INFO, 2, 0, "Construction of config graph with Python is complete.\n");
    std::fflush(stdout);
    Py_FinalizeEx();
    g_model   = nullptr;
    g_options = nullptr;
}

} // namespace SST::Engine
