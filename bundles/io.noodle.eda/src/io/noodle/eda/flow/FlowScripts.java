package io.noodle.eda.flow;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import io.noodle.eda.parse.Liberty;

/**
 * Writes the tool scripts of a local-flow trial: OpenSTA Tcl for the netlist ECOs and the final reports,
 * the Yosys script that turns an edited netlist back into qflow's BLIF, qflow's {@code project_vars.sh},
 * the ABC script of a re-synthesis and GrayWolf's parameter file. Nothing the user typed reaches a script
 * unchecked: names and paths are validated, numbers are formatted here.
 */
public final class FlowScripts {

    private static final Pattern SAFE_PATH = Pattern.compile("[A-Za-z0-9_./+-]+");
    private static final Pattern IDENT = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    /** The ABC scripts a re-synthesis can choose from ({@code {D}}: the timing target in ps). */
    static final Map<String, String> ABC_SCRIPTS = Map.of(
            "delay", "strash\ndch -f\nmap -D {D}\nbuffer -p\nupsize -D {D}\ndnsize -D {D}\n",
            "area", "strash\ndch -f\namap\n",
            "compress", "strash\nifraig\nscorr\ndc2\ndretime\nstrash\n&get -n\n&dch -f\n&nf\n&put\nbuffer\nupsize\ndnsize\n");

    private FlowScripts() {
    }

    /** The absolute path as a script or a mount may take it, or an error saying why it cannot. */
    public static String safePath(Path p) throws IOException {
        String s = p.toAbsolutePath().normalize().toString();
        if (!SAFE_PATH.matcher(s).matches()) {
            throw new IOException("the path " + s + " has characters the tool scripts cannot take (spaces, quotes, "
                    + "brackets, '$'); move it to a plain path");
        }
        return s;
    }

    static String ident(String name, String what) throws IOException {
        if (name == null || !IDENT.matcher(name).matches()) {
            throw new IOException(what + " '" + name + "' is not a plain identifier (letters, digits, '_')");
        }
        return name;
    }

    /** Tcl that reads the library, a netlist and the constraints. */
    static String readDesign(String liberty, String netlist, String top) {
        return "read_liberty " + liberty + "\nread_verilog " + netlist + "\nlink_design " + top
                + "\nread_sdc constraints.sdc\n";
    }

    /** Tcl procedures shared by the ECOs: the score of the design (WNS, then TNS) and its comparison. */
    private static final String SCORE = """
            proc noodle_score {} { return [list [worst_slack -max] [total_negative_slack -max]] }
            proc noodle_better {a b} {
              set eps 1e-15
              expr {[lindex $a 0] > [lindex $b 0] + $eps || ([lindex $a 0] >= [lindex $b 0] - $eps && [lindex $a 1] > [lindex $b 1] + $eps)}
            }
            proc noodle_not_worse {a b} {
              set eps 1e-9
              expr {[lindex $a 0] >= [lindex $b 0] - $eps && [lindex $a 1] >= [lindex $b 1] - $eps}
            }
            proc noodle_through_slack {pin} {
              set ends [find_timing_paths -through $pin -path_delay max]
              if {[llength $ends] == 0} { return 1e30 }
              return [expr {[[lindex $ends 0] slack] / [sta::unit_scale time]}]
            }
            # the next k for which neither cell <cells>k nor net <nets>k exists: a parent's ECOs used names too
            proc noodle_fresh {cells nets} {
              global noodle_next
              if {![info exists noodle_next($cells)]} { set noodle_next($cells) 0 }
              while 1 {
                set k [incr noodle_next($cells)]
                if {[llength [get_cells -quiet $cells$k]] == 0 && [llength [get_nets -quiet $nets$k]] == 0} { return $k }
              }
            }
            # a path's pin that drives an instance's net: {net, its loads off the path, its number of loads}; else {}
            proc noodle_offpath {p crit} {
              if {![$p is_driver] || [$p is_top_level_port]} { return {} }
              set net [$p net]
              if {$net eq "NULL" || $net eq ""} { return {} }
              set loads {}
              set fanout 0
              foreach l [get_pins -of_objects $net] {
                if {![$l is_load]} continue
                incr fanout
                if {[lsearch -exact $crit [get_full_name $l]] < 0} { lappend loads [get_full_name $l] }
              }
              return [list [get_full_name $net] $loads $fanout]
            }
            # a new buffer <cells>k (pins in, out) on net, its loads moved behind it onto a new net <nets>k
            proc noodle_buffer {bufcell in out netname loads cells nets} {
              set k [noodle_fresh $cells $nets]
              set b $cells$k
              set n $nets$k
              make_instance $b $bufcell
              make_net $n
              foreach l $loads { disconnect_pin $netname $l; connect_pin $n $l }
              connect_pin $netname $b/$in
              connect_pin $n $b/$out
              return [list $b $n]
            }
            # takes out a buffer noodle_buffer put in, its loads back on net
            proc noodle_unbuffer {b n in out netname loads} {
              disconnect_pin $netname $b/$in
              disconnect_pin $n $b/$out
              foreach l $loads { disconnect_pin $n $l; connect_pin $netname $l }
              delete_instance $b
              delete_net $n
            }
            proc noodle_driver {net} {
              foreach l [get_pins -of_objects $net] { if {[$l is_driver]} { return $l } }
              return ""
            }
            proc noodle_worst_pins {n} {
              set out {}
              foreach e [find_timing_paths -path_delay max -group_count $n -endpoint_count 1 -sort_by_slack] {
                lappend out [[$e path] pins]
              }
              return $out
            }
            set noodle_start [noodle_score]
            """;

