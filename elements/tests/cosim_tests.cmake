# SPDX-License-Identifier: BSD-3-Clause
# The co-simulation tests, included once per engine by CMakeLists.txt with
#   SST     the command that runs a configuration on that engine
#   E       the prefix of the tests' names ("" on the embedded engine, "sst16." on real SST Core)
#   ENGINE  the engine's label (embedded, sst16)
# and engine-specific expectations where the engines differ (each says why).

foreach(arch rv32 rv64)
  # Protocol 2 (the default): honest time.
  add_cosim_test(${E}cosim.${arch}.register_suite LABELS cosim,qemu ${COSIM}
    --stdout "\\[qemu0\\] PASS: echo via DATA_OUT = 0xdeadbeef"
    --stdout "\\[qemu0\\] PASS: DATA_OUT read while busy = 0xcafef00d"
    --stdout "\\[qemu0\\] firmware checks: 42 run, 0 failed" --not-stdout "FAIL"
    --stdout " qemu0.mmio_writes : Accumulator : Sum.u64 = 20\\x3b"
    # The device only answers (it says so): nothing can reach the guest unasked, so it never stops.
    --stdout " qemu0.syncs : Accumulator : Sum.u64 = 0\\x3b"
    --stdout " device0.echoes : Accumulator : Sum.u64 = 8\\x3b"
    --stdout " device0.errors : Accumulator : Sum.u64 = 3\\x3b"
    --stdout "Simulation is complete, simulated time: [0-9.]+ us"
    -- ${SST} ${DEFAULT} -- --arch ${arch})
  # Protocol 1: no guest time, so simulated time is only the accesses' (exact figures).
  add_cosim_test(${E}cosim.${arch}.protocol1.register_suite LABELS cosim,qemu ${COSIM}
    --stdout "\\[qemu0\\] firmware checks: 42 run, 0 failed" --not-stdout "FAIL"
    --stdout " qemu0.mmio_reads : Accumulator : Sum.u64 = 56\\x3b"
    --stdout " qemu0.mmio_writes : Accumulator : Sum.u64 = 20\\x3b"
    --stdout " qemu0.round_trip_latency : Accumulator : .* Min.u64 = 3000\\x3b Max.u64 = 10000\\x3b"
    --stdout " device0.echoes : Accumulator : Sum.u64 = 8\\x3b"
    --stdout "Simulation is complete, simulated time: 235 ns"
    -- ${SST} ${DEFAULT} -- --arch ${arch} --protocol 1)
  add_cosim_test(${E}cosim.${arch}.seed_readback LABELS cosim,qemu ${COSIM}
    --stdout "\\[qemu0\\] PASS: DATA_OUT after writing DATA_IN = 0xdeadbeef"
    -- ${SST} ${DEFAULT} -- --arch ${arch} --firmware ${FIRMWARE_DIR}/${arch}/mmio_readback.elf)
  # Same configuration, same bytes: console output and statistics file.
  add_test(NAME ${E}cosim.${arch}.deterministic
    COMMAND ${Python3_EXECUTABLE} ${PROJECT_SOURCE_DIR}/tests/tools/determinism.py
            -- ${SST} ${DEFAULT} -- --arch ${arch} --stats stats.csv)
  set_tests_properties(${E}cosim.${arch}.deterministic PROPERTIES LABELS "${TEST_ENGINE_LABEL};cosim;qemu" TIMEOUT 300
                       ENVIRONMENT QEMU_ACALSIM_BUILD_DIR=${CMAKE_BINARY_DIR})
endforeach()

# Device latency is guest time (protocol 2): rdtime (100 ns ticks) around accesses sees it.
foreach(latency 1000 5000 20000)
  math(EXPR below "${latency} - 100")
  math(EXPR above "${latency} + 100")
  math(EXPR above2 "${latency} + 200")
  add_cosim_test(${E}cosim.guest_sees_latency_${latency}ns LABELS cosim,qemu,timing ${COSIM}
    --stdout "\\[qemu0\\] write took (${below}|${latency}|${above}) ns"
    --stdout "\\[qemu0\\] read took (${latency}|${above}|${above2}) ns"
    -- ${SST} ${DEFAULT} -- --access-latency ${latency} --firmware ${FIRMWARE_DIR}/rv32/timing.elf)
endforeach()
add_cosim_test(${E}cosim.echo_latency_is_modelled LABELS cosim,qemu ${COSIM}
  --stdout "\\[qemu0\\] firmware checks: 42 run, 0 failed"
  --stdout " qemu0.round_trip_latency : Accumulator : .* Max.u64 = 100000\\x3b"
  -- ${SST} ${DEFAULT} -- --echo-latency 100 --protocol 1)
add_cosim_test(${E}cosim.verbose_traces_accesses LABELS cosim,qemu ${COSIM}
  --stdout "qemu0: starting .*qemu-system-riscv32 -M virt -bios none .* -device sst-device,socket=.*/qemu-sst-[^/]+/mmio.sock,base=0x10200000,size=0x1000,timeout-ms=30000,dt-nodes=acalsim,,qemu-device@0x10200000:0x1000(,transport=shm)?,protocol=2,quantum-ns=10000 -icount shift=0,sleep=off"
  --stdout "qemu0: protocol 2, capabilities 0x1f, sync quantum 10000000 ps"
  --stdout "qemu0: MMIO WRITE addr=0x10200000 size=4 data=0xdeadbeef status=0 latency=1"
  --stdout "qemu0: MMIO READ addr=0x10200004 size=4 data=0xdeadbeef status=0"
  --stdout "device0: write DATA_IN <- 0xdeadbeef"
  --stdout "qemu0: guest exited with status 0"
  -- ${SST} ${DEFAULT} -- --verbose 2 --firmware ${FIRMWARE_DIR}/rv32/mmio_readback.elf)

