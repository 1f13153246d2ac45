// SPDX-License-Identifier: BSD-3-Clause
#include "qemu_binary.h"

#include "common/element_error.h"
#include "common/stdmem_handler.h"
#include "sst_mmio/validate.h"

#include <algorithm>
#include <cerrno>
#include <cinttypes>
#include <cstdlib>
#include <cstring>
#include <poll.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

namespace qemubinary {
namespace {

/** Splits on white space; single or double quotes group words. */
std::vector<std::string> splitArgs(const std::string& text)
{
    std::vector<std::string> out;
    std::string              word;
    bool                     in_word = false;
    char                     quote   = 0;
    for ( char c : text ) {
        if ( quote ) {
            if ( c == quote )
                quote = 0;
            else
                word += c;
        }
        else if ( c == '\'' || c == '"' ) {
            quote   = c;
            in_word = true;
        }
        else if ( c == ' ' || c == '\t' || c == '\n' ) {
            if ( in_word ) out.push_back(word);
            word.clear();
            in_word = false;
        }
        else {
            word += c;
            in_word = true;
        }
    }
    if ( quote ) throw std::invalid_argument("unterminated quote in qemu_args '" + text + "'");
    if ( in_word ) out.push_back(word);
    return out;
}

// The devices' status codes (cosim_events.h) are the wire's, value for value.
static_assert(cosim::ACCESS_OK == SST_MMIO_STATUS_OK && cosim::ACCESS_ERROR == SST_MMIO_STATUS_ERROR &&
                  cosim::ACCESS_BAD_ADDRESS == SST_MMIO_STATUS_BAD_ADDRESS &&
                  cosim::ACCESS_DENIED == SST_MMIO_STATUS_ACCESS && cosim::ACCESS_BAD_SIZE == SST_MMIO_STATUS_BAD_SIZE,
              "device status codes map onto the wire's");
static_assert(cosim::MAX_DMA_BYTES == SST_MSG_MAX_PAYLOAD, "a DMA request fits one message");
static_assert(cosim::DMA_OK == SST_DMA_OK && cosim::DMA_NOT_RAM == SST_DMA_ERROR, "DMA status codes map onto the wire's");

/** A device's answer for the guest: a code the device should not use (BAD_REQUEST is the
 *  bridge's, for malformed frames) becomes a plain error. */
uint32_t wireStatus(uint32_t device_status)
{
    return device_status <= cosim::ACCESS_BAD_SIZE ? device_status : SST_MMIO_STATUS_ERROR;
}

// How long a running guest may stay silent before the bridge asks it where it is.
constexpr int kSilenceBeforeReportMs = 1;

bool isExecutableFile(const std::string& path)
{
    struct stat st;
    return ::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode) && ::access(path.c_str(), X_OK) == 0;
}

/** Self-link event: a time the bridge waits for (to service QEMU, a SYNC's time, the guest's end). */
class WakeEvent : public SST::Event
{
public:
    WakeEvent() = default;
    explicit WakeEvent(uint64_t priority) { setPriority(priority); }
    void serialize_order(SST::Core::Serialization::serializer& ser) override { Event::serialize_order(ser); }
    ImplementSerializable(qemubinary::WakeEvent)
};

} // namespace