    /**
     * Upsizes drivers on the {@code paths} worst paths through up to {@code steps} stronger variants each,
     * keeping a change only when WNS (then TNS) improves; writes {@code out}. Its result line names {@code eco}.
     */
    static String resize(String liberty, String in, String out, String top, Liberty lib, int paths, int steps,
            String eco) throws IOException {
        return readDesign(liberty, in, top) + SCORE + resizeCore(lib, Integer.toString(paths), steps, eco)
                + "write_verilog " + out + "\n";
    }

    /**
     * The resizing of {@link #resize} on the design OpenSTA holds, from the score {@code noodle_start};
     * {@code paths} is a number or a Tcl variable.
     */
    private static String resizeCore(Liberty lib, String paths, int steps, String eco) throws IOException {
        StringBuilder up = new StringBuilder("set noodle_up [dict create");
        for (Liberty.Cell c : lib.cells().values().stream().sorted(java.util.Comparator.comparing(Liberty.Cell::name))
                .toList()) {
            List<Liberty.Cell> v = lib.variants(c.name());
            int at = v.indexOf(c);
            if (at < 0 || at == v.size() - 1) {
                continue;
            }
            up.append(' ').append(ident(c.name(), "cell")).append(" {");
            for (int k = at + 1; k <= Math.min(v.size() - 1, at + steps); k++) {
                up.append(' ').append(ident(v.get(k).name(), "cell"));
            }
            up.append(" }");
        }
        up.append("]\n");
        return up + """
                set cur $noodle_start
                set insts {}
                foreach pins [noodle_worst_pins %s] {
                  foreach pin $pins {
                    if {![$pin is_driver] || [$pin is_top_level_port]} continue
                    set inst [$pin instance]
                    if {[lsearch -exact $insts $inst] < 0} { lappend insts $inst }
                  }
                }
                # instances, not pins: a replaced cell gets new pins
                set changed 0
                foreach inst $insts {
                  set name [get_full_name $inst]
                  set cell [get_name [$inst liberty_cell]]
                  if {![dict exists $noodle_up $cell]} continue
                  foreach to [dict get $noodle_up $cell] {
                    replace_cell $inst $to
                    set s [noodle_score]
                    if {[noodle_better $s $cur]} {
                      puts "noodle_eco resize $name $cell -> $to"
                      set cur $s
                      set cell $to
                      incr changed
                    } else {
                      replace_cell $inst $cell
                    }
                  }
                }
                puts "noodle_eco_result %s changed $changed wns $noodle_start -> $cur"
                """.formatted(paths, ident(eco, "ECO"));
    }

    /**
     * For each driver on the worst paths whose net has at least {@code minFanout} loads off the path, moves
     * those loads behind a new buffer (the strongest of the library's buffers); keeps it when it helps.
     */
    static String bufferFanout(String liberty, String in, String out, String top, Liberty.Cell buffer, int minFanout,
            int paths) throws IOException {
        return readDesign(liberty, in, top) + SCORE + bufferFanoutCore(buffer, minFanout, Integer.toString(paths))
                + "write_verilog " + out + "\n";
    }

    /** The buffering of {@link #bufferFanout} on the design OpenSTA holds; {@code paths}: a number or a Tcl variable. */
    private static String bufferFanoutCore(Liberty.Cell buffer, int minFanout, String paths) throws IOException {
        String in = bufIn(buffer);
        String out = bufOut(buffer);
        return """
                set cur $noodle_start
                set added 0
                set bufcell [lindex [get_lib_cells */%s] 0]
                foreach pins [noodle_worst_pins %s] {
                  set crit [lmap p $pins { get_full_name $p }]
                  foreach p $pins {
                    set o [noodle_offpath $p $crit]
                    if {$o eq ""} continue
                    lassign $o netname loads fanout
                    if {[llength $loads] < %d} continue
                    lassign [noodle_buffer $bufcell %s %s $netname $loads noodle_buf_ noodle_net_] b n
                    set s [noodle_score]
                    if {[noodle_better $s $cur]} {
                      puts "noodle_eco buffer $netname: [llength $loads] loads behind $b"
                      set cur $s
                      incr added
                    } else {
                      noodle_unbuffer $b $n %s %s $netname $loads
                    }
                  }
                }
                puts "noodle_eco_result buffer_fanout added $added wns $noodle_start -> $cur"
                """.formatted(ident(buffer.name(), "buffer cell"), paths, minFanout, in, out, in, out);
    }

