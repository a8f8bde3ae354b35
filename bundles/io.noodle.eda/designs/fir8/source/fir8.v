// 8-tap symmetric FIR filter, 8-bit signed samples, constant coefficients, registered output.
module fir8 (
    input                    clk,
    input                    rst,
    input  signed     [7:0]  x,
    output reg signed [17:0] y
);
  reg signed [7:0] d0, d1, d2, d3, d4, d5, d6, d7;
  wire signed [17:0] p0 = 18'sd3  * (d0 + d7);
  wire signed [17:0] p1 = -18'sd5 * (d1 + d6);
  wire signed [17:0] p2 = 18'sd12 * (d2 + d5);
  wire signed [17:0] p3 = 18'sd31 * (d3 + d4);
  always @(posedge clk) begin
    if (rst) begin
      {d0, d1, d2, d3, d4, d5, d6, d7} <= 64'd0;
      y <= 18'sd0;
    end else begin
      d0 <= x;  d1 <= d0; d2 <= d1; d3 <= d2;
      d4 <= d3; d5 <= d4; d6 <= d5; d7 <= d6;
      y <= p0 + p1 + p2 + p3;
    end
  end
endmodule
