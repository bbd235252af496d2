#!/usr/bin/env bash
# A Spark standalone cluster on this machine's loopback interface, for `zonelab ... --engine spark
# --master spark://127.0.0.1:PORT` (docs/SCALE.md). Master and workers run from ZoneLab's own classpath
# (Spark's Master and Worker classes come with its Maven dependencies; no Spark download).
#
#   scripts/spark-standalone.sh start [--workers N] [--cores C] [--memory M] [--port P] [--dir DIR]
#   scripts/spark-standalone.sh status [--dir DIR]
#   scripts/spark-standalone.sh stop [--dir DIR]
#
# Everything the cluster writes (logs, pid files, the workers' scratch space) is under DIR (default
# target/spark-standalone), and stop ends exactly the processes that start started there.
# If ZONELAB_SPARK_SECRET is set, the cluster requires it (spark.authenticate), and zonelab, which reads
# the same variable, sends it. --classpath CP replaces the built jar and its libraries (the tests use it).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
command="${1:-}"
[[ $# -gt 0 ]] && shift
workers=2
cores=1
memory=2g
port=7077
dir="$here/target/spark-standalone"
classpath=""
start_timeout=90

usage() {
    echo "usage: scripts/spark-standalone.sh start [--workers N] [--cores C] [--memory M] [--port P] [--dir DIR] [--classpath CP] | status [--dir DIR] | stop [--dir DIR]" >&2
    exit 2
}

while [[ $# -gt 0 ]]; do
    case "$1" in
        --workers) workers="${2:?--workers needs a number}"; shift 2 ;;
        --cores) cores="${2:?--cores needs a number}"; shift 2 ;;
        --memory) memory="${2:?--memory needs a size such as 2g}"; shift 2 ;;
        --port) port="${2:?--port needs a number}"; shift 2 ;;
        --dir) dir="${2:?--dir needs a folder}"; shift 2 ;;
        --classpath) classpath="${2:?--classpath needs a class path}"; shift 2 ;;
        *) echo "spark-standalone: unknown option $1" >&2; usage ;;
    esac
done
[[ "$workers" =~ ^[1-9][0-9]?$ ]] || { echo "spark-standalone: --workers $workers: allowed 1..99" >&2; exit 2; }
[[ "$cores" =~ ^[1-9][0-9]?$ ]] || { echo "spark-standalone: --cores $cores: allowed 1..99" >&2; exit 2; }
[[ "$port" =~ ^[1-9][0-9]{0,4}$ && "$port" -le 65535 ]] || { echo "spark-standalone: --port $port: allowed 1..65535" >&2; exit 2; }
[[ "$memory" =~ ^[1-9][0-9]*[mg]$ ]] || { echo "spark-standalone: --memory $memory: allowed a size such as 512m or 2g" >&2; exit 2; }

pids="$dir/pids"
logs="$dir/logs"

# Whether the process of a pid file is alive and is the one this folder started (its command line names
# the folder), so that a reused pid is never signalled.
ours() {
    local pid
    pid="$(cat "$1" 2>/dev/null)" || return 1
    [[ -n "$pid" && -r "/proc/$pid/cmdline" ]] || return 1
    tr '\0' ' ' <"/proc/$pid/cmdline" | grep -qF -- "-Dzonelab.spark.dir=$dir"
}

stop_all() {
    local f pid stopped=0
    shopt -s nullglob
    # Workers first, so that none re-registers with a master that is going away.
    for f in "$pids"/worker-*.pid "$pids"/master.pid; do
        if ours "$f"; then
            pid="$(cat "$f")"
            kill "$pid" 2>/dev/null || true
            for _ in $(seq 50); do
                kill -0 "$pid" 2>/dev/null || break
                sleep 0.2
            done
            kill -9 "$pid" 2>/dev/null || true
            stopped=$((stopped + 1))
        fi
        rm -f "$f"
    done
    rm -f "$dir/master-url"
    echo "spark-standalone: stopped $stopped processes (folder $dir)"
}

status() {
    local f any=0
    shopt -s nullglob
    for f in "$pids"/master.pid "$pids"/worker-*.pid; do
        any=1
        if ours "$f"; then
            echo "$(basename "$f" .pid): running, pid $(cat "$f")"
        else
            echo "$(basename "$f" .pid): not running"
        fi
    done
    [[ -f "$dir/master-url" ]] && echo "master: $(cat "$dir/master-url")"
    [[ $any -eq 1 ]] || echo "spark-standalone: no cluster in $dir"
}