    /** A buffer's input pin, checked. */
    static String bufIn(Liberty.Cell buffer) throws IOException {
        return ident(buffer.inputs().get(0), "buffer pin");
    }

    /** A buffer's output pin, checked. */
    static String bufOut(Liberty.Cell buffer) throws IOException {
        return ident(buffer.functions().keySet().iterator().next(), "buffer pin");
    }

    /** A Tcl dict from each of the given cells to a value, names checked. */
    private static String dict(String var, Map<String, String> entries) throws IOException {
        StringBuilder d = new StringBuilder("set " + var + " [dict create");
        for (var e : new java.util.TreeMap<>(entries).entrySet()) {
            d.append(' ').append(ident(e.getKey(), "cell")).append(" {").append(e.getValue()).append('}');
        }
        return d.append("]\n").toString();
    }

    /**
     * Noodle 2's power_recovery: cells with more than {@code margin} of slack, most slack first, the
     * {@code percent} % of them one drive weaker, each kept only when WNS and TNS stay and its slack stays over
     * the margin.
     */
    static String powerRecovery(String liberty, String in, String out, String top, Liberty lib, double percent,
            double margin) throws IOException {
        Map<String, String> down = new java.util.HashMap<>();
        for (Liberty.Cell c : lib.cells().values()) {
            List<Liberty.Cell> v = lib.variants(c.name());
            int at = v.indexOf(c);
            if (at > 0) {
                down.put(c.name(), ident(v.get(at - 1).name(), "cell"));
            }
        }
        return readDesign(liberty, in, top) + SCORE + dict("noodle_down", down) + """
                set margin %s
                set cand {}
                foreach inst [get_cells *] {
                  set cell [get_name [$inst liberty_cell]]
                  if {![dict exists $noodle_down $cell]} continue
                  set s 1e30
                  foreach p [get_pins -of_objects $inst] {
                    if {[$p is_driver]} { set s [expr {min($s, [noodle_through_slack $p])}] }
                  }
                  if {$s > $margin} { lappend cand [list $s [get_full_name $inst]] }
                }
                set cand [lsort -real -decreasing -index 0 $cand]
                set n [expr {int(ceil([llength $cand] * %s / 100.0))}]
                set cur $noodle_start
                set changed 0
                foreach c [lrange $cand 0 [expr {$n - 1}]] {
                  set name [lindex $c 1]
                  set inst [get_cells $name]
                  set cell [get_name [$inst liberty_cell]]
                  set to [dict get $noodle_down $cell]
                  replace_cell $inst $to
                  set s [noodle_score]
                  set ok [noodle_not_worse $s $cur]
                  foreach p [get_pins -of_objects $inst] {
                    if {$ok && [$p is_driver] && [noodle_through_slack $p] < $margin} { set ok 0 }
                  }
                  if {$ok} {
                    puts "noodle_eco downsize $name $cell -> $to"
                    set cur $s
                    incr changed
                  } else {
                    replace_cell $inst $cell
                  }
                }
                puts "noodle_eco_result power_recovery downsized $changed of $n candidates ([llength $cand] with slack over $margin) wns $noodle_start -> $cur"
                write_verilog %s
                """.formatted(num(margin), num(percent), out);
    }