# The seed's Step 6.1 configuration with only its paths changed (socket_path is honoured).
set(SEED_BINARY_PATH ${FIRMWARE_DIR}/rv32/mmio_registers.elf)
set(SEED_QEMU_PATH ${QEMU_BIN_DIR}/qemu-system-riscv32)
set(SEED_SOCKET_PATH ${CMAKE_CURRENT_BINARY_DIR}/seed-step6-${ENGINE}.sock) # one per engine: they may run at once
configure_file(${PROJECT_SOURCE_DIR}/configs/seed_step6.py.in ${CMAKE_CURRENT_BINARY_DIR}/seed_step6_${ENGINE}.py @ONLY)
add_expect_test(${E}cosim.seed_step6_config LABELS cosim,qemu --timeout 120
  --stdout "-device sst-device,socket=${SEED_SOCKET_PATH},"
  --stdout "\\[qemu0\\] firmware checks: 42 run, 0 failed" --stdout "qemu0: MMIO READ addr=0x10200008"
  -- ${SST} ${CMAKE_CURRENT_BINARY_DIR}/seed_step6_${ENGINE}.py)
add_expect_test(${E}cosim.seed_step6_socket_removed LABELS cosim
  --status 1 -- test -e ${SEED_SOCKET_PATH})
set_tests_properties(${E}cosim.seed_step6_socket_removed PROPERTIES DEPENDS ${E}cosim.seed_step6_config)

# The guest's exit status is sst's; statistics are still written.
add_cosim_test(${E}cosim.guest_exit_status LABELS cosim,qemu ${COSIM} --status 7
  --stdout "\\[qemu0\\] exiting with status 7" --stdout "qemu0: guest exited with status 7 at simulated time"
  --stdout " qemu0.mmio_reads : Accumulator"
  -- ${SST} ${DEFAULT} -- --firmware ${FIRMWARE_DIR}/rv32/exit_code.elf)
add_cosim_test(${E}cosim.guest_trap LABELS cosim,qemu ${COSIM} --status 99
  --stdout "\\[qemu0\\] TRAP: mcause=0x2 \\(illegal instruction\\)"
  -- ${SST} ${DEFAULT} -- --firmware ${FIRMWARE_DIR}/rv32/trap.elf)
add_cosim_test(${E}cosim.stop_at_stops_qemu LABELS cosim,qemu ${COSIM}
  --stdout "\\[qemu0\\] polling the device forever"
  --stdout "qemu0: simulation ended at 2 us while the guest was running\\x3b QEMU stopped"
  --stdout "Simulation is complete, simulated time: 2 us"
  -- ${SST} --stop-at 2us ${DEFAULT} -- --firmware ${FIRMWARE_DIR}/rv32/spin_on_device.elf)

# Signals to sst: QEMU is stopped, nothing is left behind.
add_cosim_test(${E}cosim.sigterm_while_guest_polls LABELS cosim,qemu,errors ${COSIM} ${SIGTERM_CHECKS} --signal-after 3 TERM
  -- ${SST} ${DEFAULT} -- --firmware ${FIRMWARE_DIR}/rv32/spin_on_device.elf)
add_cosim_test(${E}cosim.sigterm_while_guest_computes LABELS cosim,qemu,errors ${COSIM} ${SIGTERM_CHECKS} --signal-after 3 TERM
  --stdout "\\[qemu0\\] computing forever"
  -- ${SST} ${DEFAULT} -- --firmware ${FIRMWARE_DIR}/rv32/compute_forever.elf)
add_cosim_test(${E}cosim.sigkill_of_sst_kills_qemu LABELS cosim,qemu,errors ${COSIM} ${SIGKILL_LEFTOVERS} --status -9 --signal-after 3 KILL
  -- ${SST} ${DEFAULT} -- --firmware ${FIRMWARE_DIR}/rv32/compute_forever.elf)

# Configuration and start-up errors: one FATAL line naming the problem, before or instead of a run.
add_expect_test(${E}cosim.error.qemu_missing LABELS cosim,errors ${COSIM} --status 1
  --stderr "FATAL: qemu0: qemu_path '/nonexistent/qemu-system-riscv32' is not an executable file"
  -- ${SST} ${BRIDGE_CFG} -- qemu_path=/nonexistent/qemu-system-riscv32)
add_expect_test(${E}cosim.error.firmware_missing LABELS cosim,errors ${COSIM} --status 1
  --stderr "FATAL: qemu0: binary_path '/nonexistent/fw.elf' cannot be read: No such file or directory"
  -- ${SST} ${BRIDGE_CFG} -- binary_path=/nonexistent/fw.elf)
add_expect_test(${E}cosim.error.bios_missing LABELS cosim,errors,linux ${COSIM} --status 1
  --stderr "FATAL: qemu0: bios '/nonexistent/fw_dynamic.bin' cannot be read: No such file or directory"
  -- ${SST} ${BRIDGE_CFG} -- bios=/nonexistent/fw_dynamic.bin)
add_expect_test(${E}cosim.error.initrd_missing LABELS cosim,errors,linux ${COSIM} --status 1
  --stderr "FATAL: qemu0: initrd '/nonexistent/initramfs.cpio' cannot be read: No such file or directory"
  -- ${SST} ${BRIDGE_CFG} -- initrd=/nonexistent/initramfs.cpio)
add_expect_test(${E}cosim.error.memory_not_a_size LABELS cosim,errors,linux ${COSIM} --status 1
  --stderr "FATAL: qemu0: memory 'lots' is not a size such as 256M"
  -- ${SST} ${BRIDGE_CFG} -- memory=lots)
add_expect_test(${E}cosim.error.bad_device_compatible LABELS cosim,errors,linux ${COSIM} --status 1
  --stderr "FATAL: qemu0: device_port: the device's compatible 'acalsim,x@1' is empty or has a space, '\\x3b' or '@'"
  -- ${SST} ${BRIDGE_CFG} -- device.compatible=acalsim,x@1)
add_expect_test(${E}cosim.error.bad_arch LABELS cosim,errors ${COSIM} --status 1
  --stderr "FATAL: qemu0: arch 'rv128' is not rv32 or rv64"
  -- ${SST} ${BRIDGE_CFG} -- arch=rv128)
