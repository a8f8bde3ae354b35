// Pipelined 16x16 multiply-accumulate: operand registers, a product register, a 40-bit accumulator.
module mul16 (
    input             clk,
    input             rst,
    input             en,
    input      [15:0] a,
    input      [15:0] b,
    output reg [39:0] acc
);
  reg [15:0] ra, rb;
  reg [31:0] prod;
  reg        v1, v2;
  always @(posedge clk) begin
    if (rst) begin
      ra <= 16'd0; rb <= 16'd0; prod <= 32'd0; v1 <= 1'b0; v2 <= 1'b0; acc <= 40'd0;
    end else begin
      ra   <= a;
      rb   <= b;
      v1   <= en;
      prod <= ra * rb;
      v2   <= v1;
      if (v2) acc <= acc + {8'd0, prod};
    end
  end
endmodule