    /**
     * Noodle 2's buffer_removal: each buffer whose output reaches no clock pin and no port is taken out, its
     * loads moved onto its input's net; kept only when setup WNS, TNS and the worst hold slack do not get worse.
     */
    static String bufferRemoval(String liberty, String in, String out, String top, Liberty lib) throws IOException {
        Map<String, String> buffers = new java.util.HashMap<>();
        for (Liberty.Cell c : lib.cells().values()) {
            if (c.isBuffer()) {
                buffers.put(c.name(), bufIn(c) + " " + bufOut(c));
            }
        }
        return readDesign(liberty, in, top) + SCORE + dict("noodle_buffers", buffers) + """
                set cur $noodle_start
                set cur_hold [worst_slack -min]
                set removed 0
                set tried 0
                foreach inst [get_cells *] {
                  set cell [get_name [$inst liberty_cell]]
                  if {![dict exists $noodle_buffers $cell]} continue
                  lassign [dict get $noodle_buffers $cell] a y
                  set name [get_full_name $inst]
                  set yp [get_pins $name/$y]
                  set innet [[get_pins $name/$a] net]
                  set outnet [$yp net]
                  if {$innet eq "NULL" || $outnet eq "NULL"} continue
                  if {[llength [get_ports -quiet -of_objects $outnet]] > 0} continue
                  if {[[lindex [$yp vertices] 0] has_downstream_clk_pin]} continue
                  incr tried
                  set inname [get_full_name $innet]
                  set outname [get_full_name $outnet]
                  set loads {}
                  foreach l [get_pins -of_objects $outnet] {
                    if {[get_full_name $l] ne "$name/$y"} { lappend loads [get_full_name $l] }
                  }
                  foreach l $loads { disconnect_pin $outname $l; connect_pin $inname $l }
                  disconnect_pin $inname $name/$a
                  disconnect_pin $outname $name/$y
                  delete_instance $name
                  delete_net $outname
                  set s [noodle_score]
                  set h [worst_slack -min]
                  if {[noodle_not_worse $s $cur] && $h >= min($cur_hold, 0) - 1e-9} {
                    puts "noodle_eco remove_buffer $name ($cell): [llength $loads] loads onto $inname"
                    set cur $s
                    set cur_hold [expr {min($cur_hold, $h)}]
                    incr removed
                  } else {
                    make_net $outname
                    make_instance $name [lindex [get_lib_cells */$cell] 0]
                    connect_pin $inname $name/$a
                    connect_pin $outname $name/$y
                    foreach l $loads { disconnect_pin $inname $l; connect_pin $outname $l }
                  }
                }
                puts "noodle_eco_result buffer_removal removed $removed of $tried buffers wns $noodle_start -> $cur"
                write_verilog %s
                """.formatted(out);
    }

    /**
     * Noodle 2's pin_swap: on the worst paths, an input of a cell whose function is symmetric in it and another
     * input trades nets with that input, kept only when it helps; up to {@code passes} passes, stopping once the
     * worst slack reaches {@code margin}.
     */
    static String pinSwap(String liberty, String in, String out, String top, Liberty lib, double margin, int passes)
            throws IOException {
        return readDesign(liberty, in, top) + SCORE + pinSwapCore(lib, num(margin), Integer.toString(passes))
                + "write_verilog " + out + "\n";
    }

    /**
     * Noodle 2's cell_swap, OpenROAD's {@code repair_timing} without buffering or cloning: the cells of the
     * {@code paths} worst paths resized (two drive steps), then a pass of pin swapping, in one OpenSTA run.
     */
    static String cellSwap(String liberty, String in, String out, String top, Liberty lib, int paths)
            throws IOException {
        return readDesign(liberty, in, top) + SCORE + resizeCore(lib, Integer.toString(paths), 2, "resize_worst")
                + "set noodle_start [noodle_score]\n" + pinSwapCore(lib, "0", "1") + "write_verilog " + out + "\n";
    }

    /**
     * The swapping of {@link #pinSwap} on the design OpenSTA holds, from the score {@code noodle_start};
     * {@code margin} and {@code passes} are numbers or Tcl variables.
     */
    private static String pinSwapCore(Liberty lib, String margin, String passes) throws IOException {
        Map<String, String> swaps = new java.util.HashMap<>();
        for (Liberty.Cell c : lib.cells().values()) {
            Map<String, List<String>> partners = new java.util.TreeMap<>();
            for (List<String> pair : c.swappablePins()) {
                partners.computeIfAbsent(ident(pair.get(0), "pin"), k -> new java.util.ArrayList<>())
                        .add(ident(pair.get(1), "pin"));
                partners.computeIfAbsent(pair.get(1), k -> new java.util.ArrayList<>()).add(pair.get(0));
            }
            if (!partners.isEmpty()) {
                StringBuilder v = new StringBuilder();
                partners.forEach((pin, with) -> v.append(pin).append(" {").append(String.join(" ", with)).append("} "));
                swaps.put(c.name(), v.toString().strip());
            }
        }
        return dict("noodle_swaps", swaps) + """
                set cur $noodle_start
                set swapped 0
                for {set pass 0} {$pass < %s && [lindex $cur 0] < %s} {incr pass} {
                  set before $swapped
                  foreach pins [noodle_worst_pins 50] {
                    foreach p $pins {
                      if {[$p is_driver] || [$p is_top_level_port]} continue
                      set inst [$p instance]
                      set cell [get_name [$inst liberty_cell]]
                      set port [get_name [$p port]]
                      if {![dict exists $noodle_swaps $cell] || ![dict exists [dict get $noodle_swaps $cell] $port]} continue
                      set iname [get_full_name $inst]
                      foreach q [dict get [dict get $noodle_swaps $cell] $port] {
                        set np [get_full_name [[get_pins $iname/$port] net]]
                        set nq [get_full_name [[get_pins $iname/$q] net]]
                        if {$np eq $nq} continue
                        disconnect_pin $np $iname/$port
                        disconnect_pin $nq $iname/$q
                        connect_pin $nq $iname/$port
                        connect_pin $np $iname/$q
                        set s [noodle_score]
                        if {[noodle_better $s $cur]} {
                          puts "noodle_eco pin_swap $iname $port<->$q ($cell)"
                          set cur $s
                          incr swapped
                          break
                        }
                        disconnect_pin $nq $iname/$port
                        disconnect_pin $np $iname/$q
                        connect_pin $np $iname/$port
                        connect_pin $nq $iname/$q
                      }
                    }
                  }
                  if {$swapped == $before} break
                }
                puts "noodle_eco_result pin_swap swapped $swapped wns $noodle_start -> $cur"
                """.formatted(passes, margin);
    }

