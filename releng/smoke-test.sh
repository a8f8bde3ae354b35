#!/usr/bin/env bash
# Product smoke tests: the built product, started through ./noodle exactly as a user starts it.
# Run by './noodle test' after the Maven build; needs the product built and Xvfb installed.
# Prints one line per check and ends with 'smoke: N passed, M failed'.
set -uo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
NOODLE=$ROOT/noodle
TMP=$(mktemp -d)
# the folders trusted to run studies: this run's own list, not the user's
export NOODLE_TRUST_FILE=$TMP/trusted-folders
PASSED=0
FAILED=0
BG_PID=""

cleanup() {
  [[ -n $BG_PID ]] && kill -9 "$BG_PID" 2>/dev/null
  pkill -9 -f -- "-data $TMP/" 2>/dev/null
  rm -rf "$TMP"
}
trap cleanup EXIT

ok() { echo "ok   - $1"; PASSED=$((PASSED + 1)); }
fail() { echo "FAIL - $1"; shift; printf '       %s\n' "$@"; FAILED=$((FAILED + 1)); }

# expect NAME EXPECTED_RC GREP_PATTERN -- command...
expect() {
  local name=$1 want=$2 pattern=$3; shift 4
  local out rc
  out=$("$@" 2>&1); rc=$?
  if [[ $rc != "$want" ]]; then
    fail "$name" "exit code $rc, expected $want" "$(tail -5 <<<"$out")"
  elif [[ -n $pattern ]] && ! grep -qE -- "$pattern" <<<"$out"; then
    fail "$name" "output lacks /$pattern/" "$(tail -5 <<<"$out")"
  else
    ok "$name"
  fi
}

png_size() { # prints WIDTHxHEIGHT of a PNG
  local hex; hex=$(od -An -tx1 -j16 -N8 "$1" | tr -d ' \n')
  echo "$((16#${hex:0:8}))x$((16#${hex:8:8}))"
}

# 1. the window opens and a screenshot of it is written
shot=$TMP/shot.png
expect "run --headless-display --screenshot writes the window" 0 "screenshot written" -- \
  "$NOODLE" run --headless-display --screenshot "$shot" -data "$TMP/ws1"
if [[ -f $shot && $(head -c 8 "$shot" | od -An -tx1 | tr -d ' \n') == 89504e470d0a1a0a && $(png_size "$shot") == 1280x800 ]]; then
  ok "screenshot is a 1280x800 PNG"
else
  fail "screenshot is a 1280x800 PNG" "got: $(file "$shot" 2>/dev/null || echo missing)"
fi

# 2. a second workbench on a workspace in use is refused, naming the holder
"$NOODLE" run --headless-display -data "$TMP/ws2" >"$TMP/first.log" 2>&1 &
BG_PID=$!
lock=$TMP/ws2/.metadata/noodle.lock
for _ in $(seq 1 300); do [[ -s $lock ]] && break; sleep 0.1; done
holder=$(cut -d' ' -f1 "$lock" 2>/dev/null)
if [[ -z $holder ]]; then
  fail "first workbench holds the workspace" "no lock holder after 30 s" "$(tail -5 "$TMP/first.log")"
else
  ok "first workbench holds the workspace ($holder)"
  expect "second workbench on the same workspace is refused with the holder named" 3 "in use by $holder" -- \
    "$NOODLE" run --headless-display --screenshot "$TMP/second.png" -data "$TMP/ws2"
  # 3. the holder dies without cleaning up: its lock is stale and is taken over
  kill -9 "${holder%@*}" 2>/dev/null
  wait "$BG_PID" 2>/dev/null
  BG_PID=""
  expect "a dead workbench's lock is taken over" 0 "took over the workspace lock left by $holder" -- \
    "$NOODLE" run --headless-display --screenshot "$TMP/third.png" -data "$TMP/ws2"
fi

# 4. bad workspaces and no display
touch "$TMP/plainfile"
expect "a file as workspace is refused with the fix" 1 "it is a file, not a folder.*-data <folder>" -- \
  "$NOODLE" run --headless-display -data "$TMP/plainfile"
expect "no display explains how to get one" 1 "--headless-display" -- \
  env -u DISPLAY "$NOODLE" run -data "$TMP/ws4"

# 5. the headless toolchain check
expect "check prints the tool table" 0 "^yosys +found" -- "$NOODLE" check
expect "check ends with the verdict" 0 "All required tools found" -- "$NOODLE" check

