// SPDX-License-Identifier: BSD-3-Clause
// The QEMU process's keeper, driven with /bin/sh: output on pipes, exit status, kill, errors.
#include "qemubinary/child_process.h"

#include <gtest/gtest.h>

#include <cerrno>
#include <csignal>
#include <poll.h>
#include <string>
#include <sys/wait.h>
#include <unistd.h>

using qemubinary::ChildProcess;
using namespace std::chrono_literals;

namespace {
/** To the end of the (non-blocking) pipe. */
std::string readAll(const qemubinary::UniqueFd& fd)
{
    std::string out;
    char        buf[256];
    while ( true ) {
        pollfd  p{ fd.get(), POLLIN, 0 };
        ::poll(&p, 1, 10000);
        ssize_t n = ::read(fd.get(), buf, sizeof buf);
        if ( n == 0 || (n < 0 && errno != EAGAIN && errno != EINTR) ) return out;
        if ( n > 0 ) out.append(buf, static_cast<size_t>(n));
    }
}
} // namespace

TEST(ChildProcess, KeepsStdoutAndStderrApartAndReportsTheExit)
{
    ChildProcess p = ChildProcess::spawn({ "/bin/sh", "-c", "echo out; echo err >&2; exit 3" });
    EXPECT_EQ(readAll(p.stdoutPipe()), "out\n");
    EXPECT_EQ(readAll(p.stderrPipe()), "err\n");
    const std::optional<int> status = p.wait(10s);
    ASSERT_TRUE(status);
    EXPECT_EQ(ChildProcess::exitCode(*status), 3);
    EXPECT_EQ(ChildProcess::describe(*status), "exited with status 3");
}

TEST(ChildProcess, StdinIsEmpty)
{
    ChildProcess p = ChildProcess::spawn({ "/bin/sh", "-c", "cat; echo done" });
    EXPECT_EQ(readAll(p.stdoutPipe()), "done\n");
}

TEST(ChildProcess, KillEndsItWithSignal9)
{
    ChildProcess p = ChildProcess::spawn({ "/bin/sh", "-c", "sleep 60" });
    EXPECT_FALSE(p.poll());
    p.kill();
    const std::optional<int> status = p.poll();
    ASSERT_TRUE(status);
    EXPECT_TRUE(WIFSIGNALED(*status));
    EXPECT_EQ(ChildProcess::exitCode(*status), 128 + SIGKILL);
    EXPECT_EQ(ChildProcess::describe(*status), "was killed by signal 9 (Killed)");
}

TEST(ChildProcess, AProgramThatCannotRunIsAnError)
{
    EXPECT_THROW(ChildProcess::spawn({ "/nonexistent/qemu-system-riscv32" }), std::runtime_error);
}

TEST(ChildProcess, DestroyingItReapsIt)
{
    pid_t pid;
    {
        ChildProcess p = ChildProcess::spawn({ "/bin/sh", "-c", "sleep 60" });
        pid            = p.pid();
    }
    EXPECT_EQ(::kill(pid, 0), -1); // gone, not a zombie of ours
}