    /**
     * Noodle 2's gate_cloning: a driver on the 20 worst paths whose net has more than {@code maxFanout} loads is
     * copied (same cell, same inputs) and the copy drives the loads off the path; kept only when it helps.
     */
    static String gateCloning(String liberty, String in, String out, String top, int maxFanout) {
        return readDesign(liberty, in, top) + SCORE + gateCloningCore(maxFanout, "20") + "write_verilog " + out + "\n";
    }

    /** The cloning of {@link #gateCloning} on the design OpenSTA holds; {@code paths}: a number or a Tcl variable. */
    private static String gateCloningCore(int maxFanout, String paths) {
        return """
                set cur $noodle_start
                set cloned 0
                foreach pins [noodle_worst_pins %s] {
                  set crit [lmap p $pins { get_full_name $p }]
                  foreach p $pins {
                    set o [noodle_offpath $p $crit]
                    if {$o eq ""} continue
                    lassign $o netname loads fanout
                    if {$fanout <= %d || [llength $loads] == 0} continue
                    set inst [$p instance]
                    set iname [get_full_name $inst]
                    set outport [get_name [$p port]]
                    set k [noodle_fresh noodle_clone_ noodle_clone_net_]
                    set c noodle_clone_$k
                    set n noodle_clone_net_$k
                    make_instance $c [$inst liberty_cell]
                    make_net $n
                    set inputs {}
                    foreach ip [get_pins -of_objects $inst] {
                      if {[$ip is_load] && [$ip net] ne "NULL"} { lappend inputs [get_name [$ip port]] [get_full_name [$ip net]] }
                    }
                    foreach {port innet} $inputs { connect_pin $innet $c/$port }
                    connect_pin $n $c/$outport
                    foreach l $loads { disconnect_pin $netname $l; connect_pin $n $l }
                    set s [noodle_score]
                    if {[noodle_better $s $cur]} {
                      puts "noodle_eco clone $iname as $c: [llength $loads] of $fanout loads"
                      set cur $s
                      incr cloned
                    } else {
                      foreach l $loads { disconnect_pin $n $l; connect_pin $netname $l }
                      foreach {port innet} $inputs { disconnect_pin $innet $c/$port }
                      disconnect_pin $n $c/$outport
                      delete_instance $c
                      delete_net $n
                    }
                  }
                }
                puts "noodle_eco_result gate_cloning cloned $cloned wns $noodle_start -> $cur"
                """.formatted(paths, maxFanout);
    }

    /**
     * Splits every net whose load capacitance (OpenSTA's, farads) exceeds its limit: the loads that can move
     * (instance pins) are grouped under 80 % of the limit, each group behind a new buffer; passes repeat on the
     * new nets. A net whose fixed loads (ports) alone exceed the limit is reported, not split. {@code limitTcl}
     * defines {@code noodle_limit {driver}}, the limit of a driver pin.
     */
    static String splitNets(String liberty, String in, String out, String top, String eco, String limitTcl,
            Liberty.Cell buffer) throws IOException {
        return readDesign(liberty, in, top) + SCORE + splitNetsCore(eco, limitTcl, buffer) + "write_verilog " + out
                + "\n";
    }

