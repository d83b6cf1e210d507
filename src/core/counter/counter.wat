;; Full-speed Counter kernels in WebAssembly, one per synchronisation mode, run in chunks between control checks.
;; Concurrency contract: any number of workers, each with its own instance, on one shared memory laid
;; out as counterLayout.ts says (the addresses are imported from it). The same algorithms as
;; kernels.ts; here each atomic is one machine instruction (a `lock`-prefixed one for the
;; read-modify-writes) instead of a call into the JavaScript engine.
;;
;; Every kernel takes (n, d, w): run up to n iterations adding d, with w units of race-window work,
;; and returns how many it completed (fewer only when the control word said stop). The racing modes
;; use atomic loads and stores too, for the reason kernels.ts gives: each access is indivisible and
;; really reaches memory; what those modes lack is that the read, the add and the write together are not.
(module
  (import "env" "memory" (memory 1 65536 shared))
  ;; Byte addresses of the control word, the shared cell and the lock word; the control word's stop value.
  (import "layout" "control" (global $CONTROL i32))
  (import "layout" "value" (global $VALUE i32))
  (import "layout" "lock" (global $LOCK i32))
  (import "layout" "stop" (global $STOP i32))

  ;; Tallies since the JavaScript side last read them: lock acquisitions that waited, failed
  ;; compare-exchanges of the spinlock, and the private count of `local`.
  (global $waits (export "waits") (mut i32) (i32.const 0))
  (global $retries (export "retries") (mut i32) (i32.const 0))
  (global $sum (export "sum") (mut i32) (i32.const 0))
  (global $sink (mut i32) (i32.const 0))

  ;; Busy work the compiler cannot remove (its result is kept): the race window, and spin backoff.
  (func $busy (param $n i32)
    (local $x i32)
    (local.set $x (global.get $sink))
    (block $done
      (loop $next
        (br_if $done (i32.eqz (local.get $n)))
        (local.set $x (i32.add (i32.mul (local.get $x) (i32.const 1103515245)) (i32.const 12345)))
        (local.set $n (i32.sub (local.get $n) (i32.const 1)))
        (br $next)))
    (global.set $sink (local.get $x)))

  (func $stopped (result i32)
    (i32.eq (i32.atomic.load (global.get $CONTROL)) (global.get $STOP)))

  ;; Futex-style mutex (Drepper's mutex 2, as sync/mutex.ts): 0 free, 1 held, 2 held and maybe
  ;; sleepers. Returns 1 when the caller had to wait.
  (func $mutex_lock (result i32)
    (local $c i32)
    (local.set $c (i32.atomic.rmw.cmpxchg (global.get $LOCK) (i32.const 0) (i32.const 1)))
    (if (i32.eqz (local.get $c)) (then (return (i32.const 0))))
    ;; Mark the lock contended before sleeping, so that the holder knows to notify.
    (if (i32.ne (local.get $c) (i32.const 2))
      (then (local.set $c (i32.atomic.rmw.xchg (global.get $LOCK) (i32.const 2)))))
    (block $taken
      (loop $sleep
        (br_if $taken (i32.eqz (local.get $c)))
        ;; Sleeps only while the word is still 2; a release in between makes it return at once.
        (drop (memory.atomic.wait32 (global.get $LOCK) (i32.const 2) (i64.const -1)))
        (local.set $c (i32.atomic.rmw.xchg (global.get $LOCK) (i32.const 2)))
        (br $sleep)))
    (i32.const 1))

  (func $mutex_unlock
    ;; 1 -> 0 needs no call; 2 -> 1 means sleepers may exist: clear and wake one.
    (if (i32.ne (i32.atomic.rmw.sub (global.get $LOCK) (i32.const 1)) (i32.const 1))
      (then
        (i32.atomic.store (global.get $LOCK) (i32.const 0))
        (drop (memory.atomic.notify (global.get $LOCK) (i32.const 1))))))

  ;; Test-and-test-and-set spinlock with bounded exponential backoff (sync/spinlock.ts). Returns the
  ;; failed attempts, or -1 when the control word says stop while it spins.
  (func $spin_lock (result i32)
    (local $retries i32)
    (local $backoff i32)
    (local.set $backoff (i32.const 1))
    (loop $try
      ;; Read first: spinning on a load keeps the line shared instead of bouncing it between cores.
      (if (i32.eqz (i32.atomic.load (global.get $LOCK)))
        (then
          (if (i32.eqz (i32.atomic.rmw.cmpxchg (global.get $LOCK) (i32.const 0) (i32.const 1)))
            (then (return (local.get $retries))))))
      (local.set $retries (i32.add (local.get $retries) (i32.const 1)))
      (call $busy (local.get $backoff))
      (if (i32.lt_u (local.get $backoff) (i32.const 1024))
        (then (local.set $backoff (i32.shl (local.get $backoff) (i32.const 1)))))
      (if (i32.eqz (i32.and (local.get $retries) (i32.const 63)))
        (then (if (call $stopped) (then (return (i32.const -1))))))
      (br $try))
    (unreachable))

  (func $none (export "none") (param $n i32) (param $d i32) (param $w i32) (result i32)
    (local $k i32)
    (local $v i32)
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $k) (local.get $n)))
        ;; Read, then write: another worker may write in between, and this write erases it.
        (local.set $v (i32.atomic.load (global.get $VALUE)))
        (if (local.get $w) (then (call $busy (local.get $w))))
        (i32.atomic.store (global.get $VALUE) (i32.add (local.get $v) (local.get $d)))
        (local.set $k (i32.add (local.get $k) (i32.const 1)))
        (br $next)))
    (local.get $n))

  (func $flag (export "flag") (param $n i32) (param $d i32) (param $w i32) (result i32)
    (local $k i32)
    (local $v i32)
    (local $spins i32)
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $k) (local.get $n)))
        ;; Checking the flag and setting it are two separate steps, so two workers can both see it
        ;; clear and both walk in.
        (block $clear
          (loop $check
            (br_if $clear (i32.eqz (i32.atomic.load (global.get $LOCK))))
            (local.set $spins (i32.add (local.get $spins) (i32.const 1)))
            (if (i32.eqz (i32.and (local.get $spins) (i32.const 1023)))
              (then (if (call $stopped) (then (return (local.get $k))))))
            (br $check)))
        (if (local.get $w) (then (call $busy (local.get $w))))
        (i32.atomic.store (global.get $LOCK) (i32.const 1))
        (local.set $v (i32.atomic.load (global.get $VALUE)))
        (if (local.get $w) (then (call $busy (local.get $w))))
        (i32.atomic.store (global.get $VALUE) (i32.add (local.get $v) (local.get $d)))
        (i32.atomic.store (global.get $LOCK) (i32.const 0))
        (local.set $k (i32.add (local.get $k) (i32.const 1)))
        (br $next)))
    (local.get $n))

  (func $split (export "split") (param $n i32) (param $d i32) (param $w i32) (result i32)
    (local $k i32)
    (local $v i32)
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $k) (local.get $n)))
        ;; Each access is locked, but the lock is released between them: another worker's whole
        ;; update can land in the gap.
        (global.set $waits (i32.add (global.get $waits) (call $mutex_lock)))
        (local.set $v (i32.atomic.load (global.get $VALUE)))
        (call $mutex_unlock)
        (if (local.get $w) (then (call $busy (local.get $w))))
        (global.set $waits (i32.add (global.get $waits) (call $mutex_lock)))
        (i32.atomic.store (global.get $VALUE) (i32.add (local.get $v) (local.get $d)))
        (call $mutex_unlock)
        (local.set $k (i32.add (local.get $k) (i32.const 1)))
        (br $next)))
    (local.get $n))

  (func $mutex (export "mutex") (param $n i32) (param $d i32) (param $w i32) (result i32)
    (local $k i32)
    (local $v i32)
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $k) (local.get $n)))
        (global.set $waits (i32.add (global.get $waits) (call $mutex_lock)))
        (local.set $v (i32.atomic.load (global.get $VALUE)))
        (if (local.get $w) (then (call $busy (local.get $w))))
        (i32.atomic.store (global.get $VALUE) (i32.add (local.get $v) (local.get $d)))
        (call $mutex_unlock)
        (local.set $k (i32.add (local.get $k) (i32.const 1)))
        (br $next)))
    (local.get $n))

  (func $spin (export "spin") (param $n i32) (param $d i32) (param $w i32) (result i32)
    (local $k i32)
    (local $v i32)
    (local $r i32)
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $k) (local.get $n)))
        (local.set $r (call $spin_lock))
        (if (i32.lt_s (local.get $r) (i32.const 0)) (then (return (local.get $k))))
        (global.set $retries (i32.add (global.get $retries) (local.get $r)))
        (local.set $v (i32.atomic.load (global.get $VALUE)))
        (if (local.get $w) (then (call $busy (local.get $w))))
        (i32.atomic.store (global.get $VALUE) (i32.add (local.get $v) (local.get $d)))
        (i32.atomic.store (global.get $LOCK) (i32.const 0))
        (local.set $k (i32.add (local.get $k) (i32.const 1)))
        (br $next)))
    (local.get $n))

  (func $atomic (export "atomic") (param $n i32) (param $d i32) (param $w i32) (result i32)
    (local $k i32)
    (local $cell i32)
    (local $whole i32)
    ;; The cell's address in a local: read from the imported global, it is reloaded and its
    ;; alignment tested on every iteration.
    (local.set $cell (global.get $VALUE))
    ;; With no race-window work, four adds per pass, so the loop's own upkeep (its test, the
    ;; stack-guard poll on the back edge) is paid once per four and the run measures the adds.
    (if (i32.eqz (local.get $w))
      (then
        (local.set $whole (i32.and (local.get $n) (i32.const -4)))
        (block $done4
          (loop $next4
            (br_if $done4 (i32.ge_u (local.get $k) (local.get $whole)))
            ;; One indivisible read-modify-write each: `lock xadd` on x86-64.
            (drop (i32.atomic.rmw.add (local.get $cell) (local.get $d)))
            (drop (i32.atomic.rmw.add (local.get $cell) (local.get $d)))
            (drop (i32.atomic.rmw.add (local.get $cell) (local.get $d)))
            (drop (i32.atomic.rmw.add (local.get $cell) (local.get $d)))
            (local.set $k (i32.add (local.get $k) (i32.const 4)))
            (br $next4)))))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $k) (local.get $n)))
        (drop (i32.atomic.rmw.add (local.get $cell) (local.get $d)))
        ;; The same extra work as the other modes, but outside any shared access.
        (if (local.get $w) (then (call $busy (local.get $w))))
        (local.set $k (i32.add (local.get $k) (i32.const 1)))
        (br $next)))
    (local.get $n))

  (func $local (export "local") (param $n i32) (param $d i32) (param $w i32) (result i32)
    (local $k i32)
    (local $mine i32)
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $k) (local.get $n)))
        (local.set $mine (i32.add (local.get $mine) (local.get $d)))
        (if (local.get $w) (then (call $busy (local.get $w))))
        (local.set $k (i32.add (local.get $k) (i32.const 1)))
        (br $next)))
    (global.set $sum (i32.add (global.get $sum) (local.get $mine)))
    (local.get $n))
)
