;; The Queue lab's rings in WebAssembly (unsafe, spsc, mpmc, locked), a consumer's tally, and chunk loops that put or take many items per call.
;; Concurrency contract: one instance per worker, on the shared memory laid out as queueLayout.ts says
;; (addresses imported from it); each kind keeps its own contract (spsc: one producer and one
;; consumer; mpmc and locked: any number; unsafe: the spsc ring shared by many, racing). The same
;; algorithms as spscRing.ts, mpmcRing.ts, lockedQueue.ts, wake.ts and tally.ts, over the same words,
;; so a JavaScript view, a JavaScript blocking wait and this module can work on one run together.
;; Blocking (sleeping on a full or empty queue), shutdown and pacing stay in runQueue.ts.
(module
  (import "env" "memory" (memory 1 65536 shared))
  ;; Microseconds of the clock all threads share (latency.ts stampNow), for one item in 64.
  (import "env" "stamp_now" (func $stamp_now (result i32)))
  ;; Byte addresses of the ring's shared words.
  (import "layout" "head" (global $HEAD i32))
  (import "layout" "tail" (global $TAIL i32))
  (import "layout" "mutex" (global $MUTEX i32))
  (import "layout" "count" (global $COUNT i32))
  (import "layout" "locked_head" (global $LHEAD i32))
  (import "layout" "locked_tail" (global $LTAIL i32))
  (import "layout" "not_empty" (global $NOT_EMPTY i32))
  (import "layout" "not_full" (global $NOT_FULL i32))
  (import "layout" "slots" (global $SLOTS i32))
  ;; Byte offsets inside a slot and inside a consumer's verification lines.
  (import "layout" "slot_bytes" (global $SLOT_BYTES i32))
  (import "layout" "item_offset" (global $ITEM_OFFSET i32))
  (import "layout" "stamp_offset" (global $STAMP_OFFSET i32))
  (import "layout" "waiters_offset" (global $WAITERS_OFFSET i32))
  (import "layout" "last_seen" (global $LAST_SEEN i32))
  (import "layout" "out_of_order" (global $OUT_OF_ORDER i32))
  (import "layout" "duplicates" (global $DUPLICATES i32))
  (import "layout" "phantom" (global $PHANTOM i32))
  ;; Constants: latency buckets, spins before giving up, item encoding, what a get returns.
  (import "layout" "buckets" (global $BUCKETS i32))
  (import "layout" "spins" (global $SPINS i32))
  (import "layout" "seq_bits" (global $SEQ_BITS i32))
  (import "layout" "pill" (global $PILL i32))
  (import "layout" "no_item" (global $NO_ITEM i32))

  ;; This worker's run, set by open: kind 0 unsafe, 1 spsc, 2 mpmc, 3 locked (wasmQueue.ts names them).
  (global $kind (mut i32) (i32.const 0))
  (global $capacity (mut i32) (i32.const 1))
  (global $slot_count (mut i32) (i32.const 2))
  (global $producers (mut i32) (i32.const 0))
  (global $items (mut i32) (i32.const 0))
  (global $seen (mut i32) (i32.const 0))
  (global $verify (mut i32) (i32.const 0))
  (global $latency (mut i32) (i32.const 0))
  (global $stamp_mask (mut i32) (i32.const 0))
  (global $low_water (mut i32) (i32.const 0))
  ;; spsc: each side's own index (it is the only writer) and its cached copy of the other side's.
  (global $head (mut i32) (i32.const 0))
  (global $tail (mut i32) (i32.const 0))
  (global $head_cache (mut i32) (i32.const 0))
  (global $tail_cache (mut i32) (i32.const 0))
  ;; Stamp of the last item taken; the last good item a chunk took; why the last chunk stopped
  ;; (0: it took all it was asked, no_item: the queue stayed empty, pill: it took a pill).
  (global $stamp (export "stamp") (mut i32) (i32.const 0))
  (global $last (export "last") (mut i32) (i32.const 0))
  (global $halt (export "halt") (mut i32) (i32.const 0))

  (func $open (export "open") (param $kind i32) (param $capacity i32) (param $slot_count i32) (param $producers i32)
    (param $items i32) (param $seen i32) (param $verify i32) (param $latency i32) (param $stamp_mask i32)
    ;; The slot layout is written into the loads and stores below as offsets: refuse another one.
    (if (i32.or
          (i32.or (i32.ne (global.get $SLOT_BYTES) (i32.const 16)) (i32.ne (global.get $ITEM_OFFSET) (i32.const 4)))
          (i32.or (i32.ne (global.get $STAMP_OFFSET) (i32.const 8)) (i32.ne (global.get $WAITERS_OFFSET) (i32.const 4))))
      (then (unreachable)))
    (global.set $kind (local.get $kind))
    (global.set $capacity (local.get $capacity))
    (global.set $slot_count (local.get $slot_count))
    (global.set $producers (local.get $producers))
    (global.set $items (local.get $items))
    (global.set $seen (local.get $seen))
    (global.set $verify (local.get $verify))
    (global.set $latency (local.get $latency))
    (global.set $stamp_mask (local.get $stamp_mask))
    (global.set $low_water (i32.shr_u (local.get $capacity) (i32.const 1)))
    (global.set $head (i32.atomic.load (global.get $HEAD)))
    (global.set $tail (i32.atomic.load (global.get $TAIL)))
    (global.set $head_cache (i32.const 0))
    (global.set $tail_cache (i32.const 0)))

  (func $slot (param $i i32) (result i32)
    (i32.add (global.get $SLOTS) (i32.shl (local.get $i) (i32.const 4))))

  ;; ---- spsc (and unsafe): Rigtorp's ring, one slot kept free, the opposite index cached ----

  (func $spsc_put (param $item i32) (param $stamp i32) (result i32)
    (local $tail i32)
    (local $next i32)
    (local $s i32)
    ;; spsc's producer is the only writer of tail, so its own copy is the truth. unsafe loads the
    ;; shared word: several producers read it there, and two can read the same value and both
    ;; fill the same slot.
    (local.set $tail
      (if (result i32) (i32.eq (global.get $kind) (i32.const 1))
        (then (global.get $tail))
        (else (i32.atomic.load (global.get $TAIL)))))
    (local.set $next (i32.add (local.get $tail) (i32.const 1)))
    (if (i32.eq (local.get $next) (global.get $slot_count)) (then (local.set $next (i32.const 0))))
    ;; The consumer's index is reloaded only when the cached one says full: once per lap.
    (if (i32.eq (local.get $next) (global.get $head_cache))
      (then
        (global.set $head_cache (i32.atomic.load (global.get $HEAD)))
        (if (i32.eq (local.get $next) (global.get $head_cache)) (then (return (i32.const 0))))))
    (local.set $s (call $slot (local.get $tail)))
    ;; Plain stores: the atomic store of tail below publishes them. A consumer that loads that
    ;; tail (atomically) is ordered after it and reads the item.
    (i32.store offset=4 (local.get $s) (local.get $item))
    (i32.store offset=8 (local.get $s) (local.get $stamp))
    (i32.atomic.store (global.get $TAIL) (local.get $next))
    (global.set $tail (local.get $next))
    (i32.const 1))

  (func $spsc_get (result i32)
    (local $head i32)
    (local $next i32)
    (local $s i32)
    (local $item i32)
    (local.set $head
      (if (result i32) (i32.eq (global.get $kind) (i32.const 1))
        (then (global.get $head))
        (else (i32.atomic.load (global.get $HEAD)))))
    (if (i32.eq (local.get $head) (global.get $tail_cache))
      (then
        (global.set $tail_cache (i32.atomic.load (global.get $TAIL)))
        (if (i32.eq (local.get $head) (global.get $tail_cache)) (then (return (global.get $NO_ITEM))))))
    (local.set $s (call $slot (local.get $head)))
    (local.set $item (i32.load offset=4 (local.get $s)))
    (global.set $stamp (i32.load offset=8 (local.get $s)))
    (local.set $next (i32.add (local.get $head) (i32.const 1)))
    (if (i32.eq (local.get $next) (global.get $slot_count)) (then (local.set $next (i32.const 0))))
    ;; Hands the slot back only after reading it: the producer may overwrite it from now on.
    (i32.atomic.store (global.get $HEAD) (local.get $next))
    (global.set $head (local.get $next))
    (local.get $item))

  ;; ---- mpmc: Vyukov's bounded queue, a doubled sequence word per slot (see mpmcRing.ts) ----

  (func $mpmc_put (param $item i32) (param $stamp i32) (result i32)
    (local $pos i32)
    (local $s i32)
    (local $dif i32)
    (local $seen i32)
    (local.set $pos (i32.atomic.load (global.get $TAIL)))
    (loop $retry
      (local.set $s (call $slot (i32.rem_u (local.get $pos) (global.get $capacity))))
      (local.set $dif (i32.sub (i32.atomic.load (local.get $s)) (i32.shl (local.get $pos) (i32.const 1))))
      (if (i32.eqz (local.get $dif))
        (then
          ;; The slot is free for position pos; the compare-exchange decides which producer owns it.
          (local.set $seen
            (i32.atomic.rmw.cmpxchg (global.get $TAIL) (local.get $pos) (i32.add (local.get $pos) (i32.const 1))))
          (if (i32.eq (local.get $seen) (local.get $pos))
            (then
              (i32.store offset=4 (local.get $s) (local.get $item))
              (i32.store offset=8 (local.get $s) (local.get $stamp))
              ;; Publish last: a consumer reads the item only after seeing this sequence.
              (i32.atomic.store (local.get $s) (i32.add (i32.shl (local.get $pos) (i32.const 1)) (i32.const 1)))
              (return (i32.const 1))))
          (local.set $pos (local.get $seen))
          (br $retry)))
      ;; The slot still holds the item from one lap ago: full.
      (if (i32.lt_s (local.get $dif) (i32.const 0)) (then (return (i32.const 0))))
      (local.set $pos (i32.atomic.load (global.get $TAIL)))
      (br $retry))
    (unreachable))

  (func $mpmc_get (result i32)
    (local $pos i32)
    (local $s i32)
    (local $dif i32)
    (local $seen i32)
    (local $item i32)
    (local.set $pos (i32.atomic.load (global.get $HEAD)))
    (loop $retry
      (local.set $s (call $slot (i32.rem_u (local.get $pos) (global.get $capacity))))
      (local.set $dif
        (i32.sub (i32.atomic.load (local.get $s))
          (i32.add (i32.shl (local.get $pos) (i32.const 1)) (i32.const 1))))
      (if (i32.eqz (local.get $dif))
        (then
          (local.set $seen
            (i32.atomic.rmw.cmpxchg (global.get $HEAD) (local.get $pos) (i32.add (local.get $pos) (i32.const 1))))
          (if (i32.eq (local.get $seen) (local.get $pos))
            (then
              (local.set $item (i32.load offset=4 (local.get $s)))
              (global.set $stamp (i32.load offset=8 (local.get $s)))
              ;; Read before release: once the sequence moves on, a producer may overwrite the slot.
              (i32.atomic.store (local.get $s)
                (i32.shl (i32.add (local.get $pos) (global.get $capacity)) (i32.const 1)))
              (return (local.get $item))))
          (local.set $pos (local.get $seen))
          (br $retry)))
      ;; Not yet filled for this lap: empty (or its producer is between claim and publish).
      (if (i32.lt_s (local.get $dif) (i32.const 0)) (then (return (global.get $NO_ITEM))))
      (local.set $pos (i32.atomic.load (global.get $HEAD)))
      (br $retry))
    (unreachable))

  ;; ---- locked: a futex mutex and two condition variables (sync/mutex.ts, sync/condvar.ts) ----

  (func $mutex_lock
    (local $c i32)
    (local.set $c (i32.atomic.rmw.cmpxchg (global.get $MUTEX) (i32.const 0) (i32.const 1)))
    (if (i32.eqz (local.get $c)) (then (return)))
    (if (i32.ne (local.get $c) (i32.const 2))
      (then (local.set $c (i32.atomic.rmw.xchg (global.get $MUTEX) (i32.const 2)))))
    (block $taken
      (loop $sleep
        (br_if $taken (i32.eqz (local.get $c)))
        (drop (memory.atomic.wait32 (global.get $MUTEX) (i32.const 2) (i64.const -1)))
        (local.set $c (i32.atomic.rmw.xchg (global.get $MUTEX) (i32.const 2)))
        (br $sleep))))

  (func $mutex_unlock
    (if (i32.ne (i32.atomic.rmw.sub (global.get $MUTEX) (i32.const 1)) (i32.const 1))
      (then
        (i32.atomic.store (global.get $MUTEX) (i32.const 0))
        (drop (memory.atomic.notify (global.get $MUTEX) (i32.const 1))))))

  ;; Wakes one waiter of a condition variable, and makes no call when nobody waits.
  (func $cond_signal (param $cv i32)
    (if (i32.eqz (i32.atomic.load offset=4 (local.get $cv))) (then (return)))
    (drop (i32.atomic.rmw.add (local.get $cv) (i32.const 1)))
    (drop (memory.atomic.notify (local.get $cv) (i32.const 1))))

  (func $locked_put (param $item i32) (param $stamp i32) (result i32)
    (local $tail i32)
    (local $s i32)
    (local $ok i32)
    (call $mutex_lock)
    (local.set $ok (i32.lt_s (i32.atomic.load (global.get $COUNT)) (global.get $capacity)))
    (if (local.get $ok)
      (then
        (local.set $tail (i32.atomic.load (global.get $LTAIL)))
        (local.set $s (call $slot (local.get $tail)))
        ;; Under the mutex: plain stores, ordered for the next holder by the unlock.
        (i32.store offset=4 (local.get $s) (local.get $item))
        (i32.store offset=8 (local.get $s) (local.get $stamp))
        (local.set $tail (i32.add (local.get $tail) (i32.const 1)))
        (if (i32.eq (local.get $tail) (global.get $capacity)) (then (local.set $tail (i32.const 0))))
        (i32.atomic.store (global.get $LTAIL) (local.get $tail))
        (drop (i32.atomic.rmw.add (global.get $COUNT) (i32.const 1)))
        (call $cond_signal (global.get $NOT_EMPTY))))
    (call $mutex_unlock)
    (local.get $ok))

  (func $locked_get (result i32)
    (local $head i32)
    (local $s i32)
    (local $item i32)
    (local.set $item (global.get $NO_ITEM))
    (call $mutex_lock)
    (if (i32.gt_s (i32.atomic.load (global.get $COUNT)) (i32.const 0))
      (then
        (local.set $head (i32.atomic.load (global.get $LHEAD)))
        (local.set $s (call $slot (local.get $head)))
        (local.set $item (i32.load offset=4 (local.get $s)))
        (global.set $stamp (i32.load offset=8 (local.get $s)))
        (local.set $head (i32.add (local.get $head) (i32.const 1)))
        (if (i32.eq (local.get $head) (global.get $capacity)) (then (local.set $head (i32.const 0))))
        (i32.atomic.store (global.get $LHEAD) (local.get $head))
        (drop (i32.atomic.rmw.sub (global.get $COUNT) (i32.const 1)))
        (call $cond_signal (global.get $NOT_FULL))))
    (call $mutex_unlock)
    (local.get $item))

  ;; ---- the Ring interface (ring.ts): non-blocking put and get, emptiness and size snapshots ----

  (func $try_put (export "try_put") (param $item i32) (param $stamp i32) (result i32)
    (if (result i32) (i32.eq (global.get $kind) (i32.const 2))
      (then (call $mpmc_put (local.get $item) (local.get $stamp)))
      (else
        (if (result i32) (i32.eq (global.get $kind) (i32.const 3))
          (then (call $locked_put (local.get $item) (local.get $stamp)))
          (else (call $spsc_put (local.get $item) (local.get $stamp)))))))

  (func $try_get (export "try_get") (result i32)
    (if (result i32) (i32.eq (global.get $kind) (i32.const 2))
      (then (call $mpmc_get))
      (else
        (if (result i32) (i32.eq (global.get $kind) (i32.const 3))
          (then (call $locked_get))
          (else (call $spsc_get))))))

  (func $size (export "size") (result i32)
    (local $head i32)
    (local $n i32)
    (if (i32.eq (global.get $kind) (i32.const 3)) (then (return (i32.atomic.load (global.get $COUNT)))))
    ;; Head first: for mpmc, tail (read later) can only have grown, so the count is never negative.
    (local.set $head (i32.atomic.load (global.get $HEAD)))
    (local.set $n (i32.sub (i32.atomic.load (global.get $TAIL)) (local.get $head)))
    (if (i32.eq (global.get $kind) (i32.const 2))
      (then
        (if (i32.lt_s (local.get $n) (i32.const 0)) (then (return (i32.const 0))))
        (if (i32.gt_s (local.get $n) (global.get $capacity)) (then (return (global.get $capacity))))
        (return (local.get $n))))
    ;; spsc indices wrap at slot_count.
    (if (i32.lt_s (local.get $n) (i32.const 0)) (then (local.set $n (i32.add (local.get $n) (global.get $slot_count)))))
    (local.get $n))

  (func $is_empty (export "is_empty") (result i32)
    (i32.eqz (call $size)))

  ;; ---- waking sleepers of the lock-free kinds: the event counts of wake.ts ----

  (func $wake_all (param $ev i32)
    (local $v i32)
    (local.set $v (i32.atomic.load (local.get $ev)))
    ;; Nobody asleep (the common case): one load of a line that only changes when someone sleeps.
    (if (i32.eqz (i32.and (local.get $v) (i32.const 1))) (then (return)))
    (if (i32.eq
          (i32.atomic.rmw.cmpxchg (local.get $ev) (local.get $v)
            (i32.and (i32.add (local.get $v) (i32.const 1)) (i32.const -2)))
          (local.get $v))
      (then (drop (memory.atomic.notify (local.get $ev) (i32.const -1))))))

  ;; A put as LockFreeQueue.tryPut makes it (a consumer asleep on empty is woken); locked signals itself.
  (func $put (param $item i32) (param $stamp i32) (result i32)
    (if (i32.eqz (call $try_put (local.get $item) (local.get $stamp))) (then (return (i32.const 0))))
    (if (i32.ne (global.get $kind) (i32.const 3)) (then (call $wake_all (global.get $NOT_EMPTY))))
    (i32.const 1))

  ;; A get as LockFreeQueue.tryGet makes it: producers asleep on full are woken once it is half empty.
  (func $take (result i32)
    (local $item i32)
    (local.set $item (call $try_get))
    (if (i32.and
          (i32.and (i32.ne (global.get $kind) (i32.const 3)) (i32.ne (local.get $item) (global.get $NO_ITEM)))
          (i32.and (i32.atomic.load (global.get $NOT_FULL)) (i32.const 1)))
      (then
        (if (i32.le_s (call $size) (global.get $low_water)) (then (call $wake_all (global.get $NOT_FULL))))))
    (local.get $item))

  ;; ---- a consumer's tally (tally.ts), kept on its own verification lines ----

  (func $bump (param $at i32)
    (i32.store (local.get $at) (i32.add (i32.load (local.get $at)) (i32.const 1))))

  (func $phantom (export "phantom")
    (call $bump (i32.add (global.get $verify) (global.get $PHANTOM))))

  ;; Records one value taken with its stamp; 0 for a value that is no item of this run.
  (func $record (export "record") (param $item i32) (param $stamp i32) (result i32)
    (local $p i32)
    (local $s i32)
    (local $bit i32)
    (local $mask i32)
    (local $at i32)
    (local $us i32)
    (local.set $p (i32.shr_u (local.get $item) (global.get $SEQ_BITS)))
    (local.set $s (i32.and (local.get $item) (i32.sub (i32.shl (i32.const 1) (global.get $SEQ_BITS)) (i32.const 1))))
    (if (i32.or (i32.lt_s (local.get $item) (i32.const 0))
          (i32.or (i32.ge_u (local.get $p) (global.get $producers)) (i32.ge_u (local.get $s) (global.get $items))))
      (then (call $phantom) (return (i32.const 0))))
    (local.set $bit (i32.add (i32.mul (local.get $p) (global.get $items)) (local.get $s)))
    (local.set $mask (i32.shl (i32.const 1) (local.get $bit)))
    ;; The one atomic or that finds the bit clear is the first consumer to take this item.
    (if (i32.and
          (i32.atomic.rmw.or
            (i32.add (global.get $seen) (i32.shl (i32.shr_u (local.get $bit) (i32.const 5)) (i32.const 2)))
            (local.get $mask))
          (local.get $mask))
      (then
        (call $bump (i32.add (i32.add (global.get $verify) (global.get $DUPLICATES)) (i32.shl (local.get $p) (i32.const 2))))
        (return (i32.const 1))))
    ;; A FIFO queue hands each consumer any one producer's items in increasing order.
    (local.set $at (i32.add (i32.add (global.get $verify) (global.get $LAST_SEEN)) (i32.shl (local.get $p) (i32.const 2))))
    (if (i32.lt_s (local.get $s) (i32.load (local.get $at)))
      (then (call $bump (i32.add (i32.add (global.get $verify) (global.get $OUT_OF_ORDER)) (i32.shl (local.get $p) (i32.const 2)))))
      (else (i32.store (local.get $at) (local.get $s))))
    (if (i32.eqz (i32.and (local.get $s) (global.get $stamp_mask)))
      (then
        (local.set $us (i32.sub (call $stamp_now) (local.get $stamp)))
        ;; Bucket 0 holds latencies under 1 µs; bucket k >= 1 holds [2^(k-1), 2^k) µs.
        (local.set $us
          (if (result i32) (i32.lt_s (local.get $us) (i32.const 1))
            (then (i32.const 0))
            (else (i32.sub (i32.const 32) (i32.clz (local.get $us))))))
        (if (i32.ge_u (local.get $us) (global.get $BUCKETS))
          (then (local.set $us (i32.sub (global.get $BUCKETS) (i32.const 1)))))
        (drop (i32.atomic.rmw.add
          (i32.add (global.get $latency) (i32.shl (local.get $us) (i32.const 2)))
          (i32.const 1)))))
    (i32.const 1))

  ;; ---- spsc's own chunk loops: the indices published once per batch, not once per item ----
  ;;
  ;; A WebAssembly atomic store is sequentially consistent: an `xchg` on x86-64, a full barrier,
  ;; where a C++ ring publishes with a release store (a plain `mov`). So the producer writes up to
  ;; $BATCH items and then publishes its tail once, and the consumer hands back a batch of slots
  ;; with one store of its head. Each side publishes before it waits on the other (the ring looks
  ;; full or empty) and before it returns, so neither can wait on items or room the other has
  ;; already made but not yet shown.

  (global $BATCH i32 (i32.const 32))

  (func $spsc_publish_tail (param $tail i32)
    (i32.atomic.store (global.get $TAIL) (local.get $tail))
    (global.set $tail (local.get $tail))
    (call $wake_all (global.get $NOT_EMPTY)))

  (func $spsc_publish_head (param $head i32)
    (i32.atomic.store (global.get $HEAD) (local.get $head))
    (global.set $head (local.get $head))
    ;; Producers asleep on full are woken once it is half empty, as LockFreeQueue.tryGet does.
    (if (i32.and (i32.atomic.load (global.get $NOT_FULL)) (i32.const 1))
      (then (if (i32.le_s (call $size) (global.get $low_water)) (then (call $wake_all (global.get $NOT_FULL)))))))

  (func $spsc_produce (param $producer i32) (param $seq i32) (param $end i32) (result i32)
    (local $tail i32)
    (local $next i32)
    (local $s i32)
    (local $high i32)
    (local $spins i32)
    (local $unpublished i32)
    ;; The consumer's index as last seen, kept in a local (a register) for the chunk: an instance
    ;; global is a load and a store in memory on every item.
    (local $head_seen i32)
    (local.set $head_seen (global.get $head_cache))
    (local.set $high (i32.shl (local.get $producer) (global.get $SEQ_BITS)))
    (local.set $tail (global.get $tail))
    (block $out
      (loop $next_item
        (br_if $out (i32.ge_u (local.get $seq) (local.get $end)))
        (local.set $next (i32.add (local.get $tail) (i32.const 1)))
        (if (i32.eq (local.get $next) (global.get $slot_count)) (then (local.set $next (i32.const 0))))
        (if (i32.eq (local.get $next) (local.get $head_seen))
          (then
            ;; Looks full: show what is written, then look at the consumer's index again.
            (call $spsc_publish_tail (local.get $tail))
            (local.set $unpublished (i32.const 0))
            (local.set $spins (global.get $SPINS))
            (block $room
              (loop $wait
                (local.set $head_seen (i32.atomic.load (global.get $HEAD)))
                (br_if $room (i32.ne (local.get $next) (local.get $head_seen)))
                (local.set $spins (i32.sub (local.get $spins) (i32.const 1)))
                (br_if $out (i32.eqz (local.get $spins)))
                (br $wait)))))
        (local.set $s (call $slot (local.get $tail)))
        ;; Plain stores: the tail's atomic store, at the end of the batch, publishes them.
        (i32.store offset=4 (local.get $s) (i32.or (local.get $high) (local.get $seq)))
        (i32.store offset=8 (local.get $s)
          (if (result i32) (i32.and (local.get $seq) (global.get $stamp_mask))
            (then (i32.const 0))
            (else (call $stamp_now))))
        (local.set $tail (local.get $next))
        (local.set $seq (i32.add (local.get $seq) (i32.const 1)))
        (local.set $unpublished (i32.add (local.get $unpublished) (i32.const 1)))
        (if (i32.ge_u (local.get $unpublished) (global.get $BATCH))
          (then
            (call $spsc_publish_tail (local.get $tail))
            (local.set $unpublished (i32.const 0))))
        (br $next_item)))
    (if (local.get $unpublished) (then (call $spsc_publish_tail (local.get $tail))))
    (global.set $head_cache (local.get $head_seen))
    (local.get $seq))

  (func $spsc_consume (param $max i32) (result i32)
    (local $head i32)
    (local $next i32)
    (local $s i32)
    (local $v i32)
    (local $k i32)
    (local $good i32)
    (local $spins i32)
    (local $unpublished i32)
    ;; The producer's index as last seen, in a local for the chunk (see spsc_produce).
    (local $tail_seen i32)
    (local.set $tail_seen (global.get $tail_cache))
    (global.set $halt (i32.const 0))
    (local.set $head (global.get $head))
    (block $out
      (loop $next_item
        (br_if $out (i32.ge_u (local.get $k) (local.get $max)))
        (if (i32.eq (local.get $head) (local.get $tail_seen))
          (then
            ;; Looks empty: hand back the slots taken, then look at the producer's index again.
            (if (local.get $unpublished)
              (then
                (call $spsc_publish_head (local.get $head))
                (local.set $unpublished (i32.const 0))))
            (local.set $spins (global.get $SPINS))
            (block $items
              (loop $wait
                (local.set $tail_seen (i32.atomic.load (global.get $TAIL)))
                (br_if $items (i32.ne (local.get $head) (local.get $tail_seen)))
                (local.set $spins (i32.sub (local.get $spins) (i32.const 1)))
                (if (i32.eqz (local.get $spins))
                  (then (global.set $halt (global.get $NO_ITEM)) (br $out)))
                (br $wait)))))
        (local.set $s (call $slot (local.get $head)))
        (local.set $v (i32.load offset=4 (local.get $s)))
        (global.set $stamp (i32.load offset=8 (local.get $s)))
        (local.set $next (i32.add (local.get $head) (i32.const 1)))
        (if (i32.eq (local.get $next) (global.get $slot_count)) (then (local.set $next (i32.const 0))))
        (local.set $head (local.get $next))
        (local.set $unpublished (i32.add (local.get $unpublished) (i32.const 1)))
        (if (i32.eq (local.get $v) (global.get $PILL))
          (then (global.set $halt (global.get $PILL)) (br $out)))
        (if (call $record (local.get $v) (global.get $stamp))
          (then
            (local.set $good (i32.add (local.get $good) (i32.const 1)))
            (global.set $last (local.get $v))))
        (local.set $k (i32.add (local.get $k) (i32.const 1)))
        (if (i32.ge_u (local.get $unpublished) (global.get $BATCH))
          (then
            (call $spsc_publish_head (local.get $head))
            (local.set $unpublished (i32.const 0))))
        (br $next_item)))
    (if (local.get $unpublished) (then (call $spsc_publish_head (local.get $head))))
    (global.set $tail_cache (local.get $tail_seen))
    (local.get $good))

  ;; ---- the chunk loops: many items per call, spinning a little on a full or empty ring ----

  ;; Puts items seq .. end-1 of this producer (stamping one in stamp_mask + 1); returns the sequence
  ;; number it reached: end, or the item it could not put because the ring stayed full.
  (func $produce (export "produce") (param $producer i32) (param $seq i32) (param $end i32) (result i32)
    (local $item i32)
    (local $stamp i32)
    (local $spins i32)
    (local $high i32)
    (if (i32.eq (global.get $kind) (i32.const 1))
      (then (return (call $spsc_produce (local.get $producer) (local.get $seq) (local.get $end)))))
    (local.set $high (i32.shl (local.get $producer) (global.get $SEQ_BITS)))
    (block $out
      (loop $next
        (br_if $out (i32.ge_u (local.get $seq) (local.get $end)))
        (local.set $item (i32.or (local.get $high) (local.get $seq)))
        (local.set $stamp
          (if (result i32) (i32.and (local.get $seq) (global.get $stamp_mask))
            (then (i32.const 0))
            (else (call $stamp_now))))
        (local.set $spins (global.get $SPINS))
        (block $put
          (loop $retry
            (br_if $put (call $put (local.get $item) (local.get $stamp)))
            (local.set $spins (i32.sub (local.get $spins) (i32.const 1)))
            (br_if $out (i32.eqz (local.get $spins)))
            (br $retry)))
        (local.set $seq (i32.add (local.get $seq) (i32.const 1)))
        (br $next)))
    (local.get $seq))

  ;; Takes and tallies up to max values; returns the items tallied (phantoms are counted on the
  ;; verification line). halt says why it stopped, last holds the last item.
  (func $consume (export "consume") (param $max i32) (result i32)
    (local $k i32)
    (local $good i32)
    (local $v i32)
    (local $spins i32)
    (if (i32.eq (global.get $kind) (i32.const 1)) (then (return (call $spsc_consume (local.get $max)))))
    (global.set $halt (i32.const 0))
    (block $out
      (loop $next
        (br_if $out (i32.ge_u (local.get $k) (local.get $max)))
        (local.set $spins (global.get $SPINS))
        (block $got
          (loop $retry
            (local.set $v (call $take))
            (br_if $got (i32.ne (local.get $v) (global.get $NO_ITEM)))
            (local.set $spins (i32.sub (local.get $spins) (i32.const 1)))
            (if (i32.eqz (local.get $spins))
              (then (global.set $halt (global.get $NO_ITEM)) (br $out)))
            (br $retry)))
        ;; A pill ends the chunk: what it means (stop, or a stray one) is the shutdown policy's call.
        (if (i32.eq (local.get $v) (global.get $PILL))
          (then (global.set $halt (global.get $PILL)) (br $out)))
        (if (call $record (local.get $v) (global.get $stamp))
          (then
            (local.set $good (i32.add (local.get $good) (i32.const 1)))
            (global.set $last (local.get $v))))
        (local.set $k (i32.add (local.get $k) (i32.const 1)))
        (br $next)))
    (local.get $good))
)