    /** The splitting of {@link #splitNets} on the design OpenSTA holds. */
    private static String splitNetsCore(String eco, String limitTcl, Liberty.Cell buffer) throws IOException {
        String bufIn = bufIn(buffer);
        String bufOut = bufOut(buffer);
        return limitTcl + """
                set bufcell [lindex [get_lib_cells */%s] 0]
                proc noodle_net_cap {net} { return [$net capacitance rise [sta::cmd_corner] max] }
                proc noodle_over {} {
                  set out {}
                  foreach net [get_nets *] {
                    set drv [noodle_driver $net]
                    if {$drv eq "" || [$drv is_top_level_port]} continue
                    set limit [noodle_limit $drv]
                    if {$limit <= 0} continue
                    set cap [noodle_net_cap $net]
                    if {$cap > $limit} { lappend out [list [get_full_name $net] $cap $limit] }
                  }
                  return $out
                }
                set before [noodle_over]
                set added 0
                set unfixable {}
                for {set pass 0} {$pass < 8} {incr pass} {
                  set split 0
                  foreach o [noodle_over] {
                    lassign $o netname cap limit
                    if {[lsearch -exact $unfixable $netname] >= 0} continue
                    set net [get_nets $netname]
                    set loads {}
                    set moving 0
                    foreach l [get_pins -of_objects $net] {
                      if {[$l is_load] && ![$l is_top_level_port]} {
                        set c [[$l liberty_port] capacitance rise max]
                        lappend loads [list [get_full_name $l] $c]
                        set moving [expr {$moving + $c}]
                      }
                    }
                    if {[llength $loads] < 2 || $cap - $moving > $limit} { lappend unfixable $netname; continue }
                    set groups {}
                    set g {}
                    set gc 0
                    foreach l [lsort -real -decreasing -index 1 $loads] {
                      if {$gc + [lindex $l 1] > 0.8 * $limit && [llength $g] > 0} { lappend groups $g; set g {}; set gc 0 }
                      lappend g [lindex $l 0]
                      set gc [expr {$gc + [lindex $l 1]}]
                    }
                    lappend groups $g
                    if {[llength $groups] < 2} {
                      set half [expr {[llength $g] / 2}]
                      set groups [list [lrange $g 0 [expr {$half - 1}]] [lrange $g $half end]]
                    }
                    foreach grp $groups {
                      noodle_buffer $bufcell %s %s $netname $grp noodle_ins_ noodle_ins_net_
                      incr added
                    }
                    puts "noodle_eco split $netname ([format %%.4g [expr {$cap * 1e12}]] pF, limit [format %%.4g [expr {$limit * 1e12}]] pF) into [llength $groups] buffered groups"
                    incr split
                  }
                  if {$split == 0} break
                }
                set after [noodle_over]
                puts "noodle_eco_result %s added $added buffers; nets over their limit [llength $before] -> [llength $after] ([llength $unfixable] cannot be split) wns $noodle_start -> [noodle_score]"
                """.formatted(ident(buffer.name(), "buffer cell"), bufIn, bufOut, eco);
    }

    /**
     * OpenROAD's {@code repair_timing} done with the local moves, for Noodle 2's aggressive_timing,
     * multi_pass_timing, sequential_repair and full_optimization: first, when {@code designFirst}, the capacitance
     * repair of repair_design (the library's limits); then one pass per margin (library time unit), while the worst
     * slack is under it, over the worst paths of {@code percent} % of the endpoints under the margin (1 to 200):
     * their cells resized, their off-path loads buffered, their high-fanout drivers cloned, their pins swapped, each
     * change kept only when it helps; last, when {@code holdLast}, the hold repair of hold_repair (setup kept).
     */
    static String repairTiming(String liberty, String in, String out, String top, Liberty lib, Liberty.Cell buffer,
            Liberty.Cell holdBuffer, String eco, boolean designFirst, List<Double> margins, double percent,
            boolean holdLast) throws IOException {
        StringBuilder t = new StringBuilder(readDesign(liberty, in, top)).append(SCORE).append("""
                proc noodle_paths {margin percent} {
                  set n [llength [find_timing_paths -path_delay max -group_count 100000 -endpoint_count 1 -slack_max $margin]]
                  return [expr {max(1, min(200, int(ceil($n * $percent / 100.0))))}]
                }
                set noodle_first $noodle_start
                """);
        if (designFirst) {
            t.append(splitNetsCore(eco, libraryLimit(lib, 0), buffer)).append("set noodle_start [noodle_score]\n");
        }
        t.append("set noodle_pass 0\nforeach noodle_margin {");
        for (double m : margins) {
            t.append(' ').append(num(m));
        }
        t.append(" } {\n  incr noodle_pass\n  if {[worst_slack -max] >= $noodle_margin} break\n")
                .append("  set noodle_paths [noodle_paths $noodle_margin ").append(num(percent)).append("]\n")
                .append("  puts \"noodle_eco pass $noodle_pass: margin $noodle_margin, $noodle_paths path(s)\"\n")
                .append("  set noodle_start [noodle_score]\n").append(resizeCore(lib, "$noodle_paths", 2, "resize_worst"))
                .append("  set noodle_start [noodle_score]\n").append(bufferFanoutCore(buffer, 3, "$noodle_paths"))
                .append("  set noodle_start [noodle_score]\n").append(gateCloningCore(8, "$noodle_paths"))
                .append("  set noodle_start [noodle_score]\n").append(pinSwapCore(lib, "$noodle_margin", "1"))
                .append("}\n");
        if (holdLast) {
            t.append("set noodle_start [noodle_score]\n").append(holdRepairCore(holdBuffer, 0, 20, false));
        }
        return t.append("puts \"noodle_eco_result ").append(ident(eco, "ECO"))
                .append(" wns $noodle_first -> [noodle_score]\"\nwrite_verilog ").append(out).append('\n').toString();
    }