QEMUBinary::QEMUBinary(SST::ComponentId_t id, SST::Params& params)
    : Component(id), stdout_forwarder_(stdout, "[" + getName() + "] "), stderr_forwarder_(stderr, "[" + getName() + "] ")
{
    verbose_     = params.find<int>("verbose", 0);
    report_wall_latency_ = params.find<bool>("report_wall_latency", false);
    spin_us_             = params.find<int>("spin_us", 50);

    {
        const char* env = std::getenv("QEMU_ACALSIM_TRANSPORT");
        transport_      = params.find<std::string>("transport", env && *env ? env : "unix");
        if ( transport_ != "unix" && transport_ != "shm" ) fail("transport '" + transport_ + "' is not unix or shm");
    }
    binary_path_ = params.find<std::string>("binary_path", "");
    bios_        = params.find<std::string>("bios", "none");
    initrd_      = params.find<std::string>("initrd", "");
    append_      = params.find<std::string>("append", "");
    memory_      = params.find<std::string>("memory", "");
    ram_path_    = params.find<std::string>("ram_file", "");
    socket_path_ = params.find<std::string>("socket_path", "");
    connect_timeout_ms_  = params.find<int>("connect_timeout_ms", 10000);
    response_timeout_ms_ = params.find<uint32_t>("response_timeout_ms", 30000);
    frame_timeout_ms_    = params.find<int>("frame_timeout_ms", 5000);
    idle_timeout_ms_     = params.find<int>("idle_timeout_ms", 0);
    protocol_wanted_     = params.find<uint32_t>("protocol", 2);
    icount_shift_        = params.find<int>("icount_shift", 0);
    irq_                 = params.find<uint32_t>("irq", 0);
    if ( protocol_wanted_ != 1 && protocol_wanted_ != 2 ) fail("protocol " + std::to_string(protocol_wanted_) + " is not 1 or 2");
    if ( icount_shift_ < 0 || icount_shift_ > 10 ) fail("icount_shift " + std::to_string(icount_shift_) + " is outside 0..10");
    auto time_ps = [&](const char* name, const char* def) {
        SST::UnitAlgebra q = params.find<SST::UnitAlgebra>(name, def);
        if ( !q.hasUnits("s") || q.getDoubleValue() < 1e-9 )
            fail(std::string(name) + " '" + q.toString() + "' is not a time of at least 1 ns");
        return static_cast<uint64_t>(q.getDoubleValue() * 1e12 + 0.5);
    };
    sync_quantum_ps_     = time_ps("sync_quantum", "10us");
    max_sync_quantum_ps_ = time_ps("max_sync_quantum", "10ms");
    const std::string arch = params.find<std::string>("arch", "rv32");
    if ( arch != "rv32" && arch != "rv64" ) fail("arch '" + arch + "' is not rv32 or rv64");
    try {
        qemu_args_ = splitArgs(params.find<std::string>("qemu_args", ""));
    }
    catch ( const std::invalid_argument& e ) {
        fail(e.what());
    }
    // Configuration errors are reported here, before QEMU starts.
    if ( binary_path_.empty() ) fail("binary_path is empty");
    auto readable = [&](const char* name, const std::string& path) {
        if ( ::access(path.c_str(), R_OK) != 0 ) fail(std::string(name) + " '" + path + "' cannot be read: " + std::strerror(errno));
    };
    readable("binary_path", binary_path_);
    if ( bios_.empty() ) fail("bios is empty (use 'none' for a bare-metal guest)");
    if ( bios_ != "none" ) readable("bios", bios_);
    if ( !initrd_.empty() ) readable("initrd", initrd_);
    if ( !memory_.empty() && memory_.find_first_not_of("0123456789") == 0 )
        fail("memory '" + memory_ + "' is not a size such as 256M");
    if ( !ram_path_.empty() ) {
        if ( ram_path_[0] != '/' ) fail("ram_file '" + ram_path_ + "' is not an absolute path");
        const std::string dir = ram_path_.substr(0, ram_path_.rfind('/') + 1);
        if ( ::access(dir.c_str(), W_OK) != 0 )
            fail("ram_file '" + ram_path_ + "': its directory cannot be written: " + std::strerror(errno));
        ram_file_ = OwnedFile(ram_path_); // a MemController may create it before QEMU starts
    }
    qemu_path_ = resolveQemuPath(params.find<std::string>("qemu_path", ""), arch);

    SST::TimeConverter tb = registerTimeBase(params.find<std::string>("clock", "1GHz"));
    ps_                   = getTimeConverter("1ps");
    clock_period_ps_      = std::max<uint64_t>(1, static_cast<uint64_t>(tb.getPeriod().getDoubleValue() * 1e12 + 0.5));
    configureDevicePorts(params, tb);
    configureMemorySlot(params, tb);
    // StandardMem endpoints cannot interrupt or DMA through the bridge: only the ports count.
    deadline_.emplace(ports_.size(), sync_quantum_ps_);
    pump_ = configureSelfLink("pump", ps_, new SST::Event::Handler<QEMUBinary, &QEMUBinary::onPump>(this));
    sync_ = configureSelfLink("sync", ps_, new SST::Event::Handler<QEMUBinary, &QEMUBinary::onSyncReached>(this));
    guest_end_ = configureSelfLink("guest_end", ps_, new SST::Event::Handler<QEMUBinary, &QEMUBinary::onGuestEnd>(this));

    stat_reads_          = registerStatistic<uint64_t>("mmio_reads");
    stat_writes_         = registerStatistic<uint64_t>("mmio_writes");
    stat_bytes_sent_     = registerStatistic<uint64_t>("bytes_sent");
    stat_bytes_received_ = registerStatistic<uint64_t>("bytes_received");
    stat_round_trip_     = registerStatistic<uint64_t>("round_trip_latency");
    stat_bad_frames_     = registerStatistic<uint64_t>("bad_frames");
    stat_syncs_          = registerStatistic<uint64_t>("syncs");
    stat_interrupts_     = registerStatistic<uint64_t>("interrupts");
    stat_dma_bytes_      = registerStatistic<uint64_t>("dma_bytes");
    stat_posted_writes_  = registerStatistic<uint64_t>("posted_writes");
    stat_posted_errors_  = registerStatistic<uint64_t>("posted_errors");

    const std::string trace_path = params.find<std::string>("trace", "");
    if ( !trace_path.empty() ) {
        try {
            trace_ = std::make_unique<BridgeTrace>(trace_path, getName(), [this](const std::string& why) { fail(why); });
        }
        catch ( const std::exception& e ) {
            fail(e.what());
        }
    }

    registerAsPrimaryComponent();
    primaryComponentDoNotEndSim();
}

QEMUBinary::~QEMUBinary() = default;

void QEMUBinary::configureDevicePorts(SST::Params& params, SST::TimeConverter tb)
{
    auto handler = [this](size_t i) {
        return new SST::Event::Handler<QEMUBinary, &QEMUBinary::onDeviceEvent, size_t>(this, i);
    };
    std::vector<std::pair<uint64_t, uint64_t>> spans; // each port's window: base, size
    if ( isPortConnected("device_port") ) {
        if ( isPortConnected("device_port_0") ) fail("connect either device_port or device_port_0.., not both");
        ports_.push_back({ "device_port", configureLink("device_port", tb, handler(0)), {}, {}, {} });
        spans.emplace_back(params.find<uint64_t>("device_base", 0x10200000),
                           static_cast<uint64_t>(params.find<SST::UnitAlgebra>("device_size", "4096").getRoundedValue()));
    }
    else {
        std::vector<uint64_t> bases, sizes;
        params.find_array("device_bases", bases);
        params.find_array("device_sizes", sizes);
        for ( size_t i = 0; isPortConnected("device_port_" + std::to_string(i)); ++i ) {
            const std::string name = "device_port_" + std::to_string(i);
            if ( i >= bases.size() ) fail(name + " is connected but device_bases has no entry " + std::to_string(i));
            ports_.push_back({ name, configureLink(name, tb, handler(i)), {}, {}, {} });
            spans.emplace_back(bases[i], i < sizes.size() ? sizes[i] : 4096);
        }
        if ( ports_.empty() && !isUserSubComponentLoadableUsingAPI<SST::Interfaces::StandardMem>("memory") )
            fail("port device_port (or device_port_0) is not connected to a device, and nothing is loaded into the "
                 "memory slot (e.g. memHierarchy.standardInterface)");
        if ( bases.size() > ports_.size() )
            fail("device_bases has " + std::to_string(bases.size()) + " entries but only " +
                 std::to_string(ports_.size()) + " device ports are connected");
    }
    try {
        for ( size_t i = 0; i < ports_.size(); ++i ) // window i is port i's
            windows_.add(ports_[i].name, spans[i].first, spans[i].second);
    }
    catch ( const std::invalid_argument& e ) {
        fail(e.what());
    }
}

