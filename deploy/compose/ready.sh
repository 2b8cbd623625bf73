#!/usr/bin/env bash
# Compose healthcheck of a service container: succeeds when GET /actuator/health/readiness answers 200.
# The JRE image has no curl or wget, so it speaks HTTP through bash's /dev/tcp. The port is the first argument or
# the container's SERVER_PORT.
set -u
port="${1:-${SERVER_PORT:?SERVER_PORT is not set}}"
exec 3<>"/dev/tcp/127.0.0.1/${port}" || exit 1
printf 'GET /actuator/health/readiness HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n' >&3
IFS= read -r -t 4 status <&3 || exit 1
case "$status" in
  "HTTP/1."[01]" 200"*) exit 0 ;;
  *) echo "readiness: ${status}" >&2; exit 1 ;;
esac