# 6. studies from the command line: import, validate, export, and the workbench opening one
ws5=$TMP/ws5
mkdir -p "$TMP/yaml/designs/mac8" && echo "module mac8(); endmodule" >"$TMP/yaml/designs/mac8/mac8.v"
cat >"$TMP/yaml/study.yaml" <<'YAML'
name: smoke_study
base_case: mac8_base
safety_domain: guarded
snapshot: {path: designs/mac8, format: verilog}
ecos:
  - {name: resize, class: topology_neutral, parameters: [{name: paths, type: int, default: "5", min: 1, max: 50}]}
stages:
  - {name: resize, trial_budget: 4, survivor_count: 2, allowed_eco_classes: [topology_neutral], ecos: [resize]}
  - {name: place, trial_budget: 2, survivor_count: 1, depends_on: [resize]}
YAML
expect "import prints the path of the new study" 0 "^$ws5/smoke_study/smoke_study.noodle$" -- \
  "$NOODLE" import "$TMP/yaml/study.yaml" -data "$ws5"
expect "validate prints the legality report of a legal study" 0 "^LEGAL \(0 error" -- \
  "$NOODLE" validate "$ws5/smoke_study" -data "$ws5"
expect "export writes Noodle 2's flat file (a study named in the workspace)" 0 "^$TMP/again.yaml$" -- \
  bash -c "cd '$TMP' && '$NOODLE' export smoke_study again.yaml -data '$ws5'"
expect "exported YAML starts with the study name" 0 "^name: smoke_study$" -- cat "$TMP/again.yaml"
sed 's/survivor_count: 2/survivor_count: 9/; s/smoke_study/bad_study/' "$TMP/yaml/study.yaml" >"$TMP/yaml/bad.yaml"
"$NOODLE" import "$TMP/yaml/bad.yaml" -data "$ws5" >/dev/null 2>&1
expect "validate exits 1 on an illegal study, naming the rule" 1 "ERROR: Stage 'resize' \(survivorCount\): 9 survivors exceed" -- \
  "$NOODLE" validate "$ws5/bad_study/bad_study.noodle"
printf 'name: x\nbase_case: [unclosed\n' >"$TMP/yaml/broken.yaml"
expect "import of malformed YAML names the file and line" 1 "broken.yaml:2:[0-9]+: error: malformed YAML" -- \
  "$NOODLE" import "$TMP/yaml/broken.yaml" -data "$ws5"
expect "the workbench opens a study with --open" 0 "screenshot written" -- \
  "$NOODLE" run --headless-display --screenshot "$TMP/study.png" --open "$ws5/smoke_study" -data "$ws5"

# 7. running a study from the command line; kill -9 mid-stage, then resume: nothing finished runs again
rs=$TMP/rs
mkdir -p "$rs"
cat >"$rs/flow" <<FLOW
#!/bin/sh
# a trial program speaking the command adapter's protocol (see docs/USER-GUIDE.md)
echo "\$1" >> "$rs/runs.txt"
base=-500
if [ "\$3" != "-" ] && [ -f "\$3" ]; then base=\$(cat "\$3"); fi
case "\$2" in
  none) wns=\$base ;;
  good) wns=\$((base + 100)) ;;
  slow) sleep 4; wns=\$((base + 50)) ;;
esac
echo "\$wns" > design
echo "wns \$wns ps" > report.txt
FLOW
chmod +x "$rs/flow"
cat >"$rs/study.yaml" <<'YAML'
name: rs_study
base_case: rs_base
# each ECO has a parameter to vary, so that a budget of 2 plans two distinct trials (none is ever run twice)
ecos:
  - {name: good, class: topology_neutral, parameters: [{name: effort, type: int, default: "1", min: 1, max: 9}]}
  - {name: slow, class: topology_neutral, parameters: [{name: effort, type: int, default: "1", min: 1, max: 9}]}
stages:
  - {name: a, trial_budget: 2, survivor_count: 1, ecos: [good]}
  - {name: b, trial_budget: 2, survivor_count: 1, ecos: [slow], depends_on: [a]}
