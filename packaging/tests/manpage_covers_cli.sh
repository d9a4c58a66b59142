#!/bin/sh
# Fails when arm-cli has a subcommand (or common option) that the man page does not document, so
# the page cannot fall behind the CLI as subcommands are added.
#   manpage_covers_cli.sh ARM_CLI MANPAGE
set -eu
cli=$1
page=$2
help=$("$cli" --help)
missing=0
# CLI11 lists subcommands under a "Subcommands:" heading (upper case in older CLI11), one per line,
# indented.
subcommands=$(printf '%s\n' "$help" | awk 'tolower($0) ~ /^subcommands:/{on=1; next} on && /^[^ ]/{on=0} on && NF {print $1}')
for sub in $subcommands; do
  if ! grep -q "^\.SS $sub\$" "$page"; then
    echo "man page $page has no '.SS $sub' section for arm-cli subcommand '$sub'"
    missing=1
  fi
done
# Long options of the root command, e.g. --device, --threads.
options=$(printf '%s\n' "$help" | grep -o -- '--[a-z][a-z-]*' | sort -u)
for opt in $options; do
  # In troff source a literal minus is written \-.
  escaped=$(printf '%s' "$opt" | sed 's/-/\\-/g')
  if ! grep -qF -- "$escaped" "$page"; then
    echo "man page $page does not mention the common option $opt"
    missing=1
  fi
done
n_sub=$(printf '%s\n' "$subcommands" | grep -c . || true)
n_opt=$(printf '%s\n' "$options" | grep -c . || true)
echo "checked $n_sub subcommands and $n_opt options of $cli against $page"
exit $missing
