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
     * keeping a change only when WNS (then TNS) improves; writes {@code out}.
     */
    static String resize(String liberty, String in, String out, String top, Liberty lib, int paths, int steps)
            throws IOException {
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
        return readDesign(liberty, in, top) + SCORE + up + """
                set cur $noodle_start
                set insts {}
                foreach pins [noodle_worst_pins %d] {
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
                puts "noodle_eco_result resize_worst changed $changed wns $noodle_start -> $cur"
                write_verilog %s
                """.formatted(paths, out);
    }

    /**
     * For each driver on the worst paths whose net has at least {@code minFanout} loads off the path, moves
     * those loads behind a new buffer (the strongest of the library's buffers); keeps it when it helps.
     */
    static String bufferFanout(String liberty, String in, String out, String top, String buffer, int minFanout,
            int paths) throws IOException {
        ident(buffer, "buffer cell");
        return readDesign(liberty, in, top) + SCORE + """
                set cur $noodle_start
                set k 0
                set added 0
                set bufcell [lindex [get_lib_cells */%s] 0]
                foreach pins [noodle_worst_pins %d] {
                  set crit {}
                  foreach p $pins { lappend crit [get_full_name $p] }
                  foreach p $pins {
                    if {![$p is_driver] || [$p is_top_level_port]} continue
                    set net [$p net]
                    if {$net eq "NULL" || $net eq ""} continue
                    set netname [get_full_name $net]
                    set loads {}
                    foreach l [get_pins -of_objects $net] {
                      if {[$l is_load] && [lsearch -exact $crit [get_full_name $l]] < 0} { lappend loads [get_full_name $l] }
                    }
                    if {[llength $loads] < %d} continue
                    incr k
                    set b noodle_buf_$k
                    set n noodle_net_$k
                    make_instance $b $bufcell
                    make_net $n
                    foreach l $loads { disconnect_pin $netname $l; connect_pin $n $l }
                    connect_pin $netname $b/A
                    connect_pin $n $b/Y
                    set s [noodle_score]
                    if {[noodle_better $s $cur]} {
                      puts "noodle_eco buffer $netname: [llength $loads] loads behind $b"
                      set cur $s
                      incr added
                    } else {
                      disconnect_pin $netname $b/A
                      disconnect_pin $n $b/Y
                      foreach l $loads { disconnect_pin $n $l; connect_pin $netname $l }
                      delete_instance $b
                      delete_net $n
                    }
                  }
                }
                puts "noodle_eco_result buffer_fanout added $added wns $noodle_start -> $cur"
                write_verilog %s
                """.formatted(buffer, paths, minFanout, out);
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