void QEMUBinary::configureMemorySlot(SST::Params& params, SST::TimeConverter tb)
{
    using StandardMem = MemorySlot::StandardMem;
    std::vector<uint64_t> bases, sizes;
    params.find_array("stdmem_bases", bases);
    params.find_array("stdmem_sizes", sizes);
    if ( !isUserSubComponentLoadableUsingAPI<StandardMem>("memory") ) {
        if ( !bases.empty() )
            fail("stdmem_bases is set but nothing is loaded into the memory slot (e.g. memHierarchy.standardInterface)");
        return;
    }
    if ( bases.empty() )
        fail("a StandardMem interface is loaded into the memory slot but stdmem_bases names no window for it");
    if ( sizes.size() > bases.size() )
        fail("stdmem_sizes has " + std::to_string(sizes.size()) + " entries but stdmem_bases only " +
             std::to_string(bases.size()));
    try {
        for ( size_t i = 0; i < bases.size(); ++i )
            windows_.add("stdmem window " + std::to_string(i), bases[i], i < sizes.size() ? sizes[i] : 4096);
    }
    catch ( const std::invalid_argument& e ) {
        fail(e.what());
    }
    memory_issue_ = configureSelfLink("memory_issue", ps_,
                                      new SST::Event::Handler<QEMUBinary, &QEMUBinary::onMemoryIssue>(this));
    memory_slot_  = MemorySlot(loadUserSubComponent<StandardMem>(
        "memory", SST::ComponentInfo::SHARE_NONE, tb,
        acalsim::standardMemHandler<QEMUBinary, &QEMUBinary::onMemoryResponse>(this)));
}

const std::string& QEMUBinary::windowLabel(size_t window) const
{
    return window < ports_.size() ? ports_[window].label() : memory_label_;
}

std::string QEMUBinary::resolveQemuPath(const std::string& configured, const std::string& arch) const
{
    const std::string name = "qemu-system-riscv" + arch.substr(2);
    if ( configured.find('/') != std::string::npos ) {
        if ( !isExecutableFile(configured) ) fail("qemu_path '" + configured + "' is not an executable file");
        return configured;
    }
    std::vector<std::string> candidates;
#ifdef QEMUBINARY_DEFAULT_QEMU_DIR
    if ( configured.empty() && *QEMUBINARY_DEFAULT_QEMU_DIR ) candidates.push_back(QEMUBINARY_DEFAULT_QEMU_DIR "/" + name);
#endif
    const std::string program = configured.empty() ? name : configured;
    const char*       path    = std::getenv("PATH");
    std::string       dirs    = path ? path : "/usr/bin:/bin";
    for ( size_t start = 0; start <= dirs.size(); ) {
        size_t colon = dirs.find(':', start);
        if ( colon == std::string::npos ) colon = dirs.size();
        if ( colon > start ) candidates.push_back(dirs.substr(start, colon - start) + "/" + program);
        start = colon + 1;
    }
    for ( const auto& c : candidates )
        if ( isExecutableFile(c) ) return c;
    std::string searched;
#ifdef QEMUBINARY_DEFAULT_QEMU_DIR
    if ( configured.empty() && *QEMUBINARY_DEFAULT_QEMU_DIR ) searched = QEMUBINARY_DEFAULT_QEMU_DIR ", then ";
#endif
    fail("QEMU '" + program + "' not found in " + searched +
         "PATH (set qemu_path, or rebuild with scripts/run.sh, which builds QEMU with qemu/build-qemu.sh)");
}

void QEMUBinary::fail(const std::string& message) const
{
    acalsim::fatalError(getName(), message);
}

std::string QEMUBinary::simTime() const { return getElapsedSimTime().toStringBestSI(); }

void QEMUBinary::init(unsigned int phase)
{
    if ( memory_slot_.loaded() ) memory_slot_.iface().init(phase);
    for ( DevicePort& port : ports_ ) {
        if ( phase == 0 && trace_ ) port.link->sendUntimedData(new cosim::TraceOnEvent); // devices may add slices
        while ( SST::Event* ev = port.link->recvUntimedData() ) {
            if ( auto* info = dynamic_cast<cosim::DeviceInfoEvent*>(ev) ) {
                if ( info->compatible.empty() || info->compatible.find_first_of("; \t\n@") != std::string::npos )
                    fail(port.name + ": the device's compatible '" + info->compatible +
                         "' is empty or has a space, ';' or '@'");
                port.compatible  = info->compatible;
                port.device_name = info->name;
                const size_t window = static_cast<size_t>(&port - ports_.data());
                for ( const auto& [address, size] : info->posted ) {
                    if ( size == 0 || !holds(windows_.baseOf(window), windows_.sizeOf(window), address, size) )
                        fail(port.name + ": the device (" + port.label() + ") declares posted writes to " +
                             hex(address) + " (" + std::to_string(size) + " bytes), which is not inside its window " +
                             hex(windows_.baseOf(window)) + " (" + std::to_string(windows_.sizeOf(window)) +
                             " bytes, device_base/device_bases)");
                    port.posted.emplace_back(address, size);
                }
            }
            delete ev;
        }
    }
}