add_expect_test(${E}cosim.error.qemu_exits_early LABELS cosim,qemu,errors ${COSIM} --status 1
  --stderr "\\[qemu0\\] qemu-system-riscv32: -no-such-option: invalid option"
  --stderr "FATAL: qemu0: QEMU exited with status 1 before connecting to SST"
  -- ${SST} ${BRIDGE_CFG} -- qemu_args=-no-such-option)
add_expect_test(${E}cosim.error.socket_path_in_use LABELS cosim,errors ${COSIM} --status 1
  --stderr "FATAL: qemu0: socket_path '${CMAKE_CURRENT_SOURCE_DIR}/bridge.py' exists and is not a socket"
  -- ${SST} ${BRIDGE_CFG} -- socket_path=${CMAKE_CURRENT_SOURCE_DIR}/bridge.py)

# A peer that misbehaves (fake_qemu.py stands in for QEMU).
add_expect_test(${E}cosim.peer.malformed_frames_get_error_status LABELS cosim,errors ${COSIM}
  --stdout "\\[qemu0\\] fake-qemu: bad type -> status 5" --stdout "\\[qemu0\\] fake-qemu: bad size -> status 5"
  --stdout "\\[qemu0\\] fake-qemu: wide data -> status 5" --stdout "\\[qemu0\\] fake-qemu: good read -> status 0 data 0x0"
  --stderr "qemu0: warning: malformed request from QEMU \\(unknown access type: type 7"
  --stdout " qemu0.bad_frames : Accumulator : Sum.u64 = 3\\x3b"
  -- ${SST} ${BRIDGE_CFG} -- qemu_path=${FAKE_QEMU} transport=unix "qemu_args=-fake-mode bad-frames")
add_expect_test(${E}cosim.peer.bad_magic LABELS cosim,errors ${COSIM} --status 1
  --stderr "FATAL: qemu0: QEMU sent a frame with magic 0x20544547 instead of 0x53535452"
  -- ${SST} ${BRIDGE_CFG} -- qemu_path=${FAKE_QEMU} transport=unix "qemu_args=-fake-mode bad-magic")
add_expect_test(${E}cosim.peer.closes_mid_frame LABELS cosim,errors ${COSIM}
  --stderr "qemu0: error: QEMU closed the connection in the middle of a request \\(10 of 28 bytes\\)"
  -- ${SST} ${BRIDGE_CFG} -- qemu_path=${FAKE_QEMU} transport=unix "qemu_args=-fake-mode close-mid-frame")
add_expect_test(${E}cosim.peer.hangs_mid_frame LABELS cosim,errors ${COSIM} --status 1
  --stderr "FATAL: qemu0: QEMU sent 10 of 28 bytes of a request and then nothing for 500 ms \\(frame_timeout_ms\\)"
  -- ${SST} ${BRIDGE_CFG} -- qemu_path=${FAKE_QEMU} transport=unix "qemu_args=-fake-mode hang-mid-frame" frame_timeout_ms=500)
add_expect_test(${E}cosim.peer.v2_oversized_payload LABELS cosim,errors ${COSIM} --status 1
  --stdout "\\[qemu0\\] fake-qemu: HELLO answered with version 2"
  --stderr "FATAL: qemu0: QEMU sent a malformed message \\(payload length not allowed for this message, type 1\\)"
  -- ${SST} ${BRIDGE_CFG} -- qemu_path=${FAKE_QEMU} transport=unix "qemu_args=-fake-mode v2-oversized")
add_expect_test(${E}cosim.peer.v2_random_bytes LABELS cosim,errors ${COSIM} --status 1
  --stderr "FATAL: qemu0: QEMU sent a malformed message \\(bad magic"
  -- ${SST} ${BRIDGE_CFG} -- qemu_path=${FAKE_QEMU} transport=unix "qemu_args=-fake-mode v2-random")
# Deadlines and EXIT on the wire: the write at 1 us reaches the device over the 1 ns link and is
# answered after 1 cycle and the link back (1.003 us). The device only answers, so no deadline; a
# device that does not announce gives the next sync_quantum (10 us) grid point. The guest's EXIT
# at 50 us is when its simulation ends.
add_expect_test(${E}cosim.peer.v2_deadline_and_exit LABELS cosim,timing ${COSIM}
  --stdout "\\[qemu0\\] fake-qemu: capabilities 0x9"
  --stdout "\\[qemu0\\] fake-qemu: answer 3 at 1003000 ps, deadline none"
  --stdout "\\[qemu0\\] fake-qemu: answer 5 at 2000000 ps, deadline none"
  --stdout "qemu0: guest exited with status 0 at simulated time 50 us"
  -- ${SST} ${BRIDGE_CFG} -- qemu_path=${FAKE_QEMU} transport=unix "qemu_args=-fake-mode v2-deadline" verbose=1)
# 3 s, not 0.5: the fake QEMU is a Python process, which under CPU load took more than 500 ms to
# start and connect (the test then saw the connect timeout instead of the control-socket one).
add_expect_test(${E}cosim.peer.v2_without_control_socket LABELS cosim,errors ${COSIM} --status 1
  --stderr "FATAL: qemu0: QEMU did not pass its control socket within 3000 ms"
  -- ${SST} ${BRIDGE_CFG} -- qemu_path=${FAKE_QEMU} transport=unix "qemu_args=-fake-mode v2-no-control"
     connect_timeout_ms=3000)
add_expect_test(${E}cosim.peer.v2_deadline_of_unannounced_device LABELS cosim,timing ${COSIM}
  --stdout "\\[qemu0\\] fake-qemu: answer 3 at 1003000 ps, deadline 10000000 ps"
  --stdout "\\[qemu0\\] fake-qemu: answer 5 at 2000000 ps, deadline 10000000 ps"
  -- ${SST} ${BRIDGE_CFG} -- qemu_path=${FAKE_QEMU} transport=unix "qemu_args=-fake-mode v2-deadline"
     device.announce=false)