    /** A limit for {@link #splitNets}: the same for every driver (farads). */
    static String fixedLimit(double farads) {
        return "proc noodle_limit {drv} { return " + num(farads) + " }\n";
    }

    /** A limit for {@link #splitNets}: each driver cell's Liberty max_capacitance less {@code marginPercent} %. */
    static String libraryLimit(Liberty lib, double marginPercent) throws IOException {
        Map<String, String> caps = new java.util.HashMap<>();
        for (Liberty.Cell c : lib.cells().values()) {
            if (Double.isFinite(c.maxCapacitance())) {
                caps.put(c.name(), num(c.maxCapacitance() * (1 - marginPercent / 100)));
            }
        }
        return dict("noodle_maxcap", caps) + """
                proc noodle_limit {drv} {
                  global noodle_maxcap
                  set cell [get_name [[$drv instance] liberty_cell]]
                  if {[dict exists $noodle_maxcap $cell]} { return [dict get $noodle_maxcap $cell] }
                  return 0
                }
                """;
    }

    /**
     * Noodle 2's hold_repair: a buffer before each endpoint whose hold slack is under {@code margin}, again while
     * the slack improves, up to {@code percent} % of the design's cells; a buffer that makes setup WNS or TNS worse
     * is taken out unless {@code allowSetup}. Endpoints that are ports are left (their net is the port's).
     */
    static String holdRepair(String liberty, String in, String out, String top, Liberty.Cell buffer, double margin,
            double percent, boolean allowSetup) throws IOException {
        return readDesign(liberty, in, top) + SCORE + holdRepairCore(buffer, margin, percent, allowSetup)
                + "write_verilog " + out + "\n";
    }

    /** The hold repair of {@link #holdRepair} on the design OpenSTA holds, from the score {@code noodle_start}. */
    private static String holdRepairCore(Liberty.Cell buffer, double margin, double percent, boolean allowSetup)
            throws IOException {
        String bufIn = bufIn(buffer);
        String bufOut = bufOut(buffer);
        return """
                set bufcell [lindex [get_lib_cells */%s] 0]
                set margin %s
                set budget [expr {int(ceil([llength [get_cells *]] * %s / 100.0))}]
                set allow %d
                set hold_start [worst_slack -min]
                set cur $noodle_start
                set added 0
                set stuck {}
                while {$added < $budget} {
                  # names, not path objects: an edit invalidates them
                  set todo {}
                  foreach e [find_timing_paths -path_delay min -group_count 1000 -endpoint_count 1 -sort_by_slack] {
                    set slack [expr {[$e slack] / [sta::unit_scale time]}]
                    if {$slack >= $margin} break
                    lappend todo [list [get_full_name [[$e vertex] pin]] $slack]
                  }
                  set progress 0
                  foreach t $todo {
                    if {$added >= $budget} break
                    lassign $t ename slack
                    set end [get_pins -quiet $ename]
                    if {[llength $end] == 0 || [lsearch -exact $stuck $ename] >= 0 || [$end net] eq "NULL"} continue
                    set net [get_full_name [$end net]]
                    lassign [noodle_buffer $bufcell %s %s $net [list $ename] noodle_hold_ noodle_hold_net_] b n
                    set after [expr {[[lindex [find_timing_paths -through [get_pins $ename] -path_delay min] 0] slack] / [sta::unit_scale time]}]
                    set setup [noodle_score]
                    if {$after > $slack + 1e-6 && ($allow || [noodle_not_worse $setup $cur])} {
                      puts "noodle_eco hold_buffer $ename: hold slack $slack -> $after"
                      set cur $setup
                      incr added
                      incr progress
                    } else {
                      noodle_unbuffer $b $n %s %s $net [list $ename]
                      lappend stuck $ename
                    }
                  }
                  if {$progress == 0} break
                }
                puts "noodle_eco_result hold_repair added $added buffers (budget $budget) worst hold slack $hold_start -> [worst_slack -min] wns $noodle_start -> $cur"
                """.formatted(ident(buffer.name(), "buffer cell"), num(margin), num(percent), allowSetup ? 1 : 0, bufIn,
                bufOut, bufIn, bufOut);
    }

