// 8-bit multiply-accumulate: registered operands, 20-bit accumulator with synchronous reset.
module mac8 (
    input             clk,
    input             rst,
    input      [7:0]  a,
    input      [7:0]  b,
    output reg [19:0] acc
);
  reg [7:0] ra, rb;
  always @(posedge clk) begin
    if (rst) begin
      ra  <= 8'd0;
      rb  <= 8'd0;
      acc <= 20'd0;
    end else begin
      ra  <= a;
      rb  <= b;
      acc <= acc + ra * rb;
    end
  end
endmodule