std::string QEMUBinary::deviceTreeNodes() const
{
    std::string nodes;
    for ( size_t i = 0; i < ports_.size(); ++i ) {
        std::string compatible = ports_[i].compatible.empty() ? "acalsim,sst-device" : ports_[i].compatible;
        for ( size_t comma = 0; (comma = compatible.find(',', comma)) != std::string::npos; comma += 2 )
            compatible.insert(comma, ","); // QEMU's option syntax: a comma in a value is doubled
        nodes += (i ? ";" : "") + compatible + "@" + hex(windows_.baseOf(i)) + ":" + hex(windows_.sizeOf(i));
    }
    return nodes;
}

void QEMUBinary::setup()
{
    if ( memory_slot_.loaded() ) memory_slot_.iface().setup();
    if ( trace_ )
        for ( size_t i = 0; i < ports_.size(); ++i ) {
            const DevicePort& p = ports_[i];
            trace_->device(i, p.label() + (p.compatible.empty() ? "" : " (" + p.compatible + ")") + " @" +
                                  hex(windows_.baseOf(i)));
        }
    launchQemu();
    schedulePump();
}

void QEMUBinary::launchQemu()
{
    try {
        listener_ = UnixListener::create(socket_path_);
    }
    catch ( const std::exception& e ) {
        fail(e.what());
    }
    // -seed: the guest's "random" numbers (the FDT's rng-seed, which seeds Linux) are the same every run.
    std::vector<std::string> argv = { qemu_path_, "-M", "virt", "-bios", bios_, "-display", "none", "-monitor",
                                      "none", "-serial", "stdio", "-seed", "0", "-kernel", binary_path_ };
    if ( !initrd_.empty() ) argv.insert(argv.end(), { "-initrd", initrd_ });
    if ( !append_.empty() ) argv.insert(argv.end(), { "-append", append_ });
    if ( !memory_.empty() ) argv.insert(argv.end(), { "-m", memory_ });
    if ( !ram_path_.empty() ) {
        std::string path = ram_path_;
        for ( size_t comma = 0; (comma = path.find(',', comma)) != std::string::npos; comma += 2 )
            path.insert(comma, ","); // QEMU's option syntax: a comma in a value is doubled
        argv.insert(argv.end(), { "-object",
                                  "memory-backend-file,id=acalsim.ram,share=on,mem-path=" + path +
                                      ",size=" + (memory_.empty() ? "128M" : memory_),
                                  "-machine", "memory-backend=acalsim.ram" });
    }
    argv.insert(argv.end(), { "-device", "sst-device,socket=" + listener_.path() + ",base=" + hex(windows_.base()) +
                                             ",size=" + hex(windows_.size()) +
                                             ",timeout-ms=" + std::to_string(response_timeout_ms_) +
                                             ",dt-nodes=" + deviceTreeNodes() });
    if ( transport_ == "shm" ) argv.back() += ",transport=shm";
    const std::string posted = postedRanges();
    if ( protocol_wanted_ >= 2 ) {
        argv.back() += ",protocol=2,quantum-ns=" + std::to_string(std::max<uint64_t>(1, sync_quantum_ps_ / 1000));
        if ( irq_ ) argv.back() += ",irq=" + std::to_string(irq_) + ",irq-count=" + std::to_string(ports_.size());
        if ( !posted.empty() ) argv.back() += ",posted=" + posted;
        argv.insert(argv.end(), { "-icount", "shift=" + std::to_string(icount_shift_) + ",sleep=off" });
    }
    else if ( !posted.empty() )
        std::fprintf(stderr, "%s: warning: devices declare posted writes (%s), but protocol 1 has none: those writes wait\n",
                     getName().c_str(), posted.c_str());
    argv.insert(argv.end(), qemu_args_.begin(), qemu_args_.end());
    if ( verbose_ ) {
        std::string cmd;
        for ( const auto& a : argv )
            cmd += (cmd.empty() ? "" : " ") + a;
        getSimulationOutput().output("%s: starting %s\n", getName().c_str(), cmd.c_str());
    }
    try {
        qemu_ = ChildProcess::spawn(argv);
    }
    catch ( const std::exception& e ) {
        fail(e.what());
    }

    // Wait for QEMU to connect, copying its output; it may fail first.
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(connect_timeout_ms_);
    UniqueFd sock;
    while ( !sock.valid() ) {
        auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
        if ( left.count() <= 0 )
            fail("QEMU did not connect to " + listener_.path() + " within " + std::to_string(connect_timeout_ms_) +
                 " ms (connect_timeout_ms)");
        if ( waitFor(listener_.fd(), POLLIN, static_cast<int>(left.count())) == Wait::Ready ) sock = listener_.accept();
        if ( !sock.valid() && qemu_.poll() ) {
            drainOutput();
            fail("QEMU " + ChildProcess::describe(*qemu_.poll()) + " before connecting to SST (its messages are above)");
        }
    }
    // Connected: the socket file has done its job. Removing it now means nothing is left behind, even after a crash.
    // So has the RAM file: QEMU mapped it before its devices started, a MemController in its constructor.
    listener_.removePath();
    ram_file_.remove();
    listener_.close();
    try {
        chan_ = std::make_unique<Channel>(std::move(sock), transport_ == "shm", connect_timeout_ms_);
    }
    catch ( const std::exception& e ) {
        fail(e.what());
    }
    if ( verbose_ ) getSimulationOutput().output("%s: QEMU (pid %d) connected\n", getName().c_str(), qemu_.pid());
}