YAML
"$NOODLE" import "$rs/study.yaml" -data "$rs/ws" >/dev/null 2>&1
"$NOODLE" run-study rs_study --command "$rs/flow" --slots 2 -data "$rs/ws" >"$rs/first.log" 2>&1 &
BG_PID=$!
for _ in $(seq 1 300); do grep -q rs_base_1_1 "$rs/runs.txt" 2>/dev/null && break; sleep 0.1; done
runner=$(cut -d@ -f1 "$rs/ws/rs_study/run.lock" 2>/dev/null)
if [[ -n $runner ]] && kill -9 "$runner" 2>/dev/null; then
  wait "$BG_PID" 2>/dev/null; BG_PID=""
  ok "run-study killed with SIGKILL in the middle of stage b"
  expect "run-study --resume finishes the study" 0 "SUCCEEDED" -- \
    "$NOODLE" run-study rs_study --command "$rs/flow" --slots 2 --resume -data "$rs/ws"
  counts=$(sort "$rs/runs.txt" | uniq -c | awk '{print $2 "=" $1}' | tr '\n' ' ')
  if [[ $counts == "rs_base=1 rs_base_0_0=1 rs_base_0_1=1 rs_base_1_0=2 rs_base_1_1=2 " ]]; then
    ok "resume ran only the trials that were running when it died ($counts)"
  else
    fail "resume ran only the trials that were running when it died" "runs: $counts"
  fi
else
  fail "run-study killed with SIGKILL in the middle of stage b" "no runner holds the lock" "$(tail -5 "$rs/first.log")"
fi
expect "a new run after a finished one goes into a folder of its own" 0 "run folder $rs/ws/rs_study/runs/run-2" -- \
  "$NOODLE" run-study rs_study --command "$rs/flow" -data "$rs/ws"
if [[ -f $rs/ws/rs_study/runs/run-1/outcome.json && -f $rs/ws/rs_study/runs/run-2/outcome.json ]] \
   && ! grep -q "rs_base_0_0" "$rs/ws/rs_study/rs_study.noodle"; then
  ok "each run keeps its results in its own folder; the study file holds the design only"
else
  fail "each run keeps its results in its own folder; the study file holds the design only" "$(ls -R "$rs/ws/rs_study" | head -20)"
fi

# a workspace this product did not start (copied from someone) runs nothing until the user trusts it
cp -r "$rs/ws" "$rs/theirs"
rm -f "$rs/theirs/.metadata/runs/"*.lock "$rs/theirs/rs_study/run.lock"
expect "run-study in a workspace copied from elsewhere is refused until trusted" 5 "is not trusted.*noodle trust" -- \
  "$NOODLE" run-study rs_study --command "$rs/flow" --new -data "$rs/theirs"
expect "noodle trust remembers the folder" 0 "^trusted: $rs/theirs" -- "$NOODLE" trust "$rs/theirs" -data "$rs/theirs"
expect "once trusted, it runs" 0 "SUCCEEDED" -- "$NOODLE" run-study rs_study --command "$rs/flow" --new -data "$rs/theirs"

# SIGTERM cancels the run, which writes its checkpoint and says it can be resumed
sed 's/rs_study/rt_study/; s/rs_base/rt_base/' "$rs/study.yaml" >"$rs/term.yaml"
"$NOODLE" import "$rs/term.yaml" -data "$rs/ws" >/dev/null 2>&1
"$NOODLE" run-study rt_study --command "$rs/flow" -data "$rs/ws" >"$rs/term.log" 2>&1 &
BG_PID=$!
for _ in $(seq 1 300); do grep -q rt_base_1_0 "$rs/runs.txt" 2>/dev/null && break; sleep 0.1; done
runner=$(cut -d@ -f1 "$rs/ws/rt_study/run.lock" 2>/dev/null)
[[ -n $runner ]] && kill -TERM "$runner"
wait "$BG_PID" 2>/dev/null; term_rc=$?; BG_PID=""
if grep -q "CANCELLED - cancelled; resume with --resume" "$rs/term.log" && grep -q '"rt_base_0_0"' "$rs/ws/rt_study/runs/run-1/checkpoints/study_checkpoint.json"; then
  ok "SIGTERM cancels the run and leaves a checkpoint"
else
  fail "SIGTERM cancels the run and leaves a checkpoint" "$(tail -3 "$rs/term.log")"
fi
if [[ $term_rc == 6 ]]; then
  ok "SIGTERM of run-study exits with the documented code 6"
else
  fail "SIGTERM of run-study exits with the documented code 6" "exit code $term_rc"
fi

# 7b. the demo study on the real EDA flow: written on first start and by 'demo', run, and read back
if [[ -f $TMP/ws1/demo_mac8/demo_mac8.noodle ]]; then
  ok "the first start wrote the demo study into the workspace"
else
  fail "the first start wrote the demo study into the workspace" "$(ls "$TMP/ws1" 2>&1)"
fi
expect "demo prints the demo study's folder" 0 "^$TMP/demo/demo_mac8\$" -- "$NOODLE" demo -data "$TMP/demo"
expect "run-study runs the demo on yosys, qflow and OpenSTA" 0 "demo_mac8: SUCCEEDED" -- \
  "$NOODLE" run-study demo_mac8 -data "$TMP/demo"
