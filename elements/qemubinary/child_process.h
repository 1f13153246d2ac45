// SPDX-License-Identifier: BSD-3-Clause
// A child process with its stdout and stderr on pipes. It dies with this
// process (PR_SET_PDEATHSIG), and is killed and reaped on destruction.
#ifndef ELEMENTS_QEMUBINARY_CHILD_PROCESS_H
#define ELEMENTS_QEMUBINARY_CHILD_PROCESS_H

#include "unique_fd.h"

#include <chrono>
#include <optional>
#include <string>
#include <sys/types.h>
#include <vector>

namespace qemubinary {

class ChildProcess
{
public:
    /** Starts argv[0] (a path) with stdin from /dev/null; throws std::runtime_error if it cannot run. */
    static ChildProcess spawn(const std::vector<std::string>& argv);

    ChildProcess() = default;
    ChildProcess(ChildProcess&& o) noexcept;
    ChildProcess& operator=(ChildProcess&& o) noexcept;
    ~ChildProcess() { kill(); }

    pid_t           pid() const { return pid_; }
    const UniqueFd& stdoutPipe() const { return out_; }
    const UniqueFd& stderrPipe() const { return err_; }
    void            closeStdout() { out_.reset(); }
    void            closeStderr() { err_.reset(); }

    /** The wait status once the process has ended (checked without blocking). */
    std::optional<int> poll();
    /** Waits up to `timeout` for the process to end. */
    std::optional<int> wait(std::chrono::milliseconds timeout);
    /** SIGKILL and reap, if still running. */
    void kill();

    /** "exited with status 3", "was killed by signal 9 (Killed)". */
    static std::string describe(int wait_status);
    /** The shell's convention: exit status, or 128 + signal. */
    static int exitCode(int wait_status);

private:
    pid_t              pid_ = -1;
    UniqueFd           out_, err_;
    std::optional<int> status_;
};

} // namespace qemubinary

#endif