void QEMUBinary::wakeAfter(SST::Link* self_link, SST::SimTime_t delay)
{
    // A SYNC's time is reached once everything else due then has happened (priorities order
    // same-time events on every engine): QEMU then sees all that SST did up to and at that time.
    self_link->send(delay, self_link == sync_ ? new WakeEvent(FINALEVENTPRIORITY) : new WakeEvent);
}
void QEMUBinary::schedulePump() { wakeAfter(pump_, 0); }

void QEMUBinary::forwardOutput()
{
    if ( qemu_.stdoutPipe().valid() && !stdout_forwarder_.pump(qemu_.stdoutPipe().get()) ) qemu_.closeStdout();
    if ( qemu_.stderrPipe().valid() && !stderr_forwarder_.pump(qemu_.stderrPipe().get()) ) qemu_.closeStderr();
}

void QEMUBinary::drainOutput()
{
    forwardOutput();
    stdout_forwarder_.flush(); // a last line without a newline counts too
    stderr_forwarder_.flush();
}

QEMUBinary::Wait QEMUBinary::waitForInput(int timeout_ms, int also_fd)
{
    if ( !chan_->prepareSleep() ) return Wait::Ready;
    const Wait w = waitFor(chan_->wakeFd(), POLLIN, timeout_ms, also_fd);
    chan_->endSleep();
    return w;
}

QEMUBinary::Wait QEMUBinary::waitFor(int fd, short events, int timeout_ms, int also_fd)
{
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeout_ms);
    while ( true ) {
        // With shared memory, the socket only tells that QEMU has gone: that, too, ends the wait.
        const int end_fd = chan_ && chan_->goneFd() != fd ? chan_->goneFd() : -1;
        pollfd fds[5] = { { fd, events, 0 },      { qemu_.stdoutPipe().get(), POLLIN, 0 }, { qemu_.stderrPipe().get(), POLLIN, 0 },
                          { end_fd, POLLIN, 0 }, { also_fd, POLLIN, 0 } };
        int    wait   = -1;
        if ( timeout_ms >= 0 ) {
            auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
            wait      = std::max<int>(0, static_cast<int>(left.count()));
        }
        // While QEMU still has output pipes, wake up at least every 100 ms to notice it exiting.
        int n = ::poll(fds, 5, wait < 0 || wait > 100 ? 100 : wait);
        if ( n < 0 ) {
            if ( errno == EINTR ) return Wait::Interrupted; // let the engine see signals
            fail(std::string("poll: ") + std::strerror(errno));
        }
        if ( fds[1].revents || fds[2].revents ) forwardOutput();
        if ( fds[0].revents || fds[3].revents || fds[4].revents ) return Wait::Ready;
        if ( timeout_ms >= 0 && std::chrono::steady_clock::now() >= deadline ) return Wait::Timeout;
        if ( !qemu_.stdoutPipe().valid() && !qemu_.stderrPipe().valid() && qemu_.poll() ) return Wait::QemuGone;
    }
}

