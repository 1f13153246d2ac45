# SPDX-License-Identifier: BSD-3-Clause
# The Linux guest's end-to-end tests, included by elements/tests/CMakeLists.txt once per
# engine (SST, E, ENGINE as for cosim_tests.cmake): real QEMU, the real kernel with the
# acalsim module, the initramfs's user-space tests, and the engine's SST devices.
set(LINUX_CFG ${PROJECT_SOURCE_DIR}/configs/linux.py)

add_cosim_test(${E}linux.driver_and_user_space_tests LABELS linux,cosim,qemu ${COSIM} --timeout 180
  # The driver found every device in the device tree sst-device published.
  --stdout "\\[qemu0\\] \\[ *[0-9.]+\\] acalsim 10200000.qemu-device: /dev/acalsim-echo0"
  --stdout "\\[qemu0\\] \\[ *[0-9.]+\\] acalsim 10201000.compute-device: /dev/acalsim-compute0"
  --stdout "\\[qemu0\\] \\[ *[0-9.]+\\] acalsim 10202000.dma-engine: /dev/acalsim-dma0"
  --stdout "\\[qemu0\\] PASS: echo: 0xdeadbeef came back as 0xdeadbeef"
  --stdout "\\[qemu0\\] PASS: compute: 7 DIV 0 fails with EDOM"
  --stdout "\\[qemu0\\] PASS: dma: destination equals source byte for byte \\(0 differ\\)"
  --stdout "\\[qemu0\\] PASS: dma: user space saw [0-9]+ ns, the model says 65536 ns"
  --stdout "\\[qemu0\\] PASS: concurrent: process on hart 1 got every one of 200 echoes and sums right"
  --stdout "\\[qemu0\\] PASS: reload: echo works after the reload"
  --stdout "\\[qemu0\\] init: 0 test program\\(s\\) failed" --not-stdout "FAIL"
  --stdout "\\[qemu0\\] \\[ *[0-9.]+\\] reboot: Power down"
  --stdout " dma0.bytes_copied : Accumulator : Sum.u64 = 65536\\x3b"
  --stdout " compute0.errors : Accumulator : Sum.u64 = 1\\x3b"
  --stdout " qemu0.interrupts : Accumulator : Sum.u64 = 2\\x3b"
  -- ${SST} ${LINUX_CFG})
# A check that fails in user space fails sst: the DMA test is told to expect a copy twice
# as fast as the engine models it.
add_expect_test(${E}linux.failed_check_fails_sst LABELS linux,cosim,qemu ${COSIM} --timeout 180 --status 1
  --stdout "\\[qemu0\\] FAIL: dma: user space saw [0-9]+ ns, the model says 32768 ns"
  --stdout "\\[qemu0\\] init: 1 test program\\(s\\) failed"
  --stdout "qemu0: guest exited with status 1"
  -- ${SST} ${LINUX_CFG} -- --tests dma --append acalsim_dma_ns=32768)
# The driver's writes to the DMA engine's and compute device's configuration registers, posted:
# the same results, and the same copy time as user space sees it.
add_cosim_test(${E}linux.posted_writes LABELS linux,cosim,qemu,posted ${COSIM} --timeout 180
  --stdout "\\[qemu0\\] PASS: compute: 7 DIV 0 fails with EDOM"
  --stdout "\\[qemu0\\] PASS: dma: destination equals source byte for byte \\(0 differ\\)"
  --stdout "\\[qemu0\\] PASS: dma: user space saw [0-9]+ ns, the model says 65536 ns"
  --stdout "\\[qemu0\\] init: 0 test program\\(s\\) failed" --not-stdout "FAIL"
  --stdout " qemu0.posted_writes : Accumulator : Sum.u64 = [1-9][0-9]*\\x3b"
  --stdout " qemu0.posted_errors : Accumulator : Sum.u64 = 0\\x3b"
  -- ${SST} ${LINUX_CFG} -- --tests compute,dma --posted)
# Booting and powering off with no test at all (the benchmark's case).
add_expect_test(${E}linux.boot_only LABELS linux,cosim,qemu ${COSIM} --timeout 180
  --stdout "\\[qemu0\\] init: user space is up" --not-stdout "acalsim-echo0"
  -- ${SST} ${LINUX_CFG} -- --tests none)
# Two runs, the same console (kernel timestamps included), the same statistics and the same trace.
add_test(NAME ${E}linux.deterministic
  COMMAND ${Python3_EXECUTABLE} ${PROJECT_SOURCE_DIR}/tests/tools/determinism.py
          -- ${SST} ${LINUX_CFG} -- --stats stats.csv --trace trace.json)
set_tests_properties(${E}linux.deterministic PROPERTIES LABELS "${TEST_ENGINE_LABEL};linux;cosim;qemu" TIMEOUT 300
                     ENVIRONMENT QEMU_ACALSIM_BUILD_DIR=${CMAKE_BINARY_DIR})
# A kernel panic ends the run (panic=-1 and -no-reboot in configs/linux.py) instead of hanging,
# and fails it: sst-device tells SST that the guest reset the machine.
add_expect_test(${E}linux.kernel_panic_fails_the_run LABELS linux,cosim,qemu,errors ${COSIM} --timeout 120 --status 1
  --stdout "\\[qemu0\\] \\[ *[0-9.]+\\] Kernel panic - not syncing: No working init found"
  --stderr "qemu0: error: the guest reset the machine at simulated time [0-9.]+ ms, which ends QEMU \\(-no-reboot\\x3b a Linux kernel panic with panic=-1 does this\\): the run fails"
  --not-stdout "init: user space is up"
  -- ${SST} ${LINUX_CFG} -- --append rdinit=/bin/nonexistent)
# Progress of a long run: --heartbeat-period prints SST Core's heartbeat lines while the guest boots.
add_expect_test(${E}linux.heartbeat_while_the_guest_runs LABELS linux,cosim,qemu ${COSIM} --timeout 120
  --stdout "# Simulation Heartbeat: Simulated Time 20 ms \\(Real CPU time since last period [0-9.]+ seconds\\)"
  --stdout "# Simulation Heartbeat: Simulated Time 60 ms \\(Real CPU time since last period [0-9.]+ seconds\\)"
  --stdout "\\[qemu0\\] init: user space is up"
  -- ${SST} --heartbeat-period 20ms ${LINUX_CFG} -- --tests none)
# The trace of the driver's tests: each hart's accesses on its own track, the DMA engine's
# copy with its DMA and interrupt, the compute device's operations; counts as the statistics.
add_trace_test(${E}linux.trace_has_a_track_per_hart LABELS linux,cosim,qemu --component qemu0
  --track "^hart 0$" --track "^hart 1$" --on "^hart 0$=read" --on "^hart 1$=read"
  --on "^dma0 =copy" --on "^dma0 =DMA read" --on "^dma0 =interrupt" --on "^compute0 =div"
  --count copy=1 --count "guest exit=1"
  -- ${SST} ${LINUX_CFG} -- --trace trace.json --stats stats.csv)
