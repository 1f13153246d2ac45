// SPDX-License-Identifier: BSD-3-Clause
// The element API as elements see it, written down with exact types: every declaration is
// bound to a pointer of the signature SST Core 16 declares. This library is built against the
// embedded engine and against real SST Core (add_sst_element builds it for both), so if the
// embedded headers declare something differently from the real ones, one of the two builds
// fails: code written against one engine then compiles against the other too.
// (Internal parts of either engine, which elements do not use, are not listed.)
#include <sst/core/sst_config.h>

#include <sst/core/clock.h>
#include <sst/core/component.h>
#include <sst/core/event.h>
#include <sst/core/link.h>
#include <sst/core/output.h>
#include <sst/core/params.h>
#include <sst/core/statapi/stataccumulator.h>
#include <sst/core/timeConverter.h>
#include <sst/core/componentExtension.h>
#include <sst/core/interfaces/simpleNetwork.h>
#include <sst/core/interfaces/stdMem.h>
#include <sst/core/interfaces/stringEvent.h>
#include <sst/core/model/element_python.h>
#include <sst/core/module.h>
#include <sst/core/rng/discrete.h>
#include <sst/core/rng/expon.h>
#include <sst/core/rng/gaussian.h>
#include <sst/core/rng/marsaglia.h>
#include <sst/core/rng/mersenne.h>
#include <sst/core/rng/poisson.h>
#include <sst/core/rng/uniform.h>
#include <sst/core/rng/xorshift.h>
#include <sst/core/shared/sharedArray.h>
#include <sst/core/shared/sharedMap.h>
#include <sst/core/shared/sharedSet.h>
#include <sst/core/statapi/stathistogram.h>
#include <sst/core/statapi/statuniquecount.h>
#include <sst/core/subcomponent.h>
#include <sst/core/threadsafe.h>
#include <sst/core/unitAlgebra.h>
#include <sst/core/util/filesystem.h>

#include <cstdlib>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <vector>

