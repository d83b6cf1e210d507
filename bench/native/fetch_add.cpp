// Native reference for the counter bench: contended std::atomic<int>::fetch_add on N threads.
// Usage: fetch_add <threads> <iterations per thread>
// Prints {"ops":..,"wallMs":..,"value":..} timed like the JS kernels: wallMs spans from the first
// thread leaving the start line to the last thread's last operation, on one steady clock.
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <thread>
#include <vector>

namespace {

// Separate cache lines, like the JS layout: start-line traffic must not disturb the counter.
alignas(64) std::atomic<int> counter{0};
alignas(64) std::atomic<int> arrived{0};

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: %s <threads> <iterations per thread>\n", argv[0]);
    return 2;
  }
  const int threads = std::atoi(argv[1]);
  const long long iters = std::atoll(argv[2]);
  if (threads < 1 || iters < 1) return 2;

  using Clock = std::chrono::steady_clock;
  std::vector<Clock::time_point> starts(threads);
  std::vector<Clock::time_point> ends(threads);
  std::vector<std::thread> pool;
  for (int t = 0; t < threads; t++) {
    pool.emplace_back([&starts, &ends, t, threads, iters] {
      // Start line: nobody starts until everyone has arrived, as arriveAndWait does in JS.
      arrived.fetch_add(1);
      while (arrived.load() < threads) std::this_thread::yield();
      starts[t] = Clock::now();
      // seq_cst, like Atomics.add; the result is unused, as in the JS kernel.
      for (long long k = 0; k < iters; k++) counter.fetch_add(1, std::memory_order_seq_cst);
      ends[t] = Clock::now();
    });
  }
  for (auto& th : pool) th.join();

  const auto first = *std::min_element(starts.begin(), starts.end());
  const auto last = *std::max_element(ends.begin(), ends.end());
  const double wallMs = std::chrono::duration<double, std::milli>(last - first).count();
  std::printf("{\"ops\":%lld,\"wallMs\":%.6f,\"value\":%d}\n", iters * threads, wallMs, counter.load());
  return 0;
}