void QEMUBinary::onPump(SST::Event* ev)
{
    delete ev;
    if ( qemuWaiting() || !chan_ ) return;
    // QEMU's next message usually comes within microseconds while the guest works with the
    // device: spin (retrying the read itself, so a socket costs one syscall per try) for up
    // to spin_us, bounded so that simulations sharing cores do not starve, then sleep.
    // (Adaptive windows measured worse at the default quantum; see bench/RESULTS.md.)
    // A clock read costs more than a ring probe on a VM: the window reads it only now and then.
    SSTSpin    spin; // the protocol library's, as sst-device spins
    const auto restart = [&] { sst_spin_start(&spin, static_cast<unsigned>(std::max(0, spin_us_)), chan_->triesPerClockRead()); };
    restart();
    while ( true ) {
        ReadResult r;
        size_t     frame_size;
        if ( version_ == 2 ) {
            SSTMsg m;
            frame_size = sizeof m;
            r          = msg_reader_.read(*chan_, m);
            if ( r == ReadResult::Frame ) {
                if ( handleMessage(m) ) return; // QEMU waits, or SST may go on to its time: an event pumps again
                restart();
                continue;
            }
        }
        else {
            SSTMMIORequest req;
            frame_size = sizeof req;
            r          = reader_.read(*chan_, req);
            if ( r == ReadResult::Frame ) {
                stat_bytes_received_->addData(sizeof req);
                if ( version_ == 0 ) { // QEMU's first frame: a HELLO, or a version-1 request
                    if ( req.magic == SST_HELLO_MAGIC ) {
                        SSTHello hello;
                        std::memcpy(&hello, &req, sizeof hello);
                        negotiate(hello);
                        continue;
                    }
                    version_ = 1;
                    if ( verbose_ ) getSimulationOutput().output("%s: QEMU speaks protocol 1\n", getName().c_str());
                }
                if ( handleRequest(req) ) return; // the device's response schedules the next pump
                restart();
                continue;
            }
        }
        const size_t partial = version_ == 2 ? msg_reader_.partial() : reader_.partial();
        switch ( r ) {
        case ReadResult::Frame:
        case ReadResult::Pending:
            break;
        case ReadResult::Closed:
            return qemuEnded(partial ? "QEMU closed the connection in the middle of a request (" + std::to_string(partial) +
                                           " of " + std::to_string(frame_size) + " bytes)"
                                     : "");
        case ReadResult::Error:
            if ( errno == ECONNRESET ) return qemuEnded("");
            fail(std::string("reading from QEMU failed: ") + std::strerror(errno));
        }
        if ( sst_spin_more(&spin) ) continue;
        // The guest runs: SST stays at its last reported time until it reports again. A guest
        // that works with its device sends its next access soon; asking it for a report costs
        // it a stop of its vCPU, so ask only once it has been silent for a while.
        const bool reports = version_ == 2 && (capabilities_ & SST_CAP_DEADLINE) && !partial;
        if ( reports && !report_armed_ ) {
            const Wait w = waitForInput(kSilenceBeforeReportMs);
            if ( w == Wait::Ready || w == Wait::QemuGone ) {
                restart();
                continue;
            }
            if ( w == Wait::Interrupted ) return schedulePump();
        }
        if ( reports ) {
            hub_.sleeping(true); // first: a guest that starts waiting from now on wakes this one
            requestTimeReport();
        }
        if ( !chan_ ) return hub_.sleeping(false); // QEMU went away as it was asked
        const int timeout = partial ? frame_timeout_ms_ : (idle_timeout_ms_ > 0 ? idle_timeout_ms_ : -1);
        if ( trace_ ) trace_->idle(); // a guest that hangs leaves its trace up to now in the file
        const Wait waited = waitForInput(timeout, reports ? hub_.wakeFd() : -1);
        if ( reports ) hub_.sleeping(false);
        switch ( waited ) {
        case Wait::Ready:
        case Wait::QemuGone: // the next read sees the end of the stream
            restart();
            break;
        case Wait::Interrupted:
            return schedulePump(); // a signal: come back after the engine has looked at it
        case Wait::Timeout:
            if ( partial )
                fail("QEMU sent " + std::to_string(partial) + " of " + std::to_string(frame_size) +
                     " bytes of a request and then nothing for " + std::to_string(timeout) + " ms (frame_timeout_ms)");
            fail("no request from QEMU for " + std::to_string(timeout) + " ms (idle_timeout_ms)");
        }
    }
}

bool QEMUBinary::handleRequest(const SSTMMIORequest& req)
{
    const SSTMMIOCheck check = sst_mmio_check_request(&req);
    if ( check == SST_MMIO_CHECK_BAD_MAGIC )
        fail("QEMU sent a frame with magic " + hex(req.magic) + " instead of " + hex(SST_MMIO_REQUEST_MAGIC) +
             ": the stream is not the SST MMIO protocol");
    if ( check != SST_MMIO_CHECK_OK ) {
        rejectMalformed(check, "type " + std::to_string(req.type) + ", address " + hex(req.address) + ", size " +
                                   std::to_string(req.size),
                        0, req.address);
        return false;
    }
    outstanding_hart_ = -1; // protocol 1 does not say
    if ( forwardToDevice(req, 0) ) return true;
    answerAccess(0, SST_MMIO_STATUS_BAD_ADDRESS, 0, 0); // between device windows
    return false;
}

void QEMUBinary::rejectMalformed(SSTMMIOCheck check, const std::string& details, uint32_t tag, uint64_t address)
{
    stat_bad_frames_->addData(1);
    if ( trace_ ) trace_->refused("malformed request", address, nowPs());
    std::fprintf(stderr, "%s: warning: malformed request from QEMU (%s: %s); answered with status %u\n",
                 getName().c_str(), sst_mmio_check_str(check), details.c_str(), SST_MMIO_STATUS_BAD_REQUEST);
    answerAccess(tag, SST_MMIO_STATUS_BAD_REQUEST, 0, 0);
}

void QEMUBinary::answerAccess(uint32_t tag, uint32_t status, uint64_t data, uint32_t latency)
{
    if ( version_ == 2 ) {
        SSTMsg m  = sst_msg(SST_MSG_MMIO_RESP, tag, nowPs());
        m.data    = data;
        m.arg0    = status;
        m.arg1    = latency;
        m.address = deadline(false);
        if ( posted_failed_ ) m.flags = SST_MSG_FLAG_POSTED_ERROR;
        posted_failed_ = false;
        sendMessage(m);
        hub_.waitsUntil(std::nullopt);
    }
    else {
        const SSTMMIOResponse resp = sst_mmio_response(status, data, latency);
        sendBytes(&resp, sizeof resp);
    }
}

bool QEMUBinary::forwardToDevice(const SSTMMIORequest& req, SST::SimTime_t delay_ps)
{
    const std::optional<size_t> found = windows_.find(req.address, req.size);
    if ( !found ) {
        if ( trace_ ) trace_->refused(req.type == SST_MMIO_READ ? "unmapped read" : "unmapped write", req.address,
                                      nowPs() + delay_ps);
        return false;
    }
    const size_t port = *found;
    if ( report_wall_latency_ ) {
        // Reading the clock costs about as much as a shared-memory round trip on a VM, so
        // only the interval after every 16th request is timed: an unbiased sample.
        const uint64_t k = wall_requests_++ % 16;
        if ( k < 2 ) {
            const auto now = std::chrono::steady_clock::now();
            if ( k == 1 )
                wall_intervals_ns_.push_back(static_cast<uint32_t>(std::min<int64_t>(
                    UINT32_MAX, std::chrono::duration_cast<std::chrono::nanoseconds>(now - last_request_wall_).count())));
            last_request_wall_ = now;
        }
    }
    const bool read = req.type == SST_MMIO_READ;
    (read ? stat_reads_ : stat_writes_)->addData(1);
    outstanding_      = true;
    outstanding_port_ = port;
    outstanding_id_   = next_id_++;
    outstanding_req_  = req;
    sent_at_ps_       = getCurrentSimTime(ps_) + delay_ps;
    if ( port >= ports_.size() ) { // a StandardMem window: sent at the guest's time
        if ( delay_ps )
            wakeAfter(memory_issue_, delay_ps);
        else
            memory_request_ = memory_slot_.send(read, req.address, req.size, req.data);
        return true;
    }
    auto* tx          = new cosim::MemoryTransactionEvent(read ? cosim::MemoryTransactionEvent::READ
                                                                 : cosim::MemoryTransactionEvent::WRITE,
                                                            req.address, req.size, req.data, outstanding_id_);
    tx->seq = deadline_->sentTo(port, sent_at_ps_);
    ports_[port].link->send(delay_ps, ps_, tx);
    return true;
}