namespace apiprobe {

using namespace SST;
using Stat = Statistics::Statistic<uint64_t>;

// Types and constants.
static_assert(std::is_same_v<SimTime_t, uint64_t> && std::is_same_v<Cycle_t, uint64_t>);
static_assert(std::is_same_v<ComponentId_t, uint64_t> && std::is_same_v<LinkId_t, uint64_t>);
static_assert(CLOCKPRIORITY == 40 && EVENTPRIORITY == 50 && FINALEVENTPRIORITY == 98 && EXITPRIORITY == 99);
static_assert(std::is_convertible_v<std::string, TimeConverter> && std::is_convertible_v<const char*, TimeConverter> &&
              std::is_convertible_v<UnitAlgebra, TimeConverter>);
static_assert(std::is_convertible_v<std::string, UnitAlgebra>);

// Link
[[maybe_unused]] void (Link::*link_send_tc)(SimTime_t, TimeConverter, Event*)    = &Link::send;
[[maybe_unused]] void (Link::*link_send_delay)(SimTime_t, Event*)                = &Link::send;
[[maybe_unused]] void (Link::*link_send)(Event*)                                 = &Link::send;
[[maybe_unused]] Event* (Link::*link_recv)()                                      = &Link::recv;
[[maybe_unused]] void (Link::*link_send_untimed)(Event*)                         = &Link::sendUntimedData;
[[maybe_unused]] Event* (Link::*link_recv_untimed)()                              = &Link::recvUntimedData;
[[maybe_unused]] void (Link::*link_set_tb)(TimeConverter)                        = &Link::setDefaultTimeBase;
[[maybe_unused]] void (Link::*link_add_send_cycles)(int, const std::string&)     = &Link::addSendLatency;
[[maybe_unused]] void (Link::*link_add_send_tc)(SimTime_t, TimeConverter)        = &Link::addSendLatency;
[[maybe_unused]] void (Link::*link_add_recv_cycles)(int, const std::string&)     = &Link::addRecvLatency;
[[maybe_unused]] void (Link::*link_add_recv_tc)(SimTime_t, TimeConverter)        = &Link::addRecvLatency;

// TimeConverter
[[maybe_unused]] SimTime_t (TimeConverter::*tc_to_core)(SimTime_t) const   = &TimeConverter::convertToCoreTime;
[[maybe_unused]] SimTime_t (TimeConverter::*tc_from_core)(SimTime_t) const = &TimeConverter::convertFromCoreTime;
[[maybe_unused]] SimTime_t (TimeConverter::*tc_factor)() const             = &TimeConverter::getFactor;
[[maybe_unused]] UnitAlgebra (TimeConverter::*tc_period)() const           = &TimeConverter::getPeriod;
[[maybe_unused]] bool (TimeConverter::*tc_initialized)() const             = &TimeConverter::isInitialized;

// UnitAlgebra
[[maybe_unused]] void (UnitAlgebra::*ua_init)(const std::string&)        = &UnitAlgebra::init;
[[maybe_unused]] double (UnitAlgebra::*ua_double)() const                = &UnitAlgebra::getDoubleValue;
[[maybe_unused]] int64_t (UnitAlgebra::*ua_rounded)() const              = &UnitAlgebra::getRoundedValue;
[[maybe_unused]] bool (UnitAlgebra::*ua_zero)() const                    = &UnitAlgebra::isValueZero;
[[maybe_unused]] bool (UnitAlgebra::*ua_has_units)(const std::string&) const = &UnitAlgebra::hasUnits;
[[maybe_unused]] std::string (UnitAlgebra::*ua_str)(int32_t) const       = &UnitAlgebra::toString;
[[maybe_unused]] std::string (UnitAlgebra::*ua_best)(int32_t) const      = &UnitAlgebra::toStringBestSI;
static_assert(std::is_base_of_v<std::logic_error, UnitAlgebra::UnitAlgebraException>);
[[maybe_unused]] UnitAlgebra& (UnitAlgebra::*ua_invert)()                = &UnitAlgebra::invert;

// Params
[[maybe_unused]] int (Params::*params_find_default)(const std::string&, int) const = &Params::find<int>;
[[maybe_unused]] int (Params::*params_find_found)(const std::string&, int, bool&) const = &Params::find<int>;
[[maybe_unused]] int (Params::*params_find_str)(const std::string&, const std::string&) const = &Params::find<int>;
[[maybe_unused]] int (Params::*params_find)(const std::string&) const = &Params::find<int>;
[[maybe_unused]] std::string (Params::*params_find_s)(const std::string&, std::string) const = &Params::find<std::string>;
[[maybe_unused]] void (Params::*params_array)(const std::string&, std::vector<int>&) const = &Params::find_array<int>;
[[maybe_unused]] bool (Params::*params_contains)(const std::string&) const = &Params::contains;
[[maybe_unused]] bool (Params::*params_empty)() const                    = &Params::empty;
[[maybe_unused]] size_t (Params::*params_size)() const                   = &Params::size;
[[maybe_unused]] void (Params::*params_insert)(const std::string&, const std::string&, bool) = &Params::insert;
[[maybe_unused]] void (Params::*params_insert_all)(const Params&)        = &Params::insert;
[[maybe_unused]] std::set<std::string> (Params::*params_keys)() const    = &Params::getKeys;
[[maybe_unused]] Params (Params::*params_scoped)(const std::string&) const = &Params::get_scoped_params;
[[maybe_unused]] std::string (Params::*params_to_string)(const std::string&) const = &Params::toString;

// Output
[[maybe_unused]] void (Output::*out_init)(const std::string&, uint32_t, uint32_t, Output::output_location_t,
                                          const std::string&) = &Output::init;
[[maybe_unused]] void (Output::*out_output)(const char*, ...) const = &Output::output;
[[maybe_unused]] void (Output::*out_output_at)(uint32_t, const char*, const char*, const char*, ...) const =
    &Output::output;
[[maybe_unused]] void (Output::*out_verbose)(uint32_t, const char*, const char*, uint32_t, uint32_t, const char*,
                                             ...) const = &Output::verbose;
[[maybe_unused]] void (Output::*out_debug)(uint32_t, const char*, const char*, uint32_t, uint32_t, const char*,
                                           ...) const = &Output::debug;
[[maybe_unused]] void (Output::*out_fatal)(uint32_t, const char*, const char*, int, const char*, ...) const =
    &Output::fatal;
[[maybe_unused]] uint32_t (Output::*out_level)() const                 = &Output::getVerboseLevel;
[[maybe_unused]] void (Output::*out_set_level)(uint32_t)               = &Output::setVerboseLevel;
[[maybe_unused]] uint32_t (Output::*out_mask)() const                  = &Output::getVerboseMask;
[[maybe_unused]] void (Output::*out_set_mask)(uint32_t)                = &Output::setVerboseMask;
[[maybe_unused]] std::string (Output::*out_prefix)() const             = &Output::getPrefix;
[[maybe_unused]] void (Output::*out_set_prefix)(const std::string&)    = &Output::setPrefix;
[[maybe_unused]] Output::output_location_t (Output::*out_location)() const = &Output::getOutputLocation;
[[maybe_unused]] void (Output::*out_set_location)(Output::output_location_t) = &Output::setOutputLocation;
static_assert(Output::NONE != Output::STDOUT && Output::STDERR != Output::FILE);

// Statistics: addData takes forwarding references (a packed field does not bind).
[[maybe_unused]] void (Stat::*stat_add_ref)(uint32_t&)              = &Stat::addData<uint32_t&>;
[[maybe_unused]] void (Stat::*stat_add_value)(uint64_t&&)           = &Stat::addData<uint64_t>;
[[maybe_unused]] void (Stat::*stat_add_n)(uint64_t, uint64_t&&)     = &Stat::addDataNTimes<uint64_t>;
[[maybe_unused]] const std::string (Stat::*stat_comp)() const       = &Stat::getCompName;
[[maybe_unused]] const std::string (Stat::*stat_full)() const       = &Stat::getFullStatName;
[[maybe_unused]] const std::string& (Stat::*stat_type)() const      = &Stat::getStatTypeName;
[[maybe_unused]] const std::string& (Stat::*stat_name)() const      = &Stat::getStatName;
[[maybe_unused]] bool (Stat::*stat_null)() const                    = &Stat::isNullStatistic;

// BaseComponent and Component, public and protected: seen from a component.
class Probe : public Component
{
public:
    SST_ELI_REGISTER_COMPONENT(Probe, "apiprobe", "Probe", SST_ELI_ELEMENT_VERSION(1, 0, 0),
                               "Compile-time check of the element API (never instantiated by a test)",
                               COMPONENT_CATEGORY_UNCATEGORIZED)
    SST_ELI_DOCUMENT_PARAMS({ "p", "a parameter", "1" })
    SST_ELI_DOCUMENT_PORTS({ "port", "a port", { "apiprobe.Event" } })
    SST_ELI_DOCUMENT_STATISTICS({ "s", "a statistic", "count", 1 })

