// SPDX-License-Identifier: BSD-3-Clause
#include "child_process.h"

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <stdexcept>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <thread>

namespace qemubinary {

ChildProcess ChildProcess::spawn(const std::vector<std::string>& argv)
{
    if ( argv.empty() ) throw std::runtime_error("no command to run");
    int out[2], err[2], exec_status[2];
    if ( ::pipe2(out, O_CLOEXEC) < 0 ) throw std::runtime_error(std::string("pipe: ") + std::strerror(errno));
    ChildProcess child;
    child.out_.reset(out[0]);
    UniqueFd out_w(out[1]);
    if ( ::pipe2(err, O_CLOEXEC) < 0 ) throw std::runtime_error(std::string("pipe: ") + std::strerror(errno));
    child.err_.reset(err[0]);
    UniqueFd err_w(err[1]);
    // exec() failures reach the parent through this pipe; a successful exec closes it.
    if ( ::pipe2(exec_status, O_CLOEXEC) < 0 ) throw std::runtime_error(std::string("pipe: ") + std::strerror(errno));
    UniqueFd status_r(exec_status[0]), status_w(exec_status[1]);

    std::vector<char*> args;
    for ( const auto& a : argv )
        args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    const pid_t parent = ::getpid();

    pid_t pid = ::fork();
    if ( pid < 0 ) throw std::runtime_error(std::string("fork: ") + std::strerror(errno));
    if ( pid == 0 ) {
        // Child: only async-signal-safe calls until exec.
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        if ( ::getppid() != parent ) ::_exit(127); // the parent died before prctl
        int devnull = ::open("/dev/null", O_RDONLY);
        if ( devnull < 0 || ::dup2(devnull, 0) < 0 || ::dup2(out_w.get(), 1) < 0 || ::dup2(err_w.get(), 2) < 0 ) {
            int e = errno;
            (void)!::write(status_w.get(), &e, sizeof e);
            ::_exit(127);
        }
        ::execv(args[0], args.data());
        int e = errno;
        (void)!::write(status_w.get(), &e, sizeof e);
        ::_exit(127);
    }
    child.pid_ = pid;
    status_w.reset();
    out_w.reset();
    err_w.reset();
    int     e = 0;
    ssize_t n;
    do
        n = ::read(status_r.get(), &e, sizeof e);
    while ( n < 0 && errno == EINTR );
    if ( n == sizeof e ) {
        child.wait(std::chrono::milliseconds(1000));
        throw std::runtime_error("cannot run '" + argv[0] + "': " + std::strerror(e));
    }
    ::fcntl(child.out_.get(), F_SETFL, O_NONBLOCK);
    ::fcntl(child.err_.get(), F_SETFL, O_NONBLOCK);
    return child;
}

ChildProcess::ChildProcess(ChildProcess&& o) noexcept
    : pid_(std::exchange(o.pid_, -1)), out_(std::move(o.out_)), err_(std::move(o.err_)), status_(o.status_)
{}

ChildProcess& ChildProcess::operator=(ChildProcess&& o) noexcept
{
    if ( this != &o ) {
        kill();
        pid_    = std::exchange(o.pid_, -1);
        out_    = std::move(o.out_);
        err_    = std::move(o.err_);
        status_ = o.status_;
    }
    return *this;
}

std::optional<int> ChildProcess::poll()
{
    if ( status_ || pid_ < 0 ) return status_;
    int   status;
    pid_t r;
    do
        r = ::waitpid(pid_, &status, WNOHANG);
    while ( r < 0 && errno == EINTR );
    if ( r == pid_ ) status_ = status;
    return status_;
}

std::optional<int> ChildProcess::wait(std::chrono::milliseconds timeout)
{
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while ( !poll() && std::chrono::steady_clock::now() < deadline )
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    return status_;
}

void ChildProcess::kill()
{
    if ( pid_ < 0 || poll() ) return;
    ::kill(pid_, SIGKILL);
    int status;
    while ( ::waitpid(pid_, &status, 0) < 0 && errno == EINTR ) {
    }
    status_ = status;
}

std::string ChildProcess::describe(int s)
{
    if ( WIFEXITED(s) ) return "exited with status " + std::to_string(WEXITSTATUS(s));
    if ( WIFSIGNALED(s) )
        return "was killed by signal " + std::to_string(WTERMSIG(s)) + " (" + ::strsignal(WTERMSIG(s)) + ")";
    return "ended with wait status " + std::to_string(s);
}

int ChildProcess::exitCode(int s)
{
    if ( WIFEXITED(s) ) return WEXITSTATUS(s);
    if ( WIFSIGNALED(s) ) return 128 + WTERMSIG(s);
    return 1;
}

} // namespace qemubinary
