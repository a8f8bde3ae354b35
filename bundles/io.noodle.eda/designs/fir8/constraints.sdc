create_clock -name clk -period 4.0 [get_ports clk]
set_input_delay 0.2 -clock clk [get_ports {rst x[*]}]
set_output_delay 0.2 -clock clk [get_ports {y[*]}]
set_load 0.02 [get_ports {y[*]}]