if awk -F, 'BEGIN { best = -1e18 } NR > 1 && $1 == "mac8" { base = $8 } NR > 1 && $5 == "buffer_fanout" && $8 > best { best = $8 }
            END { exit !(base < 0 && best > base) }' "$TMP/demo/demo_mac8/runs/run-1/reports/cases.csv"; then
  ok "the demo's ECOs improve WNS over the base case"
else
  fail "the demo's ECOs improve WNS over the base case" "$(cut -d, -f1-9 "$TMP/demo/demo_mac8/runs/run-1/reports/cases.csv")"
fi
expect "parse reads the demo's run folder" 0 '"kind" : "sta_report"' -- "$NOODLE" parse "$TMP/demo/demo_mac8/runs/run-1/cases"

# 7c. the demo run's HTML report, rendered offline by headless Chromium and checked by its pixels
expect "report writes the demo run's HTML report" 0 "/demo_mac8/runs/run-1/report/index.html\$" -- \
  "$NOODLE" report demo_mac8 -data "$TMP/demo"
if ! command -v chromium >/dev/null; then
  fail "headless Chromium shows the report's pictures" "chromium is not installed (./noodle test installs it)"
else
  # no network: a proxy nowhere, so any fetch the page tried would fail and leave its picture blank
  timeout 120 chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --proxy-server=127.0.0.1:9 \
    --window-size=1300,4400 --screenshot="$TMP/report.png" \
    "file://$TMP/demo/demo_mac8/runs/run-1/report/index.html" >"$TMP/chromium.log" 2>&1
  if look=$(python3 "$ROOT/releng/check-report-picture.py" "$TMP/report.png" 2>&1); then
    ok "headless Chromium shows the report's pictures"
  else
    fail "headless Chromium shows the report's pictures" "$look" "$(tail -3 "$TMP/chromium.log")"
  fi
fi

# 7d. the demo on a real Ray cluster the script starts, and on a real SSH host on loopback: the same cases
same_cases() { # RUN_A RUN_B: case, state, WNS and TNS of every case equal
  diff <(cut -d, -f1,6,8,9 "$1/reports/cases.csv") <(cut -d, -f1,6,8,9 "$2/reports/cases.csv")
}
export NOODLE_RAY_STATE=$TMP/ray-cluster.json
expect "ray up starts a Ray cluster on loopback" 0 "ray cluster up: address 127\.0\.0\.1:" -- \
  "$NOODLE" ray up --workers 1 --cpus 2 -data "$TMP/demo"
expect "run-study --executor ray runs the demo on it" 0 "demo_mac8: SUCCEEDED" -- \
  "$NOODLE" run-study demo_mac8 --new --executor ray -data "$TMP/demo"
if out=$(same_cases "$TMP/demo/demo_mac8/runs/run-1" "$TMP/demo/demo_mac8/runs/run-2" 2>&1); then
  ok "the demo on Ray gives the same cases as on this machine"
else
  fail "the demo on Ray gives the same cases as on this machine" "$out"
fi
expect "ray down stops it" 0 "ray cluster stopped" -- "$NOODLE" ray down -data "$TMP/demo"
sshd_dir=$TMP/sshd; mkdir -p "$sshd_dir/work" /run/sshd
ssh-keygen -q -t ecdsa -N '' -f "$sshd_dir/host_key" && ssh-keygen -q -t ecdsa -N '' -f "$sshd_dir/user_key"
cp "$sshd_dir/user_key.pub" "$sshd_dir/authorized_keys"
sshd_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
printf '%s\n' "Port $sshd_port" "ListenAddress 127.0.0.1" "HostKey $sshd_dir/host_key" \
  "AuthorizedKeysFile $sshd_dir/authorized_keys" "PasswordAuthentication no" "PermitRootLogin prohibit-password" \
  "StrictModes no" "UsePAM no" "PidFile $sshd_dir/sshd.pid" "Subsystem sftp internal-sftp" > "$sshd_dir/sshd_config"
