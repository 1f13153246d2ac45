// SPDX-License-Identifier: BSD-3-Clause
// UNUSED() and the warning push/pop macros element code uses, as SST Core 16 names them.
#ifndef SST_CORE_WARNMACROS_H
#define SST_CORE_WARNMACROS_H

#define UNUSED(x) x [[maybe_unused]]

#define DIAG_STR(s)              #s
#define DIAG_JOINSTR(x, y)       DIAG_STR(x##y)
#define DIAG_DO_PRAGMA(x)        _Pragma(#x)
#define DIAG_PRAGMA(compiler, x) DIAG_DO_PRAGMA(compiler diagnostic x)
#define DIAG_DISABLE(option)         \
    DIAG_PRAGMA(DIAG_COMPILER, push) \
    DIAG_PRAGMA(DIAG_COMPILER, ignored DIAG_JOINSTR(-W, option))
#define REENABLE_WARNING DIAG_PRAGMA(DIAG_COMPILER, pop)

#if defined(__clang__)
#define DIAG_COMPILER                       clang
#define DISABLE_WARN_DEPRECATED_REGISTER    DIAG_DISABLE(deprecated-register)
#define DISABLE_WARN_MAYBE_UNINITIALIZED    DIAG_DISABLE(uninitialized)
#define DISABLE_WARN_MISSING_OVERRIDE       DIAG_DISABLE(suggest-override)
#define DISABLE_WARN_DANGLING_POINTER       DIAG_PRAGMA(DIAG_COMPILER, push)
#define DISABLE_WARN_MISSING_NORETURN       DIAG_PRAGMA(DIAG_COMPILER, push)
#else
#define DIAG_COMPILER                       GCC
#define DISABLE_WARN_DEPRECATED_REGISTER    DIAG_PRAGMA(DIAG_COMPILER, push)
#define DISABLE_WARN_MAYBE_UNINITIALIZED    DIAG_DISABLE(maybe-uninitialized)
#define DISABLE_WARN_MISSING_OVERRIDE       DIAG_DISABLE(suggest-override)
#define DISABLE_WARN_DANGLING_POINTER       DIAG_DISABLE(dangling-pointer)
#define DISABLE_WARN_MISSING_NORETURN       DIAG_DISABLE(missing-noreturn)
#endif
#define DISABLE_WARN_FORMAT_SECURITY        DIAG_DISABLE(format-security)
#define DISABLE_WARN_STRICT_ALIASING        DIAG_DISABLE(strict-aliasing)
#define DISABLE_WARN_DEPRECATED_DECLARATION DIAG_DISABLE(deprecated-declarations)
#define DISABLE_WARN_CAST_FUNCTION_TYPE     DIAG_DISABLE(cast-function-type)

#endif
