// SPDX-License-Identifier: BSD-3-Clause
// A trace file in the Trace Event Format (the JSON that ui.perfetto.dev and
// chrome://tracing load), written as the run goes.
//
// The JSON array form, one event per line: memory stays flat however long the
// run, and a run that dies still leaves a file the viewers read (the closing
// bracket is optional in that form). Times are simulated picoseconds, written as
// the format's microseconds with six decimals, from integers only, so the same
// run gives the same bytes. Tracks are (pid, tid) pairs named by metadata events.
#ifndef ELEMENTS_QEMUBINARY_TRACE_WRITER_H
#define ELEMENTS_QEMUBINARY_TRACE_WRITER_H

#include "unique_fd.h"

#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>

namespace qemubinary {

class TraceWriter
{
public:
    /** Creates (or empties) `path`. Throws std::runtime_error naming the file if it cannot,
     *  or if another TraceWriter (in any process) writes the same file. */
    explicit TraceWriter(const std::string& path);
    /** Ends the file (as close(), but a failure is only reported on stderr). */
    ~TraceWriter();
    TraceWriter(const TraceWriter&)            = delete;
    TraceWriter& operator=(const TraceWriter&) = delete;

    /** Names process `pid` (tid < 0) or its thread `tid`; `sort_index` orders them in the viewer. */
    void name(int pid, int tid, std::string_view name, int sort_index);
    /** A complete slice ("X") from `start_ps` to `end_ps`; `args`: TraceArgs::json(). */
    void slice(int pid, int tid, std::string_view name, uint64_t start_ps, uint64_t end_ps, std::string_view args);
    /** A thread-scoped instant ("i") at `at_ps`. */
    void instant(int pid, int tid, std::string_view name, uint64_t at_ps, std::string_view args);
    /** Writes what is buffered if the last write was `age` ago or longer (the file follows the run). */
    void flushIfOlderThan(std::chrono::steady_clock::duration age);
    /** Writes the closing bracket and closes the file. Throws std::runtime_error on a write error. */
    void close();

private:
    void beginEvent(char phase, int pid, int tid, std::string_view name);
    void endEvent(std::string_view args);
    void flush();

    std::string path_;
    UniqueFd    fd_;
    std::string buf_;
    bool        first_  = true;
    bool        failed_ = false; // a write failed (reported once)
    std::chrono::steady_clock::time_point flushed_ = std::chrono::steady_clock::now();
};

} // namespace qemubinary

#endif
