// SPDX-License-Identifier: BSD-3-Clause
// The guest console's lines reach our output whole, one write each, with their prefix.
#include "qemubinary/line_forwarder.h"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <string>
#include <unistd.h>
#include <vector>

namespace {

/** A FILE* that records each write(2)-sized chunk stdio hands it. */
struct Recorder
{
    std::vector<std::string> writes;

    std::FILE* open()
    {
        cookie_io_functions_t io = {};
        io.write = [](void* self, const char* buf, size_t size) -> ssize_t {
            static_cast<Recorder*>(self)->writes.emplace_back(buf, size);
            return static_cast<ssize_t>(size);
        };
        return fopencookie(this, "w", io);
    }
};

struct Pipe
{
    int fds[2];
    Pipe()
    {
        EXPECT_EQ(pipe2(fds, O_NONBLOCK), 0);
    }
    ~Pipe()
    {
        close(fds[0]);
        if ( fds[1] >= 0 ) close(fds[1]);
    }
    void write(const std::string& s) { EXPECT_EQ(::write(fds[1], s.data(), s.size()), ssize_t(s.size())); }
};

} // namespace

TEST(LineForwarder, EveryLineIsOneWriteEvenWhenTheyOverflowStdiosBuffer)
{
    Recorder   rec;
    std::FILE* out = rec.open();
    qemubinary::LineForwarder fwd(out, "[qemu0] ");
    Pipe                      p;
    std::string               burst;
    for ( int i = 0; i < 200; ++i ) // 200 lines of 100 bytes: far more than one stdio buffer
        burst += "[    0.000693] rcu: \tline " + std::to_string(i) + std::string(70, 'x') + "\n";
    p.write(burst);
    EXPECT_TRUE(fwd.pump(p.fds[0]));
    std::fclose(out);
    ASSERT_EQ(rec.writes.size(), 200u);
    for ( size_t i = 0; i < rec.writes.size(); ++i ) {
        EXPECT_EQ(rec.writes[i].rfind("[qemu0] [    0.000693] rcu: \tline " + std::to_string(i), 0), 0u) << i;
        EXPECT_EQ(rec.writes[i].back(), '\n') << i;
    }
}

TEST(LineForwarder, APartialLineWaitsForItsEndAndALastOneCountsAtEndOfFile)
{
    Recorder   rec;
    std::FILE* out = rec.open();
    qemubinary::LineForwarder fwd(out, "[q] ");
    Pipe                      p;
    p.write("hel");
    EXPECT_TRUE(fwd.pump(p.fds[0]));
    EXPECT_TRUE(rec.writes.empty());
    p.write("lo\r\nworld");
    EXPECT_TRUE(fwd.pump(p.fds[0]));
    close(p.fds[1]);
    p.fds[1] = -1;
    EXPECT_FALSE(fwd.pump(p.fds[0])); // end of file
    std::fclose(out);
    EXPECT_EQ(rec.writes, (std::vector<std::string>{ "[q] hello\n", "[q] world\n" }));
}