    Probe(ComponentId_t id, Params&) : Component(id) {}

    void onEvent(Event* ev) { delete ev; }
    void onEventWithData(Event* ev, int) { delete ev; }
    bool tick(Cycle_t) { return false; }

    static void bind()
    {
        [[maybe_unused]] void (BaseComponent::*init)(unsigned int)     = &BaseComponent::init;
        [[maybe_unused]] void (BaseComponent::*setup)()                = &BaseComponent::setup;
        [[maybe_unused]] void (BaseComponent::*complete)(unsigned int) = &BaseComponent::complete;
        [[maybe_unused]] void (BaseComponent::*finish)()               = &BaseComponent::finish;
        [[maybe_unused]] void (BaseComponent::*emergency)()            = &BaseComponent::emergencyShutdown;
        [[maybe_unused]] void (BaseComponent::*status)(Output&)        = &BaseComponent::printStatus;
        [[maybe_unused]] ComponentId_t (BaseComponent::*id)() const    = &BaseComponent::getId;
        [[maybe_unused]] const std::string& (BaseComponent::*name)() const = &BaseComponent::getName;
        [[maybe_unused]] const std::string& (BaseComponent::*type)() const = &BaseComponent::getType;
        [[maybe_unused]] bool (BaseComponent::*connected)(const std::string&) const = &Probe::isPortConnected;
        [[maybe_unused]] Link* (BaseComponent::*link_tb)(const std::string&, TimeConverter, Event::HandlerBase*) =
            &Probe::configureLink;
        [[maybe_unused]] Link* (BaseComponent::*link)(const std::string&, Event::HandlerBase*) =
            &Probe::configureLink;
        [[maybe_unused]] Link* (BaseComponent::*self_tb)(const std::string&, TimeConverter, Event::HandlerBase*) =
            &Probe::configureSelfLink;
        [[maybe_unused]] Link* (BaseComponent::*self)(const std::string&, Event::HandlerBase*) =
            &Probe::configureSelfLink;
        [[maybe_unused]] TimeConverter (BaseComponent::*clock)(TimeConverter, Clock::HandlerBase*, bool) =
            &Probe::registerClock;
        [[maybe_unused]] Cycle_t (BaseComponent::*reclock)(TimeConverter, Clock::HandlerBase*) =
            &Probe::reregisterClock;
        [[maybe_unused]] void (BaseComponent::*unclock)(TimeConverter, Clock::HandlerBase*) =
            &Probe::unregisterClock;
        [[maybe_unused]] Cycle_t (BaseComponent::*next_cycle)(TimeConverter) = &Probe::getNextClockCycle;
        [[maybe_unused]] TimeConverter (BaseComponent::*timebase)(const std::string&, bool) =
            &Probe::registerTimeBase;
        [[maybe_unused]] TimeConverter (BaseComponent::*tc_str)(const std::string&) const =
            &Probe::getTimeConverter;
        [[maybe_unused]] TimeConverter (BaseComponent::*tc_ua)(const UnitAlgebra&) const =
            &Probe::getTimeConverter;
        [[maybe_unused]] SimTime_t (BaseComponent::*cycle)() const       = &BaseComponent::getCurrentSimCycle;
        [[maybe_unused]] SimTime_t (BaseComponent::*now)() const         = &BaseComponent::getCurrentSimTime;
        [[maybe_unused]] SimTime_t (BaseComponent::*now_tc)(TimeConverter) const = &BaseComponent::getCurrentSimTime;
        [[maybe_unused]] SimTime_t (BaseComponent::*now_str)(const std::string&) const =
            &BaseComponent::getCurrentSimTime;
        [[maybe_unused]] SimTime_t (BaseComponent::*now_chars)(const char*) const = &BaseComponent::getCurrentSimTime;
        [[maybe_unused]] SimTime_t (BaseComponent::*nano)() const        = &BaseComponent::getCurrentSimTimeNano;
        [[maybe_unused]] SimTime_t (BaseComponent::*micro)() const       = &BaseComponent::getCurrentSimTimeMicro;
        [[maybe_unused]] SimTime_t (BaseComponent::*milli)() const       = &BaseComponent::getCurrentSimTimeMilli;
        [[maybe_unused]] UnitAlgebra (BaseComponent::*elapsed)() const   = &BaseComponent::getElapsedSimTime;
        [[maybe_unused]] UnitAlgebra (BaseComponent::*core_tb)() const   = &BaseComponent::getCoreTimeBase;
        [[maybe_unused]] Output& (*out)()                                 = &BaseComponent::getSimulationOutput;
        [[maybe_unused]] void (BaseComponent::*primary)()                = &Probe::registerAsPrimaryComponent;
        [[maybe_unused]] void (BaseComponent::*do_not_end)()             = &Probe::primaryComponentDoNotEndSim;
        [[maybe_unused]] void (BaseComponent::*ok_to_end)()              = &Probe::primaryComponentOKToEndSim;
        [[maybe_unused]] Stat* (BaseComponent::*stat)(const std::string&, const std::string&) =
            &Probe::registerStatistic<uint64_t>;
        [[maybe_unused]] Stat* (BaseComponent::*stat_params)(Params&, const std::string&, const std::string&) =
            &Probe::registerStatistic<uint64_t>;
        [[maybe_unused]] Stat* (BaseComponent::*stat_chars)(const char*, const char*) = &Probe::registerStatistic<uint64_t>;
        [[maybe_unused]] void (BaseComponent::*fatal)(uint32_t, const char*, const char*, int, const char*, ...) const =
            &Probe::fatal;
        [[maybe_unused]] void (BaseComponent::*set_tb)(TimeConverter) = &Probe::setDefaultTimeBase;
        [[maybe_unused]] std::string& (BaseComponent::*output_dir)() const = &Probe::getOutputDirectory;
    }
};

// SubComponents, Modules and ComponentExtensions: the API a parent uses to load them.
class ProbeSlot : public SubComponent
{
public:
    SST_ELI_REGISTER_SUBCOMPONENT_API(apiprobe::ProbeSlot)
    ProbeSlot(ComponentId_t id, Params&) : SubComponent(id) {}
};
class ProbeModule : public Module
{
public:
    SST_ELI_REGISTER_MODULE_API(apiprobe::ProbeModule)
};
class ProbeExtension : public ComponentExtension
{
public:
    explicit ProbeExtension(ComponentId_t id) : ComponentExtension(id) {}
};
static_assert(std::is_base_of_v<BaseComponent, SubComponent> && std::is_base_of_v<BaseComponent, ComponentExtension>);
static_assert(ComponentInfo::SHARE_NONE == 0 && ComponentInfo::SHARE_PORTS == 0x1 && ComponentInfo::SHARE_STATS == 0x2 &&
              ComponentInfo::INSERT_STATS == 0x4);

class SubProbe : public Component
{
public:
    SubProbe(ComponentId_t id) : Component(id) {}
    static void bind()
    {
        [[maybe_unused]] ProbeSlot* (BaseComponent::*user)(const std::string&) =
            &SubProbe::loadUserSubComponent<ProbeSlot>;
        [[maybe_unused]] ProbeSlot* (BaseComponent::*user_flags)(const std::string&, uint64_t) =
            &SubProbe::loadUserSubComponent<ProbeSlot>;
        [[maybe_unused]] ProbeSlot* (BaseComponent::*anonymous)(const std::string&, const std::string&, int, uint64_t,
                                                                Params&) = &SubProbe::loadAnonymousSubComponent<ProbeSlot>;
        [[maybe_unused]] bool (BaseComponent::*loadable)(const std::string&) =
            &SubProbe::isSubComponentLoadableUsingAPI<ProbeSlot>;
        [[maybe_unused]] bool (BaseComponent::*user_loadable)(const std::string&) =
            &SubProbe::isUserSubComponentLoadableUsingAPI<ProbeSlot>;
        [[maybe_unused]] SubComponentSlotInfo* (BaseComponent::*slots)(const std::string&, bool) =
            &SubProbe::getSubComponentSlotInfo;
        [[maybe_unused]] ProbeModule* (BaseComponent::*module)(const std::string&, Params&) =
            &SubProbe::loadModule<ProbeModule>;
        [[maybe_unused]] ProbeExtension* (BaseComponent::*extension)() = &SubProbe::loadComponentExtension<ProbeExtension>;
        [[maybe_unused]] const std::string& (SubComponentSlotInfo::*slot_name)() const = &SubComponentSlotInfo::getSlotName;
        [[maybe_unused]] bool (SubComponentSlotInfo::*populated)(int) const = &SubComponentSlotInfo::isPopulated;
        [[maybe_unused]] bool (SubComponentSlotInfo::*all)() const          = &SubComponentSlotInfo::isAllPopulated;
        [[maybe_unused]] int (SubComponentSlotInfo::*max)() const           = &SubComponentSlotInfo::getMaxPopulatedSlotNumber;
    }
};

// SST::RNG: the generators and distributions, seeded as SST seeds them.
static_assert(std::is_constructible_v<RNG::MarsagliaRNG, unsigned int, unsigned int> &&
              std::is_constructible_v<RNG::MersenneRNG, unsigned int> && std::is_constructible_v<RNG::XORShiftRNG, unsigned int>);
static_assert(std::is_base_of_v<RNG::Random, RNG::MarsagliaRNG> && std::is_base_of_v<RNG::Random, RNG::MersenneRNG> &&
              std::is_base_of_v<RNG::Random, RNG::XORShiftRNG>);
[[maybe_unused]] double (RNG::Random::*rng_uniform)()    = &RNG::Random::nextUniform;
[[maybe_unused]] uint32_t (RNG::Random::*rng_u32)()      = &RNG::Random::generateNextUInt32;
[[maybe_unused]] uint64_t (RNG::Random::*rng_u64)()      = &RNG::Random::generateNextUInt64;
[[maybe_unused]] int32_t (RNG::Random::*rng_i32)()       = &RNG::Random::generateNextInt32;
[[maybe_unused]] int64_t (RNG::Random::*rng_i64)()       = &RNG::Random::generateNextInt64;
[[maybe_unused]] double (RNG::RandomDistribution::*next)() = &RNG::RandomDistribution::getNextDouble;
static_assert(std::is_constructible_v<RNG::GaussianDistribution, double, double, RNG::Random*> &&
              std::is_constructible_v<RNG::ExponentialDistribution, double, RNG::Random*> &&
              std::is_constructible_v<RNG::PoissonDistribution, double, RNG::Random*> &&
              std::is_constructible_v<RNG::DiscreteDistribution, const double*, uint32_t, RNG::Random*> &&
              std::is_constructible_v<RNG::UniformDistribution, uint32_t, RNG::Random*>);

// Shared objects: initialize with a verify mode, write, publish, read.
using SharedInts = Shared::SharedArray<int>;
[[maybe_unused]] int (SharedInts::*array_init)(const std::string&, size_t, int, Shared::SharedObject::verify_type) =
    &SharedInts::initialize;
[[maybe_unused]] void (SharedInts::*array_write)(int, const int&)    = &SharedInts::write;
[[maybe_unused]] const int& (SharedInts::*array_read)(int) const     = &SharedInts::operator[];
[[maybe_unused]] void (SharedInts::*array_publish)()                 = &SharedInts::publish;
[[maybe_unused]] size_t (SharedInts::*array_size)() const            = &SharedInts::size;
using SharedIntMap = Shared::SharedMap<int, int>;
[[maybe_unused]] int (SharedIntMap::*map_init)(const std::string&, Shared::SharedObject::verify_type) = &SharedIntMap::initialize;
[[maybe_unused]] void (SharedIntMap::*map_write)(const int&, const int&) = &SharedIntMap::write;
using SharedIntSet = Shared::SharedSet<int>;
[[maybe_unused]] int (SharedIntSet::*set_init)(const std::string&, Shared::SharedObject::verify_type) = &SharedIntSet::initialize;
[[maybe_unused]] void (SharedIntSet::*set_insert)(const int&) = &SharedIntSet::insert;
static_assert(Shared::SharedObject::VERIFY_UNINITIALIZED == 0 && Shared::SharedObject::FE_VERIFY == 1 &&
              Shared::SharedObject::INIT_VERIFY == 2 && Shared::SharedObject::NO_VERIFY == 3);

// Statistic types beyond the accumulator.
static_assert(std::is_base_of_v<Statistics::Statistic<uint32_t>, Statistics::HistogramStatistic<uint32_t>> &&
              std::is_base_of_v<Statistics::Statistic<uint32_t>, Statistics::UniqueCountStatistic<uint32_t>>);

// StringEvent and Util::Filesystem (memHierarchy uses both).
static_assert(std::is_base_of_v<Event, Interfaces::StringEvent> &&
              std::is_constructible_v<Interfaces::StringEvent, const std::string&>);
[[maybe_unused]] const std::string& (Interfaces::StringEvent::*string_of)() = &Interfaces::StringEvent::getString;
using Util::Filesystem;
[[maybe_unused]] bool (Filesystem::*fs_base)(const std::string&)                          = &Filesystem::setBasePath;
[[maybe_unused]] bool (Filesystem::*fs_ensure)(std::filesystem::path, bool)               = &Filesystem::ensureDirectoryExists;
[[maybe_unused]] std::string (Filesystem::*fs_unique)(std::filesystem::path)              = &Filesystem::createUniqueDirectory;
[[maybe_unused]] FILE* (Filesystem::*fs_fopen)(const std::string&, const char*)           = &Filesystem::fopen;
[[maybe_unused]] std::string (Filesystem::*fs_abs)(const std::string&)                    = &Filesystem::getAbsolutePath;
[[maybe_unused]] std::string (*fs_abs_base)(const std::string&, std::string)              = &Filesystem::getAbsolutePath;
[[maybe_unused]] std::ofstream (Filesystem::*fs_ofstream)(const std::string&, std::ios_base::openmode) = &Filesystem::ofstream;
[[maybe_unused]] std::string (Filesystem::*fs_get_base)() const                           = &Filesystem::getBasePath;
[[maybe_unused]] std::string (*fs_random)(size_t)                                         = &Filesystem::getRandomName;

// StandardMem and SimpleNetwork: SST Core 16's own headers on both engines; what an element uses.
using StdMem = Interfaces::StandardMem;
static_assert(std::is_base_of_v<SubComponent, StdMem> && std::is_base_of_v<SubComponent, Interfaces::SimpleNetwork>);
static_assert(std::is_constructible_v<StdMem::Read, StdMem::Addr, uint64_t> &&
              std::is_constructible_v<StdMem::Write, StdMem::Addr, uint64_t, std::vector<uint8_t>, bool>);
[[maybe_unused]] StdMem::Request* (StdMem::Request::*make_response)() = &StdMem::Request::makeResponse;
[[maybe_unused]] bool (StdMem::Request::*needs_response)()            = &StdMem::Request::needsResponse;
[[maybe_unused]] void (StdMem::Request::*handle_with)(StdMem::RequestHandler*) = &StdMem::Request::handle;
[[maybe_unused]] void (StdMem::*send_request)(StdMem::Request*)       = &StdMem::send;
[[maybe_unused]] void (StdMem::*set_region)(StdMem::Addr, StdMem::Addr) = &StdMem::setMemoryMappedAddressRegion;

// The thread-safe primitives (SST's own header on both engines) that merlin's inspectors lock with.
static_assert(std::is_default_constructible_v<Core::ThreadSafe::Spinlock> &&
              std::is_default_constructible_v<Core::ThreadSafe::EmptySpinlock>);
[[maybe_unused]] void (Core::ThreadSafe::Spinlock::*spin_lock)()   = &Core::ThreadSafe::Spinlock::lock;
[[maybe_unused]] void (Core::ThreadSafe::Spinlock::*spin_unlock)() = &Core::ThreadSafe::Spinlock::unlock;
[[maybe_unused]] double (Core::ThreadSafe::Barrier::*barrier_wait)() = &Core::ThreadSafe::Barrier::wait;

// A library's Python module, as merlin's: `import sst.apiprobe` runs this code, and
// sst.apiprobe.shapes the submodule's (engine/tests/configs/element_python_module.py uses them).
using PyCode = SSTElementPythonModuleCode;
[[maybe_unused]] PyCode* (SSTElementPythonModule::*py_primary)(char*, const std::string&) =
    &SSTElementPythonModule::createPrimaryModule;
[[maybe_unused]] PyCode* (SSTElementPythonModule::*py_empty_primary)() = &SSTElementPythonModule::createPrimaryModule;
[[maybe_unused]] PyCode* (PyCode::*py_sub)(const std::string&, char*, const std::string&) = &PyCode::addSubModule;
[[maybe_unused]] PyCode* (PyCode::*py_empty_sub)(const std::string&)                     = &PyCode::addSubModule;
[[maybe_unused]] std::string (PyCode::*py_full_name)()                                   = &PyCode::getFullModuleName;
[[maybe_unused]] void* (SSTElementPythonModule::*py_load)()                              = &SSTElementPythonModule::load;

char probe_py[]        = "import sst\n"
                         "def greeter(name, greeting):\n"
                         "    c = sst.Component(name, 'coretest.Greeter')\n"
                         "    c.addParam('greeting', greeting)\n"
                         "    return c\n";
char probe_shapes_py[] = "import sst\n"
                         "from sst.apiprobe import greeter\n"
                         "def pair(a, b, latency):\n"
                         "    x, y = greeter(a, 'hi from ' + a), greeter(b, 'hi from ' + b)\n"
                         "    sst.Link(a + b).connect((x, 'peer_0', latency), (y, 'peer_0', latency))\n"
                         "    return x, y\n";
char probe_broken_py[] = "def oops(:\n";

class ProbePythonModule : public SSTElementPythonModule
{
public:
    explicit ProbePythonModule(const std::string& library) : SSTElementPythonModule(library)
    {
        PyCode* primary = createPrimaryModule(probe_py, "pyapiprobe.py");
        primary->addSubModule("shapes", probe_shapes_py, "pyapiprobe-shapes.py");
        primary->addSubModule("empty");
        if ( std::getenv("APIPROBE_BROKEN_PYTHON") ) primary->addSubModule("broken", probe_broken_py, "broken.py");
    }
    SST_ELI_REGISTER_PYTHON_MODULE(apiprobe::ProbePythonModule, "apiprobe", SST_ELI_ELEMENT_VERSION(1, 0, 0))
    SST_ELI_EXPORT(apiprobe::ProbePythonModule)
};

// Handlers: new Event::Handler<C, &C::f>(this), with optional extra data.
using EventHandler     = Event::Handler<Probe, &Probe::onEvent>;
using EventHandlerData = Event::Handler<Probe, &Probe::onEventWithData, int>;
using ClockHandler     = Clock::Handler<Probe, &Probe::tick>;
static_assert(std::is_base_of_v<Event::HandlerBase, EventHandler> && std::is_base_of_v<Event::HandlerBase, EventHandlerData>);
static_assert(std::is_base_of_v<Clock::HandlerBase, ClockHandler>);

/** An event as elements write them: serialize_order with SST_SER, ImplementSerializable. */
class ProbeEvent : public Event
{
public:
    uint64_t                 a = 0;
    std::string              b;
    std::vector<uint8_t>     c;
    void serialize_order(Core::Serialization::serializer& ser) override
    {
        Event::serialize_order(ser);
        SST_SER(a);
        SST_SER(b);
        SST_SER(c);
    }
    ImplementSerializable(apiprobe::ProbeEvent)
};

} // namespace apiprobe