# Posted writes on the wire (a DMA engine that takes them at SRC, DST and LEN): delivered and
# answered; one to a register that does not take them is counted and reported, not fatal; a
# stream that goes back in time, or posted writes nobody negotiated, end the run.
set(POSTED_PEER ${SST} ${BRIDGE_CFG} -- qemu_path=${FAKE_QEMU} transport=unix device=acalsim.DMAEngine
                device.posted_writes=true)
add_expect_test(${E}cosim.peer.v2_posted_writes LABELS cosim,posted ${COSIM}
  --stdout "\\[qemu0\\] fake-qemu: capabilities 0x29"
  --stdout " qemu0.posted_writes : Accumulator : Sum.u64 = 2\\x3b" --stdout " qemu0.mmio_writes : Accumulator : Sum.u64 = 2\\x3b"
  --stdout " qemu0.posted_errors : Accumulator : Sum.u64 = 0\\x3b"
  --stdout "qemu0: guest exited with status 0 at simulated time 4 us" --not-stderr "warning"
  -- ${POSTED_PEER} "qemu_args=-fake-mode v2-posted-ok" verbose=1)
add_expect_test(${E}cosim.peer.v2_posted_write_nowhere_it_may_go LABELS cosim,posted,errors ${COSIM}
  --stderr "qemu0: warning: posted write of 4 byte\\(s\\) to device0 at 0x1020000c \\(data 0x5678, hart 0\\) at guest time 2 us failed: the device there does not take posted writes to it \\(status 2, BAD_ADDRESS\\)"
  --stdout " qemu0.posted_writes : Accumulator : Sum.u64 = 2\\x3b" --stdout " qemu0.posted_errors : Accumulator : Sum.u64 = 1\\x3b"
  -- ${POSTED_PEER} "qemu_args=-fake-mode v2-posted-elsewhere")
add_expect_test(${E}cosim.peer.v2_posted_writes_back_in_time LABELS cosim,posted,errors ${COSIM} --status 1
  --stderr "FATAL: qemu0: QEMU's posted write 1 of 2 is stamped 1 us, before the one ahead of it: the stream cannot be trusted"
  -- ${POSTED_PEER} "qemu_args=-fake-mode v2-posted-backwards")
add_expect_test(${E}cosim.peer.v2_posted_writes_not_negotiated LABELS cosim,posted,errors ${COSIM} --status 1
  --stdout "\\[qemu0\\] fake-qemu: capabilities 0x9"
  --stderr "FATAL: qemu0: QEMU sent posted writes \\(MMIO_POSTED\\), but they were not negotiated \\(no device declares any\\)"
  -- ${SST} ${BRIDGE_CFG} -- qemu_path=${FAKE_QEMU} transport=unix "qemu_args=-fake-mode v2-posted-ok")
add_expect_test(${E}cosim.peer.killed LABELS cosim,errors ${COSIM} --status 137
  --stderr "qemu0: error: QEMU was killed by signal 9 \\(Killed\\) at simulated time"
  -- ${SST} ${BRIDGE_CFG} -- qemu_path=${FAKE_QEMU} transport=unix "qemu_args=-fake-mode die")

# A running guest takes an interrupt when the device raises it, not at the next quantum: the
# DMA engine says when it may next send, and QEMU stops exactly then (docs/timing.md). The START
# write reaches the engine 1 ns after the guest sent it; the copy takes 4.098 us; the interrupt
# crosses the 1 ns link: 4100 ns after the write, 4097 after its answer came back (2 ns of link
# and a cycle of access later), which lies within the one turn of the guest's loop reported.
foreach(arch_taken rv32:4085:13 rv64:4092:5)
  string(REPLACE ":" ";" at ${arch_taken})
  list(GET at 0 arch)
  list(GET at 1 taken)
  list(GET at 2 turn)
  add_cosim_test(${E}cosim.${arch}.interrupt_taken_when_raised LABELS cosim,qemu,dma,timing ${COSIM}
    --stdout "\\[qemu0\\] interrupt taken ${taken} ns after the START write returned \\(to within ${turn} ns\\)"
    --stdout "\\[qemu0\\] firmware checks: 1 run, 0 failed"
    -- ${SST} ${PROJECT_SOURCE_DIR}/configs/dma_engine.py -- --arch ${arch}
       --firmware ${FIRMWARE_DIR}/${arch}/irq_timing.elf)
endforeach()

# Guests that never interact run side by side; each finishes its own computation.
add_cosim_test(${E}cosim.independent_guests LABELS cosim,qemu,multi ${COSIM}
  --stdout "\\[qemu0\\] computed 0x4e577241 in 100000 us of guest time"
  --stdout "\\[qemu3\\] computed 0x4e577241 in 100000 us of guest time"
  --stdout "Simulation is complete, simulated time: 100.003 ms"
  -- ${SST} ${PROJECT_SOURCE_DIR}/bench/configs/independent_guests.py -- --instances 4
     --firmware ${FIRMWARE_DIR}/rv32/compute_loop.elf)

# Interrupts and DMA (protocol 2): acalsim.DMAEngine copies 4096 bytes at a modelled
# bandwidth; the guest sleeps in WFI until the completion interrupt arrives through the PLIC.
set(DMA_CFG ${PROJECT_SOURCE_DIR}/configs/dma_engine.py)
foreach(arch rv32 rv64)
  add_cosim_test(${E}cosim.${arch}.dma_copy_with_interrupt LABELS cosim,qemu,dma ${COSIM}
    --stdout "\\[qemu0\\] PASS: every byte copied" --stdout "\\[qemu0\\] PASS: completion interrupts = 0x1"
    --stdout "\\[qemu0\\] PASS: STATUS after a copy from non-RAM = 0x4"
    --stdout "\\[qemu0\\] firmware checks: 5 run, 0 failed"
    # 4096 B at 1 GB/s: 4.096 us plus the last chunk's trip; the guest takes the interrupt
    # 4.1 us after its write, and its rdtime counts in 100 ns ticks.
    --stdout " dma0.copy_time : Accumulator : Sum.u64 = 4098000\\x3b"
    --stdout "\\[qemu0\\] dma of 4096 bytes took 4200 ns"
    --stdout " qemu0.dma_bytes : Accumulator : Sum.u64 = 8192\\x3b"
    -- ${SST} ${DMA_CFG} -- --arch ${arch})