void QEMUBinary::onDeviceEvent(SST::Event* ev, size_t port)
{
    // Responses first: they are the hot path, and a failed dynamic_cast costs type-name compares.
    auto* resp = dynamic_cast<cosim::MemoryResponseEvent*>(ev);
    if ( !resp ) {
        if ( auto* quiet = dynamic_cast<cosim::QuietUntilEvent*>(ev) ) {
            if ( quiet->always_passive )
                deadline_->passive(port);
            else
                deadline_->announced(port, quiet->sent_ps, quiet->until_ps, quiet->seen_seq, nowPs());
            delete quiet;
            return;
        }
        if ( auto* irq = dynamic_cast<cosim::InterruptEvent*>(ev) ) {
            const cosim::InterruptEvent copy = *irq;
            delete irq;
            return onInterrupt(copy, port);
        }
        if ( auto* dma = dynamic_cast<cosim::DmaRequestEvent*>(ev) )
            return onDmaRequest(std::unique_ptr<cosim::DmaRequestEvent>(dma), port);
        if ( auto* slice = dynamic_cast<cosim::TraceSliceEvent*>(ev) ) {
            if ( trace_ ) trace_->deviceSlice(port, *slice);
            delete slice;
            return;
        }
        fail(ports_[port].name + " delivered an event that is not a response, interrupt, DMA request or trace slice");
    }
    const cosim::MemoryResponseEvent r = *resp;
    delete resp;
    if ( onPostedAnswer(r.id, wireStatus(r.status)) ) return;
    if ( !outstanding_ || r.id != outstanding_id_ || port != outstanding_port_ )
        fail("the device on " + ports_[port].name + " answered transaction " + std::to_string(r.id) + " but " +
             (outstanding_ ? "transaction " + std::to_string(outstanding_id_) + " is the one outstanding"
                           : std::string("none is outstanding")));
    completeAccess(wireStatus(r.status), r.data, r.latency);
}

void QEMUBinary::onMemoryIssue(SST::Event* ev)
{
    delete ev;
    const bool read = outstanding_req_.type == SST_MMIO_READ;
    memory_request_ = memory_slot_.send(read, outstanding_req_.address, outstanding_req_.size, outstanding_req_.data);
}

void QEMUBinary::onMemoryResponse(SST::Interfaces::StandardMem::Request* resp)
{
    const std::unique_ptr<SST::Interfaces::StandardMem::Request> owned(resp);
    const bool waiting = outstanding_ && outstanding_port_ >= ports_.size();
    if ( !waiting || resp->getID() != memory_request_ )
        fail("the memory slot delivered " + resp->getString() + " but " +
             (waiting ? "request " + std::to_string(memory_request_) + " is the one outstanding"
                      : std::string("no access to it is outstanding")));
    const bool               read = outstanding_req_.type == SST_MMIO_READ;
    const MemorySlot::Answer a    = MemorySlot::answer(*resp, read, outstanding_req_.size);
    if ( !a.problem.empty() )
        std::fprintf(stderr, "%s: warning: access to %s at %s: %s; answered with status %u\n", getName().c_str(),
                     memory_label_.c_str(), hex(outstanding_req_.address).c_str(), a.problem.c_str(), a.status);
    const uint64_t cycles = (nowPs() - sent_at_ps_) / clock_period_ps_;
    completeAccess(a.status, a.data, static_cast<uint32_t>(std::min<uint64_t>(cycles, UINT32_MAX)));
}

void QEMUBinary::completeAccess(uint32_t status, uint64_t data, uint32_t latency)
{
    outstanding_ = false;
    stat_round_trip_->addData(getCurrentSimTime(ps_) - sent_at_ps_);
    const bool read = outstanding_req_.type == SST_MMIO_READ;
    if ( trace_ )
        trace_->access(outstanding_hart_, read, windowLabel(outstanding_port_), outstanding_req_.address,
                       outstanding_req_.size, read ? data : outstanding_req_.data, status, latency, sent_at_ps_, nowPs());
    if ( verbose_ >= 2 )
        getSimulationOutput().output("%s: MMIO %s addr=%s size=%u data=%s status=%u latency=%u\n", getName().c_str(),
                                     read ? "READ" : "WRITE", hex(outstanding_req_.address).c_str(),
                                     outstanding_req_.size, hex(read ? data : outstanding_req_.data).c_str(), status,
                                     latency);
    if ( !chan_ ) return; // QEMU already gone
    answerAccess(outstanding_tag_, status, data, latency);
    schedulePump();
}

