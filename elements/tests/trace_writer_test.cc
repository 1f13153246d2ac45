// SPDX-License-Identifier: BSD-3-Clause
// The trace file's bytes: one event per line, exact times, escaped names, a closed array;
// one writer per file; a write error named, not lost.
#include "events/trace_json.h"
#include "qemubinary/trace_writer.h"

#include <gtest/gtest.h>

#include <csignal>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <sys/resource.h>
#include <unistd.h>

using cosim::TraceArgs;
using qemubinary::TraceWriter;

namespace {

std::string temporaryPath(const char* name)
{
    return (::testing::TempDir() + "trace_writer_test_" + std::to_string(::getpid()) + "_") + name;
}

std::string contents(const std::string& path)
{
    std::ifstream     in(path);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

} // namespace

TEST(TraceWriter, WritesOneEventPerLineWithExactMicroseconds)
{
    const std::string path = temporaryPath("events.json");
    {
        TraceWriter w(path);
        w.name(1, -1, "QEMU qemu0", 0);
        w.slice(1, 1, "read", 1234567, 1237567, TraceArgs().hex("address", 0x10200004).number("size", 4).json());
        w.instant(2, 0, "interrupt", 10000000000123, TraceArgs().text("why", "a \"quoted\"\n\\name").json());
        w.close();
    }
    EXPECT_EQ(contents(path),
              "[\n"
              "{\"ph\":\"M\",\"pid\":1,\"tid\":0,\"name\":\"process_name\",\"args\":{\"name\":\"QEMU qemu0\"}},\n"
              "{\"ph\":\"M\",\"pid\":1,\"tid\":0,\"name\":\"process_sort_index\",\"args\":{\"sort_index\":0}},\n"
              "{\"ph\":\"X\",\"pid\":1,\"tid\":1,\"name\":\"read\",\"ts\":1.234567,\"dur\":0.003000,"
              "\"args\":{\"address\":\"0x10200004\",\"size\":4}},\n"
              "{\"ph\":\"i\",\"pid\":2,\"tid\":0,\"name\":\"interrupt\",\"s\":\"t\",\"ts\":10000000.000123,"
              "\"args\":{\"why\":\"a \\\"quoted\\\"\\u000a\\\\name\"}}\n"
              "]\n");
    std::remove(path.c_str());
}

TEST(TraceWriter, WritesWhatIsBufferedWhenAsked)
{
    const std::string path = temporaryPath("follow.json");
    TraceWriter       w(path);
    w.instant(1, 0, "sync", 1000, "");
    w.flushIfOlderThan(std::chrono::hours(1)); // written a moment ago: it waits
    EXPECT_EQ(contents(path), "");
    w.flushIfOlderThan(std::chrono::seconds(0));
    EXPECT_EQ(contents(path), "[\n{\"ph\":\"i\",\"pid\":1,\"tid\":0,\"name\":\"sync\",\"s\":\"t\",\"ts\":0.001000,\"args\":{}}");
    w.close();
    std::remove(path.c_str());
}

TEST(TraceWriter, AnEmptyTraceIsAnEmptyArray)
{
    const std::string path = temporaryPath("empty.json");
    TraceWriter(path).close();
    EXPECT_EQ(contents(path), "[\n]\n");
    std::remove(path.c_str());
}

TEST(TraceWriter, OneWriterPerFile)
{
    const std::string path = temporaryPath("twice.json");
    TraceWriter       first(path);
    first.slice(1, 0, "kept", 0, 1, "");
    try {
        TraceWriter second(path);
        FAIL() << "a second writer opened the file";
    }
    catch ( const std::runtime_error& e ) {
        EXPECT_EQ(std::string(e.what()), "trace file '" + path +
                                             "' is already written by another bridge (give each QEMUBinary its own trace file)");
    }
    first.close();
    EXPECT_NE(contents(path).find("\"kept\""), std::string::npos); // the refused writer did not empty it
    TraceWriter again(path);                                          // closed: free again
    again.close();
    std::remove(path.c_str());
}

TEST(TraceWriter, NamesAFileThatCannotBeWritten)
{
    try {
        TraceWriter w("/nonexistent/trace.json");
        FAIL() << "opened a file in a directory that does not exist";
    }
    catch ( const std::runtime_error& e ) {
        EXPECT_EQ(std::string(e.what()), "trace file '/nonexistent/trace.json' cannot be written: No such file or directory");
    }
}

TEST(TraceWriter, AWriteErrorIsReportedNotLost)
{
    // A file size limit stands in for a full disk: write() fails with EFBIG.
    const std::string path = temporaryPath("full.json");
    struct rlimit     old;
    ASSERT_EQ(::getrlimit(RLIMIT_FSIZE, &old), 0);
    std::signal(SIGXFSZ, SIG_IGN);
    struct rlimit small = old;
    small.rlim_cur      = 4096;
    ASSERT_EQ(::setrlimit(RLIMIT_FSIZE, &small), 0);
    std::string error;
    try {
        TraceWriter w(path);
        for ( int i = 0; i < 100000; ++i ) // well past the writer's 1 MiB buffer
            w.slice(1, 1, "write", i * 1000, i * 1000 + 500, "");
        w.close();
    }
    catch ( const std::runtime_error& e ) {
        error = e.what();
    }
    ::setrlimit(RLIMIT_FSIZE, &old);
    std::signal(SIGXFSZ, SIG_DFL);
    EXPECT_EQ(error, "writing trace file '" + path + "' failed: File too large");
    std::remove(path.c_str());
}