endforeach()
add_cosim_test(${E}cosim.dma_bandwidth_is_modelled LABELS cosim,qemu,dma ${COSIM}
  --stdout " dma0.copy_time : Accumulator : Sum.u64 = 1026000\\x3b" --stdout "firmware checks: 5 run, 0 failed"
  -- ${SST} ${DMA_CFG} -- --bandwidth 4GB/s)
# The engine says when it will interrupt, so sync_quantum does not make the interrupt later.
add_cosim_test(${E}cosim.interrupt_time_does_not_depend_on_the_quantum LABELS cosim,qemu,dma ${COSIM}
  --stdout "\\[qemu0\\] dma of 4096 bytes took 4200 ns"
  -- ${SST} ${DMA_CFG} -- --quantum 10us)
# With its trace: the same bytes too.
add_test(NAME ${E}cosim.dma.deterministic
  COMMAND ${Python3_EXECUTABLE} ${PROJECT_SOURCE_DIR}/tests/tools/determinism.py
          -- ${SST} ${DMA_CFG} -- --stats stats.csv --trace trace.json)
set_tests_properties(${E}cosim.dma.deterministic PROPERTIES LABELS "${TEST_ENGINE_LABEL};cosim;qemu;dma" TIMEOUT 300
                     ENVIRONMENT QEMU_ACALSIM_BUILD_DIR=${CMAKE_BINARY_DIR})
# Posted writes (docs/protocol.md): the guest posts SRC, DST and LEN; a read sees every earlier
# write; the byte write the engine refuses is counted and logged, not the guest's error; copy B is
# programmed while copy A runs, across syncs and A's interrupt; the last 8 are in flight at the
# guest's end and still all reach the engine (posted_writes counts those the engine answered).
set(POSTED_FW posted_writes.elf)
set(POSTED_CHECKS --stdout "\\[qemu0\\] PASS: SRC read after three writes = 0x11111111"
  --stdout "\\[qemu0\\] PASS: SRC after a refused byte write = 0x11111111"
  --stdout "\\[qemu0\\] PASS: copy A's interrupts, taken among the writes for B = 0x1"
  --stdout "\\[qemu0\\] PASS: B's LEN, written by the interrupt handler = 0x400"
  --stdout "\\[qemu0\\] PASS: copy B: every byte" --stdout "\\[qemu0\\] writes to SRC, DST and LEN: 1273"
  --stdout "\\[qemu0\\] firmware checks: 9 run, 0 failed" --not-stdout "FAIL")
# The timed loop: with posted writes only its instructions; waiting, 3 ns more per write (the link
# both ways and a device cycle: 256 x 3 = 768 ns, in rdtime's 100 ns ticks).
foreach(arch_took rv32:3600 rv64:4100)
  string(REPLACE ":" ";" at ${arch_took})
  list(GET at 0 arch)
  list(GET at 1 took)
  add_cosim_test(${E}cosim.${arch}.posted_writes LABELS cosim,qemu,dma,posted ${COSIM} ${POSTED_CHECKS}
    --stdout "\\[qemu0\\] 256 writes to LEN took ${took} ns"
    --stdout " qemu0.posted_writes : Accumulator : Sum.u64 = 1273\\x3b"
    --stdout " qemu0.posted_errors : Accumulator : Sum.u64 = 1\\x3b"
    --stdout " dma0.errors : Accumulator : Sum.u64 = 1\\x3b"
    --stderr "qemu0: warning: posted write of 1 byte\\(s\\) to dma0 at 0x10200000 \\(data 0xab, hart 0\\) at guest time [0-9.]+ [mun]s failed: the device refused it \\(status 4, BAD_SIZE\\)\\x3b counted in posted_errors, flagged on the guest's next access response"
    -- ${SST} ${DMA_CFG} -- --arch ${arch} --posted --firmware ${FIRMWARE_DIR}/${arch}/${POSTED_FW})
endforeach()
# QEMU learns of the failure from the next access's response, and logs it as a guest error.
add_cosim_test(${E}cosim.posted_error_is_a_qemu_guest_error LABELS cosim,qemu,dma,posted ${COSIM}
  --stdout "\\[qemu0\\] firmware checks: 9 run, 0 failed"
  --stderr "sst-device: a posted write failed before guest time [0-9]+ ps \\(SST's output names it\\)"
  -- ${SST} ${BRIDGE_CFG} -- binary_path=${FIRMWARE_DIR}/rv32/${POSTED_FW} irq=12 "qemu_args=-d guest_errors"
     device=acalsim.DMAEngine device.posted_writes=true)
# The same firmware without posted writes: each write waits, the refused one is the guest's error.
add_cosim_test(${E}cosim.posted_writes_off LABELS cosim,qemu,dma,posted ${COSIM} ${POSTED_CHECKS}
  --stdout " qemu0.posted_writes : Accumulator : Sum.u64 = 0\\x3b" --not-stderr "posted write"
  --stdout "\\[qemu0\\] 256 writes to LEN took 4400 ns"
  -- ${SST} ${DMA_CFG} -- --firmware ${FIRMWARE_DIR}/rv32/${POSTED_FW})
add_cosim_test(${E}cosim.posted_writes_need_protocol2 LABELS cosim,qemu,dma,posted ${COSIM}
  --stdout "\\[qemu0\\] 20000 writes done" --stdout " qemu0.posted_writes : Accumulator : Sum.u64 = 0\\x3b"
  --stderr "qemu0: warning: devices declare posted writes \\(0x10200000:0xc\\), but protocol 1 has none: those writes wait"
  -- ${SST} ${BRIDGE_CFG} -- binary_path=${FIRMWARE_DIR}/rv32/dma_write_loop.elf protocol=1
     device=acalsim.DMAEngine device.posted_writes=true)
