#!/bin/sh
# RUSTC_WRAPPER for the scale benchmark: runs rustc under `/usr/bin/time -f %M` when it compiles the seven_oh
# library (appending its peak resident set, in KiB, to $SCALE_RSS), and plain rustc otherwise.
case " $* " in
*" --crate-name seven_oh "*"--crate-type lib"*) exec /usr/bin/time -f %M -a -o "$SCALE_RSS" "$@" ;;
esac
exec "$@"
