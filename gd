#!/usr/bin/env bash
# gd launcher: builds the jar on first use (or when the sources changed), keeps an AppCDS
# archive of the classes a run loads so start-up stays near 65 ms, then runs gd.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
jar="$here/target/gd.jar"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
jdk="${JAVA_HOME:-default}"
jsa="$here/target/gd-${jdk//[^A-Za-z0-9]/_}.jsa"     # one archive per JDK: an archive works only with the JDK that wrote it

stale() {
  [ ! -f "$jar" ] && return 0
  [ -n "$(find "$here/src/main" "$here/grammar" "$here/pom.xml" -newer "$jar" -print -quit 2>/dev/null)" ]
}

# Two gd started at once after a change must not build into the same target/ together (each
# would see the other's half-written classes): the build runs under a lock, and whoever waited
# for it looks again before building, since the jar is usually fresh by then.
build() {
  command -v mvn >/dev/null || { echo "gd: building needs Maven (apt-get install maven) and a JDK 17+" >&2; exit 69; }
  echo "gd: building (first run only)..." >&2
  log="$(mktemp)"
  if ! (cd "$here" && mvn -q -B -DskipTests package >"$log" 2>&1); then
    cat "$log" >&2; rm -f "$log"
    echo "gd: build failed" >&2; exit 70
  fi
  rm -f "$log" "$here"/target/gd-*.jsa
}

if stale; then
  mkdir -p "$here/target"
  if command -v flock >/dev/null; then
    exec 9>"$here/target/.build.lock"
    flock 9
    if stale; then build; fi
    exec 9>&-
  else                                   # no flock(1): mkdir is atomic; wait for the other build's lock folder to go
    until mkdir "$here/target/.build.lock.d" 2>/dev/null; do sleep 0.2; done
    trap 'rmdir "$here/target/.build.lock.d" 2>/dev/null' EXIT
    if stale; then build; fi
    rmdir "$here/target/.build.lock.d"; trap - EXIT
  fi
fi

# The archive is tied to this JDK and this jar: record it once, from a short training run
# (a small script with train, then a scripted REPL session in memory; see Main.rehearse).
if [ ! -f "$jsa" ] || [ "$jsa" -ot "$jar" ]; then
  tmp="$jsa.$$.tmp"
  "$java" -XX:ArchiveClassesAtExit="$tmp" -Xlog:cds=off -Xlog:cds+dynamic=off -Dgd.tty=rehearse -jar "$jar" \
    >/dev/null 2>&1 </dev/null \
    && mv -f "$tmp" "$jsa" || rm -f "$tmp"
fi

# File names are bytes, but a JVM in a non-UTF-8 locale (LANG=C) decodes arguments and paths as
# ASCII and cannot open 'ünï.gd'. The JVM runs in C.UTF-8 then; gd.charset keeps the terminal's
# real encoding, so what gd prints is still plain ASCII there.
enc=()
case "${LC_ALL:-${LC_CTYPE:-${LANG:-}}}" in
  *[Uu][Tt][Ff]-8*|*[Uu][Tt][Ff]8*) ;;
  *) enc=(-Dgd.charset="$(locale charmap 2>/dev/null || echo US-ASCII)"); export LC_ALL=C.UTF-8 ;;
esac

tty=0; [ -t 0 ] && [ -t 1 ] && tty=1
cds=(); [ -f "$jsa" ] && cds=(-XX:SharedArchiveFile="$jsa" -Xlog:cds=off -Xlog:cds+dynamic=off)
# C1 only: on 2 cores C2's compile threads cost more than they win within a run of a few
# seconds (W2/W3 about 1.5-2x faster whole-process, start-up faster too); a training run of
# minutes steps ~1.3x faster with C2: GD_JAVA_OPTS=-XX:TieredStopAtLevel=4 turns it back on.
# Serial GC: one thread, no GC threads competing with the evaluation. No perf data file
# (-XX:-UsePerfData, ~5 ms of start-up; jstat/jcmd cannot see gd then).
# The heap in 2 MB pages where the kernel hands them out on request (THP mode "madvise"; "always"
# needs no flag, and asking where THP is off would print a warning): building a big loss faults in
# a few large pages instead of thousands of small ones (W3 310 -> 292 ms median, start-up unchanged).
thp=(); grep -qs '\[madvise\]' /sys/kernel/mm/transparent_hugepage/enabled && thp=(-XX:+UseTransparentHugePages)
read -r -a extra <<<"${GD_JAVA_OPTS:-}"
exec "$java" "${cds[@]}" ${thp[@]+"${thp[@]}"} -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:-UsePerfData ${enc[@]+"${enc[@]}"} ${extra[@]+"${extra[@]}"} -Dgd.tty=$tty -jar "$jar" "$@"