add_test(NAME ${E}cosim.posted_writes.deterministic
  COMMAND ${Python3_EXECUTABLE} ${PROJECT_SOURCE_DIR}/tests/tools/determinism.py
          -- ${SST} ${DMA_CFG} -- --posted --firmware ${FIRMWARE_DIR}/rv32/${POSTED_FW} --stats stats.csv --trace trace.json)
set_tests_properties(${E}cosim.posted_writes.deterministic PROPERTIES LABELS "${TEST_ENGINE_LABEL};cosim;qemu;dma;posted"
                     TIMEOUT 300 ENVIRONMENT QEMU_ACALSIM_BUILD_DIR=${CMAKE_BINARY_DIR})
add_expect_test(${E}cosim.error.dma_needs_an_irq LABELS cosim,dma,errors ${COSIM} --status 1
  --stderr "FATAL: qemu0: the device raised an interrupt, but no PLIC source is configured \\(set the irq parameter\\)"
  -- ${SST} ${BRIDGE_CFG} -- binary_path=${FIRMWARE_DIR}/rv32/dma_copy.elf device=acalsim.DMAEngine)

# A guest that never touches its device, which only answers: the guest stops for SST once, at the
# first quantum (before it the device's word has not arrived), and never again; SST hears its time
# once per max_sync_quantum (10 ms) and does nothing per cycle (the one sync shows it, on each engine).
add_cosim_test(${E}cosim.idle_guest_never_stops LABELS cosim,qemu,timing ${COSIM}
  --stdout "qemu0: simulation ended at 100 ms while the guest was running"
  --stdout " qemu0.syncs : Accumulator : Sum.u64 = 1\\x3b" --not-stdout "closed the connection" --stderr-lines 0
  -- ${SST} --stop-at 100ms --print-timing-info ${DEFAULT} -- --firmware ${FIRMWARE_DIR}/rv32/compute_forever.elf)
# QEMU tells SST the guest's final time as it exits (EXIT): SST's simulation ends then too,
# though the guest's 100 ms of computing needed only a sync per max_sync_quantum.
add_cosim_test(${E}cosim.simulation_ends_when_the_guest_does LABELS cosim,qemu,timing ${COSIM}
  --stdout "\\[qemu0\\] computed 0x4e577241 in 100000 us of guest time"
  --stdout "qemu0: guest exited with status 0 at simulated time 100.003 ms"
  --stdout "Simulation is complete, simulated time: 100.003 ms"
  -- ${SST} ${DEFAULT} -- --firmware ${FIRMWARE_DIR}/rv32/compute_loop.elf --verbose 1)
# A device that does not announce when it may send (announce=false): its guest stops every
# sync_quantum (10 us), 100 times in 1 ms, so that what the device sends reaches it at most that late.
add_cosim_test(${E}cosim.unannounced_device_syncs_every_quantum LABELS cosim,qemu,timing ${COSIM}
  --stdout " qemu0.syncs : Accumulator : Sum.u64 = 100\\x3b" --not-stdout "closed the connection" --stderr-lines 0
  -- ${SST} --stop-at 1ms ${BRIDGE_CFG} -- binary_path=${FIRMWARE_DIR}/rv32/compute_forever.elf device.announce=false)

# Several devices behind one QEMU, routed by address to device_port_N.
set(MULTI_CFG ${PROJECT_SOURCE_DIR}/configs/multi_device.py)
foreach(arch rv32 rv64)
  add_cosim_test(${E}cosim.${arch}.multi_device LABELS cosim,qemu,multi ${COSIM}
    --stdout "\\[qemu0\\] PASS: device 1 echo = 0xdeadbeef"
    --stdout "\\[qemu0\\] PASS: device 2: 42 \\+ 58 = 0x64" --stdout "\\[qemu0\\] PASS: device 2: 12 \\* 5 = 0x3c"
    --stdout "\\[qemu0\\] PASS: device 2: 100 / 4 = 0x19" --stdout "\\[qemu0\\] PASS: device 2: divide by zero sets ERROR"
    --stdout "\\[qemu0\\] PASS: device 3 receives from device 2 = 0x4d2"
    --stdout "\\[qemu0\\] PASS: device 2 receives from device 3 = 0x10e1"
    --stdout "\\[qemu0\\] firmware checks: 12 run, 0 failed"
    --stdout " echo.echoes : Accumulator : Sum.u64 = 1\\x3b" --stdout " alu1.operations : Accumulator : Sum.u64 = 4\\x3b"
    --stdout " alu2.peer_received : Accumulator : Sum.u64 = 1\\x3b"
    -- ${SST} ${MULTI_CFG} -- --arch ${arch})
endforeach()

# Several QEMU instances, each with its own firmware, around a shared mailbox.
set(RING_CFG ${PROJECT_SOURCE_DIR}/configs/mailbox_ring.py)
add_cosim_test(${E}cosim.four_instances_mailbox_ring LABELS cosim,qemu,multi ${COSIM}
  --stdout "\\[qemu0\\] PASS: laps where the token came back wrong = 0x0"
  --stdout "\\[qemu0\\] PASS: token after 100 laps = 0x1771"
  --stdout "\\[qemu1\\] PASS: passed the token on 100 times" --stdout "\\[qemu2\\] PASS: passed the token on 100 times"
  --stdout "\\[qemu3\\] PASS: passed the token on 100 times"
  --stdout " mailbox.messages : Accumulator : Sum.u64 = 400\\x3b"
  -- ${SST} ${RING_CFG} -- --instances 4)
add_cosim_test(${E}cosim.four_instances_mailbox_ring_rv64 LABELS cosim,qemu,multi ${COSIM}
  --stdout "\\[qemu0\\] PASS: token after 100 laps = 0x1771" --not-stdout "FAIL"
  -- ${SST} ${RING_CFG} -- --instances 4 --arch rv64)
