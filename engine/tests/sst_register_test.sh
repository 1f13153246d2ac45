#!/bin/sh
# SPDX-License-Identifier: BSD-3-Clause
# sst-register NAME NAME_LIBDIR=DIR puts DIR on the element search path of sst-info and sst
# (in the prefix's sstsimulator.conf when it is writable, as for root here, else in
# ~/.sst/sstsimulator.conf), -l lists it and -u removes it. The prefix's file is restored.
# Usage: sst_register_test.sh BINDIR
set -eu
bindir=$1
home=$(mktemp -d)
conf="$bindir/../etc/sst/sstsimulator.conf"
cp "$conf" "$home/saved.conf"
trap 'cp "$home/saved.conf" "$conf"; rm -rf "$home"' EXIT
export HOME=$home
mkdir "$home/lib"
on_path() { "$bindir/sst-info" -q coretest | grep -q "^PROCESSED .*:$home/lib"; }
on_path && { echo "$home/lib is on the search path before registering"; exit 1; }
"$bindir/sst-register" registertest registertest_LIBDIR="$home/lib"
on_path || { echo "sst-register did not put $home/lib on sst-info's search path"; exit 1; }
"$bindir/sst-register" -l | grep -q "^registertest: $home/lib$" || { echo "sst-register -l does not list it"; exit 1; }
"$bindir/sst-register" -u registertest
on_path && { echo "still on the search path after sst-register -u"; exit 1; }
echo "sst-register: registered, on the search path, listed, removed"