start() {
    if ours "$pids/master.pid"; then
        echo "spark-standalone: a cluster is already running from $dir (stop it first)" >&2
        exit 1
    fi
    if [[ -z "$classpath" ]]; then
        "$here/zonelab" --version >/dev/null   # builds target/zonelab.jar and target/lib if needed
        classpath="$here/target/zonelab.jar:$here/target/lib/*"
    fi
    mkdir -p "$pids" "$logs" "$dir/work" "$dir/home/jars" "$dir/conf"
    rm -f "$pids"/*.pid "$dir/home/jars"/* "$dir/master-url"
    # The workers start executors from SPARK_HOME/jars: links to the same jars.
    local entry jar
    IFS=':' read -r -a entries <<<"$classpath"
    for entry in "${entries[@]}"; do
        for jar in $entry; do
            [[ "$jar" == *.jar && -f "$jar" ]] && ln -sf "$jar" "$dir/home/jars/$(basename "$jar")"
        done
    done
    # Settings of the daemons, in a file only its owner reads (it may hold the secret).
    local props="$dir/conf/spark.properties"
    (umask 077 && : >"$props")
    {
        echo "spark.master.rest.enabled=false"
        echo "spark.ui.reverseProxy=false"
        echo "spark.worker.cleanup.enabled=true"
        if [[ -n "${ZONELAB_SPARK_SECRET:-}" ]]; then
            echo "spark.authenticate=true"
            echo "spark.authenticate.secret=$ZONELAB_SPARK_SECRET"
        fi
    } >>"$props"
    # The daemons log at INFO (zonelab's own configuration keeps warnings only): the lines start waits for.
    cat >"$dir/conf/log4j2.properties" <<'EOF2'
rootLogger.level = info
rootLogger.appenderRef.stdout.ref = console
appender.console.type = Console
appender.console.name = console
appender.console.target = SYSTEM_ERR
appender.console.layout.type = PatternLayout
appender.console.layout.pattern = %d{yy/MM/dd HH:mm:ss} %p %c{1}: %m%n
EOF2
    local java_opts=("@$here/scripts/spark-jvm.args" "-Xmx512m" "-Dzonelab.spark.dir=$dir"
        "-Dlog4j2.configurationFile=$dir/conf/log4j2.properties")
    export SPARK_HOME="$dir/home" SPARK_SCALA_VERSION=2.13 SPARK_LOCAL_IP=127.0.0.1 SPARK_LOG_DIR="$logs"
    local url="spark://127.0.0.1:$port"
    nohup java "${java_opts[@]}" -cp "$classpath" org.apache.spark.deploy.master.Master \
        --host 127.0.0.1 --port "$port" --webui-port 0 --properties-file "$props" \
        >"$logs/master.log" 2>&1 </dev/null &
    echo $! >"$pids/master.pid"
    wait_for "$logs/master.log" "I have been elected leader" "the master" || { stop_all >/dev/null; exit 1; }
    local i
    for i in $(seq "$workers"); do
        nohup java "${java_opts[@]}" -cp "$classpath" org.apache.spark.deploy.worker.Worker \
            --host 127.0.0.1 --cores "$cores" --memory "$memory" --webui-port 0 \
            --work-dir "$dir/work/worker-$i" --properties-file "$props" "$url" \
            >"$logs/worker-$i.log" 2>&1 </dev/null &
        echo $! >"$pids/worker-$i.pid"
    done
    for i in $(seq "$workers"); do
        wait_for "$logs/worker-$i.log" "Successfully registered with master" "worker $i" || { stop_all >/dev/null; exit 1; }
    done
    echo "$url" >"$dir/master-url"
    echo "spark-standalone: master $url with $workers workers of $cores cores each, on 127.0.0.1"
    echo "  run:  ./zonelab sweep FILE --engine spark --master $url"
    echo "  logs: $logs;  stop: scripts/spark-standalone.sh stop${dir:+ --dir $dir}"
}

# Waits until a log has a line, or the process died, or the time is up.
wait_for() {
    local log="$1" line="$2" what="$3" t
    for t in $(seq $((start_timeout * 5))); do
        grep -qF "$line" "$log" 2>/dev/null && return 0
        sleep 0.2
    done
    echo "spark-standalone: $what did not start within ${start_timeout} s; see $log" >&2
    tail -n 5 "$log" >&2 || true
    return 1
}

case "$command" in
    start) start ;;
    stop) stop_all ;;
    status) status ;;
    *) usage ;;
esac
