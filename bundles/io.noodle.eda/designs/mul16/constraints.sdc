create_clock -name clk -period 3.2 [get_ports clk]
set_input_delay 0.2 -clock clk [get_ports {rst en a[*] b[*]}]
set_output_delay 0.2 -clock clk [get_ports {acc[*]}]
set_load 0.02 [get_ports {acc[*]}]
