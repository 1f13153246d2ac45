// SPDX-License-Identifier: BSD-3-Clause
#include "trace_writer.h"

#include "events/trace_json.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <stdexcept>
#include <sys/file.h>
#include <sys/stat.h>

namespace qemubinary {
namespace {

constexpr size_t kFlushBytes = 1 << 20; // a write per MiB: the file grows as the run goes

/** Picoseconds as the format's microseconds: "12.345678". */
void appendMicros(std::string& out, uint64_t ps)
{
    cosim::appendDecimal(out, ps / 1000000);
    char     frac[6];
    uint64_t rest = ps % 1000000;
    for ( int i = 5; i >= 0; --i, rest /= 10 )
        frac[i] = static_cast<char>('0' + rest % 10);
    out += '.';
    out.append(frac, 6);
}

void appendInt(std::string& out, int v)
{
    if ( v < 0 ) {
        out += '-';
        v = -v;
    }
    cosim::appendDecimal(out, static_cast<uint64_t>(v));
}

} // namespace

TraceWriter::TraceWriter(const std::string& path) : path_(path)
{
    fd_.reset(::open(path.c_str(), O_WRONLY | O_CREAT | O_CLOEXEC, 0644));
    if ( !fd_.valid() ) throw std::runtime_error("trace file '" + path + "' cannot be written: " + std::strerror(errno));
    struct stat st;
    if ( ::fstat(fd_.get(), &st) != 0 || !S_ISREG(st.st_mode) )
        throw std::runtime_error("trace file '" + path + "' is not a regular file");
    // Two bridges writing one file would garble it; the lock (held until the descriptor closes)
    // also sees a bridge in another process, such as another MPI rank on this host.
    if ( ::flock(fd_.get(), LOCK_EX | LOCK_NB) != 0 ) {
        if ( errno == EWOULDBLOCK )
            throw std::runtime_error("trace file '" + path + "' is already written by another bridge "
                                     "(give each QEMUBinary its own trace file)");
        throw std::runtime_error("trace file '" + path + "' cannot be locked: " + std::strerror(errno));
    }
    if ( ::ftruncate(fd_.get(), 0) != 0 )
        throw std::runtime_error("trace file '" + path + "' cannot be emptied: " + std::strerror(errno));
    buf_.reserve(kFlushBytes + 4096);
    buf_ = "[\n";
}

TraceWriter::~TraceWriter()
{
    try {
        close();
    }
    catch ( const std::exception& e ) {
        std::fprintf(stderr, "warning: %s\n", e.what());
    }
}

void TraceWriter::beginEvent(char phase, int pid, int tid, std::string_view name)
{
    if ( !first_ ) buf_ += ",\n";
    first_ = false;
    buf_ += "{\"ph\":\"";
    buf_ += phase;
    buf_ += "\",\"pid\":";
    appendInt(buf_, pid);
    buf_ += ",\"tid\":";
    appendInt(buf_, tid);
    buf_ += ",\"name\":";
    cosim::appendJsonString(buf_, name);
}

void TraceWriter::endEvent(std::string_view args)
{
    buf_ += ",\"args\":{";
    buf_ += args;
    buf_ += "}}";
    if ( buf_.size() < kFlushBytes ) return;
    if ( failed_ )
        buf_.clear(); // already reported: nothing more goes to the file
    else
        flush();
}

void TraceWriter::name(int pid, int tid, std::string_view name, int sort_index)
{
    const bool process = tid < 0;
    beginEvent('M', pid, process ? 0 : tid, process ? "process_name" : "thread_name");
    std::string args;
    cosim::appendJsonString(args, "name");
    args += ':';
    cosim::appendJsonString(args, name);
    endEvent(args);
    beginEvent('M', pid, process ? 0 : tid, process ? "process_sort_index" : "thread_sort_index");
    args = "\"sort_index\":";
    appendInt(args, sort_index);
    endEvent(args);
}

void TraceWriter::slice(int pid, int tid, std::string_view name, uint64_t start_ps, uint64_t end_ps,
                        std::string_view args)
{
    beginEvent('X', pid, tid, name);
    buf_ += ",\"ts\":";
    appendMicros(buf_, start_ps);
    buf_ += ",\"dur\":";
    appendMicros(buf_, end_ps >= start_ps ? end_ps - start_ps : 0);
    endEvent(args);
}

void TraceWriter::instant(int pid, int tid, std::string_view name, uint64_t at_ps, std::string_view args)
{
    beginEvent('i', pid, tid, name);
    buf_ += ",\"s\":\"t\",\"ts\":";
    appendMicros(buf_, at_ps);
    endEvent(args);
}

void TraceWriter::flushIfOlderThan(std::chrono::steady_clock::duration age)
{
    if ( buf_.empty() || failed_ ) return;
    const auto now = std::chrono::steady_clock::now();
    if ( now - flushed_ >= age ) flush();
}

void TraceWriter::flush()
{
    flushed_ = std::chrono::steady_clock::now();
    const char* p    = buf_.data();
    size_t      left = buf_.size();
    while ( left ) {
        const ssize_t n = ::write(fd_.get(), p, left);
        if ( n < 0 && errno == EINTR ) continue;
        if ( n <= 0 ) {
            const std::string why = n < 0 ? std::strerror(errno) : "nothing written";
            buf_.clear();
            failed_ = true; // what follows would have a hole: close() writes nothing more
            throw std::runtime_error("writing trace file '" + path_ + "' failed: " + why);
        }
        p += n;
        left -= static_cast<size_t>(n);
    }
    buf_.clear();
}

void TraceWriter::close()
{
    if ( !fd_.valid() ) return;
    std::string error;
    if ( !failed_ ) {
        buf_ += first_ ? "]\n" : "\n]\n";
        try {
            flush();
        }
        catch ( const std::exception& e ) {
            error = e.what();
        }
    }
    if ( ::close(fd_.release()) != 0 && error.empty() )
        error = "closing trace file '" + path_ + "' failed: " + std::strerror(errno);
    if ( !error.empty() ) throw std::runtime_error(error);
}

} // namespace qemubinary