if /usr/sbin/sshd -f "$sshd_dir/sshd_config" -E "$sshd_dir/sshd.log"; then
  expect "hosts add takes a build host" 0 "^added loop" -- "$NOODLE" hosts add loop --host 127.0.0.1 \
    --port "$sshd_port" --user "$(id -un)" --key "$sshd_dir/user_key" --work "$sshd_dir/work" --slots 2 -data "$TMP/demo"
  expect "hosts check refuses a host whose key is not known" 1 "is not known: it presents SHA256:" -- \
    "$NOODLE" hosts check -data "$TMP/demo"
  fp=$(ssh-keygen -l -f "$sshd_dir/host_key.pub" | awk '{print $2}')
  fp_re=$(printf '%s' "$fp" | sed 's/[][\\.*^$+?(){}|]/\\&/g')  # a fingerprint holds + and /: match it literally
  expect "hosts trust records the host key by its fingerprint" 0 "trusted loop .*$fp_re" -- \
    "$NOODLE" hosts trust loop --expect "$fp" -data "$TMP/demo"
  expect "hosts check finds the host ready with its tools" 0 "loop .*: ready" -- "$NOODLE" hosts check -data "$TMP/demo"
  expect "run-study --executor ssh runs the demo on the host" 0 "demo_mac8: SUCCEEDED" -- \
    "$NOODLE" run-study demo_mac8 --new --executor ssh -data "$TMP/demo"
  if out=$(same_cases "$TMP/demo/demo_mac8/runs/run-1" "$TMP/demo/demo_mac8/runs/run-3" 2>&1); then
    ok "the demo on an SSH host gives the same cases as on this machine"
  else
    fail "the demo on an SSH host gives the same cases as on this machine" "$out"
  fi
  kill "$(cat "$sshd_dir/sshd.pid")" 2>/dev/null
else
  fail "an sshd starts on loopback for the SSH executor" "$(cat "$sshd_dir/sshd.log" 2>/dev/null)"
fi

# 8. a crash is never exit 0: each command on broken input ends non-zero with one readable last line
bad=$TMP/bad
mkdir -p "$bad/ws/broken"
printf 'name: ctl\nbase_case: b\ndescription: "a\\0b"\n' >"$bad/ctl.yaml"
printf 'name: w\nbase_case: b\nrails: {max_runtime_hours: .inf}\n' >"$bad/inf.yaml"
printf '<?xml version="1.0" encoding="UTF-8"?>\n<noodle:Study xmlns:noodle="http://noodle.io/study/1.0" name="br' \
  >"$bad/ws/broken/broken.noodle"
truncate -s 2500M "$bad/huge.log"   # sparse: no disk used
touch "$bad/afile"
# never_silent NAME -- command...: a non-zero exit, the last line of stderr starts with 'noodle', no stack trace
never_silent() {
  local name=$1; shift 2
  local errs rc last
  errs=$("$@" 2>&1 >/dev/null); rc=$?
  last=$(tail -1 <<<"$errs")
  if ((rc == 0)); then
    fail "$name" "exit code 0" "$(tail -3 <<<"$errs")"
  elif [[ $last != noodle* ]] || grep -qE '^[[:space:]]+at |Exception in thread|An error has occurred' <<<"$errs"; then
    fail "$name" "exit code $rc, but no one-line message" "$(tail -5 <<<"$errs")"
  else
    ok "$name (exit $rc: ${last:0:90}...)"
  fi
}
never_silent "import of a NUL in a description" -- "$NOODLE" import "$bad/ctl.yaml" -data "$bad/ws"
never_silent "import of an infinite rail" -- "$NOODLE" import "$bad/inf.yaml" -data "$bad/ws"
never_silent "validate of a truncated study file" -- "$NOODLE" validate broken -data "$bad/ws"
never_silent "export of a truncated study file" -- "$NOODLE" export broken "$bad/out.yaml" -data "$bad/ws"
never_silent "run-study of a truncated study file" -- "$NOODLE" run-study broken -data "$bad/ws"
never_silent "approve in a truncated study file" -- "$NOODLE" approve broken gate -data "$bad/ws"
never_silent "parse of a 2.5 GB log" -- "$NOODLE" parse "$bad/huge.log"
never_silent "demo into a workspace that is a file" -- "$NOODLE" demo -data "$bad/afile"
never_silent "bench with a bad number" -- "$NOODLE" bench model --cases many
if [[ -e $bad/out.yaml ]]; then fail "nothing is written by a failed export" "$bad/out.yaml exists"; else ok "nothing is written by a failed export"; fi

# 9. the script itself
expect "--help lists the commands" 0 "bench startup" -- "$NOODLE" --help
expect "run --help prints the usage" 0 "headless-display" -- "$NOODLE" run --help
expect "an unknown command is refused" 1 "unknown command 'bogus'" -- "$NOODLE" bogus
expect "no JDK 21+ says what to install" 1 "no JDK 21 or newer found" -- \
  env JAVA_HOME=/nonexistent NOODLE_JVM_DIRS=/nonexistent PATH=/usr/local/nojdk:/usr/bin:/bin "$NOODLE" check

echo "smoke: $PASSED passed, $FAILED failed"
((FAILED == 0))