add_test(NAME ${E}cosim.multi_instance.deterministic
  COMMAND ${Python3_EXECUTABLE} ${PROJECT_SOURCE_DIR}/tests/tools/determinism.py --per-prefix
          -- ${SST} ${RING_CFG} -- --instances 4 --stats stats.csv)
set_tests_properties(${E}cosim.multi_instance.deterministic PROPERTIES LABELS "${TEST_ENGINE_LABEL};cosim;qemu;multi" TIMEOUT 300
                     ENVIRONMENT QEMU_ACALSIM_BUILD_DIR=${CMAKE_BINARY_DIR})

# Two harts of one guest share one device.
add_cosim_test(${E}cosim.smp2_harts_share_a_device LABELS cosim,qemu,multi ${COSIM}
  --stdout "\\[qemu0\\] hart 0: 20 echoes" --stdout "\\[qemu0\\] hart 1: 20 echoes"
  --stdout "\\[qemu0\\] firmware checks: 4 run, 0 failed"
  -- ${SST} ${BRIDGE_CFG} -- binary_path=${FIRMWARE_DIR}/rv32/smp_echo.elf "qemu_args=-smp 2")

# Device windows are checked before QEMU starts.
add_expect_test(${E}cosim.error.overlapping_windows LABELS cosim,multi,errors ${COSIM} --status 1
  --stderr "FATAL: qemu0: the windows of device_port_0 and device_port_1 overlap"
  -- ${SST} ${CMAKE_CURRENT_SOURCE_DIR}/two_devices.py -- "device_bases=[0x10200000,0x10200800]")
add_expect_test(${E}cosim.error.window_missing LABELS cosim,multi,errors ${COSIM} --status 1
  --stderr "FATAL: qemu0: device_port_1 is connected but device_bases has no entry 1"
  -- ${SST} ${CMAKE_CURRENT_SOURCE_DIR}/two_devices.py -- "device_bases=[0x10200000]")

# Four simulations at once, sharing one TMPDIR: each gets its own private socket
# directory, all pass, and nothing is left behind (no socket, no QEMU).
add_cosim_test(${E}cosim.four_simulations_at_once LABELS cosim,qemu,isolation ${COSIM}
  --stdout "runs: 4 of 4 succeeded"
  --stdout "\\[run 0\\] \\[qemu0\\] firmware checks: 42 run, 0 failed"
  --stdout "\\[run 3\\] \\[qemu0\\] firmware checks: 42 run, 0 failed"
  -- ${Python3_EXECUTABLE} ${PROJECT_SOURCE_DIR}/tests/tools/run_parallel.py 4 -- ${SST} ${DEFAULT})
add_expect_test(${E}cosim.error.window_over_the_uart LABELS cosim,errors ${COSIM} --status 1
  --stderr "FATAL: qemu0: device_port: window 0x10000000-0x10000fff overlaps virt's UART at 0x10000000-0x100000ff"
  -- ${SST} ${BRIDGE_CFG} -- device_base=0x10000000)
add_expect_test(${E}cosim.error.window_in_guest_ram LABELS cosim,errors ${COSIM} --status 1
  --stderr "FATAL: qemu0: device_port: window 0x80000000-0x80000fff reaches guest RAM"
  -- ${SST} ${BRIDGE_CFG} -- device_base=0x80000000)
add_expect_test(${E}cosim.error.wrong_type LABELS cosim,errors ${COSIM} ${WRONG_TYPE_CHECKS}
  -- ${SST} ${BRIDGE_CFG} -- response_timeout_ms=soon)

# The real QEMU killed mid-run (the guest computes forever): the run ends promptly and clearly.
add_cosim_test(${E}cosim.real_qemu_killed_mid_run LABELS cosim,qemu,errors ${COSIM} --status 137 --timeout 60
  --env QEMU_REAL=${QEMU_BIN_DIR}/qemu-system-riscv32 --env KILL_AFTER=2
  --stdout "\\[qemu0\\] computing forever"
  --stderr "qemu0: error: QEMU was killed by signal 9 \\(Killed\\) at simulated time"
  -- ${SST} ${BRIDGE_CFG} -- binary_path=${FIRMWARE_DIR}/rv32/compute_forever.elf
     qemu_path=${PROJECT_SOURCE_DIR}/tests/tools/qemu_killed_after.sh)

# Several threads and MPI ranks (PARALLEL_RUNS, real SST Core): the same checks, and the
# partition (--output-partition) shows that the components really were spread over both.
foreach(run IN LISTS PARALLEL_RUNS)
  set(PSST ${PARALLEL_${run}_SST})
  set(ON_SECOND "Rank: ${PARALLEL_${run}_SECOND} Component List:\n(   .*\n)*?") # then a component of the second
  add_cosim_test(${E}cosim.${run}.four_instances_mailbox_ring LABELS cosim,qemu,multi,parallel ${COSIM} --fresh-cwd
    --stdout "\\[qemu0\\] PASS: token after 100 laps = 0x1771" --stdout "\\[qemu3\\] PASS: passed the token on 100 times"
    --not-stdout "FAIL" --stdout " mailbox.messages : Accumulator : Sum.u64 = 400\\x3b"
    --file partition.txt "${ON_SECOND}   qemu[0-9] \\(ID"
    -- ${PSST} --output-partition=partition.txt ${RING_CFG} -- --instances 4)
  # The bridge and its devices apart: every access, interrupt and DMA transfer crosses them.
  add_cosim_test(${E}cosim.${run}.multi_device LABELS cosim,qemu,multi,parallel ${COSIM} --fresh-cwd
    --stdout "\\[qemu0\\] PASS: device 3 receives from device 2 = 0x4d2" --stdout "\\[qemu0\\] firmware checks: 12 run, 0 failed"
    --stdout " alu2.peer_received : Accumulator : Sum.u64 = 1\\x3b"
    --file partition.txt "${ON_SECOND}   (echo|alu[12]) \\(ID"
    -- ${PSST} --output-partition=partition.txt ${MULTI_CFG})
  add_cosim_test(${E}cosim.${run}.dma_copy_with_interrupt LABELS cosim,qemu,dma,parallel ${COSIM} --fresh-cwd
    --stdout "\\[qemu0\\] PASS: every byte copied" --stdout "\\[qemu0\\] firmware checks: 5 run, 0 failed"
    --stdout " qemu0.dma_bytes : Accumulator : Sum.u64 = 8192\\x3b"
    --file partition.txt "${ON_SECOND}   dma0 \\(ID"
    -- ${PSST} --output-partition=partition.txt ${DMA_CFG})
  # The same output and statistics twice (one statistics file per rank under MPI; two threads
  # write their rows in either order).
  add_test(NAME ${E}cosim.${run}.multi_instance.deterministic
    COMMAND ${Python3_EXECUTABLE} ${PROJECT_SOURCE_DIR}/tests/tools/determinism.py --per-prefix --files-unordered
            -- ${PSST} ${RING_CFG} -- --instances 4 --stats stats.csv)
  set_tests_properties(${E}cosim.${run}.multi_instance.deterministic PROPERTIES
                       LABELS "${TEST_ENGINE_LABEL};cosim;qemu;multi;parallel" TIMEOUT 300
                       ENVIRONMENT QEMU_ACALSIM_BUILD_DIR=${CMAKE_BINARY_DIR})
