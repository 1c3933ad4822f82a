#!/usr/bin/env bash
# Start-up of `sfstream run` as users run it: the CLI distribution's bin/sfstream, a fresh JVM each run, one
# service with one PushTopic handler (StartupService.java, next to this script) against one warm emulator in
# another process, with EVENTS retained events that the service replays (REPLAY_DEFAULT: all).
# Times from process spawn to the `Subscribed to` log line, to the first handled event and to the last one,
# and the process's CPU time (user + system) at the last event; prints every run and the medians.
#
# Usage: benchmarks/startup/measure.sh [--runs 10] [--events 1] [--dist DIR] [--variant NAME=COMMAND ...]
#                                      [--classes] [--redis URI]
#   --dist      the unpacked distribution (default: the one ./sfstream builds from this checkout); it runs the
#               emulator, and DIST/bin/sfstream is the variant timed when none is given
#   --variant   a command to time, e.g. --variant "before=/tmp/old/bin/sfstream"
#               --variant "no-cds=env SFSTREAM_CDS=off DIST/bin/sfstream"; several variants run interleaved
#               (run 1 of each, then run 2 of each, ...), so that a machine's drift affects them alike
#   --classes   also count the classes one run of each variant loads (-Xlog:class+load)
#   --redis     store replay ids in this Redis, as the headline's service does (a key prefix of each run's own,
#               so that every run replays all the retained events)
# SFSTREAM_JAVA_OPTS passes through. Needs bash 5 ($EPOCHREALTIME), curl and a JDK (javac).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
runs=10 events=1 dist="" classes=false redis=""
variants=()
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --events) events="$2"; shift 2 ;;
    --dist) dist="$2"; shift 2 ;;
    --variant) variants+=("$2"); shift 2 ;;
    --classes) classes=true; shift ;;
    --redis) redis="$2"; shift 2 ;;
    *) echo "measure.sh: unknown option $1 (see the comment at the top of the script)" >&2; exit 2 ;;
  esac
done
if [ -z "$dist" ]; then
  "$root/sfstream" --version >/dev/null   # builds the distribution when sources changed
  dist="$(cat "$root/.sfstream/dist")"
fi
[ ${#variants[@]} -gt 0 ] || variants=("sfstream=$dist/bin/sfstream")

work="$(mktemp -d)"
emulator_pid=""
cleanup() {
  [ -n "$emulator_pid" ] && kill "$emulator_pid" 2>/dev/null && wait "$emulator_pid" 2>/dev/null
  rm -rf "$work"
  # the replay ids the runs stored (each under a prefix of its own)
  if [ -n "$redis" ] && command -v redis-cli >/dev/null; then
    redis-cli -u "$redis" --scan --pattern "measure:$$-*" | while read -r key; do
      redis-cli -u "$redis" del "$key" >/dev/null
    done
  fi
}
trap cleanup EXIT

mkdir -p "$work/classes"
javac -d "$work/classes" -cp "$dist/lib/*" "$here/StartupService.java"

# The emulator, warm for every run: started once, in its own process.
SFSTREAM_CDS=off SFSTREAM_JAVA_OPTS="" "$dist/bin/sfstream" emulator >"$work/emulator.log" 2>&1 &
emulator_pid=$!
for _ in $(seq 300); do
  url="$(grep -o 'listening on http://[^ ]*' "$work/emulator.log" | head -n 1 | cut -d' ' -f3 || true)"
  [ -n "$url" ] && break
  sleep 0.1
done
[ -n "$url" ] || { echo "measure.sh: the emulator did not start" >&2; cat "$work/emulator.log" >&2; exit 1; }

cat >"$work/config.yaml" <<EOF
SALESFORCE:
  USERNAME: integration@example.com
  PASSWORD: password
  SECURITY_TOKEN: TOKEN
  SANDBOX: False
  LOGIN_URL: $url
  API_VERSION: "64.0"
  REPLAY_DEFAULT: all
EOF
if [ -n "$redis" ]; then
  cat >>"$work/config.yaml" <<EOF
  PUSHTOPIC_REPLAY_ENABLED: true
  PUSHTOPIC_REPLAY_REDIS_URI: $redis
  PUSHTOPIC_REPLAY_KEY_PREFIX: "measure:\${MEASURE_RUN}:"
EOF
fi

# One timed run of command $1: prints "SUBSCRIBED FIRST LAST CPU" in seconds (- when not seen within 60 s).
# The process's output lines are stamped as they arrive (into file $2); the process is stopped with SIGTERM
# once a line matches $3 (default: the last event). A timed start execs (its archive was recorded by then), so the
# coprocess is the JVM itself.
timed_run() {
  local command="$1" out="$2" until="${3:-startup: last event}" start subscribed=- first=- last=- cpu=- line
  local stamp pid
  start=$EPOCHREALTIME
  # shellcheck disable=SC2086 # the command is words: a launcher, maybe after env VAR=value
  coproc RUN { MEASURE_RUN="$$-$RANDOM-$RANDOM" STARTUP_EVENTS="$events" exec $command run --config "$work/config.yaml" \
      --classpath "$work/classes" startup.StartupService 2>&1; }
  pid=$RUN_PID
  while IFS= read -r -t 60 line <&"${RUN[0]}"; do
    stamp=$EPOCHREALTIME
    printf '%s %s\n' "$stamp" "$line" >>"$out"
    case "$line" in
      *"Subscribed to /topic/StartupAccounts"*) subscribed=$(elapsed "$start" "$stamp") ;;
      *"startup: first event"*) first=$(elapsed "$start" "$stamp") ;;
    esac
    case "$line" in *"startup: last event"*) last=$(elapsed "$start" "$stamp") ;; esac
    case "$line" in *"$until"*) cpu=$(cpu_seconds "$pid"); break ;; esac
  done
  kill -TERM "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  echo "$subscribed $first $last $cpu"
}

