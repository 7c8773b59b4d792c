# Thin entry points; CMake does the real work. Each target installs missing
# Debian packages, configures once, builds what changed, then runs.
BUILD ?= build
JOBS  ?= $(shell nproc)

.PHONY: run test build deps bench sanitize fuzz clean

# The main job on the bundled corpus: the official pair. Findings are the
# output here, not a failure, hence --fail-on never.
run: build
	$(BUILD)/crosscheck compare corpus/labor-rights-2020.zh.txt corpus/labor-rights-2020.en.txt --fail-on never

test: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

build: deps $(BUILD)/CMakeCache.txt
	cmake --build $(BUILD) -j $(JOBS)

$(BUILD)/CMakeCache.txt:
	cmake -S . -B $(BUILD)

deps:
	@bash scripts/install-deps.sh

# Release build with the Google Benchmark targets, then time against size
# through the binary (bench/growth.sh); figures in docs/performance.md.
bench:
	@bash scripts/install-deps.sh --bench
	cmake -S . -B build-bench -DCMAKE_BUILD_TYPE=Release -DCROSSCHECK_BENCHMARKS=ON
	cmake --build build-bench -j $(JOBS) --target crosscheck_bench crosscheck crosscheck_shape
	build-bench/crosscheck_bench --benchmark_repetitions=5 --benchmark_report_aggregates_only=true
	bash bench/growth.sh build-bench 5

# The whole test suite under ASan + UBSan, in build-asan (docs/robustness.md).
sanitize:
	JOBS=$(JOBS) bash scripts/sanitize.sh

# Each libFuzzer target for FUZZ_SECONDS (default 60), in build-fuzz; a crash
# leaves its reproducer in fuzz/regressions/<target>/ (docs/robustness.md).
fuzz:
	JOBS=$(JOBS) bash scripts/fuzz.sh

clean:
	rm -rf $(BUILD)