endforeach()

# Every event packed and rebuilt by its class id, as crossing an MPI rank does (the embedded
# engine's --serialize-events; real SST's mpi2 runs above cross ranks for real): with both element
# libraries loaded, each event class is registered once (a second registration aborts) and
# serializes every field the devices and the bridge use.
if(ENGINE STREQUAL "embedded")
  add_cosim_test(cosim.serialized_events.dma_copy LABELS cosim,qemu,dma ${COSIM}
    --stdout "\\[qemu0\\] PASS: every byte copied" --stdout "\\[qemu0\\] firmware checks: 5 run, 0 failed"
    -- ${SST} --serialize-events ${DMA_CFG})
  add_cosim_test(cosim.serialized_events.multi_device LABELS cosim,qemu,multi ${COSIM}
    --stdout "\\[qemu0\\] PASS: device 2 receives from device 3 = 0x10e1" --stdout "firmware checks: 12 run, 0 failed"
    -- ${SST} --serialize-events ${MULTI_CFG})
endif()

# The trace (QEMUBinary's trace parameter, docs/trace.md): a track per hart and per device,
# every access a slice, interrupts and syncs instants, DMA and the devices' own slices; its
# counts are the statistics'.
add_trace_test(${E}trace.dma_engine LABELS cosim,qemu,dma --component qemu0
  --track "^hart 0$" --track "^dma0 \\(acalsim,dma-engine\\) @0x10200000$" --track "^guest$"
  --count copy=2 --count "guest exit=1" --count interrupt=4
  --on "^hart 0$=write" --on "^hart 0$=read" --on "^dma0 =interrupt" --on "^dma0 =DMA read"
  --on "^dma0 =DMA write" --on "^dma0 =copy" --on "^guest$=sync"
  -- ${SST} ${DMA_CFG} -- --trace trace.json --stats stats.csv)
add_trace_test(${E}trace.rv64.dma_engine LABELS cosim,qemu,dma --component qemu0 --count copy=2
  -- ${SST} ${DMA_CFG} -- --arch rv64 --trace trace.json --stats stats.csv)
# Posted writes are instants on the hart's track, counted as writes and as posted_writes.
add_trace_test(${E}trace.posted_writes LABELS cosim,qemu,dma,posted --component qemu0 --count "posted write=1273"
  --on "^hart 0$=posted write" -- ${SST} ${DMA_CFG} -- --posted --firmware ${FIRMWARE_DIR}/rv32/${POSTED_FW}
  --trace trace.json --stats stats.csv)
# Three devices, the compute devices' operations as slices; an access between windows is an instant.
add_trace_test(${E}trace.multi_device LABELS cosim,qemu,multi
  --track "^echo \\(acalsim,qemu-device\\) @0x10200000$" --track "^alu1 \\(acalsim,compute-device\\) @0x10300000$"
  --track "^alu2 \\(acalsim,compute-device\\) @0x10400000$"
  --count add=1 --count mul=1 --count div=2 --count sub=1 --count "bad op=1" --count "unmapped read=1"
  --on "^alu1 =add" --on "^guest$=unmapped read"
  -- ${SST} ${MULTI_CFG} -- --trace trace.json)
# Protocol 1 does not say which hart made an access: they are on the guest's track.
add_trace_test(${E}trace.protocol1_accesses_on_the_guest_track LABELS cosim,qemu --component qemu0
  --no-track "^hart" --count read=56 --count write=20 --on "^guest$=read"
  -- ${SST} ${DEFAULT} -- --protocol 1 --trace trace.json --stats stats.csv)
# A run ended by a signal still leaves a trace the viewers read.
add_expect_test(${E}trace.sigterm_leaves_a_complete_file LABELS cosim,qemu,errors ${COSIM} ${SIGTERM_CHECKS}
  --signal-after 3 TERM --fresh-cwd --json trace.json --file trace.json "\"name\":\"thread_name\""
  -- ${SST} ${DEFAULT} -- --firmware ${FIRMWARE_DIR}/rv32/spin_on_device.elf --trace trace.json)
add_expect_test(${E}trace.error.file_cannot_be_written LABELS cosim,errors ${COSIM} --status 1
  --stderr "FATAL: qemu0: trace file '/nonexistent/trace.json' cannot be written: No such file or directory"
  -- ${SST} ${BRIDGE_CFG} -- trace=/nonexistent/trace.json)
add_expect_test(${E}trace.error.two_bridges_one_file LABELS cosim,errors,multi ${COSIM} --status 1 --fresh-cwd
  --stderr "FATAL: qemu[01]: trace file 'ring.json' is already written by another bridge \\(give each QEMUBinary its own trace file\\)"
  -- ${SST} ${RING_CFG} -- --instances 2 --trace ring.json)
