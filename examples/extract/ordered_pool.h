// Copyright 2026 The vnextract Authors. SPDX-License-Identifier: Apache-2.0
//
// RunOrdered: process a stream of tasks on N worker threads and consume the
// results on the calling thread in the order the tasks were produced, with a
// bounded window, so memory stays bounded however many tasks there are.
//
//   produce()  -> std::optional<Task>   next task, std::nullopt at the end;
//                                       called under a lock, one at a time
//   process(Task&) -> Outcome           on the worker threads, concurrently
//   consume(Outcome&) -> bool           on the calling thread, in task order;
//                                       false stops everything (output error)
//   tick()                              on the calling thread after each
//                                       consume and every `tick_every` while
//                                       waiting (the progress bar); with one
//                                       job, after each consume only
//
// At most `window` tasks are between produce() and the end of their consume():
// a worker waits for room before taking the next task. produce() must keep
// returning std::nullopt once it has. None of the callbacks may throw.
#ifndef VNEXTRACT_EXAMPLES_EXTRACT_ORDERED_POOL_H_
#define VNEXTRACT_EXAMPLES_EXTRACT_ORDERED_POOL_H_

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>
#include <vector>

namespace extract {

// Returns false when consume() asked to stop.
template <typename Task, typename Outcome, typename Produce, typename Process, typename Consume,
          typename Tick>
bool RunOrdered(std::size_t jobs, std::size_t window, Produce&& produce, Process&& process,
                Consume&& consume, Tick&& tick, std::chrono::milliseconds tick_every) {
  if (jobs <= 1) {
    // One worker: the calling thread does it all, in order. (A worker thread
    // cost two futex calls and a context switch per task: ~10% of a 100 KB
    // page's time.) tick() runs after each consume only.
    while (std::optional<Task> task = produce()) {
      Outcome outcome = process(*task);
      const bool keep_going = consume(outcome);
      tick();
      if (!keep_going) return false;
    }
    return true;
  }
  if (window < jobs) window = jobs;

  // Guarded by `mu`.
  std::mutex mu;
  std::condition_variable room;                      // a slot was freed, or the run ends
  std::condition_variable ready;                     // an outcome was stored, or production ended
  std::vector<std::optional<Outcome>> ring(window);  // outcome of task `seq` at seq % window
  std::size_t in_flight = 0;                         // tasks taken and not yet consumed
  std::size_t next_consume = 0;
  std::optional<std::size_t> end_seq;  // how many tasks there were, once known
  bool stop = false;

  // Guarded by `produce_mu`: produce() and the numbering of its tasks.
  std::mutex produce_mu;
  std::size_t next_seq = 0;
  bool exhausted = false;

  auto worker = [&] {
    for (;;) {
      {
        std::unique_lock lock(mu);
        room.wait(lock, [&] { return stop || end_seq.has_value() || in_flight < window; });
        if (stop || end_seq) return;
        ++in_flight;
      }
      std::optional<Task> task;
      std::size_t seq = 0;
      {
        std::lock_guard lock(produce_mu);
        if (!exhausted) task = produce();
        if (task) {
          seq = next_seq++;
        } else {
          exhausted = true;
          seq = next_seq;
        }
      }
      if (!task) {
        {
          std::lock_guard lock(mu);
          --in_flight;
          end_seq = seq;
        }
        room.notify_all();
        ready.notify_all();
        return;
      }
      Outcome outcome = process(*task);
      {
        std::lock_guard lock(mu);
        ring[seq % window] = std::move(outcome);
      }
      ready.notify_all();
    }
  };

  bool completed = true;
  {
    std::vector<std::jthread> workers;
    workers.reserve(jobs);
    for (std::size_t i = 0; i < jobs; ++i) workers.emplace_back(worker);

    std::unique_lock lock(mu);
    auto can_go = [&] {
      return ring[next_consume % window].has_value() || (end_seq && next_consume == *end_seq);
    };
    for (;;) {
      while (!ready.wait_for(lock, tick_every, can_go)) {
        lock.unlock();
        tick();
        lock.lock();
      }
      std::optional<Outcome>& slot = ring[next_consume % window];
      if (!slot) break;  // every task consumed
      Outcome outcome = std::move(*slot);
      slot.reset();
      ++next_consume;
      lock.unlock();
      const bool keep_going = consume(outcome);
      tick();
      lock.lock();
      --in_flight;
      if (!keep_going) {
        stop = true;
        completed = false;
        room.notify_all();
        break;
      }
      room.notify_one();
    }
  }  // joins the workers
  return completed;
}

}  // namespace extract

#endif  // VNEXTRACT_EXAMPLES_EXTRACT_ORDERED_POOL_H_