    private static String num(double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("not a finite number: " + v);
        }
        return String.format(Locale.ROOT, "%.6g", v);
    }

    /** Wraps a netlist ECO so that a failure keeps its input (rollback of that part only). */
    static String withPartRollback(String body, String in, String out, String part) {
        return "if {[catch {\n" + body + "} noodle_err]} {\n  puts \"noodle_eco_rollback " + part
                + ": $noodle_err\"\n  file copy -force " + in + " " + out + "\n}\n";
    }

    /**
     * The final timing, power and area reports, written to {@code reports/sta.rpt} with the library's time
     * unit on its first line; after routing, wire delays from qrouter's RC (rc2dly's SDF) are read first.
     */
    static String reports(String liberty, String netlist, String top, String sdf) {
        StringBuilder s = new StringBuilder(readDesign(liberty, netlist, top));
        if (sdf != null) {
            // rc2dly writes bus bits as <n>, the netlist has [n]; and where qrouter's RC could not name a pin it
            // writes the pin "ERROR", which OpenSTA cannot annotate: such interconnects are left out of the SDF
            // read, each listed (line and text) in reports/sdf_unnamed.txt, which the case reports as a metric
            s.append("""
                    set f [open %s r]; set sdf [read $f]; close $f
                    file mkdir reports
                    set unnamed [open reports/sdf_unnamed.txt w]
                    set out {}
                    set n 0
                    foreach line [split [string map {< [ > ]} $sdf] "\\n"] {
                      incr n
                      if {[regexp {^\\s*\\(INTERCONNECT\\s+(ERROR\\s|\\S+\\s+ERROR\\s)} $line]} {
                        puts $unnamed "$n [string trim $line]"
                      } else {
                        lappend out $line
                      }
                    }
                    close $unnamed
                    set f [open routed.sdf w]; puts -nonewline $f [join $out "\\n"]; close $f
                    read_sdf routed.sdf
                    """.formatted(sdf));
        }
        s.append("""
                file mkdir reports
                set scale [sta::unit_scale time]
                set f [open reports/sta.rpt w]
                foreach {u v} {fs 1e-15 ps 1e-12 ns 1e-9 us 1e-6} {
                  if {abs($scale / $v - 1) < 1e-3} { puts $f "time 1$u" }
                }
                close $f
                report_checks -path_delay max -fields {slew cap input_pins} -digits 3 -group_count 5 >> reports/sta.rpt
                report_checks -path_delay min -digits 3 >> reports/sta.rpt
                report_wns -digits 3 >> reports/sta.rpt
                report_tns -digits 3 >> reports/sta.rpt
                report_worst_slack -digits 3 >> reports/sta.rpt
                # this OpenSTA's report_wns/report_tns have no -min: the hold summaries in the same form
                set f [open reports/sta.rpt a]
                puts $f "wns min [format %.3f [expr {min(0, [worst_slack -min])}]]"
                puts $f "tns min [format %.3f [total_negative_slack -min]]"
                puts $f "worst slack min [format %.3f [worst_slack -min]]"
                close $f
                report_power >> reports/sta.rpt
                """);
        return s.toString();
    }

    /** Yosys: the edited gate-level netlist back to the BLIF qflow places from. */
    /**
     * Dead logic removed with Yosys: the netlist read with the library's cells as black boxes, every cell whose
     * outputs reach nothing removed ({@code opt_clean -purge}), the netlist written back as cells and wires.
     */
    static String deadLogic(String liberty, String netlist, String top, String out) {
        return "read_liberty -lib " + liberty + "\nread_verilog " + netlist + "\nhierarchy -top " + top
                + "\nopt_clean -purge\nstat\nwrite_verilog -noattr -noexpr " + out + "\n";
    }

    static String toBlif(String liberty, String netlist, String top, String buffer) {
        return "read_liberty -lib " + liberty + "\nread_verilog " + netlist + "\nhierarchy -top " + top
                + "\nwrite_blif -gates -impltf -buf " + buffer + " A Y " + top + ".blif\n";
    }

    /** qflow's per-project settings, from checked numbers and names only. */
    static String projectVars(Map<String, String> settings) {
        StringBuilder s = new StringBuilder("#!/bin/tcsh -f\n# written by Noodle for this trial\n");
        settings.forEach((k, v) -> s.append("set ").append(k).append('=').append(v).append('\n'));
        return s.toString();
    }

    static String abcScript(String preset, int targetPs) {
        return ABC_SCRIPTS.get(preset).replace("{D}", Integer.toString(targetPs));
    }

    /** GrayWolf's parameters with another random seed and chip aspect ratio. */
    static String graywolfPar(String technologyPar, long seed, double aspect) {
        StringBuilder out = new StringBuilder();
        for (String line : technologyPar.split("\n", -1)) {
            String t = line.strip();
            if (t.startsWith("*random.seed")) {
                out.append("*random.seed\t      : ").append(seed);
            } else if (t.startsWith("TWMC*chip.aspect.ratio")) {
                out.append("TWMC*chip.aspect.ratio : ").append(String.format(Locale.ROOT, "%.3f", aspect));
            } else {
                out.append(line);
            }
            out.append('\n');
        }
        return out.toString();
    }
}