void QEMUBinary::sendBytes(const void* data, size_t len, bool counted)
{
    const char* p = static_cast<const char*>(data);
    for ( size_t left = len; left; ) {
        ssize_t n = chan_->writeSome(p, left);
        if ( n > 0 ) {
            p += n;
            left -= static_cast<size_t>(n);
            continue;
        }
        if ( n < 0 && errno == EINTR ) continue;
        if ( n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK) ) {
            if ( waitFor(chan_->socket(), POLLOUT, frame_timeout_ms_) == Wait::Timeout )
                fail("QEMU did not take data for " + std::to_string(frame_timeout_ms_) + " ms (frame_timeout_ms)");
            continue;
        }
        // QEMU has gone. A time request is not worth ending for: what QEMU sent before it
        // went (its EXIT) is still to be read, and the read finds the end.
        if ( n < 0 && (errno == EPIPE || errno == ECONNRESET) ) return counted ? qemuEnded("") : void();
        fail(std::string("sending to QEMU failed: ") + std::strerror(errno));
    }
    chan_->flush();
    if ( counted ) stat_bytes_sent_->addData(len);
}

void QEMUBinary::qemuEnded(const std::string& why)
{
    chan_.reset();
    if ( !why.empty() ) std::fprintf(stderr, "%s: error: %s\n", getName().c_str(), why.c_str());
    // QEMU exits right after closing; copy its last output while waiting.
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while ( !qemu_.poll() && std::chrono::steady_clock::now() < deadline )
        waitFor(-1, 0, 50);
    if ( !qemu_.poll() ) {
        std::fprintf(stderr, "%s: error: QEMU closed its connection but did not exit; killing it\n", getName().c_str());
        qemu_.kill();
    }
    while ( qemu_.stdoutPipe().valid() || qemu_.stderrPipe().valid() ) // to end of file
        if ( waitFor(-1, 0, 1000) != Wait::QemuGone ) break;
    drainOutput();
    qemu_status_ = qemu_.poll();
    // A guest that ended normally told its final time (EXIT): SST's simulation runs up to it.
    if ( why.empty() && guest_end_ps_ > nowPs() ) return wakeAfter(guest_end_, guest_end_ps_ - nowPs());
    reportQemuEnd();
}

void QEMUBinary::onGuestEnd(SST::Event* ev)
{
    delete ev;
    reportQemuEnd();
}

void QEMUBinary::reportQemuEnd()
{
    end_waits_ = !posted_.empty(); // the guest's last posted writes are still on their way to their devices
    if ( end_waits_ ) return;
    const int code = ChildProcess::exitCode(*qemu_status_);
    if ( WIFSIGNALED(*qemu_status_) )
        std::fprintf(stderr, "%s: error: QEMU %s at simulated time %s\n", getName().c_str(),
                     ChildProcess::describe(*qemu_status_).c_str(), simTime().c_str());
    else if ( guest_reset_ )
        std::fprintf(stderr, "%s: error: the guest reset the machine at simulated time %s, which ends QEMU "
                     "(-no-reboot; a Linux kernel panic with panic=-1 does this): the run fails\n",
                     getName().c_str(), simTime().c_str());
    else if ( code != 0 || verbose_ )
        getSimulationOutput().output("%s: guest %s at simulated time %s\n", getName().c_str(),
                                     ChildProcess::describe(*qemu_status_).c_str(), simTime().c_str());
    primaryComponentOKToEndSim();
}

void QEMUBinary::reportWallLatency() const
{
    if ( wall_intervals_ns_.empty() ) return;
    std::vector<uint32_t> sorted = wall_intervals_ns_;
    std::sort(sorted.begin(), sorted.end());
    double total = 0;
    for ( uint32_t v : sorted )
        total += v;
    getSimulationOutput().output("%s: wall-clock round trips: %" PRIu64 " (1 in 16 timed), %.0f per second, p50 %.2f us, "
                                 "p99 %.2f us, p99.9 %.2f us, max %.2f us\n",
                                 getName().c_str(), wall_requests_, sorted.size() / (total * 1e-9),
                                 sorted[sorted.size() / 2] / 1000.0, sorted[sorted.size() * 99 / 100] / 1000.0,
                                 sorted[sorted.size() * 999 / 1000] / 1000.0, sorted.back() / 1000.0);
}

void QEMUBinary::finish()
{
    if ( memory_slot_.loaded() ) memory_slot_.iface().finish();
    if ( report_wall_latency_ ) reportWallLatency();
    if ( trace_ ) trace_->close();
    if ( !qemu_status_ && qemu_.pid() > 0 ) {
        // The simulation ended first (stop-at, or other primary components): stop QEMU.
        // Its console output so far is shown; then it is killed before the socket closes, so
        // it never reports the closed connection (it has nothing to save, the simulation is over).
        forwardOutput();
        qemu_.kill();
        qemu_status_ = qemu_.poll();
        chan_.reset();
        drainOutput();
        getSimulationOutput().output("%s: simulation ended at %s while the guest was running; QEMU stopped\n",
                                     getName().c_str(), simTime().c_str());
        return;
    }
    const int code = qemu_status_ ? ChildProcess::exitCode(*qemu_status_) : 0;
    acalsim::requestExitStatus(code == 0 && guest_reset_ ? 1 : code); // statistics are still written
}

void QEMUBinary::emergencyShutdown()
{
    // QEMU's last words (already in the pipes) explain what went wrong: show them first.
    drainOutput();
    chan_.reset();
    qemu_.kill();
    listener_.removePath();
    ram_file_.remove();
    trace_.reset(); // what the run did up to here, in a file the viewers read
}

} // namespace qemubinary