# User + system CPU seconds of a process so far (fields 14 and 15 of /proc/PID/stat, in clock ticks).
cpu_seconds() {
  local fields
  read -r -a fields <"/proc/$1/stat" || { echo -; return; }
  # field 2 (the command) holds no space here: it is java
  awk -v u="${fields[13]}" -v s="${fields[14]}" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.2f", (u + s) / hz }'
}

elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", b - a }'; }

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) print "-"; else if (NR % 2) print v[(NR + 1) / 2];
  else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# The first run declares the PushTopic; then the retained events are published, and each variant runs once
# before the timed runs.
first_command="${variants[0]#*=}"
timed_run "$first_command" "$work/declare.log" "Subscribed to /topic/StartupAccounts" >/dev/null
curl -sf -X POST -H 'Content-Type: application/json' \
  -d "{\"channel\":\"/topic/StartupAccounts\",\"count\":$events}" "$url/__emulator__/publish" >/dev/null
for variant in "${variants[@]}"; do
  timed_run "${variant#*=}" "$work/warm-up.log" >/dev/null
done

echo "$events retained events, SFSTREAM_JAVA_OPTS='${SFSTREAM_JAVA_OPTS:-}', $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "variant run subscribed_s first_event_s last_event_s cpu_s"
for i in $(seq "$runs"); do
  for variant in "${variants[@]}"; do
    name="${variant%%=*}"
    result="$(timed_run "${variant#*=}" "$work/$name-$i.log")"
    echo "$name $i $result"
    echo "$result" >>"$work/results-$name"
  done
done
echo "variant median subscribed_s first_event_s last_event_s cpu_s"
for variant in "${variants[@]}"; do
  name="${variant%%=*}"
  line="$name median"
  for column in 1 2 3 4; do
    line="$line $(awk -v c="$column" '$c != "-" { print $c }' "$work/results-$name" | median)"
  done
  echo "$line"
done

if $classes; then
  for variant in "${variants[@]}"; do
    name="${variant%%=*}"
    SFSTREAM_JAVA_OPTS="${SFSTREAM_JAVA_OPTS:-} -Xlog:class+load=info:file=$work/classes-$name.log" \
      timed_run "${variant#*=}" "$work/classes-run.log" >/dev/null
    echo "$name classes loaded: $(grep -c 'source:' "$work/classes-$name.log")" \
      "(from the CDS archive: $(grep -c 'source: shared objects file' "$work/classes-$name.log"))"
  done
fi
